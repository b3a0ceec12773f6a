import { layoutScene, type ElkLayout } from './layoutScene.ts';
import type { Scene } from './scene.ts';
import { toCollapsedElkGraph } from './toCollapsedElkGraph.ts';

export type { ElkLayout } from './layoutScene.ts';

/** What the page sends the re-layout worker. */
export interface RelayoutRequest {
  /** The precomputed (build-time) scene of one diagram in one language. */
  scene: Scene;
  /** Group ids to draw collapsed. */
  collapsed: readonly string[];
  /** Measured widths of the group labels in this language (virtual:poster/group-widths). */
  labelWidths: Readonly<Record<string, number>>;
}

/**
 * The scene with some groups collapsed, laid out by ELK with the build-time options and the same
 * rule for wrapping long diagrams into rows: toCollapsedElkGraph → elk.layout → toScene.
 */
export function relayoutScene(elk: ElkLayout, req: RelayoutRequest): Promise<Scene> {
  const build = (wrap: boolean) => toCollapsedElkGraph(req.scene, req.collapsed, req.labelWidths, { wrap });
  return layoutScene(elk, (wrap) => build(wrap).graph, build(false).source, req.scene.lang);
}
