import { describe, expect, it } from 'vitest';
import { edgeOf, stepFrom } from '../../../src/lib/viewer/tour.ts';

const entries = [
  { id: 'a', steps: 2 },
  { id: 'b', steps: 0 },
  { id: 'c', steps: 1 },
];

describe('stepFrom', () => {
  it.each([
    [{ diagram: 'a', step: 0 }, 1, false, { diagram: 'a', step: 1 }],
    [{ diagram: 'a', step: 2 }, 1, false, { diagram: 'b', step: 0 }],
    [{ diagram: 'b', step: 0 }, 1, false, { diagram: 'c', step: 0 }],
    [{ diagram: 'c', step: 1 }, 1, false, undefined],
    [{ diagram: 'c', step: 1 }, 1, true, { diagram: 'a', step: 0 }],
    [{ diagram: 'c', step: 0 }, -1, false, { diagram: 'b', step: 0 }],
    [{ diagram: 'b', step: 0 }, -1, false, { diagram: 'a', step: 2 }],
    [{ diagram: 'a', step: 0 }, -1, false, undefined],
    [{ diagram: 'a', step: 0 }, -1, true, { diagram: 'c', step: 1 }],
    [{ diagram: 'zzz', step: 4 }, 1, false, { diagram: 'a', step: 0 }],
  ] as const)('from %o by %i (wrap %s)', (pos, delta, wrap, expected) => {
    expect(stepFrom(pos, delta, entries, wrap)).toEqual(expected);
  });
  it('walks the whole poster forwards and back to the same places', () => {
    const seen: string[] = [];
    let p: { diagram: string; step: number } | undefined = { diagram: 'a', step: 0 };
    while (p) {
      seen.push(`${p.diagram}${p.step}`);
      p = stepFrom(p, 1, entries);
    }
    expect(seen).toEqual(['a0', 'a1', 'a2', 'b0', 'c0', 'c1']);
    const back: string[] = [];
    p = { diagram: 'c', step: 1 };
    while (p) {
      back.push(`${p.diagram}${p.step}`);
      p = stepFrom(p, -1, entries);
    }
    expect(back).toEqual([...seen].reverse());
  });
});

describe('edgeOf', () => {
  it('gives a diagram’s first and last step', () => {
    expect(edgeOf(entries[0]!, 'first')).toEqual({ diagram: 'a', step: 0 });
    expect(edgeOf(entries[0]!, 'last')).toEqual({ diagram: 'a', step: 2 });
  });
});
