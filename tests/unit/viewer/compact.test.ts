import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/lib/layout/scene.ts';
import { CHROME_H, COMPACT_BELOW, NARROW, tooSmall } from '../../../src/lib/viewer/compact.ts';

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
  it('decides at the threshold on a laptop, from the height left under the title bar and tabs', () => {
    const h = 720 - CHROME_H;
    expect(tooSmall(scene(1280 / COMPACT_BELOW, 10), { w: 1280, h: 720 })).toBe(false);
    expect(tooSmall(scene(1280 / COMPACT_BELOW + 2, 10), { w: 1280, h: 720 })).toBe(true);
    expect(tooSmall(scene(10, h / COMPACT_BELOW + 2), { w: 1280, h: 720 })).toBe(true);
  });
  it('asks more of a narrow screen, where there is no room to zoom around', () => {
    // Signalling (1552 × 848) at 800×600 fits at 0.51: legible on a laptop, not on a phone-sized screen.
    expect(tooSmall(scene(1552, 848), { w: 800, h: 600 })).toBe(true);
    expect(tooSmall(scene(NARROW.w / (NARROW.below + 0.01), 10), { w: NARROW.w, h: 900 })).toBe(false);
    expect(tooSmall(scene(1552 * 1.6, 848 * 1.6), { w: 1280, h: 720 })).toBe(false); // 0.45 on a laptop: whole
  });
  it('is false without a screen (the prerender) or on a degenerate window', () => {
    expect(tooSmall(scene(4000, 3000), undefined)).toBe(false);
    expect(tooSmall(scene(4000, 3000), { w: 0, h: 0 })).toBe(false);
  });
});
