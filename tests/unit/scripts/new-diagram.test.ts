import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { main } from '../../../scripts/new-diagram.ts';
import { loadContent } from '../../../src/lib/model/loadContent.ts';

it('writes a starter diagram that validates and comes after the others', () => {
  const dir = mkdtempSync(join(tmpdir(), 'poster-new-'));
  cpSync('tests/fixtures/valid', dir, { recursive: true });
  main(['lecture-week-3', `--dir=${dir}`]);
  const c = loadContent(dir, dir);
  expect(c.diagrams.map((d) => d.id)).toEqual(['tiny', 'lecture-week-3']);
  const d = c.diagrams[1]!;
  expect(d.order).toBe(2);
  expect(d.nodes).toHaveLength(2);
  expect(d.edges).toHaveLength(1);
  expect(d.nodes[0]!.label.fa).not.toBe('');
});
