import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutDiagram } from '../../src/lib/layout/layoutDiagram.ts';
import { createMeasure } from '../../src/lib/layout/measureText.ts';
import { loadContent } from '../../src/lib/model/loadContent.ts';
import { relayoutScene } from '../../src/lib/layout/relayoutScene.ts';
import { groupLabelWidths } from '../../src/lib/layout/toElkGraph.ts';
import { LANGS } from '../../src/lib/model/types.ts';

export async function main() {
  const c = loadContent('diagrams');
  const m = createMeasure();
  const elk = new ELK();
  const W = 780, H = 440;
  const fit = (s: { width: number; height: number }) => Math.min(W / s.width, H / s.height);
  for (const d of c.diagrams) for (const lang of LANGS) {
    const base = await layoutDiagram(d, lang, m);
    const widths = groupLabelWidths(d, lang, m);
    const top = d.nodes.filter((n) => !n.parent && d.nodes.some((k) => k.parent === n.id)).map((n) => n.id);
    const all = [...new Set(d.nodes.flatMap((n) => (n.parent ? [n.parent] : [])))];
    const ctop = await relayoutScene(elk, { scene: base, collapsed: top, labelWidths: widths });
    console.log(d.id, lang, `base ${base.width.toFixed(0)}x${base.height.toFixed(0)} k=${fit(base).toFixed(2)}`, `top(${top.length}) ${ctop.width.toFixed(0)}x${ctop.height.toFixed(0)} k=${fit(ctop).toFixed(2)} nodes=${ctop.nodes.length}`);
  }
}
