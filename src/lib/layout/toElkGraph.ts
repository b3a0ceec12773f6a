import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram, Lang } from '../model/types.ts';
import { containerOptions, GLYPH_ID, LINES, packableContainers, rootOptions, TEXT_WIDTH, type ElkLabelWithLines, type ElkWithLines } from './elkOptions.ts';
import { isolateLatin } from './isolateLatin.ts';
import type { Measure } from './measureText.ts';
import { glyphFor } from './glyphFor.ts';
import { EDGE_LABEL_PAD, GLYPH, glyphRoom, MIN_NODE, PAD, TYPE } from './typography.ts';
import { wrapLabel } from './wrapLabel.ts';

export { GLYPH_ID, LINES, TEXT_WIDTH, type ElkLabelWithLines, type ElkWithLines } from './elkOptions.ts';

/**
 * Model → ELK graph for one language: real label sizes, compound nodes for parents,
 * flow left→right in English and right→left in Persian (mirrored by ELK, not by CSS,
 * so the text itself is never flipped). Pure: same input, same graph.
 * The options are shared with the run-time re-layout (elkOptions.ts).
 */
export function toElkGraph(diagram: Diagram, lang: Lang, measure: Measure, options: { wrap?: boolean } = {}): ElkNode {
  const parents = new Set(diagram.nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  const packed = packableContainers(diagram.nodes, diagram.edges);
  const elkNodes = new Map<string, ElkWithLines>();

  for (const n of diagram.nodes) {
    const label = isolateLatin(n.label[lang], lang);
    const glyph = glyphFor(n);
    if (parents.has(n.id)) {
      const t = TYPE.group;
      const { lines, width: textWidth } = wrapLabel(label, measure, t.size, t.weight, t.maxWidth);
      // The header holds the glyph beside the label: reserve its room in the minimum width.
      const width = textWidth + (glyph ? glyphRoom(GLYPH.group) : 0);
      elkNodes.set(n.id, {
        id: n.id,
        children: [],
        [LINES]: lines,
        [GLYPH_ID]: glyph,
        [TEXT_WIDTH]: textWidth,
        layoutOptions: containerOptions(lang, width, lines.length, packed.has(n.id)),
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

  const root: ElkNode = { id: `${diagram.id}-${lang}`, layoutOptions: rootOptions(lang, options.wrap), children: [], edges: [] };
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

/**
 * Measured width of each group's label (the group type, wrapped as in its container), for the
 * run-time re-layout: the browser has the label lines in the scene but cannot run HarfBuzz cheaply.
 */
export function groupLabelWidths(diagram: Diagram, lang: Lang, measure: Measure): Record<string, number> {
  const parents = new Set(diagram.nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  const t = TYPE.group;
  const out: Record<string, number> = {};
  for (const n of diagram.nodes)
    if (parents.has(n.id)) out[n.id] = Math.ceil(wrapLabel(isolateLatin(n.label[lang], lang), measure, t.size, t.weight, t.maxWidth).width * 10) / 10;
  return out;
}
