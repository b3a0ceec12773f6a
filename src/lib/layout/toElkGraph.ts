import type { ElkExtendedEdge, ElkLabel, ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram, Lang } from '../model/types.ts';
import { isolateLatin } from './isolateLatin.ts';
import type { Measure } from './measureText.ts';
import { glyphFor, type GlyphId } from './glyphFor.ts';
import { EDGE_LABEL_PAD, GLYPH, glyphRoom, MIN_NODE, PAD, TYPE } from './typography.ts';
import { wrapLabel } from './wrapLabel.ts';

/** Wrapped label lines travel to toScene inside the ELK graph, keyed by this property. */
export const LINES = 'poster.lines';
/** The node's glyph (and a container's measured header width) travel the same way: toScene places them. */
export const GLYPH_ID = 'poster.glyph';
export const TEXT_WIDTH = 'poster.textWidth';
export type ElkWithLines = ElkNode & { [LINES]?: string[]; [GLYPH_ID]?: GlyphId; [TEXT_WIDTH]?: number };
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
 * Model → ELK graph for one language: real label sizes, compound nodes for parents,
 * flow left→right in English and right→left in Persian (mirrored by ELK, not by CSS,
 * so the text itself is never flipped). Pure: same input, same graph.
 */
export function toElkGraph(diagram: Diagram, lang: Lang, measure: Measure, options: { wrap?: boolean } = {}): ElkNode {
  const direction = lang === 'fa' ? 'LEFT' : 'RIGHT';
  const parents = new Set(diagram.nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  const packed = packableContainers(diagram, parents);
  const elkNodes = new Map<string, ElkWithLines>();

  for (const n of diagram.nodes) {
    const label = isolateLatin(n.label[lang], lang);
    const container = parents.has(n.id);
    const glyph = glyphFor(n);
    if (container) {
      const t = TYPE.group;
      const { lines, width: textWidth } = wrapLabel(label, measure, t.size, t.weight, t.maxWidth);
      // The header holds the glyph beside the label: reserve its room in the minimum width.
      const width = textWidth + (glyph ? glyphRoom(GLYPH.group) : 0);
      const top = PAD.groupHeader + lines.length * t.line + PAD.groupHeader;
      elkNodes.set(n.id, {
        id: n.id,
        children: [],
        [LINES]: lines,
        [GLYPH_ID]: glyph,
        [TEXT_WIDTH]: textWidth,
        layoutOptions: {
          // Compound children do not inherit these from the root: set them on each container.
          'elk.direction': direction,
          'elk.padding': `[top=${top},left=${PAD.group},bottom=${PAD.group},right=${PAD.group}]`,
          'elk.nodeSize.constraints': '[MINIMUM_SIZE]',
          'elk.nodeSize.minimum': `(${Math.ceil(width + 2 * PAD.group)}, ${top + MIN_NODE.h})`,
          'elk.spacing.nodeNode': '20',
          'elk.layered.spacing.nodeNodeBetweenLayers': '44',
          // A container whose contents no edge touches is a set, not a flow: pack it into rows
          // instead of one tall column.
          ...(packed.has(n.id)
            ? {
                'elk.algorithm': 'rectpacking',
                'elk.aspectRatio': '1.3',
                'elk.spacing.nodeNode': '12',
                'elk.contentAlignment': '[H_CENTER, V_TOP]',
                'elk.rectpacking.widthApproximation.strategy': 'TARGET_WIDTH',
                'elk.rectpacking.widthApproximation.targetWidth': String(Math.max(240, Math.ceil(width + 2 * PAD.group))),
              }
            : {}),
        },
      });
    } else {
      const t = TYPE.node;
      const { lines, width } = wrapLabel(label, measure, t.size, t.weight, t.maxWidth);
      const padX = n.kind === 'vesicle' ? PAD.vesicleX : PAD.x;
      // The glyph's room comes on top of the label box (minimum width included): exactly that wider.
      const room = glyph ? glyphRoom(GLYPH.node) : 0;
      elkNodes.set(n.id, {
        id: n.id,
        width: Math.ceil(Math.max(MIN_NODE.w, width + 2 * padX)) + room,
        height: Math.max(MIN_NODE.h, lines.length * t.line + 2 * PAD.y),
        [LINES]: lines,
        [GLYPH_ID]: glyph,
      });
    }
  }

  const root: ElkNode = { id: `${diagram.id}-${lang}`, layoutOptions: { ...ROOT_OPTIONS, ...(options.wrap ? WRAP_OPTIONS : {}), 'elk.direction': direction }, children: [], edges: [] };
  for (const n of diagram.nodes) {
    const parent = n.parent ? elkNodes.get(n.parent)! : root;
    parent.children!.push(elkNodes.get(n.id)!);
  }

  root.edges = diagram.edges.map((e): ElkExtendedEdge => {
    const edge: ElkExtendedEdge = { id: e.id, sources: [e.from], targets: [e.to] };
    if (e.label) {
      const t = TYPE.edge;
      const { lines, width } = wrapLabel(isolateLatin(e.label[lang], lang), measure, t.size, t.weight, t.maxWidth);
      const label: ElkLabelWithLines = {
        id: `${e.id}:label`,
        text: lines.join(' '),
        width: Math.ceil(width + 2 * EDGE_LABEL_PAD.x),
        height: lines.length * t.line + 2 * EDGE_LABEL_PAD.y,
        [LINES]: lines,
      };
      edge.labels = [label];
    }
    return edge;
  });
  return root;
}

/** Containers whose descendants have no edges: nothing inside them needs a layered flow. */
function packableContainers(diagram: Diagram, parents: Set<string>): Set<string> {
  const touched = new Set(diagram.edges.flatMap((e) => [e.from, e.to]));
  const childrenOf = (id: string) => diagram.nodes.filter((n) => n.parent === id);
  const free = (id: string): boolean => childrenOf(id).every((c) => !touched.has(c.id) && free(c.id));
  return new Set([...parents].filter(free));
}
