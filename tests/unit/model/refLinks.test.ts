import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { pubmedUrl } from '../../../src/lib/model/refLinks.ts';

const term = (u: string) => decodeURIComponent(new URL(u).searchParams.get('term')!);

describe('pubmedUrl', () => {
  it.each([
    [
      'Wu M, Chen G, Li Y-P. TGF-β and BMP signaling in osteoblast, skeletal development, and bone formation, homeostasis and disease. Bone Res 2016;4:1-21.',
      'TGF-β and BMP signaling in osteoblast, skeletal development, and bone formation, homeostasis and disease',
    ],
    ['Matsuo K, Irie N. Osteoclast–osteoblast communication. Arch Biochem Biophys. 2008;473:201–9.', 'Osteoclast–osteoblast communication'],
    ['Odd reference without sentences', 'Odd reference without sentences'],
  ])('searches PubMed for the title of %s', (printed, title) => {
    const u = pubmedUrl(printed);
    expect(u.startsWith('https://pubmed.ncbi.nlm.nih.gov/?term=')).toBe(true);
    expect(term(u)).toBe(title);
  });
  it('gives every one of the 72 references a PubMed address', () => {
    const refs = parse(readFileSync('diagrams/references.yaml', 'utf8')).references as { text: string }[];
    expect(refs).toHaveLength(72);
    for (const r of refs) expect(term(pubmedUrl(r.text)).length).toBeGreaterThan(10);
  });
});
