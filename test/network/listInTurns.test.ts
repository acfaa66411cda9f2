// Long lists are released a slice per event-loop turn, in order, every item once.
import { describe, expect, it } from 'vitest';
import { listInTurns } from '../../src/network/listInTurns.js';

describe('listInTurns', () => {
  it('gives a short list back as it is', () => {
    const items = [1, 2, 3];
    expect(listInTurns(items, 3)).toBe(items);
  });

  it('keeps order and items, and lets the event loop turn between slices', async () => {
    const items = Array.from({ length: 2_500 }, (_, i) => ({ i }));
    // A ticker counting event-loop turns (one immediate per turn) while the list settles.
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const out = listInTurns(items, 1_000);
    expect(out).toHaveLength(2_500);
    expect(out.slice(0, 1_000)).toEqual(items.slice(0, 1_000));
    const at: number[] = [];
    const values = await Promise.all(out.map((x, k) => Promise.resolve(x).then((v) => ((at[k] = turns), v))));
    ticking = false;
    expect(values).toEqual(items);
    expect(at[999]).toBe(0);
    expect(at[1_000]).toBeGreaterThan(at[999]!);
    expect(at[1_999]).toBe(at[1_000]);
    expect(at[2_000]).toBeGreaterThan(at[1_999]!);
    expect(at[2_499]).toBe(at[2_000]);
  });
});
