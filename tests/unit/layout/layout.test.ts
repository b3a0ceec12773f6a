import { describe, expect, it } from 'vitest';
import { isolateLatin } from '../../../src/lib/layout/isolateLatin.ts';
import { layoutDiagram } from '../../../src/lib/layout/layoutDiagram.ts';
import { createMeasure } from '../../../src/lib/layout/measureText.ts';
import type { Scene, SceneNode } from '../../../src/lib/layout/scene.ts';
import { toElkGraph } from '../../../src/lib/layout/toElkGraph.ts';
import { GLYPH, glyphRoom, MIN_NODE, PAD, TYPE } from '../../../src/lib/layout/typography.ts';
import { wrapLabel } from '../../../src/lib/layout/wrapLabel.ts';
import { loadContent } from '../../../src/lib/model/loadContent.ts';
import { LANGS, type Diagram } from '../../../src/lib/model/types.ts';

const measure = createMeasure();
const content = loadContent('diagrams');
const fixture = loadContent('tests/fixtures/valid').diagrams[0]!;

const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const centre = (n: SceneNode) => n.x + n.w / 2;

describe('measureText (HarfBuzz over the bundled Vazirmatn)', () => {
  it('shapes Persian: joined letters are narrower than the same letters apart', () => {
    expect(measure('ممم', 16, 400)).toBeLessThan(measure('م م م', 16, 400) - measure('  ', 16, 400));
  });
  it('scales linearly with size and ignores bidi controls', () => {
    expect(measure('Exosome', 30, 400)).toBeCloseTo(2 * measure('Exosome', 15, 400), 5);
    expect(measure(isolateLatin('ماشین ESCRT', 'fa'), 15, 400)).toBe(measure('ماشین ESCRT', 15, 400));
  });
});

describe('wrapLabel', () => {
  it('keeps short labels on one line and wraps long ones within the width', () => {
    expect(wrapLabel('Exosome', measure, 15, 400, 170).lines).toEqual(['Exosome']);
    const long = wrapLabel('Multivesicular body with intraluminal vesicles', measure, 15, 400, 170);
    expect(long.lines.length).toBeGreaterThan(1);
    for (const l of long.lines) expect(measure(l, 15, 400)).toBeLessThanOrEqual(170);
  });
  it('never breaks at the Persian half-space', () => {
    const { lines } = wrapLabel('وزیکول‌های درون‌لومنی', measure, 15, 400, 60);
    expect(lines).toEqual(['وزیکول‌های', 'درون‌لومنی']);
  });
});

describe('layoutDiagram on the three-node fixture', async () => {
  const en = await layoutDiagram(fixture, 'en', measure);
  const fa = await layoutDiagram(fixture, 'fa', measure);
  const byId = (s: Scene) => new Map(s.nodes.map((n) => [n.id, n]));

  it('puts containers before their children and nests them', () => {
    expect(en.nodes.map((n) => [n.id, n.container, n.parent ?? null])).toEqual([
      ['a', false, null],
      ['box', true, null],
      ['b', false, 'box'],
      ['c', false, null],
    ]);
    const { box, b } = Object.fromEntries(byId(en)) as Record<string, SceneNode>;
    expect(b!.x).toBeGreaterThanOrEqual(box!.x + PAD.group);
    expect(b!.y).toBeGreaterThanOrEqual(box!.y + box!.label.h);
  });

  it('flows left to right in English and right to left in Persian', () => {
    const e = byId(en);
    const f = byId(fa);
    expect(centre(e.get('a')!)).toBeLessThan(centre(e.get('b')!));
    expect(centre(e.get('b')!)).toBeLessThan(centre(e.get('c')!));
    expect(centre(f.get('a')!)).toBeGreaterThan(centre(f.get('b')!));
    expect(centre(f.get('b')!)).toBeGreaterThan(centre(f.get('c')!));
  });

  it('routes edges from the source border to the target border, horizontally here', () => {
    const e = byId(en);
    const ab = en.edges.find((x) => x.id === 'a>b')!;
    expect(ab.points[0]!.x).toBeCloseTo(e.get('a')!.x + e.get('a')!.w, 0);
    expect(ab.points.at(-1)!.x).toBeCloseTo(e.get('b')!.x, 0);
    expect(ab.label!.lines).toEqual(['matures']);
    const abFa = fa.edges.find((x) => x.id === 'a>b')!;
    expect(abFa.points[0]!.x).toBeCloseTo(byId(fa).get('a')!.x, 0);
  });

  it('sizes boxes from measured labels, plus the glyph\'s room', () => {
    const a = byId(en).get('a')!;
    expect(a.label.lines).toEqual(['Early endosome']);
    const text = Math.ceil(Math.max(MIN_NODE.w, measure('Early endosome', TYPE.node.size, TYPE.node.weight) + 2 * PAD.x));
    expect(a.w).toBe(text + glyphRoom(GLYPH.node));
    expect(byId(fa).get('b')!.label.lines).toEqual(['\u2066ESCRT-III\u2069']);
  });

  it('a node with a glyph is wider by exactly the reserved room, a container by its header glyph\'s', () => {
    const widths = (d: Diagram) => {
      const g = toElkGraph(d, 'en', measure);
      const box = g.children!.find((c) => c.id === 'box')!;
      return { a: g.children!.find((c) => c.id === 'a')!.width!, box: Number(/^\((\d+)/.exec(box.layoutOptions!['elk.nodeSize.minimum']!)![1]) };
    };
    // A plain `group` gets no glyph; the same group standing for a glossary term (an MVB) does.
    const plain = widths(fixture);
    const withTerm = widths({ ...fixture, nodes: fixture.nodes.map((n) => (n.id === 'box' ? { ...n, term: 'mvb' } : n)) });
    expect(withTerm.box - plain.box).toBe(glyphRoom(GLYPH.group));
    // Without a glyph (a leaf `group`, the one kind that has none) the same label is narrower by the room.
    const bare = toElkGraph({ ...fixture, nodes: fixture.nodes.map((n) => (n.id === 'a' ? { ...n, kind: 'group' as const } : n)) }, 'en', measure);
    expect(plain.a - bare.children!.find((c) => c.id === 'a')!.width!).toBe(glyphRoom(GLYPH.node));
  });

  it('puts the glyph at the inline start and gives the label the rest: left in English, right in Persian', () => {
    for (const [s, rtl] of [[en, false], [fa, true]] as const)
      for (const n of s.nodes.filter((x) => !x.container)) {
        const g = n.glyph!;
        const edge = n.kind === 'vesicle' ? GLYPH.node.edgeVesicle : GLYPH.node.edge;
        expect(g.size).toBe(GLYPH.node.size);
        expect(g.y + g.size / 2).toBeCloseTo(n.y + n.h / 2, 0);
        expect(n.label.w).toBeCloseTo(n.w - glyphRoom(GLYPH.node), 5);
        if (rtl) {
          expect(g.x + g.size).toBeCloseTo(n.x + n.w - edge, 0);
          expect(n.label.x).toBe(n.x);
        } else {
          expect(g.x).toBeCloseTo(n.x + edge, 0);
          expect(n.label.x).toBeCloseTo(n.x + glyphRoom(GLYPH.node), 5);
        }
      }
    expect(byId(en).get('box')!.glyph).toBeUndefined();
  });
});

describe.each(content.diagrams.map((d) => [d.id, d] as [string, Diagram]))('real diagram %s', async (_id, diagram) => {
  const scenes = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, await layoutDiagram(diagram, l, measure)]))) as Record<
    (typeof LANGS)[number],
    Scene
  >;

  it.each(LANGS)('%s: sibling nodes never overlap and children sit inside their container', (lang) => {
    const s = scenes[lang];
    const byId = new Map(s.nodes.map((n) => [n.id, n]));
    for (const [i, a] of s.nodes.entries())
      for (const b of s.nodes.slice(i + 1))
        if (a.parent === b.parent) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    for (const n of s.nodes) {
      if (!n.parent) continue;
      const p = byId.get(n.parent)!;
      expect(n.x >= p.x && n.y >= p.y && n.x + n.w <= p.x + p.w + 0.5 && n.y + n.h <= p.y + p.h + 0.5, `${n.id} outside ${p.id}`).toBe(true);
    }
  });

  it.each(LANGS)('%s: every edge has a route and labels fit their boxes', (lang) => {
    const s = scenes[lang];
    expect(s.edges).toHaveLength(diagram.edges.length);
    for (const e of s.edges) expect(e.points.length, e.id).toBeGreaterThanOrEqual(2);
    for (const n of s.nodes.filter((x) => !x.container)) {
      const widest = Math.max(...n.label.lines.map((l) => measure(l, TYPE.node.size, TYPE.node.weight)));
      // The label's own box (the node less the glyph's room) holds the text with its padding.
      expect(widest, n.id).toBeLessThanOrEqual(n.label.w - 2 * PAD.x + 0.5);
      expect(n.label.h, n.id).toBeLessThanOrEqual(n.h);
    }
  });

  it.each(LANGS)('%s: every element has its glyph inside its box, beside the text and never under it', (lang) => {
    const s = scenes[lang];
    for (const n of s.nodes) {
      const g = n.glyph;
      if (!g) {
        expect(n.container, `${n.id} has no glyph`).toBe(true);
        continue;
      }
      expect(g.x >= n.x && g.y >= n.y && g.x + g.size <= n.x + n.w + 0.1 && g.y + g.size <= n.y + n.h + 0.1, `${n.id} glyph outside`).toBe(true);
      const t = n.container ? TYPE.group : TYPE.node;
      const widest = Math.max(...n.label.lines.map((l) => measure(l, t.size, t.weight)));
      const text = { x: n.label.x + (n.label.w - widest) / 2, y: n.label.y, w: widest, h: n.label.h };
      expect(overlap({ x: g.x, y: g.y, w: g.size, h: g.size }, text), `${n.id} glyph over its label`).toBe(false);
      // Beside the text with a clear gap (bold projection labels grow into it).
      const gap = lang === 'fa' ? g.x - (text.x + text.w) : text.x - (g.x + g.size);
      expect(gap, `${n.id} glyph to text`).toBeGreaterThanOrEqual(n.container ? GLYPH.group.gap - 0.1 : 10 - 0.1);
    }
  });

  it.each(LANGS)('%s: edge labels cover no node and no other edge label', (lang) => {
    const s = scenes[lang];
    const labelled = s.edges.filter((e) => e.label);
    for (const [i, e] of labelled.entries()) {
      const l = e.label!;
      for (const n of s.nodes) {
        const inside = n.container && l.x >= n.x && l.y >= n.y && l.x + l.w <= n.x + n.w && l.y + l.h <= n.y + n.h;
        if (!inside) expect(overlap(l, n), `label of ${e.id} over ${n.id}`).toBe(false);
      }
      for (const f of labelled.slice(i + 1)) expect(overlap(l, f.label!), `labels of ${e.id} and ${f.id}`).toBe(false);
    }
  });

  it('Persian geometry mirrors the English flow direction', () => {
    const dir = (s: Scene) => {
      const c = new Map(s.nodes.map((n) => [n.id, centre(n)]));
      return s.edges.reduce((sum, e) => sum + Math.sign(c.get(e.to)! - c.get(e.from)!), 0);
    };
    if (diagram.edges.length === 0) return;
    expect(dir(scenes.en)).toBeGreaterThan(0);
    expect(dir(scenes.fa)).toBeLessThan(0);
  });
});

describe('packed containers (sets without inner edges)', async () => {
  const bio = content.diagrams.find((d) => d.id === 'biogenesis')!;
  const en = await layoutDiagram(bio, 'en', measure);
  const fa = await layoutDiagram(bio, 'fa', measure);
  const at = (s: Scene, id: string) => s.nodes.find((n) => n.id === id)!;

  it('pack their members into rows rather than one column', () => {
    expect(at(en, 'escrt-0').y).toBe(at(en, 'escrt-i').y);
  });
  it('read from the inline start: left first in English, right first in Persian', () => {
    expect(at(en, 'escrt-0').x).toBeLessThan(at(en, 'escrt-i').x);
    expect(at(fa, 'escrt-0').x).toBeGreaterThan(at(fa, 'escrt-i').x);
    // Nested sets mirror once, not twice.
    expect(at(fa, 'tsg101').x).toBeGreaterThan(at(fa, 'alix').x);
  });
});
