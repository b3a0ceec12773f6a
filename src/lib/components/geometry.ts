import type { Point } from '../layout/scene.ts';
import type { NodeKind } from '../model/types.ts';

/** An orthogonal polyline as an SVG path with its bends rounded (radius clamped to half a segment). */
export function roundedPath(points: Point[], radius = 10): string {
  if (points.length < 2) return '';
  const f = (n: number) => Math.round(n * 10) / 10;
  let d = `M${f(points[0]!.x)},${f(points[0]!.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const p1 = toward(b, a, r);
    const p2 = toward(b, c, r);
    d += `L${f(p1.x)},${f(p1.y)}Q${f(b.x)},${f(b.y)} ${f(p2.x)},${f(p2.y)}`;
  }
  const end = points[points.length - 1]!;
  return d + `L${f(end.x)},${f(end.y)}`;
}

function toward(from: Point, to: Point, dist: number): Point {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / len) * dist, y: from.y + ((to.y - from.y) / len) * dist };
}

/** The outline of a node by kind, in a box at the origin; shapes differ so kind never rests on colour alone. */
export function nodeOutline(kind: NodeKind, w: number, h: number): string {
  const rect = (r: number) =>
    `M${r},0H${w - r}A${r},${r} 0 0 1 ${w},${r}V${h - r}A${r},${r} 0 0 1 ${w - r},${h}H${r}A${r},${r} 0 0 1 0,${h - r}V${r}A${r},${r} 0 0 1 ${r},0Z`;
  switch (kind) {
    case 'vesicle':
      return rect(Math.min(h / 2, w / 2));
    case 'cell':
      return rect(Math.min(18, h / 2));
    case 'organelle':
    case 'membrane':
      return rect(Math.min(12, h / 2));
    case 'pathway': {
      const c = Math.min(12, h / 3);
      return `M${c},0H${w - c}L${w},${c}V${h - c}L${w - c},${h}H${c}L0,${h - c}V${c}Z`;
    }
    case 'outcome': {
      const c = Math.min(14, h / 2);
      return `M${c},0H${w - c}L${w},${h / 2}L${w - c},${h}H${c}L0,${h / 2}Z`;
    }
    case 'material':
    case 'property':
      return rect(2);
    default:
      return rect(6);
  }
}
