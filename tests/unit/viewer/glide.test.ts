import { describe, expect, it } from 'vitest';
import type { Point, Scene, SceneNode } from '../../../src/lib/layout/scene.ts';
import { alignPolylines, ease, interpolateScene, pointAt } from '../../../src/lib/viewer/glide.ts';

const node = (id: string, x: number, y: number, w = 40, h = 20, parent?: string): SceneNode => ({
  id, kind: 'protein', container: false, parent, depth: 0, name: id, x, y, w, h, label: { lines: [id], x, y: y + 5, w, h: 10 },
});
const P = (x: number, y: number): Point => ({ x, y });

describe('pointAt and alignPolylines', () => {
  it.each([
    [[P(0, 0), P(10, 0), P(10, 10)], 0, P(0, 0)],
    [[P(0, 0), P(10, 0), P(10, 10)], 0.5, P(10, 0)],
    [[P(0, 0), P(10, 0), P(10, 10)], 0.75, P(10, 5)],
    [[P(0, 0), P(10, 0), P(10, 10)], 1, P(10, 10)],
    [[P(3, 3), P(3, 3)], 0.4, P(3, 3)],
  ])('%j at %s → %j', (line, f, p) => {
    expect(pointAt(line, f)).toEqual(p);
  });
  it('resamples both lines at the union of their bends, keeping each line exact', () => {
    const a = [P(0, 0), P(10, 0), P(10, 10)]; // bend at 1/2
    const b = [P(0, 0), P(0, 5), P(20, 5), P(20, 10)]; // bends at 1/6 and 5/6
    const [a2, b2] = alignPolylines(a, b);
    expect(a2).toHaveLength(5);
    expect(b2).toHaveLength(5);
    expect(a2).toContainEqual(P(10, 0));
    for (const p of b) expect(b2).toContainEqual(p);
    expect(a2[0]).toEqual(P(0, 0));
    expect(a2.at(-1)).toEqual(P(10, 10));
  });
});

describe('interpolateScene', () => {
  // Collapsing g (a container of c) to one node: a moves, g shrinks, c disappears.
  const from: Scene = {
    diagram: 't', lang: 'en', width: 300, height: 100,
    nodes: [node('a', 0, 0), { ...node('g', 100, 0, 200, 100), container: true }, node('c', 120, 40, 40, 20, 'g')],
    edges: [{ id: 'a>c', from: 'a', to: 'c', kind: 'promotes', points: [P(40, 10), P(120, 50)] }],
  };
  const to: Scene = {
    diagram: 't', lang: 'en', width: 200, height: 60,
    nodes: [node('a', 20, 20), { ...node('g', 100, 10, 60, 40), collapsed: 1 }],
    edges: [{ id: 'a>c', from: 'a', to: 'g', kind: 'promotes', points: [P(60, 30), P(100, 30)] }],
  };

  it.each([
    [0, { a: [0, 0, 40, 20], g: [100, 0, 200, 100] }, 300],
    [0.5, { a: [10, 10, 40, 20], g: [100, 5, 130, 70] }, 250],
    [1, { a: [20, 20, 40, 20], g: [100, 10, 60, 40] }, 200],
  ])('at t = %s boxes are %j, width %s', (t, boxes, width) => {
    const s = interpolateScene(from, to, t);
    expect(Object.fromEntries(s.nodes.map((n) => [n.id, [n.x, n.y, n.w, n.h]]))).toEqual(boxes);
    expect(s.width).toBe(width);
    // What `to` no longer has is gone at once; what it has carries its final kind of drawing.
    expect(s.nodes.map((n) => n.id)).toEqual(['a', 'g']);
    expect(s.nodes[1]!.collapsed).toBe(1);
  });

  it('moves edge routes from the old to the new route', () => {
    expect(interpolateScene(from, to, 0).edges[0]!.points).toEqual([P(40, 10), P(120, 50)]);
    expect(interpolateScene(from, to, 1).edges[0]!.points).toEqual([P(60, 30), P(100, 30)]);
    expect(interpolateScene(from, to, 0.5).edges[0]!.points).toEqual([P(50, 20), P(110, 40)]);
  });

  it('grows new nodes and edges out of their collapsed ancestor (expanding)', () => {
    const s = interpolateScene(to, from, 0);
    // c starts centred on where g was (100, 10, 60, 40 → centre 130, 30), at its own size.
    expect(s.nodes.find((n) => n.id === 'c')).toMatchObject({ x: 110, y: 20, w: 40, h: 20, label: { x: 110, y: 25 } });
    expect(interpolateScene(to, from, 1).nodes.find((n) => n.id === 'c')).toMatchObject({ x: 120, y: 40 });
  });
});

describe('ease', () => {
  it.each([
    [0, 0],
    [0.5, 0.5],
    [1, 1],
  ])('ease(%s) = %s', (t, e) => expect(ease(t)).toBeCloseTo(e, 10));
});
