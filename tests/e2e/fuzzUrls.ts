/**
 * Generated query strings for tests/e2e/fuzz.spec.ts: a seeded PRNG, so a failure reproduces
 * with the same seed (FUZZ_SEED=<n>). Markup payloads carry the class `fz` or the tag `fz-x`
 * so the test can look for them in the page.
 */

/** mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MARKUP = [
  '<script class="fz">alert(1)</script>',
  '"><img class="fz" src=x onerror=alert(1)>',
  "'><svg class=fz onload=alert(1)>",
  '<fz-x>',
  '</title><script class=fz>alert(1)</script>',
  '<iframe class=fz src="javascript:alert(1)"></iframe>',
  '<style class=fz>*{display:none}</style>',
  '<a class=fz href="javascript:alert(1)">x</a>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '&lt;b class=fz&gt;',
];
const BROKEN_PERCENT = ['%', '%%', '%E0%A4%A', '%ZZ', '%C0%AF', '%FF%FE', '%uD800', '%2', '%0', '%00', '%25%', '%%32%35'];
const ODD = ['', ' ', '\u202e', '\u200c', 'اگزوزوم', 'ي', '😀', '\t', '..', '../../etc/passwd', 'null', 'undefined', 'NaN', '-1', '0', '1e9', '0x10', '__proto__', 'constructor', 'toString'];
const KEYS = ['d', 'n', 'lang', 'mode', 'embed', 'step', 'idle', 'warn', 'dwell', 'start', 'langs', 'both', 'origin'];
const JUNK_KEYS = ['', 'D', 'lang ', 'd[]', '__proto__', 'constructor', 'n[0]', 'x', 'fbclid', 'utm_source', '%64', 'd%00'];

export interface FuzzIds {
  diagrams: string[];
  /** Node ids per diagram id. */
  nodes: Record<string, string[]>;
}

/** `count` query strings, each starting with `?`. */
export function fuzzQueries(seed: number, count: number, ids: FuzzIds): string[] {
  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => rnd() < p;
  const allNodes = Object.values(ids.nodes).flat();

  const huge = () => pick(['a', 'mvb-', '%41', '<', 'ی', 'biogenesis&d=']).repeat(40 + int(chance(0.2) ? 20000 : 400));
  const junk = (): string => {
    const r = rnd();
    if (r < 0.25) return pick(MARKUP);
    if (r < 0.4) return pick(BROKEN_PERCENT);
    if (r < 0.55) return huge();
    if (r < 0.75) return pick(ODD);
    return Array.from({ length: 1 + int(12) }, () => String.fromCharCode(32 + int(0x600))).join('');
  };
  const value = (key: string): string => {
    if (chance(0.35)) return junk();
    switch (key) {
      case 'd':
        return pick([...ids.diagrams, ...ids.diagrams, 'overview', 'Biogenesis', 'nope', `${pick(ids.diagrams)} `]);
      case 'n':
        return chance(0.7) ? pick(allNodes) : pick(['no-such-node', 'MVB', 'mvb-', '-mvb', 'a--b']);
      case 'lang':
      case 'langs':
        return pick(['fa', 'en', 'fa', 'en', 'EN', 'fa-IR', 'de', 'en,fa', 'fa,fa', ',']);
      case 'mode':
        return pick(['kiosk', 'present', 'normal', 'KIOSK', 'embed']);
      case 'embed':
      case 'both':
        return pick(['1', 'true', '0', 'yes']);
      case 'step':
        return pick(['0', '1', '2', '3', '999', '1000', '-1', '01', ' 2', '1.5', '1e2']);
      case 'idle':
      case 'warn':
      case 'dwell':
        return pick(['1', '10', '30', '90', '3600', '99999', '-5', '08', '1e3']);
      case 'start':
        return pick([...ids.diagrams, 'overview', 'none']);
      case 'origin':
        return pick(['https://course.example', 'http://127.0.0.1:1', 'https://course.example/path', 'null', 'file:///etc', 'data:text/html,x', '*']);
      default:
        return junk();
    }
  };
  const encode = (s: string) => {
    const r = rnd();
    if (r < 0.45) return encodeURIComponent(s);
    if (r < 0.55) return encodeURIComponent(encodeURIComponent(s));
    return s; // raw: &, =, # and % inside a value break the structure, as a hand-typed URL would
  };

  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const params: string[] = [];
    const n = chance(0.05) ? 20 + int(200) : 1 + int(6);
    // Both languages, evenly: most queries say which.
    if (chance(0.8)) params.push(`lang=${i % 2 ? 'en' : 'fa'}`);
    for (let k = 0; k < n; k++) {
      const key = chance(0.88) ? pick(KEYS) : pick(JUNK_KEYS);
      const form = rnd();
      if (form < 0.05) params.push(encode(key)); // a key with no =
      else if (form < 0.08) params.push(`${key}==${encode(value(key))}`);
      else params.push(`${encode(key)}=${encode(value(key))}`);
    }
    // Repeated keys: the same key again, earlier or later.
    if (chance(0.25)) {
      const key = pick(['d', 'n', 'lang', 'step', 'mode']);
      params.splice(int(params.length + 1), 0, `${key}=${encode(value(key))}`);
    }
    for (let k = params.length - 1; k > 0; k--) {
      const j = int(k + 1);
      [params[k], params[j]] = [params[j]!, params[k]!];
    }
    const sep = chance(0.1) ? pick(['&&', ';', '&amp;', '&=&']) : '&';
    out.push(`?${chance(0.05) ? '?' : ''}${params.join(sep)}${chance(0.05) ? `#${encode(junk())}` : ''}`);
  }
  return out;
}
