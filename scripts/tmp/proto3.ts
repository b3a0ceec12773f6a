import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutDiagram } from '../../src/lib/layout/layoutDiagram.ts';
import { createMeasure } from '../../src/lib/layout/measureText.ts';
import { loadContent } from '../../src/lib/model/loadContent.ts';
import { toCollapsedElkGraph } from '../../src/lib/layout/toCollapsedElkGraph.ts';
import { toScene } from '../../src/lib/layout/toScene.ts';
import { groupLabelWidths } from '../../src/lib/layout/toElkGraph.ts';

export async function main() {
  const c = loadContent('diagrams');
  const m = createMeasure();
  const elk = new ELK();
  const W = 790, H = 495;
  const fit = (s: { width: number; height: number }) => Math.min(W / s.width, H / s.height);
  for (const d of c.diagrams) for (const lang of ['en'] as const) {
    const base = await layoutDiagram(d, lang, m);
    const widths = groupLabelWidths(d, lang, m);
    const top = d.nodes.filter((n) => !n.parent && d.nodes.some((k) => k.parent === n.id)).map((n) => n.id);
    const out: string[] = [];
    for (const dir of ['RIGHT', 'DOWN']) for (const wrap of [false, true]) for (const tight of [false, true]) {
      const sc = { ...base, edges: base.edges.map(({ label, ...e }) => e) };
      const { graph, source } = toCollapsedElkGraph(sc, top, widths, { wrap });
      graph.layoutOptions = { ...graph.layoutOptions, 'elk.direction': dir, 'elk.aspectRatio': '1.6', ...(tight ? { 'elk.layered.spacing.nodeNodeBetweenLayers': '28', 'elk.spacing.nodeNode': '14', 'elk.padding': '[top=8,left=8,bottom=8,right=8]' } : {}) };
      const s = toScene(await elk.layout(graph), source, lang);
      out.push(`${dir[0]}${wrap ? 'w' : ''}${tight ? 't' : ''} ${fit(s).toFixed(2)} (${s.width.toFixed(0)}x${s.height.toFixed(0)})`);
    }
    console.log(d.id, `base ${fit(base).toFixed(2)} |`, out.join(' | '));
  }
}
