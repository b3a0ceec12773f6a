import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/lib/layout/scene.ts';
import { CHROME_H, COMPACT_BELOW, compactDefault } from '../../../src/lib/viewer/compact.ts';

const scene = (width: number, height: number): Scene => ({ diagram: 'd', lang: 'en', width, height, nodes: [], edges: [] });

describe('compactDefault', () => {
  it('opens the overview where the whole diagram would be drawn below half size', () => {
    expect(compactDefault(scene(2000, 1300), ['g1', 'g2'], { w: 800, h: 600 })).toEqual(['g1', 'g2']);
  });
  it('keeps the whole diagram where it is readable: a large screen, or a small diagram', () => {
    expect(compactDefault(scene(2000, 1300), ['g1'], { w: 1920, h: 1080 })).toBeUndefined();
    expect(compactDefault(scene(700, 400), ['g1'], { w: 800, h: 600 })).toBeUndefined();
  });
  it('decides at the threshold from the height left under the title bar and tabs', () => {
    const h = 600 - CHROME_H;
    expect(compactDefault(scene(800 / COMPACT_BELOW, 10), ['g'], { w: 800, h: 600 })).toBeUndefined();
    expect(compactDefault(scene(10, h / COMPACT_BELOW + 2), ['g'], { w: 800, h: 600 })).toEqual(['g']);
  });
  it('does nothing without a screen (prerender), without groups, or on a degenerate window', () => {
    expect(compactDefault(scene(4000, 3000), ['g'], undefined)).toBeUndefined();
    expect(compactDefault(scene(4000, 3000), [], { w: 800, h: 600 })).toBeUndefined();
    expect(compactDefault(scene(4000, 3000), ['g'], { w: 0, h: 0 })).toBeUndefined();
  });
});
