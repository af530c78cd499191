import { toRuns } from './segment';

export type Segment = { text: string; hit: boolean };

const BEFORE = 24;
const LENGTH = 110;

/** Splits text into plain and matched parts, matching any needle case-insensitively. */
export function toSegments(text: string, needles: string[]): Segment[] {
  const lower = text.toLowerCase();
  const segments: Segment[] = [];
  let at = 0;
  let plainFrom = 0;
  while (at < text.length) {
    const needle = needles.find((n) => n && lower.startsWith(n, at));
    if (!needle) {
      at += 1;
      continue;
    }
    if (at > plainFrom) segments.push({ text: text.slice(plainFrom, at), hit: false });
    segments.push({ text: text.slice(at, at + needle.length), hit: true });
    at += needle.length;
    plainFrom = at;
  }
  if (plainFrom < text.length) segments.push({ text: text.slice(plainFrom), hit: false });
  return segments;
}

/** The words of a query to look for in text, longest first so 小微企业 wins over 小微. */
export function toNeedles(query: string): string[] {
  return [...new Set(toRuns(query))].sort((a, b) => b.length - a.length);
}

/** A window of text around the first match, with every match marked. */
export function toSnippet(text: string, query: string): Segment[] {
  const needles = toNeedles(query);
  const lower = text.toLowerCase();
  const first = Math.min(...needles.map((n) => lower.indexOf(n)).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
  const start = Number.isFinite(first) ? Math.max(0, first - BEFORE) : 0;
  const end = Math.min(text.length, start + LENGTH);
  const window = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return toSegments(window, needles);
}
