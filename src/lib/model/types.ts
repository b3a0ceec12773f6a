/** The poster's two languages; Persian (the article's language) comes first and is the default. */
export const LANGS = ['fa', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A string in both languages. */
export type Bilingual = Record<Lang, string>;

export const NODE_KINDS = [
  'cell', 'vesicle', 'organelle', 'membrane', 'protein', 'rna', 'molecule', 'pathway',
  'process', 'outcome', 'material', 'property', 'concept', 'group',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = [
  'becomes', 'buds', 'fuses', 'releases', 'secretes', 'expresses', 'binds', 'carries',
  'component', 'promotes', 'inhibits', 'regulates', 'acts-on', 'associated', 'classifies',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/**
 * Annotation text split into plain runs and citations, so citations render as links.
 * @example "Forms by budding [19, 21]." → [{ t: 'text', s: 'Forms by budding ' }, { t: 'cite', refs: [19, 21] }, { t: 'text', s: '.' }]
 */
export type Segment = { t: 'text'; s: string } | { t: 'cite'; refs: number[] };
export type RichText = Segment[];
export type BilingualRich = Record<Lang, RichText>;

export interface DiagramNode {
  id: string;
  kind: NodeKind;
  parent?: string;
  label: Bilingual;
  text: BilingualRich;
  /** Every reference the node cites: its `refs` and those inside its text, sorted. */
  refs: number[];
  note?: BilingualRich;
  term?: string;
}

export interface DiagramEdge {
  /** `from>to`, or `from>to#2` for a second edge between the same pair. */
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  label?: Bilingual;
  text?: BilingualRich;
  refs: number[];
}

/** A step of the diagram's guided tour (classroom mode, kiosk attract loop). */
export interface TourStep {
  /** A node or group of the diagram. */
  focus: string;
  text: BilingualRich;
  refs: number[];
}

/** A validated diagram: everything below the load boundary trusts it. */
export interface Diagram {
  id: string;
  order: number;
  title: Bilingual;
  /** One to three words for the diagram's tab. */
  short: Bilingual;
  summary: BilingualRich;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Ordered steps; empty when the diagram has no tour. */
  tour: TourStep[];
}

export interface Reference {
  n: number;
  text: string;
  note?: Bilingual;
  /** Where the poster cites it (added at build time: see citationIndex.ts). */
  citedBy?: import('./citationIndex.ts').CitePlace[];
}

export interface Author {
  fa: string;
  en: string;
  equal?: boolean;
  affiliations: number[];
}

/** The reviewed article's own citation and abstract, for the title block. */
export interface Article {
  title: Bilingual;
  authors: Author[];
  affiliations: ({ n: number } & Bilingual)[];
  corresponding?: Bilingual;
  journal: Bilingual;
  volume: number;
  issue: number;
  year: Bilingual;
  pages: string;
  url?: string;
  received?: Bilingual;
  accepted?: Bilingual;
  keywords?: Record<Lang, string[]>;
  abstract: Bilingual;
  note?: Bilingual;
}

export interface Content {
  article: Article;
  references: Reference[];
  diagrams: Diagram[];
}
