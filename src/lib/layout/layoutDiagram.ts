import ELK from 'elkjs/lib/elk.bundled.js';
import type { Diagram, Lang } from '../model/types.ts';
import { layoutScene } from './layoutScene.ts';
import type { Measure } from './measureText.ts';
import type { Scene } from './scene.ts';
import { toElkGraph } from './toElkGraph.ts';

export { WRAP_ABOVE } from './elkOptions.ts';

const elk = new ELK();

/** Model → Scene for one language: the whole build-time layout pipeline. */
export function layoutDiagram(diagram: Diagram, lang: Lang, measure: Measure): Promise<Scene> {
  return layoutScene(elk, (wrap) => toElkGraph(diagram, lang, measure, { wrap }), diagram, lang);
}
