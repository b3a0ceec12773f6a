import type { Scene } from '../layout/scene.ts';
import { centreOn, type Box, type Meet, type View } from './fit.ts';

/**
 * What a tour step lights up: the focused node, everything inside it, the groups around it
 * (for context) and its direct neighbours; plus the edges that touch the focus. The rest dims.
 */
export function spotlightSet(scene: Scene, focus: string): { nodes: Set<string>; edges: Set<string> } {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const inside = new Set([focus]);
  // Paint order puts containers before their children, so one pass collects every descendant.
  for (const n of scene.nodes) if (n.parent && inside.has(n.parent)) inside.add(n.id);
  const nodes = new Set(inside);
  for (let p = byId.get(focus)?.parent; p; p = byId.get(p)?.parent) nodes.add(p);
  const edges = new Set<string>();
  for (const e of scene.edges)
    if (inside.has(e.from) || inside.has(e.to)) {
      edges.add(e.id);
      nodes.add(e.from);
      nodes.add(e.to);
    }
  return { nodes, edges };
}

/**
 * The view that frames a scene box in a screen rect with room around it: zoomed in on small
 * nodes (at most `maxK`), never below fit (k = 1).
 */
export function frameBox(box: Box, rect: Box, m: Meet, fill = 0.6, maxK = 3): View {
  const fitK = Math.min(rect.w / Math.max(1, box.w * m.s), rect.h / Math.max(1, box.h * m.s));
  const k = Math.min(maxK, Math.max(1, fitK * fill));
  return centreOn(box, k, rect, m);
}
