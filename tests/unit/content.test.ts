import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/model/loadContent.ts';
import { citedIn } from '../../src/lib/model/parseRichText.ts';
import type { BilingualRich } from '../../src/lib/model/types.ts';

const content = loadContent('diagrams');
const persianStrings = (): [string, string][] => {
  const out: [string, string][] = [];
  const rich = (where: string, r?: BilingualRich) => r && out.push([where, r.fa.map((s) => (s.t === 'text' ? s.s : '')).join('')]);
  for (const d of content.diagrams) {
    out.push([`${d.id} title`, d.title.fa]);
    rich(`${d.id} summary`, d.summary);
    for (const n of d.nodes) {
      out.push([`${d.id}/${n.id} label`, n.label.fa]);
      rich(`${d.id}/${n.id} text`, n.text);
      rich(`${d.id}/${n.id} note`, n.note);
    }
    for (const e of d.edges) {
      if (e.label) out.push([`${d.id}/${e.id} label`, e.label.fa]);
      rich(`${d.id}/${e.id} text`, e.text);
    }
  }
  out.push(['article title', content.article.title.fa], ['article abstract', content.article.abstract.fa]);
  return out;
};

describe('the real content', () => {
  it('has the biogenesis diagram first with the pathway the article describes', () => {
    const bio = content.diagrams[0]!;
    expect(bio.id).toBe('biogenesis');
    const ids = new Set(bio.nodes.map((n) => n.id));
    for (const id of ['plasma-membrane', 'early-endosome', 'late-endosome', 'ilv', 'mvb', 'exosome', 'escrt']) expect(ids).toContain(id);
    const labels = bio.nodes.map((n) => n.label.en).join(' | ');
    for (const term of ['ESCRT-0', 'ESCRT-I', 'ESCRT-II', 'ESCRT-III', 'Vps4', 'TSG101', 'Alix', 'Hsc70', 'Hsp90', 'SNARE', 'Rab27a', 'Rab27b', 'Rab35', 'CD63', 'Microvesicles', 'Apoptotic bodies'])
      expect(labels).toContain(term);
  });

  it('writes Persian with Persian letters and Persian digits in prose', () => {
    for (const [where, s] of persianStrings()) {
      expect(/[\u064A\u0643\u0649]/.test(s), `${where}: Arabic ي/ك/ى`).toBe(false);
      expect(/[\u0660-\u0669]/.test(s), `${where}: Arabic-Indic digits`).toBe(false);
    }
  });

  it('cites the same references in both languages of every annotation', () => {
    for (const d of content.diagrams)
      for (const n of d.nodes) expect(citedIn(n.text.fa), `${d.id}/${n.id}`).toEqual(citedIn(n.text.en));
  });

  it('cites every one of the 72 references somewhere', () => {
    const cited = new Set<number>();
    for (const d of content.diagrams) {
      for (const n of citedIn(d.summary.en)) cited.add(n);
      for (const n of d.nodes) for (const r of n.refs) cited.add(r);
      for (const e of d.edges) for (const r of e.refs) cited.add(r);
    }
    expect(content.references.map((r) => r.n).filter((n) => !cited.has(n))).toEqual([]);
  });

  // The same entity must carry the same glossary id in every diagram, or the panel's
  // "in other diagrams" links miss it. Label patterns for the entities most diagrams share:
  it.each([
    ['mir-126', /^miR-126$/],
    ['mir-335', /^miR-335$/],
    ['clec11a', /^CLEC11A$/],
    ['lamp1', /^LAMP1\b/],
    ['tgfb1', /^TGFB1$/],
    ['il-10', /^IL-10$/],
    ['treg', /^Regulatory T cells$/i],
    ['osteocyte', /^Osteocytes?$/i],
    ['osteoblast', /^Osteoblasts?$/i],
    ['wnt', /^Wnt( pathway)?$/i],
    ['raf-erk', /^Raf\/ERK/],
    ['angiogenesis', /^Angiogenesis$/i],
  ])('names %s with the same term everywhere', (term, label) => {
    const found = content.diagrams.flatMap((d) => d.nodes.filter((n) => label.test(n.label.en)).map((n) => `${d.id}/${n.id}:${n.term ?? '(none)'}`));
    expect(found.length, `no node is labelled ${label}`).toBeGreaterThan(0);
    for (const f of found) expect(f.endsWith(`:${term}`), f).toBe(true);
  });

  it('has a summary with citations and a short tab label for every diagram', () => {
    for (const d of content.diagrams) {
      expect(citedIn(d.summary.en).length, d.id).toBeGreaterThan(0);
      expect(d.short.en.split(' ').filter((w) => /\w/.test(w)).length, d.id).toBeLessThanOrEqual(3);
    }
  });
});

