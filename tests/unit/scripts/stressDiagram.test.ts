import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { stressDiagram } from '../../../scripts/stressDiagram.ts';
import { loadContent } from '../../../src/lib/model/loadContent.ts';

it.each([
  [300, 14, 20],
  [31, 14, 3],
  [2, 14, 1],
])('a generated stress diagram of %i nodes (%i per group) validates, with %i groups', (total, perGroup, groups) => {
  const dir = mkdtempSync(join(tmpdir(), 'poster-stress-'));
  cpSync('tests/fixtures/valid', dir, { recursive: true });
  writeFileSync(join(dir, 'stress.yaml'), stressDiagram('stress', 99, total, perGroup));
  const d = loadContent(dir, dir).diagrams.find((x) => x.id === 'stress')!;
  expect(d.nodes).toHaveLength(total);
  expect(d.nodes.filter((n) => n.kind === 'group')).toHaveLength(groups);
  expect(d.edges.length).toBeGreaterThanOrEqual(total - groups - 1);
  expect(d.nodes[1]!.label.fa).toBe('گره آزمون ۱');
});
