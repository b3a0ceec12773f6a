import { getContext, setContext } from 'svelte';
import type { ViewerState } from './viewerState.svelte.ts';

const KEY = Symbol('viewer');

export const setViewer = (v: ViewerState) => setContext(KEY, v);

/** The poster's state; throws if a component is used outside <Poster>. */
export function getViewer(): ViewerState {
  const v = getContext<ViewerState | undefined>(KEY);
  if (!v) throw new Error('getViewer(): no ViewerState in context. Render this component inside <Poster>.');
  return v;
}
