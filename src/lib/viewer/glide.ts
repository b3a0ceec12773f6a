import type { Point, Scene, SceneLabel, SceneNode } from '../layout/scene.ts';

type Box = { x: number; y: number; w: number; h: number };
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
const r1 = (n: number) => Math.round(n * 10) / 10;
const centre = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/**
 * The scene `t` of the way (0…1) from `from` to `to`, drawn while nodes glide to their places after
 * a group collapses or expands. What `to` has and `from` had moves and resizes; what is new grows
 * out of the place of its nearest ancestor in `from` (the collapsed group it was hidden in); what
 * `to` no longer has is gone at once. Edge routes are matched point for point by arc length.
 * At t = 1 the result equals `to` geometrically; callers hand over `to` itself at the end.
 */
export function interpolateScene(from: Scene, to: Scene, t: number): Scene {
  const before = new Map(from.nodes.map((n) => [n.id, n]));
  const after = new Map(to.nodes.map((n) => [n.id, n]));
  /** Where a node of `to` was: its own box, or (new) a box of its size centred on its ancestor's. */
  const origin = (n: SceneNode): Box => {
    const was = before.get(n.id);
    if (was) return was;
    for (let p = n.parent; p; p = after.get(p)?.parent) {
      const anc = before.get(p);
      if (anc) {
        const c = centre(anc);
        return { x: c.x - n.w / 2, y: c.y - n.h / 2, w: n.w, h: n.h };
      }
    }
    return n;
  };
  const nodes = to.nodes.map((n): SceneNode => {
    const o = origin(n);
    const box = { x: r1(lerp(o.x, n.x, t)), y: r1(lerp(o.y, n.y, t)), w: r1(lerp(o.w, n.w, t)), h: r1(lerp(o.h, n.h, t)) };
    const was = before.get(n.id)?.label;
    // A new node's label rides along with its box; a known one glides from its old place.
    const label = was ? lerpLabel(was, n.label, t) : { ...n.label, x: r1(n.label.x + box.x - n.x), y: r1(n.label.y + box.y - n.y) };
    return { ...n, ...box, label };
  });
  const edgesBefore = new Map(from.edges.map((e) => [e.id, e]));
  const anchor = (id: string) => {
    const n = after.get(id);
    return centre(n ? origin(n) : { x: 0, y: 0, w: 0, h: 0 });
  };
  const edges = to.edges.map((e) => {
    const was = edgesBefore.get(e.id);
    // A new edge grows from between the old places of its ends.
    const start = was?.points ?? [anchor(e.from), anchor(e.to)];
    const [a, b] = alignPolylines(start, e.points);
    const points = a.map((p, i) => ({ x: r1(lerp(p.x, b[i]!.x, t)), y: r1(lerp(p.y, b[i]!.y, t)) }));
    if (!e.label) return { ...e, points };
    const mid = pointAt(start, 0.5);
    const wasLabel = was?.label ?? { ...e.label, x: mid.x - e.label.w / 2, y: mid.y - e.label.h / 2 };
    return { ...e, points, label: lerpLabel(wasLabel, e.label, t) };
  });
  return { ...to, width: r1(lerp(from.width, to.width, t)), height: r1(lerp(from.height, to.height, t)), nodes, edges };
}

function lerpLabel(a: SceneLabel, b: SceneLabel, t: number): SceneLabel {
  return { lines: b.lines, x: r1(lerp(a.x, b.x, t)), y: r1(lerp(a.y, b.y, t)), w: r1(lerp(a.w, b.w, t)), h: r1(lerp(a.h, b.h, t)) };
}

/** Cumulative arc length of each vertex, as a fraction of the whole (all 0 for a point). */
function fractions(p: readonly Point[]): number[] {
  const out = [0];
  for (let i = 1; i < p.length; i++) out.push(out[i - 1]! + Math.hypot(p[i]!.x - p[i - 1]!.x, p[i]!.y - p[i - 1]!.y));
  const total = out[out.length - 1]!;
  return out.map((d) => (total > 0 ? d / total : 0));
}

/** The point at fraction `f` of the way along a polyline. */
export function pointAt(p: readonly Point[], f: number): Point {
  if (p.length === 0) return { x: 0, y: 0 };
  const fr = fractions(p);
  for (let i = 1; i < p.length; i++)
    if (f <= fr[i]! && fr[i]! > fr[i - 1]!) {
      const u = (f - fr[i - 1]!) / (fr[i]! - fr[i - 1]!);
      return { x: lerp(p[i - 1]!.x, p[i]!.x, u), y: lerp(p[i - 1]!.y, p[i]!.y, u) };
    }
  return p[p.length - 1]!;
}

/**
 * Two polylines resampled at the union of their vertices' arc-length fractions: same point
 * count, and each still passes through all its own bends, so the route at t = 0 and t = 1 is exact.
 */
export function alignPolylines(a: readonly Point[], b: readonly Point[]): [Point[], Point[]] {
  const fs = [...new Set([...fractions(a), ...fractions(b)])].sort((x, y) => x - y);
  return [fs.map((f) => pointAt(a, f)), fs.map((f) => pointAt(b, f))];
}

/** Slow in, slow out. */
export const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export const GLIDE_MS = 400;

/**
 * Plays the glide from `from` to `to`, handing each frame to `show` (and `to` itself last).
 * Stops by itself as soon as `current()` is no longer the frame it last showed (a new diagram
 * was loaded, or another glide took over). Returns a function that stops it.
 */
export function glide(from: Scene, to: Scene, show: (s: Scene) => void, current: () => Scene | undefined, ms = GLIDE_MS): () => void {
  let raf = 0;
  let shown: Scene = from;
  const t0 = performance.now();
  const step = (now: number) => {
    if (current() !== shown) return;
    const t = Math.min(1, (now - t0) / ms);
    shown = t < 1 ? interpolateScene(from, to, ease(t)) : to;
    show(shown);
    if (t < 1) raf = requestAnimationFrame(step);
  };
  raf = requestAnimationFrame(step);
  return () => cancelAnimationFrame(raf);
}
