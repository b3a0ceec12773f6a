import { relayout } from '../layout/relayoutClient.ts';
import type { Scene } from '../layout/scene.ts';
import { glide } from './glide.ts';
import { validCollapsed } from './validCollapsed.ts';
import type { ViewerState } from './viewerState.svelte.ts';

/*
 * Collapsing and expanding groups: everything that changes ViewerState's collapsed groups and
 * the scene they give. Loaded with the group toggles (after the first paint) or when a view has
 * groups collapsed, so none of it is in the first-load bundle.
 */

/** performance.mark set each time a collapse or expand is fully on screen (tests and the bench wait for it). */
export const ARRANGED_MARK = 'poster:arranged';

let stopGlide: (() => void) | undefined;

/** Collapses a group of the open diagram to one node, or expands it again; the diagram re-lays itself out. */
export function toggleGroup(viewer: ViewerState, id: string): Promise<void> {
  const c = viewer.collapsed;
  viewer.collapsedBy = { ...viewer.collapsedBy, [viewer.diagramId]: c.includes(id) ? c.filter((x) => x !== id) : [...c, id] };
  return arrange(viewer);
}

/** Leaves the small-screen overview (or any folding): the whole diagram, as laid out at build time. */
export function expandAll(viewer: ViewerState): Promise<void> {
  viewer.collapsedBy = { ...viewer.collapsedBy, [viewer.diagramId]: [] };
  return arrange(viewer);
}

/** After a node was opened: unfolds the groups around it, if any is folded; nothing else. */
export function keepVisible(viewer: ViewerState): Promise<void> | undefined {
  const base = viewer.baseScene;
  if (base && validCollapsed(base, viewer.collapsed, viewer.selectedId).length !== viewer.collapsed.length) return arrange(viewer);
}

/**
 * Shows the open diagram with its collapsed groups folded: re-laid out in the worker (none needed
 * when nothing is collapsed: that is the precomputed scene), then glided to, or shown at once with
 * prefers-reduced-motion or when the screen shows another diagram or language. First drops ids
 * that are no group of the diagram (from the URL) and groups around the opened node.
 */
export async function arrange(viewer: ViewerState): Promise<void> {
  const base = viewer.baseScene;
  if (!base || base.diagram !== viewer.diagramId) return;
  const valid = validCollapsed(base, viewer.collapsed, viewer.selectedId);
  if (valid.length !== viewer.collapsed.length) viewer.collapsedBy = { ...viewer.collapsedBy, [base.diagram]: valid };
  const ids = viewer.collapsed;
  // Superseded by a later toggle or a diagram or language load.
  const current = () => viewer.baseScene === base && viewer.collapsed === ids;
  let next = base;
  // The small-screen overview (it may fold nothing: its arrows are unlabelled) is laid out at
  // build time; any other set of folded groups in the worker.
  const preset = ids === viewer.presetBy[base.diagram];
  viewer.arranging = ids.length > 0 || preset; // the latest request owns the flag
  if (ids.length || preset) {
    try {
      next = preset ? await viewer.loadOverview(base) : await relayout(base, ids);
    } catch (e) {
      if (!current()) return;
      // Should never happen (ELK failed, or the worker could not start): back to the full diagram.
      console.error(e);
      viewer.collapsedBy = { ...viewer.collapsedBy, [base.diagram]: [] };
      next = base;
    }
    if (viewer.baseScene !== base || (next !== base && !current())) return;
    viewer.arranging = false;
  }
  const from = viewer.scene;
  stopGlide?.();
  stopGlide = undefined;
  const show = (s: Scene) => {
    viewer.scene = s;
    if (s === next) performance.mark(ARRANGED_MARK);
  };
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (!from || from === next || still || from.diagram !== next.diagram || from.lang !== next.lang) show(next);
  else stopGlide = glide(from, next, show, () => viewer.scene);
}
