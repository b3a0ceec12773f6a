import ELK from 'elkjs/lib/elk.bundled.js';
import type { Diagram, Lang } from '../model/types.ts';
import type { Measure } from './measureText.ts';
import type { Scene } from './scene.ts';
import { toElkGraph } from './toElkGraph.ts';
import { toScene } from './toScene.ts';

const elk = new ELK();

/** Model → Scene for one language: the whole build-time layout pipeline. */
export async function layoutDiagram(diagram: Diagram, lang: Lang, measure: Measure): Promise<Scene> {
  const laidOut = await elk.layout(toElkGraph(diagram, lang, measure));
  return toScene(laidOut, diagram, lang);
}
