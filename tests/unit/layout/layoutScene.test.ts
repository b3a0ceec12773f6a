import { describe, expect, it } from 'vitest';
import { routesConnect } from '../../../src/lib/layout/layoutScene.ts';
import type { Point, Scene } from '../../../src/lib/layout/scene.ts';

const box = (id: string, x: number) => ({
  id, kind: 'cell' as const, container: false, depth: 0, name: id, x, y: 0, w: 50, h: 40, label: { lines: [id], x, y: 0, w: 50, h: 20 },
});
const scene = (points: Point[]): Scene => ({
  diagram: 't', lang: 'en', width: 300, height: 100, nodes: [box('a', 0), box('b', 200)],
  edges: [{ id: 'a>b', from: 'a', to: 'b', kind: 'promotes', points }],
});

describe('routesConnect', () => {
  it.each([
    ['border to border', [{ x: 50, y: 20 }, { x: 200, y: 20 }], true],
    ['with bends, within 1 px', [{ x: 50.8, y: 20 }, { x: 120, y: 20 }, { x: 120, y: 10 }, { x: 199, y: 10 }], true],
    ['ending short of the target (a misrouted wrap)', [{ x: 50, y: 20 }, { x: 150, y: 20 }], false],
    ['starting away from the source', [{ x: 80, y: 20 }, { x: 200, y: 20 }], false],
    ['no route at all', [], false],
  ])('%s → %s', (_what, points, ok) => {
    expect(routesConnect(scene(points))).toBe(ok);
  });
});
