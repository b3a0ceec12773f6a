import { relayout } from '../layout/relayoutClient.ts';
import type { Scene } from '../layout/scene.ts';
import { glide } from './glide.ts';

/** What arrange changes: the scene on screen and the "arranging…" flag (a ViewerState). */
export interface Stage {
  scene: Scene | undefined;
  arranging: boolean;
}

let stopGlide: (() => void) | undefined;

/** performance.mark set each time a collapse or expand is fully on screen (tests and the bench wait for it). */
export const ARRANGED_MARK = 'poster:arranged';

/**
 * Shows `base` with `collapsed` groups folded: re-laid out in the worker (none needed when
 * nothing is collapsed: that is the precomputed scene), then glided to, or shown at once with
 * prefers-reduced-motion or when the screen shows another diagram or language.
 * Loaded with the first collapse, so none of this is in the first-load bundle.
 * `current()` turns false when a newer request or a diagram load supersedes this one.
 */
export async function arrange(stage: Stage, base: Scene, collapsed: readonly string[], current: () => boolean): Promise<void> {
  let next = base;
  if (collapsed.length) {
    stage.arranging = true;
    try {
      next = await relayout(base, collapsed);
    } finally {
      if (current()) stage.arranging = false;
    }
  }
  if (!current()) return;
  const from = stage.scene;
  stopGlide?.();
  stopGlide = undefined;
  const show = (s: Scene) => {
    stage.scene = s;
    if (s === next) performance.mark(ARRANGED_MARK);
  };
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (!from || from === next || still || from.diagram !== next.diagram || from.lang !== next.lang) show(next);
  else stopGlide = glide(from, next, show, () => stage.scene);
}
