import type { Scene } from '../layout/scene.ts';
import { centreOn, type Box, type Meet, type View } from './fit.ts';

/**
 * What a tour step lights up: the focused node, everything inside it, the groups around it
 * (for context) and its direct neighbours; plus the edges that touch the focus. The rest dims.
 */
export function spotlightSet(scene: Scene, focus: string): { nodes: Set<string>; edges: Set<string>; frame: Box | undefined } {
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
  // The view frames the focus with its neighbours, not the groups around it (they can be huge).
  const framed = scene.nodes.filter((n) => nodes.has(n.id) && (inside.has(n.id) || !isAncestor(n.id)));
  return { nodes, edges, frame: framed.length ? union(framed) : undefined };

  function isAncestor(id: string) {
    for (let p = byId.get(focus)?.parent; p; p = byId.get(p)?.parent) if (p === id) return true;
    return false;
  }
}

/** The smallest box holding every box. */
export function union(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const r = Math.max(...boxes.map((b) => b.x + b.w));
  const b = Math.max(...boxes.map((q) => q.y + q.h));
  return { x, y, w: r - x, h: b - y };
}

/**
 * The view that frames a scene box in a screen rect with room around it: zoomed in on small
 * nodes (at most `maxK`), never below fit (k = 1).
 */
export function frameBox(box: Box, rect: Box, m: Meet, fill = 0.85, maxK = 2): View {
  const fitK = Math.min(rect.w / Math.max(1, box.w * m.s), rect.h / Math.max(1, box.h * m.s));
  const k = Math.min(maxK, Math.max(1, fitK * fill));
  return centreOn(box, k, rect, m);
}
