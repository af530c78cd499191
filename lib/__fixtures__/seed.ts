import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SEED_FILE = '000_52a2a947919bd700.txt';

/** The real legacy post the site was built around, kept byte for byte. */
export const seedText = readFileSync(path.join(import.meta.dirname, SEED_FILE), 'utf8');
