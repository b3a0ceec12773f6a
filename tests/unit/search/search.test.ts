import { describe, expect, it } from 'vitest';
import { prepareIndex, search, type SearchDoc } from '../../../src/lib/search/search.ts';

const doc = (n: string, en: string, fa: string, text = { en: '', fa: '' }): SearchDoc => ({
  d: 'x',
  n,
  diagram: { en: 'X', fa: 'ایکس' },
  label: { en, fa },
  text,
});
const index = prepareIndex([
  doc('rankl', 'RANKL', 'RANKL'),
  doc('rank', 'RANK', 'گیرنده RANK'),
  doc('mir126', 'miR-126', 'miR-126', { en: 'Raises angiogenesis [38].', fa: 'رگ‌زایی را افزایش می‌دهد [38].' }),
  doc('exo', 'Exosome', 'اگزوزوم'),
  doc('exos', 'Exosome contents', 'محتویات اگزوزوم', { en: 'What exosomes carry.', fa: 'آنچه اگزوزوم‌ها حمل می‌کنند.' }),
  doc('epc', 'EPC exosomes', 'اگزوزوم‌های EPC', { en: 'They carry miR-126.', fa: 'حامل miR-126 هستند.' }),
]);
const ids = (q: string, lang: 'fa' | 'en' = 'en') => search(index, q, lang).map((h) => h.doc.n);

describe('search ranking', () => {
  it('puts the whole-label match first', () => {
    expect(ids('rank')[0]).toBe('rank');
    expect(ids('rankl')).toEqual(['rankl']);
  });
  it('finds Latin terms without case or hyphen', () => {
    expect(ids('mir126')[0]).toBe('mir126');
    expect(ids('MIR-126')).toEqual(['mir126', 'epc']);
  });
  it('finds Persian in every spelling of the half-space', () => {
    for (const q of ['اگزوزومها', 'اگزوزوم‌ها', 'اگزوزوم ها']) expect(ids(q, 'fa'), q).toContain('epc');
    expect(ids('اگزوزوم', 'fa')[0]).toBe('exo');
  });
  it('ranks label matches above annotation matches and highlights the original text', () => {
    const hits = search(index, 'angiogenesis', 'en');
    expect(hits.map((h) => h.doc.n)).toEqual(['mir126']);
    const h = hits[0]!;
    expect(h.field).toBe('text');
    expect(h.shown.slice(h.marks[0]![0], h.marks[0]![1])).toBe('angiogenesis');
    const fa = search(index, 'اگزوزوم ها', 'fa').find((x) => x.doc.n === 'epc')!;
    expect(fa.shown.slice(fa.marks[0]![0], fa.marks[0]![1])).toBe('اگزوزوم‌ها');
  });
  it('returns nothing for an empty or punctuation-only query', () => {
    expect(ids('')).toEqual([]);
    expect(ids(' - ')).toEqual([]);
  });
});
