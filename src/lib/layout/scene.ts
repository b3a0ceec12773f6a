import type { EdgeKind, Lang, NodeKind } from '../model/types.ts';
import type { GlyphId } from './glyphFor.ts';

/** A point in scene coordinates (CSS px at zoom 1, origin at the diagram's top left). */
export interface Point {
  x: number;
  y: number;
}

/** A label already wrapped into lines with real font metrics; drawn centred on (x + w/2). */
export interface SceneLabel {
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SceneNode {
  id: string;
  kind: NodeKind;
  /** True when other nodes sit inside it: drawn as a labelled container. */
  container: boolean;
  parent?: string;
  depth: number;
  /** The label as one plain string: the node's accessible name. */
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  label: SceneLabel;
  /**
   * Only in a re-layout with groups collapsed (never in the build-time scene): this group drawn
   * as one node, hiding this many elements; `container` is then false.
   */
  collapsed?: number;
  /** The drawn glyph at the label's inline start (left in English, right in Persian), when it has one. */
  glyph?: SceneGlyph;
}

/** A glyph's square box in scene coordinates, beside the label, never under it. */
export interface SceneGlyph {
  id: GlyphId;
  /** Whose colours it wears (glyphs.css): its node's kind, or for a plain group box the kind it pictures. */
  kind: NodeKind;
  x: number;
  y: number;
  size: number;
}

export interface SceneEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  /** Orthogonal route from the source border to the target border, bends included. */
  points: Point[];
  label?: SceneLabel;
}

/**
 * Finished geometry of one diagram in one language, computed at build time by ELK.
 * The app draws it as is: no layout at first paint.
 */
export interface Scene {
  diagram: string;
  lang: Lang;
  width: number;
  height: number;
  /** Nodes in paint order: containers before their children. */
  nodes: SceneNode[];
  edges: SceneEdge[];
}
