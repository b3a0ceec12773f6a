import { describe, expect, it } from 'vitest';
import { GLYPHS, glyphFor, TERM_GLYPH } from '../../../src/lib/layout/glyphFor.ts';
import { loadContent } from '../../../src/lib/model/loadContent.ts';

const content = loadContent('diagrams');
const all = content.diagrams.flatMap((d) => {
  const parents = new Set(d.nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  return d.nodes.map((n) => ({ d: d.id, n, container: parents.has(n.id) }));
});
const at = (d: string, id: string) => all.find((x) => x.d === d && x.n.id === id)!.n;

describe('glyphFor over the real content', () => {
  it('gives every element a glyph; a container only when it stands for a thing', () => {
    for (const { d, n, container } of all) {
      const g = glyphFor(n);
      if (!container) expect(GLYPHS, `${d} › ${n.id}`).toContain(g);
      else if (n.kind !== 'group') expect(g, `${d} › ${n.id}`).toBeDefined();
    }
  });

  it('draws every named cell and vesicle from its term, not from the generic fallback', () => {
    for (const { d, n } of all)
      if ((n.kind === 'cell' || n.kind === 'vesicle') && n.term && !/^(mir|h19)/.test(n.term))
        expect(Object.hasOwn(TERM_GLYPH, n.term), `${d} › ${n.id} (term ${n.term}) is missing from TERM_GLYPH`).toBe(true);
  });

  // The mapping is explicit: the same entity gets the same picture wherever it appears.
  it.each([
    ['interactions', 'oc-mature', 'osteoclast'],
    ['remodeling', 'osteoclast', 'osteoclast'],
    ['fracture', 'osteoclasts', 'osteoclast'],
    ['interactions', 'oc-precursor', 'cell'],
    ['interactions', 'osteoblast', 'osteoblast'],
    ['remodeling', 'bone-lining-cell', 'osteoblast'],
    ['interactions', 'osteocyte', 'osteocyte'],
    ['interactions', 'msc', 'stem-cell'],
    ['interactions', 'bmsc', 'stem-cell'],
    ['interactions', 'humsc', 'stem-cell'],
    ['remodeling', 'stromal-cell', 'stem-cell'],
    ['interactions', 'endothelial', 'endothelial'],
    ['interactions', 'epc', 'endothelial'],
    ['interactions', 'dc', 'dendritic'],
    ['interactions', 'macrophages', 'macrophage'],
    ['interactions', 'm2', 'macrophage'],
    ['interactions', 'treg', 't-cell'],
    ['interactions', 'tumor', 'tumour'],
    ['remodeling', 'hematopoietic-precursors', 'cell'],
    ['biogenesis', 'early-endosome', 'endosome'],
    ['biogenesis', 'late-endosome', 'endosome'],
    ['biogenesis', 'mvb', 'mvb'],
    ['biogenesis', 'exosome', 'exosome'],
    ['biogenesis', 'microvesicles', 'microvesicle'],
    ['biogenesis', 'apoptotic-bodies', 'apoptotic-body'],
    ['biogenesis', 'ev', 'vesicle'],
    ['biogenesis', 'ilv', 'vesicle'],
    ['biogenesis', 'plasma-membrane', 'membrane'],
    ['interactions', 'mac-exo', 'exosome'],
    ['fracture', 'hypoxic-exosomes', 'exosome'],
    ['interactions', 'oc-ev', 'vesicle'],
    ['biogenesis', 'tsg101', 'protein'],
    ['cargo', 'mir-126', 'rna'],
    ['signaling', 'micrornas', 'rna'],
    ['cargo', 'mirnas', 'rna'],
    ['biogenesis', 'parent-cargo', 'molecule'],
    ['signaling', 'wnt', 'pathway'],
    ['scaffolds', 'scaffolds', 'scaffold'],
    ['remodeling', 'ecm', 'scaffold'],
    ['scaffolds', 'porosity', 'property'],
    ['signaling', 'oxidative-stress', 'process'],
    ['remodeling', 'osteoporosis', 'outcome'],
    ['interactions', 'bone-formation', 'bone'],
    ['fracture', 'fracture-healing', 'bone'],
    ['signaling', 'angiogenesis', 'vessel'],
    ['scaffolds', 'bone-tissue-engineering', 'concept'],
  ] as const)('%s › %s → %s', (d, id, glyph) => {
    expect(glyphFor(at(d, id))).toBe(glyph);
  });

  it('leaves a plain group box without a glyph', () => {
    expect(glyphFor(at('biogenesis', 'escrt'))).toBeUndefined();
    expect(glyphFor(at('fracture', 'phases'))).toBeUndefined();
  });

  it('uses every glyph of the set somewhere in the poster', () => {
    const used = new Set(all.map(({ n }) => glyphFor(n)));
    expect(GLYPHS.filter((g) => !used.has(g))).toEqual([]);
  });

  it('ignores terms that are not its own keys', () => {
    expect(glyphFor({ id: 'x', kind: 'protein', term: 'constructor' })).toBe('protein');
  });
});
