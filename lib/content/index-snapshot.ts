import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import packageJson from '../../package.json';
import { WRITE_SETTLE_MS } from '../freshness.mjs';
import { formatReadError, isGone } from './post-file';
import { isEntry, isHeader, type Header } from './index-snapshot-shape';
import { createPacer } from './post-store-files';
import type { FileState } from './snapshot';
import type { SiteConfig } from '../types';

// The index saved between runs, so a start lists and stats the folder but reads only the files
// that changed. Bump PARSE_VERSION whenever front-matter.ts, excerpt.ts or toOldPaths would make
// anything else of the same file: a snapshot of another version is not used.
const FORMAT = 1;
const PARSE_VERSION = 1;
// V8 reads the data of older V8s but not of newer ones.
const VERSION = `${FORMAT}.${PARSE_VERSION}/${packageJson.version}/v8 ${process.versions.v8}`;

// Frames of v8.serialize (a 4-byte length, then the data): the header, then chunks of entries.
// 100,000 jekyll-shaped posts, 2 cores at load 1.6: from file to objects 1.30–1.46 s (72 MB),
// against 1.99–2.06 s as JSON lines (88 MB; decoding the UTF-8 of the Chinese text is much of
// it); serializing 0.24–0.88 s against 0.82–0.85 s. Chunks of 256 let both yield to requests.
const CHUNK = 256;
/** The snapshot file of `root` in `dir`; undefined when `dir` is in the posts folder, which code never writes to. */
export function toIndexCacheFile(root: string, dir: string): string | undefined {
  const inside = path.relative(path.resolve(root), path.resolve(dir));
  if (!inside.startsWith('..') && !path.isAbsolute(inside)) return undefined;
  const hash = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
  return path.join(path.resolve(dir), `index-${hash}.v8`);
}

/** Summaries depend on the settings (zone, Jekyll or not), so they are part of what a snapshot was made with. */
function toSiteKey(site: SiteConfig): string {
  return JSON.stringify(site);
}

/** Unreadable files and posts serving an older version than their file are read again at start, as a full scan would. */
function isSavable(state: FileState): boolean {
  return state.mtimeMs >= 0 && !(state.post && state.issue?.level === 'error');
}

/** Writes the entries to a temporary file in slices and renames it over the snapshot. */
export async function saveIndexSnapshot(file: string, root: string, site: SiteConfig, files: Map<string, FileState>): Promise<void> {
  const savedAt = Date.now();
  const entries = [...files].filter(([, state]) => isSavable(state));
  const header: Header = { version: VERSION, root: path.resolve(root), site: toSiteKey(site), savedAt, count: entries.length };
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await fs.promises.open(temp, 'w');
  try {
    await handle.writev(toFrame(header));
    for (let i = 0; i < entries.length; i += CHUNK) await handle.writev(toFrame(entries.slice(i, i + CHUNK)));
    await handle.close();
    await fs.promises.rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
}

type LoadOptions = { root: string; site: SiteConfig; log: (line: string) => void; intern: (text: string) => string };

function toFrame(value: unknown): Buffer[] {
  const data = v8.serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(data.length);
  return [length, data];
}

/** The value framed at `at` and where the next frame starts; undefined when cut short or not V8 data. */
function readFrame(bytes: Buffer, at: number): { value: unknown; next: number } | undefined {
  if (at + 4 > bytes.length) return undefined;
  const next = at + 4 + bytes.readUInt32LE(at);
  if (next > bytes.length) return undefined;
  try {
    return { value: v8.deserialize(bytes.subarray(at + 4, next)), next };
  } catch {
    return undefined;
  }
}

/**
 * The saved states of `root`, or undefined when there is none that fits: another version,
 * folder or settings, or a damaged file (logged). States of files written within
 * WRITE_SETTLE_MS of the save are left out: a second write in the same clock tick keeps the stamp.
 */
export async function loadIndexSnapshot(file: string, options: LoadOptions): Promise<Map<string, FileState> | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readWhole(file);
  } catch (error) {
    if (!isGone(error)) options.log(`${file}: index snapshot unreadable (${formatReadError(error)}), reading every post`);
    return undefined;
  }
  const first = readFrame(bytes, 0);
  const header = first?.value;
  if (!first || !isHeader(header)) return refuse(file, 'damaged (no header)', options);
  const mismatch = explainMismatch(header, options);
  if (mismatch) return refuse(file, mismatch, options);
  const states = new Map<string, FileState>();
  const pace = createPacer();
  let count = 0;
  for (let at = first.next; at < bytes.length; ) {
    const frame = readFrame(bytes, at);
    const chunk = frame?.value;
    if (!frame || !Array.isArray(chunk)) return refuse(file, 'damaged (cut short or not V8 data)', options);
    at = frame.next;
    count += chunk.length;
    for (const entry of chunk) {
      if (!isEntry(entry)) return refuse(file, 'damaged (an entry is not a file state)', options);
      const [name, state] = entry;
      if (state.mtimeMs >= header.savedAt - WRITE_SETTLE_MS) continue;
      if (state.post) {
        state.post.categories = state.post.categories.map(options.intern);
        state.post.tags = state.post.tags.map(options.intern);
      }
      states.set(name, state);
    }
    await pace();
  }
  return count === header.count ? states : refuse(file, `damaged (${count} of ${header.count} entries)`, options);
}

/**
 * Opened now and read in one request on a libuv thread, so it comes in while the folder is
 * listed; fs.promises.readFile goes on only between turns of the event loop, 512 KB a turn.
 */
async function readWhole(file: string): Promise<Buffer> {
  const fd = fs.openSync(file, 'r');
  try {
    const bytes = Buffer.allocUnsafe(fs.fstatSync(fd).size);
    let got = 0;
    while (got < bytes.length) {
      const read = await readAt(fd, bytes, got);
      if (read === 0) break;
      got += read;
    }
    return bytes.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

function readAt(fd: number, bytes: Buffer, at: number): Promise<number> {
  return new Promise((resolve, reject) => fs.read(fd, bytes, at, bytes.length - at, at, (error, read) => (error ? reject(error) : resolve(read))));
}

function refuse(file: string, why: string, options: LoadOptions): undefined {
  options.log(`${file}: index snapshot ${why}, reading every post`);
  return undefined;
}

function explainMismatch(header: Header, options: LoadOptions): string | undefined {
  if (header.version !== VERSION) return `made by version ${header.version}, not ${VERSION}`;
  if (header.root !== path.resolve(options.root)) return `is of another posts folder (${header.root})`;
  if (header.site !== toSiteKey(options.site)) return 'made with other site settings';
  return undefined;
}
