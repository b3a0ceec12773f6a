import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { EdgeKind, Lang, NodeKind } from '../model/types.ts';
import { GLYPH_ID, HIDDEN, LINES, TEXT_WIDTH, type ElkLabelWithLines, type ElkWithLines } from './elkOptions.ts';
import { GLYPH_KIND } from './glyphFor.ts';
import type { Point, Scene, SceneEdge, SceneGlyph, SceneLabel, SceneNode } from './scene.ts';
import { GLYPH, glyphRoom, PAD, TYPE } from './typography.ts';

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * What toScene needs besides the laid-out graph: node kinds and names, edge ends and kinds, in
 * model order. A Diagram is one; so is the visible part of a scene with groups collapsed.
 */
export interface SceneSource {
  id: string;
  nodes: readonly { id: string; kind: NodeKind; label: Partial<Record<Lang, string>> }[];
  edges: readonly { id: string; from: string; to: string; kind: EdgeKind }[];
}

/**
 * Laid-out ELK graph → Scene: absolute boxes (the graph was laid out with ROOT
 * coordinates), edge routes as point lists, label boxes, rounded to 0.1 px.
 */
export function toScene(laidOut: ElkNode, diagram: SceneSource, lang: Lang): Scene {
  const kinds = new Map(diagram.nodes.map((n) => [n.id, n]));
  const nodes: SceneNode[] = [];
  const edges: SceneEdge[] = [];

  // Rectpacking knows no reading direction: mirror packed contents for Persian, so sets read
  // from the right like everything else (the outermost packed container mirrors all it holds).
  const mirrors: { cx: number }[] = [];
  const visit = (elk: ElkWithLines, parent: string | undefined, depth: number) => {
    for (const child of (elk.children ?? []) as ElkWithLines[]) {
      const packed = lang === 'fa' && child.layoutOptions?.['elk.algorithm'] === 'rectpacking' && mirrors.length === 0;
      const model = kinds.get(child.id)!;
      const container = (child.children?.length ?? 0) > 0;
      const hidden = child[HIDDEN];
      const lines = child[LINES] ?? [];
      const mirror = mirrors[0];
      const x = r1(mirror ? 2 * mirror.cx - (child.x ?? 0) - (child.width ?? 0) : (child.x ?? 0));
      const y = r1(child.y ?? 0);
      const w = r1(child.width ?? 0);
      const h = r1(child.height ?? 0);
      const t = container || hidden !== undefined ? TYPE.group : TYPE.node;
      const lh = lines.length * t.line;
      const glyphId = child[GLYPH_ID];
      let label: SceneLabel = container
        ? { lines, x: x + PAD.group, y: y + PAD.groupHeader, w: w - 2 * PAD.group, h: lh }
        : hidden !== undefined
          ? { lines, x, y: y + PAD.y, w, h: lh } // the count pill goes below it (elkOptions COLLAPSED)
          : { lines, x, y: r1(y + (h - lh) / 2), w, h: lh };
      let glyph: SceneGlyph | undefined;
      if (glyphId) {
        // A collapsed group keeps its header's look: glyph and text centred as one unit.
        const placed =
          container || hidden !== undefined
            ? headerGlyph(label, child[TEXT_WIDTH] ?? 0, lang)
            : nodeGlyph(label, model.kind === 'vesicle' ? GLYPH.node.edgeVesicle : GLYPH.node.edge, lang);
        label = placed.label;
        // Its colours: the node kind's, or for a plain group box the kind of what it pictures.
        glyph = { id: glyphId, kind: model.kind === 'group' ? GLYPH_KIND[glyphId] : model.kind, ...placed.box };
      }
      const node: SceneNode = { id: child.id, kind: model.kind, container, parent, depth, name: model.label[lang] ?? '', x, y, w, h, label };
      if (glyph) node.glyph = glyph;
      if (hidden !== undefined) node.collapsed = hidden;
      nodes.push(node);
      if (packed) mirrors.push({ cx: (child.x ?? 0) + (child.width ?? 0) / 2 });
      visit(child, child.id, depth + 1);
      if (packed) mirrors.pop();
    }
    for (const e of (elk.edges ?? []) as ElkExtendedEdge[]) edges.push(toSceneEdge(e, diagram));
  };
  visit(laidOut as ElkWithLines, undefined, 0);

  const order = new Map(diagram.edges.map((e, i) => [e.id, i]));
  edges.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { diagram: diagram.id, lang, width: r1(laidOut.width ?? 0), height: r1(laidOut.height ?? 0), nodes, edges };
}

type Placed = { label: SceneLabel; box: Omit<SceneGlyph, 'id' | 'kind'> };

/**
 * A box's glyph at its inline start, `edge` in from the border, vertically centred; the label
 * keeps the rest of the box (toElkGraph widened the box by exactly the glyph's room).
 */
function nodeGlyph(label: SceneLabel, edge: number, lang: Lang): Placed {
  const { size } = GLYPH.node;
  const room = glyphRoom(GLYPH.node);
  const y = r1(label.y + label.h / 2 - size / 2);
  return lang === 'fa'
    ? { label: { ...label, w: label.w - room }, box: { x: r1(label.x + label.w - edge - size), y, size } }
    : { label: { ...label, x: label.x + room, w: label.w - room }, box: { x: r1(label.x + edge), y, size } };
}

/** A container's glyph right before its centred header text: glyph and text centre as one unit. */
function headerGlyph(label: SceneLabel, textWidth: number, lang: Lang): Placed {
  const { size, gap } = GLYPH.group;
  const room = glyphRoom(GLYPH.group);
  const start = label.x + (label.w - textWidth - room) / 2;
  const y = r1(label.y + label.h / 2 - size / 2);
  return lang === 'fa'
    ? { label: { ...label, x: r1(start), w: r1(textWidth) }, box: { x: r1(start + textWidth + gap), y, size } }
    : { label: { ...label, x: r1(start + room), w: r1(textWidth) }, box: { x: r1(start), y, size } };
}

function toSceneEdge(e: ElkExtendedEdge, diagram: SceneSource): SceneEdge {
  const model = diagram.edges.find((m) => m.id === e.id)!;
  const points: Point[] = [];
  for (const s of chainSections(e.sections ?? [])) {
    for (const p of [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]) {
      const last = points[points.length - 1];
      if (!last || last.x !== r1(p.x) || last.y !== r1(p.y)) points.push({ x: r1(p.x), y: r1(p.y) });
    }
  }
  const l = e.labels?.[0] as ElkLabelWithLines | undefined;
  const label: SceneLabel | undefined = l
    ? { lines: l[LINES] ?? [], x: r1(l.x ?? 0), y: r1(l.y ?? 0), w: r1(l.width ?? 0), h: r1(l.height ?? 0) }
    : undefined;
  return { id: e.id, from: model.from, to: model.to, kind: model.kind, points, label };
}

type Section = NonNullable<ElkExtendedEdge['sections']>[number];

/** A wrapped edge comes in several sections, not necessarily in order: follow their links. */
function chainSections(sections: Section[]): Section[] {
  if (sections.length < 2) return sections;
  const byId = new Map(sections.map((s) => [s.id, s]));
  const first = sections.find((s) => !s.incomingSections?.length) ?? sections[0]!;
  const out: Section[] = [];
  for (let s: Section | undefined = first; s && !out.includes(s); s = byId.get(s.outgoingSections?.[0] ?? '')) out.push(s);
  return out.length === sections.length ? out : sections;
}
