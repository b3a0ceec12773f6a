import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { COMPACT_FOR, compactGroups, compactScenes, fitScale, foldedIn, READABLE } from '../../../src/lib/layout/compactScene.ts';
import { routesConnect } from '../../../src/lib/layout/layoutScene.ts';
import { layoutDiagram } from '../../../src/lib/layout/layoutDiagram.ts';
import { createMeasure } from '../../../src/lib/layout/measureText.ts';
import { groupLabelWidths } from '../../../src/lib/layout/toElkGraph.ts';
import { loadContent } from '../../../src/lib/model/loadContent.ts';
import { LANGS } from '../../../src/lib/model/types.ts';

const measure = createMeasure();
const content = loadContent('diagrams');
const elk = new ELK();
const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const small = (s: { width: number; height: number }) => fitScale(s, COMPACT_FOR.w, COMPACT_FOR.h);

describe('compactGroups', () => {
  it('takes the groups that sit in no other group, largest first, then in model order', () => {
    const nodes = [{ id: 'a' }, { id: 'b', parent: 'a' }, { id: 'e' }, { id: 'f' }, { id: 'g', parent: 'f' }, { id: 'h', parent: 'f' }, { id: 'i', parent: 'g' }, { id: 'j' }, { id: 'k', parent: 'j' }];
    expect(compactGroups(nodes)).toEqual(['f', 'a', 'j']);
  });
});

describe.each(content.diagrams.map((d) => [d.id, d] as const))('the small-screen overview of %s', (_id, d) => {
  it('folds the same few largest groups in both languages, unlabels the arrows, and reads at 800×600', async () => {
    const bases = { fa: await layoutDiagram(d, 'fa', measure), en: await layoutDiagram(d, 'en', measure) };
    const widths = { fa: groupLabelWidths(d, 'fa', measure), en: groupLabelWidths(d, 'en', measure) };
    const scenes = await compactScenes(elk, bases, widths);
    const folded = foldedIn(scenes.en);
    expect(foldedIn(scenes.fa)).toEqual(folded);
    // A prefix of the largest outermost groups: the fewest that make it readable, or all of them.
    const order = compactGroups(d.nodes);
    expect(new Set(folded)).toEqual(new Set(order.slice(0, folded.length)));
    const readable = LANGS.every((l) => small(scenes[l]) >= READABLE);
    if (!readable) expect(folded.length).toBe(order.length);
    for (const lang of LANGS) {
      const s = scenes[lang];
      const hidden = (id: string | undefined): boolean => !!id && (folded.includes(id) || hidden(d.nodes.find((x) => x.id === id)?.parent));
      expect(new Set(s.nodes.map((n) => n.id))).toEqual(new Set(d.nodes.filter((n) => !hidden(n.parent)).map((n) => n.id)));
      expect(s.edges.every((e) => e.label === undefined)).toBe(true);
      expect(routesConnect(s)).toBe(true);
      for (const a of s.nodes) for (const b of s.nodes) if (a !== b && a.parent === b.parent) expect(overlap(a, b), `${a.id} over ${b.id}`).toBe(false);
      // Late 2026: 0.58 (cargo, remodeling: all folded) to 0.78; the whole diagrams 0.32–0.52.
      expect(small(s)).toBeGreaterThan(0.55);
      expect(small(s)).toBeGreaterThan(1.1 * small(bases[lang]));
    }
  });
});
