import { loadContent } from '../src/lib/model/loadContent.ts';
import { layoutDiagram } from '../src/lib/layout/layoutDiagram.ts';
import { createMeasure } from '../src/lib/layout/measureText.ts';
export async function main() {
  const c = loadContent('tests/fixtures/valid');
  const m = createMeasure();
  for (const lang of ['en','fa'] as const) {
    const s = await layoutDiagram(c.diagrams[0]!, lang, m);
    console.log(JSON.stringify(s));
  }
}
