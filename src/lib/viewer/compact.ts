import { fitScale } from '../layout/fitScale.ts';
import type { Scene } from '../layout/scene.ts';

/**
 * Below this scale, a diagram fitted whole draws its 15 px labels under 6.3 px: unreadable, and
 * the poster opens the diagram as its overview (src/lib/layout/compactScene.ts). Above it, on a
 * laptop or larger, the whole diagram is small but legible and wheel or pinch zoom reads it:
 * 1280×720 and 1366×768 keep every diagram whole.
 */
export const COMPACT_BELOW = 0.42;
/**
 * A narrow screen (a phone, a small tablet, a course page's column) has no room to zoom around
 * in: there a diagram must fit at NARROW.below (8 px labels, 6.9 px arrow labels) to open whole.
 * 800×600 therefore opens every diagram as its overview (signalling, the smallest, fits at 0.51).
 */
export const NARROW = { w: 1024, below: 0.55 } as const;
/** What the title bar and the tabs take above the diagram on a small screen (px, about). */
export const CHROME_H = 110;

/**
 * True when the whole diagram, fitted to this screen, would be too small to read.
 * @example tooSmall(cargoScene, { w: 800, h: 600 }) // true: 2035 × 1373 fits at 0.36
 */
export function tooSmall(scene: Scene, screen: { w: number; h: number } | undefined): boolean {
  if (!screen || screen.w <= 0 || screen.h <= CHROME_H) return false;
  const k = fitScale(scene, screen.w, screen.h - CHROME_H);
  return k < COMPACT_BELOW || (screen.w <= NARROW.w && k < NARROW.below);
}
