import type { DiagramNode, NodeKind } from '../model/types.ts';

/**
 * The poster's drawn glyphs: one small illustration per kind of thing, so a passer-by sees a
 * cell, a vesicle or a pathway before reading its label. Drawn by src/lib/components/glyphs.ts.
 */
export const GLYPHS = [
  // Cells
  'osteoclast', 'osteoblast', 'osteocyte', 'stem-cell', 'endothelial', 'macrophage', 'dendritic', 't-cell', 'tumour', 'cell',
  // Compartments and vesicles
  'endosome', 'mvb', 'exosome', 'microvesicle', 'apoptotic-body', 'vesicle', 'membrane',
  // Molecules
  'protein', 'rna', 'molecule', 'pathway',
  // Tissues, processes and ideas
  'bone', 'vessel', 'scaffold', 'process', 'outcome', 'property', 'concept',
] as const;
export type GlyphId = (typeof GLYPHS)[number];

/** Glossary term → glyph: the entity decides first (a `term` is the same entity in every diagram). */
export const TERM_GLYPH: Readonly<Record<string, GlyphId>> = {
  osteoclast: 'osteoclast',
  // Mononuclear precursors (monocyte lineage): not yet the multinucleated osteoclast.
  'osteoclast-precursor': 'cell',
  osteoblast: 'osteoblast',
  'bone-lining-cell': 'osteoblast',
  osteocyte: 'osteocyte',
  msc: 'stem-cell',
  bmsc: 'stem-cell',
  humsc: 'stem-cell',
  adsc: 'stem-cell',
  'stromal-cell': 'stem-cell',
  'endothelial-cell': 'endothelial',
  epc: 'endothelial',
  'dendritic-cell': 'dendritic',
  macrophage: 'macrophage',
  'macrophage-m0': 'macrophage',
  'macrophage-m1': 'macrophage',
  'macrophage-m2': 'macrophage',
  'immune-cell': 'macrophage',
  treg: 't-cell',
  'tumor-cell': 'tumour',
  'hematopoietic-precursor': 'cell',
  myoblast: 'cell',

  'plasma-membrane': 'membrane',
  'early-endosome': 'endosome',
  'late-endosome': 'endosome',
  mvb: 'mvb',
  ilv: 'vesicle',
  exosome: 'exosome',
  'msc-exosome': 'exosome',
  'humsc-exosome': 'exosome',
  'osteoblast-exosome': 'exosome',
  'endothelial-exosome': 'exosome',
  'epc-exosome': 'exosome',
  'dc-exosome': 'exosome',
  'macrophage-exosome': 'exosome',
  'tumor-exosome': 'exosome',
  microvesicle: 'microvesicle',
  'apoptotic-body': 'apoptotic-body',
  'extracellular-vesicle': 'vesicle',
  'osteoclast-precursor-ev': 'vesicle',
  'osteoclast-ev': 'vesicle',
  'osteocyte-ev': 'vesicle',

  mirna: 'rna',
  lncrna: 'rna',
  circrna: 'rna',
  'exosomal-protein': 'protein',

  osteogenesis: 'bone',
  'bone-formation': 'bone',
  'bone-resorption': 'bone',
  'bone-regeneration': 'bone',
  'bone-defect-repair': 'bone',
  'fracture-healing': 'bone',
  'tendon-bone-healing': 'bone',
  angiogenesis: 'vessel',
  'extracellular-matrix': 'scaffold',
  scaffold: 'scaffold',
  biomaterial: 'scaffold',
};

/** Node kind → glyph, when the term names nothing drawable. A `group` is drawn by its term alone. */
export const KIND_GLYPH: Readonly<Record<Exclude<NodeKind, 'group'>, GlyphId>> = {
  cell: 'cell',
  vesicle: 'vesicle',
  organelle: 'endosome',
  membrane: 'membrane',
  protein: 'protein',
  rna: 'rna',
  molecule: 'molecule',
  pathway: 'pathway',
  process: 'process',
  outcome: 'outcome',
  material: 'scaffold',
  property: 'property',
  concept: 'concept',
};

/** A vesicle whose id names exosomes ("hypoxic-exosomes", "mac-exo") while its term names its cargo. */
const EXOSOME_ID = /(^|-)exo(somes?)?(-|$)/;

/**
 * The glyph drawn beside a node's label: by glossary term, then (for vesicles) by id, then by
 * kind. A container of a thing (a cell, an RNA class) gets one too, beside its header; a `group`
 * (a box of related elements) only when its term names something drawable (macrophages, miRNAs).
 */
export function glyphFor(node: Pick<DiagramNode, 'id' | 'kind' | 'term'>): GlyphId | undefined {
  // hasOwn: a term such as "constructor" must not reach Object.prototype.
  const byTerm = node.term && Object.hasOwn(TERM_GLYPH, node.term) ? TERM_GLYPH[node.term] : undefined;
  if (byTerm) return byTerm;
  if (node.kind === 'vesicle' && EXOSOME_ID.test(node.id)) return 'exosome';
  return node.kind === 'group' ? undefined : KIND_GLYPH[node.kind];
}

/** The kind whose colours a glyph wears when drawn on its own (the legend). */
export const GLYPH_KIND: Readonly<Record<GlyphId, NodeKind>> = {
  osteoclast: 'cell', osteoblast: 'cell', osteocyte: 'cell', 'stem-cell': 'cell', endothelial: 'cell',
  macrophage: 'cell', dendritic: 'cell', 't-cell': 'cell', tumour: 'cell', cell: 'cell',
  endosome: 'organelle', mvb: 'organelle', membrane: 'membrane',
  exosome: 'vesicle', microvesicle: 'vesicle', 'apoptotic-body': 'vesicle', vesicle: 'vesicle',
  protein: 'protein', rna: 'rna', molecule: 'molecule', pathway: 'pathway',
  bone: 'outcome', vessel: 'process', scaffold: 'material', process: 'process', outcome: 'outcome', property: 'property', concept: 'concept',
};
