// Removal that tolerates what is already gone, so an interrupted run's leftovers can always be cleaned up.
import { rmdirSync, unlinkSync } from 'node:fs';

export function removeFile(file) {
  try {
    unlinkSync(file);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
}

/** Removes a folder unless something else still lives in it. */
export function removeFolder(folder) {
  try { rmdirSync(folder); } catch (error) { if (error.code !== 'ENOENT' && error.code !== 'ENOTEMPTY') throw error; }
}
