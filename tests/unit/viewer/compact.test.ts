import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/lib/layout/scene.ts';
import { CHROME_H, COMPACT_BELOW, tooSmall } from '../../../src/lib/viewer/compact.ts';

const scene = (width: number, height: number): Scene => ({ diagram: 'd', lang: 'en', width, height, nodes: [], edges: [] });

describe('tooSmall', () => {
  it('is true where the whole diagram would be drawn too small to read', () => {
    expect(tooSmall(scene(2035, 1373), { w: 800, h: 600 })).toBe(true);
  });
  it('is false where it is readable: a large screen, a laptop, or a small diagram', () => {
    expect(tooSmall(scene(2035, 1373), { w: 1920, h: 1080 })).toBe(false);
    expect(tooSmall(scene(2035, 1373), { w: 1280, h: 720 })).toBe(false);
    expect(tooSmall(scene(700, 400), { w: 800, h: 600 })).toBe(false);
  });
  it('decides at the threshold, from the height left under the title bar and tabs', () => {
    const h = 600 - CHROME_H;
    expect(tooSmall(scene(800 / COMPACT_BELOW, 10), { w: 800, h: 600 })).toBe(false);
    expect(tooSmall(scene(800 / COMPACT_BELOW + 2, 10), { w: 800, h: 600 })).toBe(true);
    expect(tooSmall(scene(10, h / COMPACT_BELOW + 2), { w: 800, h: 600 })).toBe(true);
  });
  it('is false without a screen (the prerender) or on a degenerate window', () => {
    expect(tooSmall(scene(4000, 3000), undefined)).toBe(false);
    expect(tooSmall(scene(4000, 3000), { w: 0, h: 0 })).toBe(false);
  });
});
