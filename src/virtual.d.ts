declare module 'virtual:poster/index' {
  import type { Article, Bilingual, BilingualRich, Diagram, Lang, Reference } from '$lib/model/types.ts';
  import type { Scene } from '$lib/layout/scene.ts';
  export interface DiagramEntry {
    id: string;
    order: number;
    title: Bilingual;
    short: Bilingual;
    nodes: number;
    /** Steps in the diagram's guided tour (0: no tour). */
    steps: number;
  }
  /** The title-block fields only; the whole article (abstract, affiliations) loads with loadArticle. */
  export const article: Pick<Article, 'title' | 'authors' | 'journal' | 'volume' | 'issue' | 'year' | 'pages'>;
  export const loadArticle: () => Promise<{ default: Article }>;
  export const diagrams: DiagramEntry[];
  export const referenceCount: number;
  /** A language's interface strings in two parts: what the first view draws, and the rest (i18n/firstPaint.ts). */
  export const strings: Record<Lang, Record<'first' | 'rest', () => Promise<{ default: Record<string, string> }>>>;
  export const loaders: Record<
    string,
    {
      scene: Record<Lang, () => Promise<{ default: Scene }>>;
      /** The small-screen overview (arrows unlabelled, the largest groups folded), laid out at build time. */
      compact: Record<Lang, () => Promise<{ default: Scene }>>;
      model: () => Promise<{ default: Diagram }> }
  >;
  export const loadReferences: () => Promise<{ default: Reference[] }>;
  /** Where a glossary term appears: diagram id, node id, node label, diagram tab label. */
  export interface TermPlace {
    d: string;
    n: string;
    label: Bilingual;
    title: Bilingual;
  }
  export interface OverviewData {
    article: Article;
    diagrams: { id: string; title: Bilingual; short: Bilingual; summary: BilingualRich; nodes: number; edges: number }[];
  }
  export const loadOverview: () => Promise<{ default: OverviewData }>;
  export const loadSearch: () => Promise<{ default: import('$lib/search/search.ts').SearchDoc[] }>;
  export const loadTerms: () => Promise<{ default: Record<string, TermPlace[]> }>;
}

declare module 'virtual:poster/group-widths' {
  /** Diagram id → language → group id → measured label width (px): for the re-layout after a collapse. */
  const widths: Record<string, Record<import('$lib/model/types.ts').Lang, Record<string, number>>>;
  export default widths;
}

/** A language's interface strings, in two parts: `first` (what the first view draws) and `rest` (src/lib/i18n/firstPaint.ts). */
declare module 'virtual:poster/strings/*' {
  const strings: Record<string, string>;
  export default strings;
}

/** The `<exosome-poster>` element's default frame name (`embed.componentTitle`) in each language. */
declare module 'virtual:poster/frame-title' {
  const title: Record<import('$lib/model/types.ts').Lang, string>;
  export default title;
}
