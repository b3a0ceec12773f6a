import ELK from 'elkjs/lib/elk.bundled.js';
import type { Diagram, Lang } from '../model/types.ts';
import type { Measure } from './measureText.ts';
import type { Scene } from './scene.ts';
import { toElkGraph } from './toElkGraph.ts';
import { toScene } from './toScene.ts';

const elk = new ELK();

/**
 * A diagram wider than a 1080p screen at natural size and flatter than this (width ÷ height)
 * is laid out again with its layers wrapped into rows; small diagrams fit as they are.
 */
export const WRAP_ABOVE = { aspect: 2.4, width: 1800 };

/** Model → Scene for one language: the whole build-time layout pipeline. */
export async function layoutDiagram(diagram: Diagram, lang: Lang, measure: Measure): Promise<Scene> {
  let laidOut = await elk.layout(toElkGraph(diagram, lang, measure));
  const w = laidOut.width ?? 0;
  if (w > WRAP_ABOVE.width && w > WRAP_ABOVE.aspect * (laidOut.height ?? 1))
    laidOut = await elk.layout(toElkGraph(diagram, lang, measure, { wrap: true }));
  return toScene(laidOut, diagram, lang);
}
