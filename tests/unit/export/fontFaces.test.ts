import { describe, expect, it } from 'vitest';
import {
  embeddedFontFace,
  numericWeight,
  parseUnicodeRange,
  pickFontFaces,
  pickSource,
  toBase64,
  type FontFaceSource,
} from '../../../src/lib/export/fontFaces.ts';

// The ranges @fontsource/vazirmatn declares (shortened): Arabic, Latin.
const ARABIC = 'U+0600-06FF,U+0750-077F,U+200C-200E,U+FB50-FDFF,U+FE70-FE74';
const LATIN = 'U+0000-00FF,U+0131,U+2000-206F,U+2212';
const face = (subset: string, weight: string, unicodeRange: string): FontFaceSource => ({
  family: 'Vazirmatn',
  weight,
  style: 'normal',
  unicodeRange,
  url: `https://poster.test/assets/vazirmatn-${subset}-${weight}.woff2`,
  format: 'woff2',
});
const FACES = [face('arabic', '400', ARABIC), face('latin', '400', LATIN), face('arabic', '700', ARABIC), face('latin', '700', LATIN)];
const names = (fs: FontFaceSource[]) => fs.map((f) => f.url.replace(/^.*vazirmatn-|\.woff2$/g, ''));

describe('parseUnicodeRange', () => {
  it.each([
    ['U+0600-06FF', [[0x600, 0x6ff]]],
    ['U+0131, U+2000-206F', [[0x131, 0x131], [0x2000, 0x206f]]],
    ['u+4??', [[0x400, 0x4ff]]],
    ['', [[0, 0x10ffff]]],
    ['U+zz, U+41', [[0x41, 0x41]]], // a malformed part is skipped, not fatal
  ])('%s', (input, expected) => {
    expect(parseUnicodeRange(input)).toEqual(expected);
  });
});

describe('numericWeight', () => {
  it.each([
    ['normal', 400],
    ['bold', 700],
    ['600', 600],
    ['', 400],
  ])('%s → %d', (w, n) => expect(numericWeight(w)).toBe(n));
});

describe('pickFontFaces', () => {
  it.each<[string, [string, string][], string[]]>([
    ['Persian labels only: the Arabic subset', [['400', 'اجسام']], ['arabic-400']],
    // ZWNJ is in both files' ranges; which one the browser takes is its choice, so both travel.
    ['a half-space: both files that cover it', [['400', 'اگزوزوم\u200cها']], ['arabic-400', 'latin-400']],
    // A space or a Latin run in a Persian label needs the Latin file too (LRI/PDI sit in U+2000-206F).
    ['Persian with a Latin term', [['400', 'اجسام \u2066MVB\u2069']], ['arabic-400', 'latin-400']],
    ['English groups in bold', [['400', 'Exosome'], ['700', 'Plasma membrane']], ['latin-400', 'latin-700']],
    ['both weights, both scripts (in file order)', [['700', 'غشا'], ['400', 'CD63']], ['latin-400', 'arabic-700']],
    ['a weight with no file of its own takes the nearest (600 → 700)', [['600', 'MVB']], ['latin-700']],
    ['no text, no files', [], []],
  ])('%s', (_, usage, expected) => {
    expect(names(pickFontFaces(FACES, 'Vazirmatn', new Map(usage)))).toEqual(expected);
  });
  it('ignores other families and italics', () => {
    const other = { ...face('latin', '400', LATIN), family: 'Other' };
    const italic = { ...face('latin', '400', LATIN), style: 'italic', url: 'https://poster.test/italic.woff2' };
    expect(names(pickFontFaces([other, italic, ...FACES], 'vazirmatn', new Map([['400', 'A']])))).toEqual(['latin-400']);
  });
});

describe('pickSource', () => {
  it.each([
    ['url("./a-400.woff2") format("woff2"), url("./a-400.woff") format("woff")', { url: './a-400.woff2', format: 'woff2' }],
    ["url('b.woff') format('woff'), url(b.woff2) format('woff2')", { url: 'b.woff2', format: 'woff2' }],
    ['url(/fonts/c.ttf)', { url: '/fonts/c.ttf', format: 'ttf' }],
    ['local("Vazirmatn")', undefined],
  ])('%s', (src, expected) => expect(pickSource(src)).toEqual(expected));
});

describe('embeddedFontFace', () => {
  it('carries the file as a data: URI with its range and weight', () => {
    const css = embeddedFontFace(face('arabic', '700', ARABIC), 'AAEC');
    expect(css).toContain('font-family: "Vazirmatn"');
    expect(css).toContain('font-weight: 700');
    expect(css).toContain('src: url(data:font/woff2;base64,AAEC) format("woff2")');
    expect(css).toContain(`unicode-range: ${ARABIC}`);
    expect(css).not.toMatch(/https?:/);
  });
});

describe('toBase64', () => {
  it.each([0, 1, 2, 3, 100_000])('matches Node for %d bytes (long inputs in chunks)', (n) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 7919) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
