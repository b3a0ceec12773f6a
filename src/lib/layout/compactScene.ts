import { LANGS, type Lang } from '../model/types.ts';
import { routesConnect, type ElkLayout } from './layoutScene.ts';
import type { Scene } from './scene.ts';
import { toCollapsedElkGraph } from './toCollapsedElkGraph.ts';
import { toScene } from './toScene.ts';
import { fitScale } from './fitScale.ts';

export { fitScale, foldedIn } from './fitScale.ts';

/*
 * The small-screen overview of a diagram, laid out at build time. At 800×600 a 46-node map
 * fitted whole draws its 15 px labels at 5–6 px. The overview draws the arrows without their
 * inline labels (each arrow's claim stays in the annotations of both its ends and in the text
 * outline), packs tighter, and folds the diagram's largest outermost groups, one at a time,
 * until both languages fit the small screen at READABLE. Probe, late 2026 (fit at COMPACT_FOR):
 * biogenesis 0.39 → 0.61 with nothing folded, fracture 0.38 → 0.70 with one group folded,
 * cargo 0.36 → 0.58 with all four.
 */

/** The diagram area of an 800×600 page (below the title bar and tabs), which the overview is shaped for. */
export const COMPACT_FOR = { w: 790, h: 495 } as const;
/** Fold groups until the overview fits COMPACT_FOR at this scale (15 px labels at 9 px), or none is left. */
export const READABLE = 0.6;

const TIGHT: Record<string, string> = {
  'elk.layered.spacing.nodeNodeBetweenLayers': '28',
  'elk.spacing.nodeNode': '14',
  'elk.padding': '[top=8,left=8,bottom=8,right=8]',
  'elk.aspectRatio': (COMPACT_FOR.w / COMPACT_FOR.h).toFixed(2),
};

/** The groups the overview may fold, largest first: every group that sits in no other group. */
export function compactGroups(nodes: readonly { id: string; parent?: string }[]): string[] {
  const inside = (id: string): number => nodes.filter((n) => n.parent === id).reduce((k, n) => k + 1 + inside(n.id), 0);
  const parents = new Set(nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  return nodes
    .filter((n) => !n.parent && parents.has(n.id))
    .map((n, i) => ({ id: n.id, i, size: inside(n.id) }))
    .sort((a, b) => b.size - a.size || a.i - b.i)
    .map((g) => g.id);
}

const fitsSmall = (s: Scene) => fitScale(s, COMPACT_FOR.w, COMPACT_FOR.h);

/** One language's overview with these groups folded: one flow or wrapped into rows, whichever fits larger. */
async function overview(elk: ElkLayout, base: Scene, folded: readonly string[], labelWidths: Readonly<Record<string, number>>): Promise<Scene> {
  const bare: Scene = { ...base, edges: base.edges.map(({ label: _label, ...e }) => e) };
  let best: Scene | undefined;
  for (const wrap of [false, true]) {
    const { graph, source } = toCollapsedElkGraph(bare, folded, labelWidths, { wrap });
    graph.layoutOptions = { ...graph.layoutOptions, ...TIGHT };
    const s = toScene(await elk.layout(graph), source, base.lang);
    if (wrap && !routesConnect(s)) continue;
    if (!best || fitsSmall(s) > fitsSmall(best)) best = s;
  }
  return best!;
}

/**
 * Both languages' overviews of one diagram, folding the same groups in each (so switching the
 * language keeps what is folded): the fewest of the largest outermost groups that make both fit.
 */
export async function compactScenes(
  elk: ElkLayout,
  bases: Readonly<Record<Lang, Scene>>,
  labelWidths: Readonly<Record<Lang, Readonly<Record<string, number>>>>,
): Promise<Record<Lang, Scene>> {
  const order = compactGroups(bases.en.nodes);
  let out: Record<Lang, Scene> | undefined;
  for (let n = 0; n <= order.length; n++) {
    const folded = order.slice(0, n);
    const scenes = await Promise.all(LANGS.map((l) => overview(elk, bases[l], folded, labelWidths[l])));
    out = Object.fromEntries(LANGS.map((l, i) => [l, scenes[i]!])) as Record<Lang, Scene>;
    if (scenes.every((s) => fitsSmall(s) >= READABLE)) break;
  }
  return out!;
}
