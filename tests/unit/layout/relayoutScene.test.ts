import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { collapsedSize } from '../../../src/lib/layout/elkOptions.ts';
import { layoutDiagram } from '../../../src/lib/layout/layoutDiagram.ts';
import { createMeasure } from '../../../src/lib/layout/measureText.ts';
import { relayoutScene } from '../../../src/lib/layout/relayoutScene.ts';
import type { Scene, SceneNode } from '../../../src/lib/layout/scene.ts';
import { groupLabelWidths } from '../../../src/lib/layout/toElkGraph.ts';
import { loadContent } from '../../../src/lib/model/loadContent.ts';
import type { Diagram, Lang } from '../../../src/lib/model/types.ts';

// The worker's pipeline, run in Node on the real content: build-time scene → collapse → ELK → Scene.
const elk = new ELK();
const measure = createMeasure();
const content = loadContent('diagrams');
const diagram = (id: string) => content.diagrams.find((d) => d.id === id)!;
type Box = { x: number; y: number; w: number; h: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const near = (p: { x: number; y: number }, b: Box) => p.x >= b.x - 1 && p.x <= b.x + b.w + 1 && p.y >= b.y - 1 && p.y <= b.y + b.h + 1;
const descendants = (d: Diagram, id: string): string[] => d.nodes.filter((n) => n.parent === id).flatMap((n) => [n.id, ...descendants(d, n.id)]);

async function collapse(d: Diagram, lang: Lang, ids: string[]) {
  const base = await layoutDiagram(d, lang, measure);
  return { base, scene: await relayoutScene(elk, { scene: base, collapsed: ids, labelWidths: groupLabelWidths(d, lang, measure) }) };
}

/** Non-nested nodes never overlap; children sit in their container; each edge runs from its source box to its target box. */
function expectSound(s: Scene) {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const inside = (n: SceneNode, a: string) => {
    for (let p = n.parent; p; p = byId.get(p)?.parent) if (p === a) return true;
    return false;
  };
  for (const [i, a] of s.nodes.entries())
    for (const b of s.nodes.slice(i + 1)) if (!inside(a, b.id) && !inside(b, a.id)) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
  for (const e of s.edges) {
    expect(e.points.length, e.id).toBeGreaterThanOrEqual(2);
    expect(near(e.points[0]!, byId.get(e.from)!), `${e.id} starts at ${e.from}`).toBe(true);
    expect(near(e.points.at(-1)!, byId.get(e.to)!), `${e.id} ends at ${e.to}`).toBe(true);
  }
}

describe.each(['en', 'fa'] as const)('biogenesis with ESCRT collapsed (%s)', async (lang) => {
  const d = diagram('biogenesis');
  const { base, scene } = await collapse(d, lang, ['escrt']);
  const escrt = scene.nodes.find((n) => n.id === 'escrt')!;

  it('draws the group as one node counting what it hides, and hides its elements', () => {
    const hidden = descendants(d, 'escrt');
    expect(hidden).toHaveLength(10);
    expect(escrt).toMatchObject({ container: false, collapsed: 10, label: { lines: base.nodes.find((n) => n.id === 'escrt')!.label.lines } });
    const size = collapsedSize(groupLabelWidths(d, lang, measure).escrt!, escrt.label.lines.length);
    expect({ w: escrt.w, h: escrt.h }).toEqual({ w: size.width, h: size.height });
    expect(scene.nodes.map((n) => n.id)).toEqual(base.nodes.map((n) => n.id).filter((id) => !hidden.includes(id)));
  });

  it('keeps every other node its size and every edge, the group’s own edge included', () => {
    const sizes = (s: Scene) => s.nodes.filter((n) => !n.container && n.id !== 'escrt').map((n) => [n.id, n.w, n.h]);
    expect(sizes(scene)).toEqual(sizes(base).filter(([id]) => scene.nodes.some((n) => n.id === id)));
    expect(scene.edges.map((e) => e.id)).toEqual(base.edges.map((e) => e.id));
    expect(scene.edges.find((e) => e.from === 'escrt')).toBeDefined();
  });

  it('lays out without overlaps, edges from box to box', () => expectSound(scene));

  it('keeps the flow direction of the language', () => {
    const x = (id: string) => scene.nodes.find((n) => n.id === id)!.x;
    expect(Math.sign(x('exosome') - x('plasma-membrane'))).toBe(lang === 'en' ? 1 : -1);
  });
});

describe('every diagram with its largest group collapsed (en)', () => {
  it.each(content.diagrams.filter((d) => d.nodes.some((n) => n.parent)).map((d) => [d.id]))('%s', async (id) => {
    const d = diagram(id);
    const groups = [...new Set(d.nodes.flatMap((n) => (n.parent ? [n.parent] : [])))];
    const largest = groups.sort((a, b) => descendants(d, b).length - descendants(d, a).length)[0]!;
    const { scene } = await collapse(d, 'en', [largest]);
    expect(scene.nodes.find((n) => n.id === largest)?.collapsed).toBe(descendants(d, largest).length);
    expectSound(scene);
  }, 30_000);
});
