import type { Scene } from './scene.ts';

/*
 * Two scene measures shared by the build (compactScene.ts) and the page (viewer/fit.ts meet(),
 * viewer/compact.ts); kept apart from compactScene.ts, which lays out with ELK's helpers, so the
 * first load stays small.
 */

/** Scale at which a scene fits a w×h area whole (what `preserveAspectRatio="xMidYMid meet"` does). */
export const fitScale = (s: { width: number; height: number }, w: number, h: number) => Math.min(w / s.width, h / s.height);

/** The groups a scene draws folded (an overview's preset). */
export const foldedIn = (s: Scene): string[] => s.nodes.filter((n) => n.collapsed !== undefined).map((n) => n.id);
