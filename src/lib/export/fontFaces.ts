/**
 * Which web-font files an exported SVG must carry. Pure: the caller reads the page's
 * `@font-face` rules and the diagram's text; this picks the files, as the browser would.
 */

/** One `@font-face` rule of the page, reduced to what an export needs. */
export interface FontFaceSource {
  /** Unquoted family name, e.g. `Vazirmatn`. */
  family: string;
  /** Numeric weight as text, e.g. `400`. */
  weight: string;
  style: string;
  /** The rule's unicode-range as written (`U+0600-06FF,U+200C-200E`); empty means every code point. */
  unicodeRange: string;
  /** Absolute URL of the file, and its format (`woff2`, `woff`, …). */
  url: string;
  format: string;
}

/** Inclusive code point ranges of a CSS unicode-range list; `U+4??` wildcards included. */
export function parseUnicodeRange(list: string): [number, number][] {
  if (!list.trim()) return [[0, 0x10ffff]];
  return list.split(',').flatMap((part): [number, number][] => {
    const m = /^\s*u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!m) return [];
    const [, a, b] = m as unknown as [string, string, string | undefined];
    if (a.includes('?')) return [[parseInt(a.replace(/\?/g, '0'), 16), parseInt(a.replace(/\?/g, 'f'), 16)]];
    return [[parseInt(a, 16), parseInt(b ?? a, 16)]];
  });
}

/** `normal` → 400, `bold` → 700; numbers as they are. */
export function numericWeight(w: string): number {
  if (w === 'normal' || w === '') return 400;
  if (w === 'bold') return 700;
  const n = Number.parseFloat(w);
  return Number.isFinite(n) ? n : 400;
}

/**
 * The faces of `family` that the text needs: for each weight in use (weight → its text), the
 * faces of the nearest available weight whose unicode-range covers at least one character.
 * In file order, without duplicates.
 * @example pickFontFaces(faces, 'Vazirmatn', new Map([['400', 'اگزوزوم'], ['700', 'MVB']]))
 *          // → arabic-400 and latin-700
 */
export function pickFontFaces(faces: FontFaceSource[], family: string, usage: Map<string, string>): FontFaceSource[] {
  const own = faces.filter((f) => f.family.toLowerCase() === family.toLowerCase() && f.style === 'normal');
  const weights = [...new Set(own.map((f) => numericWeight(f.weight)))];
  const picked = new Set<FontFaceSource>();
  for (const [weight, text] of usage) {
    if (!weights.length) break;
    const want = numericWeight(weight);
    const nearest = weights.reduce((best, w) => (Math.abs(w - want) < Math.abs(best - want) ? w : best));
    const points = new Set([...text].map((c) => c.codePointAt(0)!));
    for (const f of own) {
      if (numericWeight(f.weight) !== nearest) continue;
      const ranges = parseUnicodeRange(f.unicodeRange);
      if ([...points].some((p) => ranges.some(([lo, hi]) => p >= lo && p <= hi))) picked.add(f);
    }
  }
  return own.filter((f) => picked.has(f));
}

/**
 * The best file of a `src` descriptor for embedding: the first woff2, else the first url().
 * @example pickSource('url("a.woff2") format("woff2"), url("a.woff") format("woff")') // → { url: 'a.woff2', format: 'woff2' }
 */
export function pickSource(src: string): { url: string; format: string } | undefined {
  const all = [...src.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)(?:\s*format\(\s*["']?([\w-]+)["']?\s*\))?/g)].map((m) => {
    const url = m[1] ?? m[2] ?? m[3] ?? '';
    return { url, format: m[4] ?? url.split('.').pop()?.toLowerCase() ?? '' };
  });
  return all.find((s) => s.format === 'woff2') ?? all[0];
}

const MIME: Record<string, string> = { woff2: 'font/woff2', woff: 'font/woff', truetype: 'font/ttf', ttf: 'font/ttf', opentype: 'font/otf', otf: 'font/otf' };

/** An `@font-face` rule carrying its file as a base64 data: URI, so nothing is fetched from elsewhere. */
export function embeddedFontFace(f: FontFaceSource, base64: string): string {
  const range = f.unicodeRange.trim() ? ` unicode-range: ${f.unicodeRange.trim()};` : '';
  const mime = MIME[f.format] ?? 'application/octet-stream';
  return (
    `@font-face { font-family: "${f.family}"; font-style: ${f.style}; font-weight: ${f.weight};` +
    ` src: url(data:${mime};base64,${base64}) format("${f.format}");${range} }`
  );
}

/** Base64 of bytes, in chunks (a long spread into String.fromCharCode overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
