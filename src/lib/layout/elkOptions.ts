import type { ElkLabel, ElkNode } from 'elkjs/lib/elk-api';
import type { Lang } from '../model/types.ts';
import type { GlyphId } from './glyphFor.ts';
import { MIN_NODE, PAD, TYPE } from './typography.ts';

/*
 * The ELK options both layouts share: the build-time one (toElkGraph, in Node, with HarfBuzz)
 * and the re-layout after collapsing a group (toCollapsedElkGraph, in a Web Worker). This file
 * imports nothing that measures text, so the worker bundle stays free of HarfBuzz.
 */

/** Wrapped label lines travel to toScene inside the ELK graph, keyed by this property. */
export const LINES = 'poster.lines';
/** The node's glyph (and a container's measured header width) travel the same way: toScene places them. */
export const GLYPH_ID = 'poster.glyph';
export const TEXT_WIDTH = 'poster.textWidth';
/** On a collapsed group's leaf node: how many elements it hides (drawn as "+n"). */
export const HIDDEN = 'poster.hidden';
export type ElkWithLines = ElkNode & { [LINES]?: string[]; [GLYPH_ID]?: GlyphId; [TEXT_WIDTH]?: number; [HIDDEN]?: number };
export type ElkLabelWithLines = ElkLabel & { [LINES]?: string[] };

const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Measured on our diagrams: fewer bends and shorter edges than Brandes–Köpf (bench-style probe).
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.spacing.nodeNode': '26',
  'elk.spacing.edgeNode': '18',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.spacing.edgeNodeBetweenLayers': '18',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  'elk.spacing.edgeLabel': '4',
  'elk.edgeLabels.inline': 'true',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.layered.mergeEdges': 'false',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
};

/** Long chains wrap into rows, so a diagram fits a 16:9 screen instead of one long strip. */
const WRAP_OPTIONS: Record<string, string> = {
  'elk.layered.wrapping.strategy': 'MULTI_EDGE',
  // Measured with the glyphs' room in the boxes: 2.0 cuts biogenesis into two rows (2005 × 740,
  // fit 0.96 on a 1080p screen) where 1.8 made three (1815 × 1206, fit 0.77).
  'elk.aspectRatio': '2.0',
  'elk.layered.wrapping.additionalEdgeSpacing': '16',
};

/**
 * A diagram wider than a 1080p screen at natural size and flatter than this (width ÷ height)
 * is laid out again with its layers wrapped into rows; small diagrams fit as they are.
 */
export const WRAP_ABOVE = { aspect: 2.4, width: 1800 };

/**
 * Second try at wrapping when the first left an arrow misrouted (see layoutScene.ts): cuts are
 * checked against the layers already placed, not greedily.
 */
export const WRAP_RETRY: Record<string, string> = { 'elk.layered.wrapping.validify.strategy': 'LOOK_BACK' };

/** True when a first layout came out too long and flat: lay it out again with `wrap`. */
export function needsWrap(laidOut: ElkNode): boolean {
  const w = laidOut.width ?? 0;
  return w > WRAP_ABOVE.width && w > WRAP_ABOVE.aspect * (laidOut.height ?? 1);
}

/** Flow left→right in English, right→left in Persian: mirrored by ELK, never by CSS (text stays unflipped). */
export const flowDirection = (lang: Lang) => (lang === 'fa' ? 'LEFT' : 'RIGHT');

export function rootOptions(lang: Lang, wrap = false): Record<string, string> {
  return { ...ROOT_OPTIONS, ...(wrap ? WRAP_OPTIONS : {}), 'elk.direction': flowDirection(lang) };
}

/** Height of a container's header: its label lines with padding above and below. */
export const groupHeader = (lines: number) => PAD.groupHeader + lines * TYPE.group.line + PAD.groupHeader;

/**
 * Options of a compound node, given its header's width (label plus glyph room) and line count. Compound children
 * do not inherit root options: each container gets them itself.
 */
export function containerOptions(lang: Lang, labelWidth: number, lines: number, packed: boolean): Record<string, string> {
  const top = groupHeader(lines);
  return {
    'elk.direction': flowDirection(lang),
    'elk.padding': `[top=${top},left=${PAD.group},bottom=${PAD.group},right=${PAD.group}]`,
    'elk.nodeSize.constraints': '[MINIMUM_SIZE]',
    'elk.nodeSize.minimum': `(${Math.ceil(labelWidth + 2 * PAD.group)}, ${top + MIN_NODE.h})`,
    'elk.spacing.nodeNode': '20',
    'elk.layered.spacing.nodeNodeBetweenLayers': '44',
    // A container whose contents no edge touches is a set, not a flow: pack it into rows
    // instead of one tall column.
    ...(packed
      ? {
          'elk.algorithm': 'rectpacking',
          'elk.aspectRatio': '1.3',
          'elk.spacing.nodeNode': '12',
          'elk.contentAlignment': '[H_CENTER, V_TOP]',
          'elk.rectpacking.widthApproximation.strategy': 'TARGET_WIDTH',
          'elk.rectpacking.widthApproximation.targetWidth': String(Math.max(240, Math.ceil(labelWidth + 2 * PAD.group))),
        }
      : {}),
  };
}

/** Containers whose descendants no edge touches: nothing inside them needs a layered flow. */
export function packableContainers(
  nodes: readonly { id: string; parent?: string }[],
  edges: readonly { from: string; to: string }[],
): Set<string> {
  const parents = new Set(nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  const touched = new Set(edges.flatMap((e) => [e.from, e.to]));
  const childrenOf = (id: string) => nodes.filter((n) => n.parent === id);
  const free = (id: string): boolean => childrenOf(id).every((c) => !touched.has(c.id) && free(c.id));
  return new Set([...parents].filter(free));
}

/**
 * A collapsed group is drawn as one node: its label in the group type (with the group's glyph
 * beside it, as in its header), over a "+n" count pill. Sizes here so that the re-layout reserves
 * what the renderer draws; `labelWidth` includes the glyph's room when the group has one.
 */
export const COLLAPSED = { gap: 4, pill: 20 } as const;

export function collapsedSize(labelWidth: number, lines: number): { width: number; height: number } {
  return {
    width: Math.ceil(Math.max(MIN_NODE.w, labelWidth + 2 * PAD.x)),
    height: Math.max(MIN_NODE.h, PAD.y + lines * TYPE.group.line + COLLAPSED.gap + COLLAPSED.pill + PAD.y),
  };
}
