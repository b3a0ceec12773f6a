import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutDiagram } from '../../src/lib/layout/layoutDiagram.ts';
import { createMeasure } from '../../src/lib/layout/measureText.ts';
import { loadContent } from '../../src/lib/model/loadContent.ts';
import { toCollapsedElkGraph } from '../../src/lib/layout/toCollapsedElkGraph.ts';
import { toScene } from '../../src/lib/layout/toScene.ts';
import { groupLabelWidths } from '../../src/lib/layout/toElkGraph.ts';
import { LANGS } from '../../src/lib/model/types.ts';

export async function main() {
  const c = loadContent('diagrams');
  const m = createMeasure();
  const elk = new ELK();
  const W = 780, H = 440;
  const fit = (s: { width: number; height: number }) => Math.min(W / s.width, H / s.height);
  for (const d of c.diagrams) for (const lang of ['en'] as const) {
    const base = await layoutDiagram(d, lang, m);
    const widths = groupLabelWidths(d, lang, m);
    const top = d.nodes.filter((n) => !n.parent && d.nodes.some((k) => k.parent === n.id)).map((n) => n.id);
    const out: string[] = [];
    for (const [name, coll] of [['none', []], ['top', top]] as const) for (const aspect of ['1.4', '1.8']) for (const labels of [true, false]) {
      const sc = { ...base, edges: labels ? base.edges : base.edges.map(({ label, ...e }) => e) };
      const { graph, source } = toCollapsedElkGraph(sc, coll, widths, { wrap: true });
      graph.layoutOptions = { ...graph.layoutOptions, 'elk.aspectRatio': aspect };
      const s = toScene(await elk.layout(graph), source, lang);
      out.push(`${name}/${aspect}/${labels ? 'L' : '-'} ${fit(s).toFixed(2)}`);
    }
    console.log(d.id, `base ${fit(base).toFixed(2)} |`, out.join(' | '));
  }
}
