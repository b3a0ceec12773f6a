import { describe, expect, it } from 'vitest';
import type { Scene, SceneNode } from '../../../src/lib/layout/scene.ts';
import { neighbour } from '../../../src/lib/viewer/keynav.ts';

const box = (id: string, x: number, y: number, w = 40, h = 20, parent?: string, container = false): SceneNode => ({
  id, kind: container ? 'group' : 'cell', container, parent, depth: parent ? 1 : 0, name: id, x, y, w, h,
  label: { lines: [id], x, y, w, h: container ? 16 : h },
});
const edge = (from: string, to: string) => ({ id: `${from}>${to}`, from, to, kind: 'becomes' as const, points: [] });

// English layout:  a → b → c  on one row; group g below holding x and y; b also → y.
//   a(0,0)  b(100,0)  c(200,0)
//   g(0,100 w300 h100) label at top: x(20,140) y(120,140)
const en: Scene = {
  diagram: 't', lang: 'en', width: 300, height: 200,
  nodes: [box('a', 0, 0), box('b', 100, 0), box('c', 200, 0), box('g', 0, 100, 300, 100, undefined, true), box('x', 20, 140, 40, 20, 'g'), box('y', 120, 140, 40, 20, 'g')],
  edges: [edge('a', 'b'), edge('b', 'c'), edge('b', 'y')],
};
// The same, mirrored as the Persian layout is: x → 300 − x − w.
const fa: Scene = {
  ...en, lang: 'fa',
  nodes: en.nodes.map((n) => ({ ...n, x: 300 - n.x - n.w, label: { ...n.label, x: 300 - n.label.x - n.label.w } })),
};

describe('neighbour', () => {
  it.each([
    ['a', 'ArrowRight', 'b'], // along the arrow
    ['b', 'ArrowRight', 'c'], // of b's two targets, the one that lies that way
    ['b', 'ArrowLeft', 'a'], // backwards along the arrow
    ['c', 'ArrowRight', undefined], // nothing further
    ['a', 'ArrowDown', 'g'], // down onto the group's label…
    ['g', 'ArrowDown', 'y'], // …and into the group, to its node nearest below the label
    ['x', 'ArrowUp', 'g'], // up out of it
    ['x', 'ArrowRight', 'y'], // no arrow from x: the nearest that way
    ['y', 'ArrowLeft', 'b'], // y's arrow comes from b
  ] as const)('English: from %s, %s goes to %s', (from, key, to) => {
    expect(neighbour(en, from, key, false)).toBe(to);
  });
  it.each([
    ['a', 'ArrowLeft', 'b'], // Persian flows right to left: ← is forward
    ['b', 'ArrowLeft', 'c'],
    ['b', 'ArrowRight', 'a'],
    ['g', 'ArrowDown', 'y'],
    ['x', 'ArrowLeft', 'y'],
    ['x', 'ArrowUp', 'g'],
  ] as const)('Persian (mirrored): from %s, %s goes to %s', (from, key, to) => {
    expect(neighbour(fa, from, key, true)).toBe(to);
  });
  it('starts at the first node from an unknown one', () => {
    expect(neighbour(en, 'nope', 'ArrowDown', false)).toBe('a');
  });
});
