import { describe, expect, it } from 'vitest';
import { LayeredMap } from './layered-map';
import { mulberry32 } from '../../scripts/content/gen/rng.mjs';

const sorted = (map: ReadonlyMap<string, number>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('a layered map', () => {
  it('answers like a plain Map through thousands of versions, flattening included', () => {
    // 6,000 versions of one to three changes each, against a plain Map doing the same.
    const random = mulberry32(7);
    const plain = new Map<string, number>(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    let layered = LayeredMap.of(new Map(plain), 200);
    let flattened = 0;
    for (let step = 0; step < 6000; step += 1) {
      const set: [string, number][] = [];
      const remove: string[] = [];
      for (let n = Math.floor(random() * 3); n >= 0; n -= 1) {
        // Enough keys that the changes outgrow the limit and the map is flattened on the way.
        const key = `k${Math.floor(random() * (step < 3000 ? 80 : 600))}`;
        if (random() < 0.4) remove.push(key);
        else set.push([key, step]);
      }
      layered = layered.with(set, remove);
      if (layered.flat) flattened += 1;
      for (const key of remove) plain.delete(key);
      for (const [key, value] of set) plain.set(key, value);
      if (step % 97 === 0 || step > 5990) {
        expect(layered.size, `step ${step}`).toBe(plain.size);
        expect(sorted(layered), `step ${step}`).toEqual(sorted(plain));
        for (let i = 0; i < 600; i += 7) expect(layered.get(`k${i}`)).toBe(plain.get(`k${i}`));
      }
    }
    expect(flattened).toBeGreaterThan(0);
  });

  it('leaves every earlier version as it was', () => {
    const first = LayeredMap.of(new Map([['a', 1], ['b', 2]]));
    const second = first.with([['c', 3]], ['a']);
    const third = second.with([['a', 9]], ['c']);
    expect(sorted(first)).toEqual([['a', 1], ['b', 2]]);
    expect(sorted(second)).toEqual([['b', 2], ['c', 3]]);
    expect(sorted(third)).toEqual([['a', 9], ['b', 2]]);
    expect([second.has('a'), second.get('a'), third.size]).toEqual([false, undefined, 2]);
  });
});
