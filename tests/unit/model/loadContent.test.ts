import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/model/contentError.ts';
import { loadContent } from '../../../src/lib/model/loadContent.ts';

describe('loadContent', () => {
  it('loads the real content: article, 72 references, diagrams in order', () => {
    const c = loadContent('diagrams');
    expect(c.references).toHaveLength(72);
    expect(c.references.map((r) => r.n)).toEqual(Array.from({ length: 72 }, (_, i) => i + 1));
    expect(c.diagrams[0]!.id).toBe('biogenesis');
    expect(c.article.volume).toBe(35);
    const orders = c.diagrams.map((d) => d.order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
  });

  it('fails with the file name on invalid YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poster-'));
    cpSync('tests/fixtures/valid', dir, { recursive: true });
    writeFileSync(join(dir, 'tiny.yaml'), 'id: tiny\nnodes: [\n');
    expect(() => loadContent(dir, dir)).toThrowError(/tiny\.yaml › file: is not valid YAML at line/);
  });

  it('collects problems across files into one error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poster-'));
    cpSync('tests/fixtures/valid', dir, { recursive: true });
    writeFileSync(join(dir, 'second.yaml'), 'id: second\norder: 1\ntitle: { en: X, fa: ایکس }\nshort: { en: X, fa: ایکس }\nsummary: { en: "x [1]", fa: "x [1]" }\nnodes:\n  - { id: a, kind: cell, label: { en: A, fa: الف }, text: { en: "a [99]", fa: "a [99]" } }\n');
    writeFileSync(join(dir, 'third.yaml'), 'id: third\norder: 1\ntitle: { en: X, fa: ایکس }\nshort: { en: X, fa: ایکس }\nsummary: { en: "x [1]", fa: "x [1]" }\nnodes:\n  - { id: a, kind: cell, label: { en: A, fa: الف }, text: { en: "a [1]", fa: "a [1]" } }\n');
    try {
      loadContent(dir, dir);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      const msg = (e as Error).message;
      expect(msg).toContain('second.yaml › node "a": cites reference 99');
      expect(msg).toContain('order 1 is also used by');
    }
  });
});
