import { isSingleHan, toTerms } from './segment';

export type SearchDoc = { path: string; slug: string; title: string; tags: string[]; date: number };
export type SearchHit = { doc: SearchDoc; score: number };
export type SearchResult = { total: number; hits: SearchHit[] };

const TITLE = 4;
const TAG = 2;
const BODY = 1;

/** How much a term counts where it appears: titles and tags rank above body text. */
function toWeight(flags: number): number {
  return (flags & TITLE ? 10 : 0) + (flags & TAG ? 6 : 0) + (flags & BODY ? 1 : 0);
}

/**
 * Doc ids in increasing order, each with the fields the term appears in, stored as varint
 * gaps of (gap × 8 + fields): about 1.2 bytes a posting where plain arrays took 5, which is
 * what lets 100,000 posts fit the memory budget. Ids only grow, so adding is appending.
 */
const SKIP = 32;

class Postings {
  bytes = new Uint8Array(8);
  size = 0;
  length = 0;
  lastId = -1;
  private lastAt = 0;
  /** Every SKIP-th entry: the id before it and where it starts, so a seek can jump ahead. */
  skipIds = new Uint32Array(0);
  skipAts = new Uint32Array(0);
  skips = 0;

  /** Adds a doc, or marks one more field of the doc added last (a doc's terms arrive together). */
  push(id: number, flags: number): void {
    if (id === this.lastId) {
      // The fields sit in the low bits of the entry's first byte.
      this.bytes[this.lastAt] = (this.bytes[this.lastAt] ?? 0) | flags;
      return;
    }
    if (this.size + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    if (this.length > 0 && this.length % SKIP === 0) this.addSkip();
    let value = (id - this.lastId) * 8 + flags;
    this.lastAt = this.size;
    while (value >= 128) {
      this.bytes[this.size++] = (value % 128) | 128;
      value = Math.floor(value / 128);
    }
    this.bytes[this.size++] = value;
    this.lastId = id;
    this.length += 1;
  }

  private addSkip(): void {
    if (this.skips === this.skipIds.length) {
      const ids = new Uint32Array(Math.max(4, this.skips * 2));
      ids.set(this.skipIds);
      this.skipIds = ids;
      const ats = new Uint32Array(ids.length);
      ats.set(this.skipAts);
      this.skipAts = ats;
    }
    this.skipIds[this.skips] = this.lastId;
    this.skipAts[this.skips] = this.size;
    this.skips += 1;
  }

  /** Gives back the spare capacity doubling left. */
  trim(): void {
    if (this.bytes.length > this.size) this.bytes = this.bytes.slice(0, this.size);
    if (this.skipIds.length > this.skips) {
      this.skipIds = this.skipIds.slice(0, this.skips);
      this.skipAts = this.skipAts.slice(0, this.skips);
    }
  }

  /** The same list without removed docs. */
  without(isLive: (id: number) => boolean): Postings {
    const kept = new Postings();
    for (const cursor = new Cursor(this); cursor.next(); ) if (isLive(cursor.id)) kept.push(cursor.id, cursor.flags);
    kept.trim();
    return kept;
  }
}

/** Reads a posting list front to back. */
class Cursor {
  id = -1;
  flags = 0;
  private at = 0;

  constructor(private readonly list: Postings) {}

  next(): boolean {
    const { bytes, size } = this.list;
    if (this.at >= size) return false;
    let value = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = bytes[this.at++] ?? 0;
      value += (byte & 127) * scale;
      scale *= 128;
    } while (byte & 128 && this.at < size);
    this.flags = value % 8;
    this.id += (value - this.flags) / 8;
    return true;
  }

  /** Moves to the first doc at or after `id`; false when the list ends first. */
  seek(id: number): boolean {
    if (this.id >= id) return true;
    const { skipIds, skipAts, skips } = this.list;
    // The last skip point before `id`, if it lies ahead of where the cursor is.
    let low = 0;
    let high = skips - 1;
    let best = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((skipIds[mid] ?? 0) < id) {
        best = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (best >= 0 && (skipAts[best] ?? 0) > this.at) {
      this.at = skipAts[best] ?? 0;
      this.id = skipIds[best] ?? 0;
    }
    while (this.id < id) if (!this.next()) return false;
    return true;
  }
}

/** Keeps the best `size` hits seen: a min-heap ordered by score, then date. */
class TopHits {
  private items: { id: number; score: number; date: number }[] = [];

  constructor(private readonly size: number) {}

  private worse(a: { score: number; date: number }, b: { score: number; date: number }): boolean {
    return a.score < b.score || (a.score === b.score && a.date < b.date);
  }

  offer(id: number, score: number, date: number): void {
    const items = this.items;
    const root = items[0];
    if (items.length >= this.size && root && (score < root.score || (score === root.score && date <= root.date))) return;
    const item = { id, score, date };
    if (items.length < this.size) {
      items.push(item);
      let i = items.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(items[i] ?? item, items[parent] ?? item)) break;
        [items[i], items[parent]] = [items[parent] ?? item, items[i] ?? item];
        i = parent;
      }
      return;
    }
    items[0] = item;
    let i = 0;
    for (;;) {
      const left = i * 2 + 1;
      const right = left + 1;
      let smallest = i;
      if (left < items.length && this.worse(items[left] ?? item, items[smallest] ?? item)) smallest = left;
      if (right < items.length && this.worse(items[right] ?? item, items[smallest] ?? item)) smallest = right;
      if (smallest === i) break;
      [items[i], items[smallest]] = [items[smallest] ?? item, items[i] ?? item];
      i = smallest;
    }
  }

  sorted(): { id: number; score: number }[] {
    return [...this.items].sort((a, b) => b.score - a.score || b.date - a.date);
  }
}

/**
 * An in-memory full-text index of posts: Han bigrams and Latin words mapped to sorted
 * typed arrays of doc ids. Hand-made rather than MiniSearch, which at 10,000 posts with
 * 2,000 body characters took 64 s to build and 390 MB of heap (see README).
 */
export function createSearchIndex() {
  const terms = new Map<string, Postings>();
  const docs: (SearchDoc | undefined)[] = [];
  const idByPath = new Map<string, number>();
  // Per doc id, kept in typed arrays so the search loop touches no objects.
  let hidden = new Uint8Array(1024);
  let dates = new Float64Array(1024);
  let removed = 0;
  let addedSinceTrim = 0;

  function postingsOf(term: string): Postings {
    let list = terms.get(term);
    if (!list) {
      list = new Postings();
      terms.set(term, list);
    }
    return list;
  }

  function remove(path: string): void {
    const id = idByPath.get(path);
    if (id === undefined) return;
    idByPath.delete(path);
    docs[id] = undefined;
    hidden[id] = 1;
    removed += 1;
    if (removed > 1000 && removed > docs.length / 4) compact();
  }

  function compact(): void {
    for (const [term, list] of terms) {
      const kept = list.without((id) => docs[id] !== undefined);
      if (kept.length === 0) terms.delete(term);
      else terms.set(term, kept);
    }
    removed = 0;
  }

  function add(doc: SearchDoc, bodyText: string): void {
    remove(doc.path);
    const id = docs.length;
    docs.push(doc);
    idByPath.set(doc.path, id);
    if (id >= hidden.length) {
      const grown = new Uint8Array(hidden.length * 2);
      grown.set(hidden);
      hidden = grown;
      const grownDates = new Float64Array(dates.length * 2);
      grownDates.set(dates);
      dates = grownDates;
    }
    dates[id] = doc.date;
    addedSinceTrim += 1;
    const mark = (text: string, flag: number) => {
      for (const term of toTerms(text)) postingsOf(term).push(id, flag);
    };
    mark(doc.title, TITLE);
    for (const tag of doc.tags) mark(tag, TAG);
    mark(bodyText, BODY);
  }

  /** A lone Han character: every term that holds it, merged into one list. */
  function toCharPostings(char: string): Postings {
    // Fields per doc id, plus one so that 0 means absent.
    const flagsById = new Uint8Array(docs.length);
    for (const [term, list] of terms) {
      if (!term.includes(char)) continue;
      for (const cursor = new Cursor(list); cursor.next(); ) flagsById[cursor.id] = (flagsById[cursor.id] ?? 0) | (cursor.flags + 8);
    }
    const merged = new Postings();
    flagsById.forEach((flags, id) => {
      if (flags) merged.push(id, flags & 7);
    });
    return merged;
  }

  /** The hits of one page, from the best kept. */
  function finish(total: number, top: TopHits, offset: number): SearchResult {
    const hits = top
      .sorted()
      .slice(offset)
      .flatMap(({ id, score }) => {
        const doc = docs[id];
        return doc ? [{ doc, score }] : [];
      });
    return { total, hits };
  }

  return {
    add,
    remove,
    get size(): number {
      return idByPath.size;
    },
    /** Marks which docs may be found: the index itself does not know about drafts, duplicates or future dates. */
    setVisibility(isVisible: (doc: SearchDoc) => boolean): void {
      docs.forEach((doc, id) => {
        hidden[id] = doc && isVisible(doc) ? 0 : 1;
      });
      // After a large batch of additions (the first scan), lists stop growing: drop their spare room.
      if (addedSinceTrim > 1000) {
        for (const list of terms.values()) list.trim();
        addedSinceTrim = 0;
      }
    },
    /** Posts holding every term of the query, best first: title and tag matches, then the newest. */
    search(query: string, options: { now: number; offset: number; limit: number }): SearchResult {
      const queryTerms = [...new Set(toTerms(query))];
      if (queryTerms.length === 0) return { total: 0, hits: [] };
      const lists: Postings[] = [];
      for (const term of queryTerms) {
        const list = isSingleHan(term) ? toCharPostings(term) : terms.get(term);
        if (!list || list.length === 0) return { total: 0, hits: [] };
        lists.push(list);
      }
      lists.sort((a, b) => a.length - b.length);
      const [shortest, ...others] = lists;
      if (!shortest) return { total: 0, hits: [] };
      const cursors = others.map((list) => new Cursor(list));
      const top = new TopHits(options.offset + options.limit);
      let total = 0;
      for (const lead = new Cursor(shortest); lead.next(); ) {
        const id = lead.id;
        const date = dates[id] ?? 0;
        if (hidden[id] || date > options.now) continue;
        let score = toWeight(lead.flags);
        let all = true;
        for (const cursor of cursors) {
          if (!cursor.seek(id)) return finish(total, top, options.offset);
          if (cursor.id !== id) {
            all = false;
            break;
          }
          score += toWeight(cursor.flags);
        }
        if (!all) continue;
        total += 1;
        top.offer(id, score, date);
      }
      return finish(total, top, options.offset);
    },
  };

}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
