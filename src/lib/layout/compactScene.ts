import { routesConnect, type ElkLayout } from './layoutScene.ts';
import type { Scene } from './scene.ts';
import { toCollapsedElkGraph } from './toCollapsedElkGraph.ts';
import { toScene } from './toScene.ts';

/*
 * The small-screen overview of a diagram, laid out at build time: at 800×600 a 46-node map
 * fitted whole draws its 15 px labels at 5–6 px. The overview folds every outermost group
 * into one box, draws the arrows without their inline labels (each arrow's claim is in the
 * annotation of both its ends and in the text outline) and packs tighter, so that the same
 * screen shows it at 0.6–1.2× (probe over the seven diagrams, late 2026).
 */

/** The diagram area of an 800×600 page (below the title bar and tabs), which the overview is shaped for. */
export const COMPACT_FOR = { w: 790, h: 495 } as const;

const TIGHT: Record<string, string> = {
  'elk.layered.spacing.nodeNodeBetweenLayers': '28',
  'elk.spacing.nodeNode': '14',
  'elk.padding': '[top=8,left=8,bottom=8,right=8]',
  'elk.aspectRatio': String((COMPACT_FOR.w / COMPACT_FOR.h).toFixed(2)),
};

/** The groups the overview folds: every group that sits in no other group. */
export function compactGroups(nodes: readonly { id: string; parent?: string; container?: boolean }[]): string[] {
  const parents = new Set(nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  return nodes.filter((n) => !n.parent && parents.has(n.id)).map((n) => n.id);
}

/** Scale at which a scene fits a w×h area whole. */
export const fitScale = (s: { width: number; height: number }, w: number, h: number) => Math.min(w / s.width, h / s.height);

/**
 * The overview scene: `base` with its outermost groups folded, unlabelled arrows, tight spacing;
 * laid out as one flow and wrapped into rows, keeping whichever fits COMPACT_FOR larger.
 */
export async function compactScene(elk: ElkLayout, base: Scene, labelWidths: Readonly<Record<string, number>>): Promise<Scene> {
  const ids = compactGroups(base.nodes);
  const bare: Scene = { ...base, edges: base.edges.map(({ label: _label, ...e }) => e) };
  let best: Scene | undefined;
  for (const wrap of [false, true]) {
    const { graph, source } = toCollapsedElkGraph(bare, ids, labelWidths, { wrap });
    graph.layoutOptions = { ...graph.layoutOptions, ...TIGHT };
    const s = toScene(await elk.layout(graph), source, base.lang);
    if (wrap && !routesConnect(s)) continue;
    if (!best || fitScale(s, COMPACT_FOR.w, COMPACT_FOR.h) > fitScale(best, COMPACT_FOR.w, COMPACT_FOR.h)) best = s;
  }
  return best!;
}
