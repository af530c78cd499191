// The ISR cache: pages in memory, least recently used dropped first. Unlike Next's own cache it
// drops a page made before the posts folder last changed (lib/store.ts says when), so the first
// reader after a publish, an edit or a deletion gets the new page, not the old one once more.
const STALE_BEFORE = Symbol.for('finews.pages-stale-before');
// Enough for the hot pages of a large archive; an evicted page is simply rendered again.
const MAX_BYTES = 64 * 1024 * 1024;

const entries = new Map();
const askedAt = new Map();
let bytes = 0;

function sizeOf(value) {
  if (!value || typeof value !== 'object') return 0;
  let size = 1024;
  for (const part of [value.html, value.rscData, value.body]) {
    if (typeof part === 'string') size += part.length * 2;
    else if (part && typeof part.byteLength === 'number') size += part.byteLength;
  }
  if (value.segmentData instanceof Map) for (const segment of value.segmentData.values()) size += segment?.byteLength ?? 0;
  return size;
}

function drop(key) {
  const entry = entries.get(key);
  if (!entry) return;
  bytes -= entry.size;
  entries.delete(key);
}

export function isStale(lastModified, now = Date.now()) {
  const staleBefore = globalThis[STALE_BEFORE];
  return typeof staleBefore === 'function' && lastModified < staleBefore(now);
}

export default class CacheHandler {
  async get(key) {
    askedAt.set(key, Date.now());
    const entry = entries.get(key);
    if (!entry) return null;
    if (isStale(entry.lastModified)) {
      drop(key);
      return null;
    }
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, tags: entry.tags };
  }

  async set(key, data, ctx) {
    drop(key);
    const started = askedAt.get(key);
    askedAt.delete(key);
    if (!data) return;
    // Dated from when the render was asked for, so a change during the render still counts.
    const entry = { value: data, lastModified: started ?? Date.now(), tags: ctx?.tags ?? [], size: sizeOf(data) };
    entries.set(key, entry);
    bytes += entry.size;
    for (const oldest of entries.keys()) {
      if (bytes <= MAX_BYTES) break;
      drop(oldest);
    }
  }

  async revalidateTag(tags) {
    const wanted = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of entries) if (entry.tags.some((tag) => wanted.has(tag))) drop(key);
  }

  resetRequestCache() {}
}
