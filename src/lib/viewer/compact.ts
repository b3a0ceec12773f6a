import { fitScale } from '../layout/fitScale.ts';
import type { Scene } from '../layout/scene.ts';

/**
 * Below this scale, a diagram fitted whole draws its 15 px labels under 6.3 px: unreadable, and
 * the poster opens the diagram as its overview (src/lib/layout/compactScene.ts). Above it the
 * whole diagram is small but legible, and zooming in reads it: a 1280×720 or 1366×768 laptop
 * keeps every diagram whole; 800×600 opens all but the signalling diagram (0.51) as overviews.
 */
export const COMPACT_BELOW = 0.42;
/** What the title bar and the tabs take above the diagram on a small screen (px, about). */
export const CHROME_H = 110;

/**
 * True when the whole diagram, fitted to this screen, would be too small to read.
 * @example tooSmall(cargoScene, { w: 800, h: 600 }) // true: 2035 × 1373 fits at 0.36
 */
export function tooSmall(scene: Scene, screen: { w: number; h: number } | undefined): boolean {
  if (!screen || screen.w <= 0 || screen.h <= CHROME_H) return false;
  return fitScale(scene, screen.w, screen.h - CHROME_H) < COMPACT_BELOW;
}
