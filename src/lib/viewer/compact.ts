import { fitScale } from '../layout/compactScene.ts';
import type { Scene } from '../layout/scene.ts';

/**
 * Below this scale, a diagram fitted whole draws its 15 px labels under 6.3 px: unreadable, and
 * the poster opens the diagram as its overview (src/lib/layout/compactScene.ts). Above it the
 * whole diagram is small but legible, and zooming in reads it: a 1280×720 or 1366×768 laptop
 * keeps every diagram whole; 800×600 folds all but the signalling diagram (0.51).
 */
export const COMPACT_BELOW = 0.42;
/** What the title bar and the tabs take above the diagram on a small screen (px, about). */
export const CHROME_H = 110;

/**
 * The groups to fold when a diagram opens on this screen with nothing asked for: the overview's
 * groups when the whole diagram would be too small to read, else none (undefined).
 * @example compactDefault(cargoScene, ['mirna', 'lncrna'], { w: 800, h: 600 }) // ['mirna', 'lncrna']
 */
export function compactDefault(
  scene: Scene,
  groups: readonly string[],
  screen: { w: number; h: number } | undefined,
): readonly string[] | undefined {
  if (!screen || screen.w <= 0 || screen.h <= CHROME_H || !groups.length) return undefined;
  if (fitScale(scene, screen.w, screen.h - CHROME_H) >= COMPACT_BELOW) return undefined;
  return groups;
}
