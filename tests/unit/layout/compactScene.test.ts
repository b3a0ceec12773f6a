import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { COMPACT_FOR, compactGroups, compactScene, fitScale } from '../../../src/lib/layout/compactScene.ts';
import { routesConnect } from '../../../src/lib/layout/layoutScene.ts';
import { layoutDiagram } from '../../../src/lib/layout/layoutDiagram.ts';
import { createMeasure } from '../../../src/lib/layout/measureText.ts';
import type { Scene } from '../../../src/lib/layout/scene.ts';
import { groupLabelWidths } from '../../../src/lib/layout/toElkGraph.ts';
import { loadContent } from '../../../src/lib/model/loadContent.ts';
import { LANGS } from '../../../src/lib/model/types.ts';

const measure = createMeasure();
const content = loadContent('diagrams');
const elk = new ELK();
const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

describe('compactGroups', () => {
  it('takes the groups that sit in no other group', () => {
    const nodes = [{ id: 'a' }, { id: 'b', parent: 'a' }, { id: 'c', parent: 'b' }, { id: 'd', parent: 'b' }, { id: 'e' }, { id: 'f' }, { id: 'g', parent: 'f' }];
    expect(compactGroups(nodes)).toEqual(['a', 'f']);
  });
});

describe.each(content.diagrams.map((d) => [d.id, d] as const))('the small-screen overview of %s', (_id, d) => {
  it.each(LANGS)('%s: folds its outermost groups, drops arrow labels, and fits 800×600 far larger than the whole', async (lang) => {
    const base: Scene = await layoutDiagram(d, lang, measure);
    const s = await compactScene(elk, base, groupLabelWidths(d, lang, measure));
    const groups = compactGroups(d.nodes);
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(s.nodes.find((n) => n.id === g)?.collapsed, g).toBeGreaterThan(0);
    // Nothing inside a folded group is drawn; every other element is.
    const hidden = new Set(d.nodes.filter((n) => { for (let p = n.parent; p; p = d.nodes.find((x) => x.id === p)?.parent) if (groups.includes(p)) return true; return false; }).map((n) => n.id));
    expect(new Set(s.nodes.map((n) => n.id))).toEqual(new Set(d.nodes.filter((n) => !hidden.has(n.id)).map((n) => n.id)));
    expect(s.edges.every((e) => e.label === undefined)).toBe(true);
    expect(routesConnect(s)).toBe(true);
    for (const a of s.nodes) for (const b of s.nodes) if (a !== b && a.parent === b.parent) expect(overlap(a, b), `${a.id} over ${b.id}`).toBe(false);
    const k = fitScale(s, COMPACT_FOR.w, COMPACT_FOR.h);
    // Probe of late 2026: 0.58 (cargo) to 1.24 (fracture), against 0.32–0.52 for the whole diagrams.
    expect(k).toBeGreaterThan(0.55);
    expect(k).toBeGreaterThan(1.1 * fitScale(base, COMPACT_FOR.w, COMPACT_FOR.h));
  });
});
