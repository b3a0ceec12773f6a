import { describe, expect, it } from 'vitest';
import type { Scene, SceneNode } from '../../../src/lib/layout/scene.ts';
import { meet, onScreen } from '../../../src/lib/viewer/fit.ts';
import { frameBox, spotlightSet } from '../../../src/lib/viewer/spotlight.ts';

const node = (id: string, parent?: string): SceneNode => ({
  id, kind: 'cell', container: false, parent, depth: parent ? 1 : 0, name: id, x: 0, y: 0, w: 10, h: 10,
  label: { lines: [id], x: 0, y: 0, w: 10, h: 10 },
});
const edge = (from: string, to: string) => ({ id: `${from}>${to}`, from, to, kind: 'promotes' as const, points: [] });
// box ⊃ {a, b}; outer ⊃ box; c, d outside; edges a→c, d→c
const scene: Scene = {
  diagram: 't', lang: 'en', width: 100, height: 100,
  nodes: [node('outer'), node('box', 'outer'), node('a', 'box'), node('b', 'box'), node('c'), node('d')],
  edges: [edge('a', 'c'), edge('d', 'c')],
};

describe('spotlightSet', () => {
  it.each([
    ['box', ['outer', 'box', 'a', 'b', 'c'], ['a>c']],
    ['a', ['outer', 'box', 'a', 'c'], ['a>c']],
    ['c', ['a', 'c', 'd'], ['a>c', 'd>c']],
    ['d', ['c', 'd'], ['d>c']],
  ])('focus %s lights %o and edges %o', (focus, nodes, edges) => {
    const s = spotlightSet(scene, focus);
    expect([...s.nodes].sort()).toEqual([...nodes].sort());
    expect([...s.edges].sort()).toEqual([...edges].sort());
  });
  it('frames the focus and its neighbours, not the groups around it', () => {
    const placed: Scene = { ...scene, nodes: scene.nodes.map((n, i) => ({ ...n, x: i * 100, y: i * 10 })) };
    // a (x 200) and its neighbour c (x 400); outer (x 0) and box (x 100) are only context.
    expect(spotlightSet(placed, 'a').frame).toEqual({ x: 200, y: 20, w: 210, h: 30 });
  });
});

describe('frameBox', () => {
  const m = meet(1000, 500, 1000, 500); // s = 1
  const rect = { x: 0, y: 0, w: 1000, h: 500 };
  it('zooms in on a small box, centred, at most maxK', () => {
    const v = frameBox({ x: 100, y: 100, w: 50, h: 20 }, rect, m, 0.6, 3);
    expect(v.k).toBe(3);
    const r = onScreen({ x: 100, y: 100, w: 50, h: 20 }, v, m);
    expect(r.x + r.w / 2).toBeCloseTo(500, 6);
    expect(r.y + r.h / 2).toBeCloseTo(250, 6);
  });
  it('never zooms out below fit for a big box', () => {
    expect(frameBox({ x: 0, y: 0, w: 900, h: 480 }, rect, m).k).toBe(1);
  });
  it('frames a middling box with room around it', () => {
    const v = frameBox({ x: 0, y: 0, w: 250, h: 100 }, rect, m, 0.6, 3);
    expect(v.k).toBeCloseTo(2.4, 6); // 0.6 · min(1000/250, 500/100)
  });
});
