import { describe, expect, it } from 'vitest';
import { pageName, paperMm } from '../../../src/lib/export/paper.ts';
import { planPoster, type Size } from '../../../src/lib/export/planPoster.ts';

const box = (w: number, h: number): Size => ({ w, h });

describe('planPoster', () => {
  it.each<[string, Size[], Parameters<typeof planPoster>[1], { scale: number; columns: number[][] }]>([
    ['two equal diagrams side by side', [box(100, 50), box(100, 50)], { width: 210, height: 60, gap: 10, caption: 10 }, { scale: 1, columns: [[0], [1]] }],
    ['stacked when the sheet is tall', [box(100, 50), box(100, 50)], { width: 100, height: 220, gap: 10, caption: 10 }, { scale: 1, columns: [[0, 1]] }],
    // Three columns would allow 0.5 per width, but the height allows more in two: 1 and 2 | 3.
    ['cut in reading order, never reordered', [box(100, 100), box(100, 100), box(100, 300)], { width: 210, height: 300, gap: 10, caption: 0 }, { scale: 1, columns: [[0, 1], [2]] }],
    ['capped at maxScale', [box(10, 10)], { width: 1000, height: 1000, gap: 0, caption: 0, maxScale: 3 }, { scale: 3, columns: [[0]] }],
    ['a sheet too small for the captions fits nothing', [box(10, 10)], { width: 100, height: 5, gap: 0, caption: 10 }, { scale: 0, columns: [[0]] }],
    ['no diagrams', [], { width: 100, height: 100, gap: 0, caption: 0 }, { scale: 0, columns: [[]] }],
  ])('%s', (_, sizes, options, expected) => {
    expect(planPoster(sizes, options)).toMatchObject(expected);
  });

  it('the poster’s seven diagrams fit on an A0 sheet in two columns, every column within the sheet', () => {
    // Scene sizes of the Persian build (px), in tab order.
    const scenes = [box(1743, 731), box(1761, 1373), box(1743, 780), box(1400, 1221), box(2094, 1272), box(1910, 895), box(1349, 848)];
    const o = { width: 2900, height: 3100, gap: 60, caption: 90 };
    const plan = planPoster(scenes, o);
    expect(plan.columns.flat()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const col of plan.columns) {
      const h = col.reduce((sum, i) => sum + o.caption + plan.scale * scenes[i]!.h, 0);
      expect(h).toBeLessThanOrEqual(o.height + 1e-6);
      for (const i of col) expect(plan.scale * scenes[i]!.w).toBeLessThanOrEqual(plan.columnWidth + 1e-6);
    }
    expect(plan.columns).toHaveLength(2);
    expect(plan.scale).toBeGreaterThan(0.6);
  });
});

describe('paper', () => {
  it.each([
    [{ size: 'a0', orientation: 'portrait' }, 'a0', { w: 841, h: 1189 }],
    [{ size: 'a1', orientation: 'portrait' }, 'a1', { w: 594, h: 841 }],
    [{ size: 'a0', orientation: 'landscape' }, 'a0-landscape', { w: 1189, h: 841 }],
  ] as const)('%o', (p, name, mm) => {
    expect(pageName(p)).toBe(name);
    expect(paperMm(p)).toEqual(mm);
  });
});
