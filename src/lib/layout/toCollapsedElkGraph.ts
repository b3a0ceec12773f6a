import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import {
  collapsedSize,
  containerOptions,
  GLYPH_ID,
  HIDDEN,
  LINES,
  packableContainers,
  rootOptions,
  TEXT_WIDTH,
  type ElkLabelWithLines,
  type ElkWithLines,
} from './elkOptions.ts';
import type { Scene, SceneEdge, SceneNode } from './scene.ts';
import type { SceneSource } from './toScene.ts';
import { GLYPH, glyphRoom } from './typography.ts';

/**
 * Scene + collapsed group ids → the ELK graph of the collapsed view, and the SceneSource that
 * turns its layout back into a Scene (toScene). Framework-free and pure; runs in the re-layout worker.
 *
 * - A collapsed group becomes one leaf: its label lines in the group type over a "+n" pill
 *   (n: the elements it hides), sized from `labelWidths` (measured at build time, HarfBuzz).
 * - Its descendants disappear; a collapsed group inside a collapsed group is simply hidden.
 * - An edge to or from a hidden element is re-routed to the collapsed group that hides it; an
 *   edge that then starts and ends there disappears; edges that become duplicates (same ends,
 *   same kind) are merged into the first, which keeps its label only if all merged labels agree.
 * - Everything else keeps the sizes the build-time layout gave it (leaf boxes, edge label boxes).
 * - Glyphs travel on: every node keeps its glyph id (toScene places it again) and its room — a leaf's
 *   width already includes it, a group (open or collapsed) adds it to its measured label width.
 *
 * @example toCollapsedElkGraph(scene, ['escrt'], { escrt: 118.4, … }) // escrt: a 146 × 73 leaf, "+10"
 */
export function toCollapsedElkGraph(
  scene: Scene,
  collapsed: Iterable<string>,
  labelWidths: Readonly<Record<string, number>>,
  options: { wrap?: boolean } = {},
): { graph: ElkNode; source: SceneSource } {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const folded = new Set([...collapsed].filter((id) => byId.get(id)?.container));
  // The outermost collapsed group holding a node, or the node itself when nothing hides it.
  const shownAs = new Map<string, string>();
  for (const n of scene.nodes) {
    // Paint order puts containers before their children: a parent is resolved before its child.
    const parentShown = n.parent ? shownAs.get(n.parent)! : undefined;
    shownAs.set(n.id, parentShown !== undefined && (parentShown !== n.parent || folded.has(n.parent!)) ? parentShown : n.id);
  }
  const visible = scene.nodes.filter((n) => shownAs.get(n.id) === n.id);
  const hiddenCount = new Map<string, number>();
  for (const n of scene.nodes) {
    const at = shownAs.get(n.id)!;
    if (at !== n.id) hiddenCount.set(at, (hiddenCount.get(at) ?? 0) + 1);
  }

  const edges = mergeEdges(scene.edges, (id) => shownAs.get(id) ?? id);
  const isFolded = (n: SceneNode) => hiddenCount.has(n.id);
  const packed = packableContainers(
    visible.map((n) => ({ id: n.id, parent: n.parent })),
    edges,
  );

  const elkNodes = new Map<string, ElkWithLines>();
  for (const n of visible) {
    const lines = n.label.lines;
    // A group's scene label box is its text alone (toScene narrows it beside the glyph).
    const measured = labelWidths[n.id] ?? n.label.w;
    const header = measured + (n.glyph ? glyphRoom(GLYPH.group) : 0);
    const glyph = n.glyph ? { [GLYPH_ID]: n.glyph.id } : {};
    if (isFolded(n)) {
      const size = collapsedSize(header, lines.length);
      elkNodes.set(n.id, { id: n.id, ...size, [LINES]: lines, ...glyph, [TEXT_WIDTH]: measured, [HIDDEN]: hiddenCount.get(n.id)! });
    } else if (n.container) {
      const opts = containerOptions(scene.lang, header, lines.length, packed.has(n.id));
      elkNodes.set(n.id, { id: n.id, children: [], [LINES]: lines, ...glyph, [TEXT_WIDTH]: measured, layoutOptions: opts });
    } else elkNodes.set(n.id, { id: n.id, width: n.w, height: n.h, [LINES]: lines, ...glyph });
  }

  const root: ElkNode = { id: `${scene.diagram}-${scene.lang}`, layoutOptions: rootOptions(scene.lang, options.wrap), children: [], edges: [] };
  for (const n of visible) (n.parent ? elkNodes.get(n.parent)! : root).children!.push(elkNodes.get(n.id)!);
  root.edges = edges.map((e): ElkExtendedEdge => {
    const edge: ElkExtendedEdge = { id: e.id, sources: [e.from], targets: [e.to] };
    if (e.label) {
      const label: ElkLabelWithLines = { id: `${e.id}:label`, text: e.label.lines.join(' '), width: e.label.w, height: e.label.h, [LINES]: e.label.lines };
      edge.labels = [label];
    }
    return edge;
  });

  const source: SceneSource = {
    id: scene.diagram,
    nodes: visible.map((n) => ({ id: n.id, kind: n.kind, label: { [scene.lang]: n.name } })),
    edges: edges.map((e) => ({ id: e.id, from: e.from, to: e.to, kind: e.kind })),
  };
  return { graph: root, source };
}

/** Re-routes edge ends through `shownAs`; drops edges that fold into one node; merges duplicates. */
function mergeEdges(edges: readonly SceneEdge[], shownAs: (id: string) => string): SceneEdge[] {
  const out = new Map<string, SceneEdge>();
  for (const e of edges) {
    const from = shownAs(e.from);
    const to = shownAs(e.to);
    if (from === to) continue;
    const key = `${from}>${to}|${e.kind}`;
    const first = out.get(key);
    if (!first) out.set(key, { ...e, from, to });
    else if (first.label && first.label.lines.join(' ') !== e.label?.lines.join(' ')) {
      const { label: _disagree, ...rest } = first;
      out.set(key, rest);
    }
  }
  return [...out.values()];
}
