const GONE: unique symbol = Symbol('gone');

// Changes kept on top of the base before a version is flattened into a plain Map again.
const MAX_CHANGES = 4096;

/**
 * A read-only map that is a base Map plus a few changes on top. A snapshot of the index is never
 * changed once published (pages still read it), yet its slug and old-path lookups change by one
 * or two keys a publish: copying a Map of 100,000 keys took 65-110 ms here, and of 217,000 old
 * paths 129-210 ms, on every publish. A new version of this one costs its changes; every
 * MAX_CHANGES changes it is flattened once. Iteration order is not a Map's insertion order.
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly changes: ReadonlyMap<K, V | typeof GONE>,
    readonly size: number,
    private readonly maxChanges: number,
  ) {}

  static of<K, V>(map: ReadonlyMap<K, V>, maxChanges = MAX_CHANGES): LayeredMap<K, V> {
    return map instanceof LayeredMap ? map : new LayeredMap(map, new Map(), map.size, maxChanges);
  }

  /** Whether this version is a plain Map with nothing on top, for the tests. */
  get flat(): boolean {
    return this.changes.size === 0;
  }

  /** A new version with `remove` taken out, then `set` put in; this one is unchanged. */
  with(set: Iterable<readonly [K, V]>, remove: Iterable<K> = []): LayeredMap<K, V> {
    const changes = new Map(this.changes);
    const present = (key: K) => (changes.has(key) ? changes.get(key) !== GONE : this.base.has(key));
    let size = this.size;
    for (const key of remove) {
      if (present(key)) size -= 1;
      if (this.base.has(key)) changes.set(key, GONE);
      else changes.delete(key);
    }
    for (const [key, value] of set) {
      if (!present(key)) size += 1;
      changes.set(key, value);
    }
    const next = new LayeredMap(this.base, changes, size, this.maxChanges);
    return changes.size > this.maxChanges ? new LayeredMap(new Map(next), new Map(), size, this.maxChanges) : next;
  }

  get(key: K): V | undefined {
    const changed = this.changes.get(key);
    if (changed === GONE) return undefined;
    if (changed !== undefined || this.changes.has(key)) return changed;
    return this.base.get(key);
  }

  has(key: K): boolean {
    const changed = this.changes.get(key);
    if (changed === GONE) return false;
    return this.changes.has(key) || this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const entry of this.base) if (!this.changes.has(entry[0])) yield entry;
    for (const [key, value] of this.changes) if (value !== GONE) yield [key, value];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
