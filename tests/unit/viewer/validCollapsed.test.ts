import { describe, expect, it } from 'vitest';
import type { Scene, SceneNode } from '../../../src/lib/layout/scene.ts';
import { validCollapsed } from '../../../src/lib/viewer/validCollapsed.ts';

const node = (id: string, parent?: string, container = false): SceneNode => ({
  id, kind: 'protein', container, parent, depth: 0, name: id, x: 0, y: 0, w: 10, h: 10, label: { lines: [id], x: 0, y: 0, w: 10, h: 10 },
});
// g ⊃ { g1, h ⊃ { h1 } }, k ⊃ { k1 }, a
const scene: Scene = {
  diagram: 't', lang: 'en', width: 100, height: 100, edges: [],
  nodes: [node('g', undefined, true), node('g1', 'g'), node('h', 'g', true), node('h1', 'h'), node('k', undefined, true), node('k1', 'k'), node('a')],
};

describe('validCollapsed', () => {
  it.each([
    [['g', 'k'], undefined, ['g', 'k']],
    [['k', 'g', 'k'], undefined, ['k', 'g']],
    [['a', 'h1', 'nope', 'h'], undefined, ['h']],
    // The opened node stays visible: its enclosing groups are expanded, the others stay as they are.
    [['g', 'h', 'k'], 'h1', ['k']],
    [['g', 'h', 'k'], 'h', ['h', 'k']],
    [['g', 'k'], 'k1', ['g']],
    [['g'], 'unknown', ['g']],
  ])('%o keeping %s visible → %o', (ids, keep, expected) => {
    expect(validCollapsed(scene, ids, keep)).toEqual(expected);
  });
});
