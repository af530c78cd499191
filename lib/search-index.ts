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

/** Doc ids in increasing order, each with the fields the term appears in; grows by doubling. */
class Postings {
  ids = new Uint32Array(4);
  flags = new Uint8Array(4);
  length = 0;

  /** Adds a doc, or marks one more field of the doc added last (a doc's terms arrive together). */
  push(id: number, flags: number): void {
    const last = this.length - 1;
    if (last >= 0 && this.ids[last] === id) {
      this.flags[last] = (this.flags[last] ?? 0) | flags;
      return;
    }
    if (this.length === this.ids.length) {
      const ids = new Uint32Array(this.length * 2);
      ids.set(this.ids);
      this.ids = ids;
      const more = new Uint8Array(this.length * 2);
      more.set(this.flags);
      this.flags = more;
    }
    this.ids[this.length] = id;
    this.flags[this.length] = flags;
    this.length += 1;
  }

  /** Gives back the spare capacity doubling left. */
  trim(): void {
    if (this.ids.length === this.length) return;
    this.ids = this.ids.slice(0, this.length);
    this.flags = this.flags.slice(0, this.length);
  }

  /** Drops removed docs and spare capacity. */
  compact(isLive: (id: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.length; i += 1) {
      const id = this.ids[i] ?? 0;
      if (!isLive(id)) continue;
      this.ids[kept] = id;
      this.flags[kept] = this.flags[i] ?? 0;
      kept += 1;
    }
    this.ids = this.ids.slice(0, kept);
    this.flags = this.flags.slice(0, kept);
    this.length = kept;
  }

  /** Position of `id`, searching from `from`; -1 when absent. Ids are sorted, so this gallops then bisects. */
  find(id: number, from: number): number {
    let step = 1;
    let low = from;
    let high = from;
    while (high < this.length && (this.ids[high] ?? 0) < id) {
      low = high + 1;
      high += step;
      step *= 2;
    }
    high = Math.min(high, this.length - 1);
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = this.ids[mid] ?? 0;
      if (value === id) return mid;
      if (value < id) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
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
      list.compact((id) => docs[id] !== undefined);
      if (list.length === 0) terms.delete(term);
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
    const flagsById = new Map<number, number>();
    for (const [term, list] of terms) {
      if (!term.includes(char)) continue;
      for (let i = 0; i < list.length; i += 1) {
        const id = list.ids[i] ?? 0;
        flagsById.set(id, (flagsById.get(id) ?? 0) | (list.flags[i] ?? 0));
      }
    }
    const merged = new Postings();
    for (const id of [...flagsById.keys()].sort((a, b) => a - b)) merged.push(id, flagsById.get(id) ?? 0);
    return merged;
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
      const cursors = others.map(() => 0);
      const top = new TopHits(options.offset + options.limit);
      let total = 0;
      for (let i = 0; i < shortest.length; i += 1) {
        const id = shortest.ids[i] ?? 0;
        const date = dates[id] ?? 0;
        if (hidden[id] || date > options.now) continue;
        let score = toWeight(shortest.flags[i] ?? 0);
        let all = true;
        for (let j = 0; j < others.length; j += 1) {
          const list = others[j];
          const at = list ? list.find(id, cursors[j] ?? 0) : -1;
          if (!list || at < 0) {
            all = false;
            break;
          }
          cursors[j] = at;
          score += toWeight(list.flags[at] ?? 0);
        }
        if (!all) continue;
        total += 1;
        top.offer(id, score, date);
      }
      const hits = top
        .sorted()
        .slice(options.offset)
        .flatMap(({ id, score }) => {
          const doc = docs[id];
          return doc ? [{ doc, score }] : [];
        });
      return { total, hits };
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
