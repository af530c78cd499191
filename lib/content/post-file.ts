import 'server-only';
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import { explainNotUtf8 } from './encoding';
import { parsePost } from './front-matter';
import type { Post, PostIssue, SiteConfig, SitePage } from '../types';

// Front matter and the first paragraphs fit in this: the index reads no more of a post.
// Reading whole files instead costs about five times as much in system time here, and
// decoding is as costly as reading: 4 KB heads took 4 s per 100,000 posts to decode.
export const HEAD_BYTES = 3072;


export type FileRead = { bytes: Uint8Array; size: number; mtimeMs: number; complete: boolean };

// Heads are decoded as soon as they are read, so one buffer serves every read of that size:
// a fresh one per file was a tenth of a scan's time in garbage collection.
const scratch = Buffer.allocUnsafe(HEAD_BYTES);

/** Why a file could not be read, for a reader: `EACCES: permission denied` (Node's message without the path). */
export type ReadFailure = { failure: string };

/**
 * The first `limit` bytes of a regular file, with its size and time taken from the same open
 * file. Undefined when it is gone or not a regular file: a symlink is never followed.
 * Reads of at most HEAD_BYTES share one buffer: use the bytes before the next read.
 */
export function readFileStart(file: string, limit = HEAD_BYTES): FileRead | undefined {
  const read = readFileOrFailure(file, limit);
  return read && 'bytes' in read ? read : undefined;
}

/** Like readFileStart, but a file that is there and cannot be read (EACCES, EIO) says why. */
export function readFileOrFailure(file: string, limit = HEAD_BYTES): FileRead | ReadFailure | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return undefined;
    const want = Math.min(stat.size, limit);
    const bytes = want <= HEAD_BYTES ? scratch : Buffer.allocUnsafe(want);
    let got = 0;
    while (got < want) {
      const read = fs.readSync(fd, bytes, got, want - got, got);
      if (read === 0) break;
      got += read;
    }
    return { bytes: bytes.subarray(0, got), size: stat.size, mtimeMs: stat.mtimeMs, complete: got >= stat.size };
  } catch (error) {
    // ELOOP is O_NOFOLLOW meeting a symlink: not a post, not a failure.
    return isGone(error) || toErrorCode(error) === 'ELOOP' ? undefined : { failure: formatReadError(error) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function toErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Gone since it was listed (or a folder on its path became a file): not a problem to report. */
export function isGone(error: unknown): boolean {
  const code = toErrorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

export function formatReadError(error: unknown): string {
  const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  // Node's messages end with the call and the path (", open '/srv/posts/a.md'"); the issue names the file already.
  return message.split(', ')[0] ?? message;
}

/** Drops a multi-byte character cut in half at the end, so a file's start can be decoded. */
export function toWholeCharacters(bytes: Uint8Array): Uint8Array {
  let lead = bytes.length - 1;
  // Walk back over at most three continuation bytes to the character's first byte.
  while (lead >= 0 && bytes.length - lead <= 4 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead -= 1;
  if (lead < 0) return bytes;
  const first = bytes[lead] ?? 0;
  const size = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return lead + size > bytes.length ? bytes.subarray(0, lead) : bytes;
}

/** The text of UTF-8 bytes, or undefined for any other encoding. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  // isUtf8 and Buffer's decoder are native: TextDecoder's checking took a tenth of a scan.
  return isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : undefined;
}

/**
 * Parses a post from its bytes, which may be only the file's start (`complete` false): the
 * body is then cut short, which is enough for the index. Non-UTF-8 text is refused, not shown garbled.
 */
export function parsePostFile(file: string, bytes: Uint8Array, site: SiteConfig, complete = true): { post?: Post; issue?: PostIssue; page?: SitePage } {
  const whole = complete ? bytes : toWholeCharacters(bytes);
  const text = decodeUtf8(whole);
  if (text === undefined) return { issue: { path: file, reason: explainNotUtf8(whole), level: 'error' } };
  const result = parsePost(file, text, site);
  if (result.ok) return result.note ? { post: result.post, issue: result.note } : { post: result.post };
  return result.page ? { page: result.page } : { issue: result.issue };
}
