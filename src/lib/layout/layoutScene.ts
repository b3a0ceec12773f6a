import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Lang } from '../model/types.ts';
import { needsWrap, WRAP_RETRY } from './elkOptions.ts';
import type { Scene } from './scene.ts';
import { toScene, type SceneSource } from './toScene.ts';

/** The one method of elkjs we use: Node passes elk.bundled.js, the re-layout worker its own copy. */
export interface ElkLayout {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/**
 * Lays a graph out and turns it into a Scene, wrapping a too long and flat diagram into rows.
 * Shared by the build (layoutDiagram) and the re-layout worker (relayoutScene).
 *
 * ELK's greedy row cutting can leave an arrow that leaves a compound node pointing at where its
 * target stood before the cut (seen on biogenesis with ESCRT collapsed): such a layout is laid out
 * again with cuts validated looking back, and if that fails too, not wrapped at all.
 */
export async function layoutScene(elk: ElkLayout, build: (wrap: boolean) => ElkNode, source: SceneSource, lang: Lang): Promise<Scene> {
  const flat = await elk.layout(build(false));
  if (!needsWrap(flat)) return toScene(flat, source, lang);
  for (const extra of [{}, WRAP_RETRY]) {
    const graph = build(true);
    graph.layoutOptions = { ...graph.layoutOptions, ...extra };
    const wrapped = toScene(await elk.layout(graph), source, lang);
    if (routesConnect(wrapped)) return wrapped;
  }
  return toScene(flat, source, lang);
}

/** True when every edge starts on its source's box and ends on its target's (1 px tolerance). */
export function routesConnect(scene: Scene): boolean {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const on = (p: { x: number; y: number } | undefined, id: string) => {
    const b = byId.get(id);
    return !!p && !!b && p.x >= b.x - 1 && p.x <= b.x + b.w + 1 && p.y >= b.y - 1 && p.y <= b.y + b.h + 1;
  };
  return scene.edges.every((e) => on(e.points[0], e.from) && on(e.points.at(-1), e.to));
}
