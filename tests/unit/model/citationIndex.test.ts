import { describe, expect, it } from 'vitest';
import { citationIndex } from '../../../src/lib/model/citationIndex.ts';
import { loadContent } from '../../../src/lib/model/loadContent.ts';

describe('citationIndex', () => {
  const c = loadContent('diagrams');
  const index = citationIndex(c);
  it('finds a place for every one of the 72 references', () => {
    const missing = c.references.filter((r) => !index[r.n]?.length).map((r) => r.n);
    expect(missing).toEqual([]);
  });
  it('points at real nodes of real diagrams', () => {
    for (const places of Object.values(index))
      for (const p of places) {
        const d = c.diagrams.find((x) => x.id === p.d)!;
        expect(d).toBeDefined();
        if (p.n) expect(d.nodes.some((n) => n.id === p.n)).toBe(true);
      }
  });
  it('lists a node that cites a reference, with its label', () => {
    const mvb = c.diagrams.find((d) => d.id === 'biogenesis')!.nodes.find((n) => n.id === 'mvb')!;
    for (const r of mvb.refs) expect(index[r]).toContainEqual(expect.objectContaining({ d: 'biogenesis', n: 'mvb', label: mvb.label }));
  });
});
