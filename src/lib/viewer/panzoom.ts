import { select } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { View } from './fit.ts';

export interface PanZoom {
  /** Moves to a view; animated unless `instant` (or the reader prefers reduced motion). */
  setView(view: View, instant?: boolean): void;
  zoomBy(factor: number): void;
  destroy(): void;
}

/**
 * Pan, zoom and pinch on an SVG element with d3-zoom. Knows nothing of Svelte: it reports
 * every transform through `onchange` and the caller draws it. With a viewBox on the SVG,
 * d3-zoom works in viewBox units, so k = 1 is "fit to screen" and `extent` is relative to it.
 */
export function createPanZoom(
  el: SVGSVGElement,
  options: {
    initial: View;
    extent: [number, number];
    onchange: (v: View) => void;
    /**
     * Asked before each wheel, mouse or touch gesture (after d3-zoom's own test): a gesture it
     * refuses is left to the browser, so the wheel scrolls the page. An embedded poster refuses the
     * wheel and touch until the visitor activates it (src/lib/embed).
     */
    filter?: (event: Event) => boolean;
  },
): PanZoom {
  const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
  const sel = select(el);
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent(options.extent)
    .clickDistance(6)
    .tapDistance(12)
    // d3-zoom's default filter (no secondary buttons, Ctrl only with the wheel), then ours.
    .filter((e: MouseEvent) => (!e.ctrlKey || e.type === 'wheel') && !e.button && (options.filter?.(e) ?? true))
    .on('zoom', (e: { transform: ZoomTransform }) => options.onchange({ x: e.transform.x, y: e.transform.y, k: e.transform.k }));
  sel.call(behaviour);
  // Double-click stays free for text selection in panels; use the buttons or the wheel to zoom.
  sel.on('dblclick.zoom', null);
  const toTransform = (v: View) => zoomIdentity.translate(v.x, v.y).scale(v.k);
  sel.call(behaviour.transform, toTransform(options.initial));

  return {
    setView(view, instant = false) {
      if (instant || reduced()) sel.interrupt().call(behaviour.transform, toTransform(view));
      else sel.transition().duration(450).call(behaviour.transform, toTransform(view));
    },
    zoomBy(factor) {
      if (reduced()) sel.call(behaviour.scaleBy, factor);
      else sel.transition().duration(250).call(behaviour.scaleBy, factor);
    },
    destroy() {
      sel.on('.zoom', null);
      sel.interrupt();
    },
  };
}
