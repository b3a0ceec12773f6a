import realMerge from 'deepmerge/dist/cjs.js';
import { IntlMessageFormat as Real } from 'intl-messageformat/intl-messageformat.esm.js';
import { describe, expect, it } from 'vitest';
import ourMerge from '../../../src/lib/i18n/deepmerge.ts';
import { IntlMessageFormat as Ours } from '../../../src/lib/i18n/messageFormat.ts';
import en from '../../../src/lib/i18n/locales/en.json';
import fa from '../../../src/lib/i18n/locales/fa.json';

// Values for every placeholder a string names: text in one run, numbers in the other.
const values = (message: string, kind: 'text' | 'number') =>
  Object.fromEntries([...message.matchAll(/\{\s*([\w-]+)\s*\}/g)].map((m, i) => [m[1]!, kind === 'text' ? `«${m[1]}»` : i + 7]));

describe('messageFormat (svelte-i18n formats with it instead of intl-messageformat)', () => {
  const all = [...Object.entries(en).map(([k, v]) => ['en', k, v]), ...Object.entries(fa).map(([k, v]) => ['fa', k, v])] as const;
  it.each(all)('%s %s formats as intl-messageformat does', (lang, _key, message) => {
    for (const kind of ['text', 'number'] as const) {
      const v = values(message, kind);
      expect(new Ours(message).format(v)).toBe(new Real(message, lang).format(v));
    }
  });
  it('a missing value throws, as in intl-messageformat', () => {
    expect(() => new Real('Hello {name}', 'en').format({})).toThrow();
    expect(() => new Ours('Hello {name}').format({})).toThrow(/name/);
  });
  it('empty and falsy values format as intl-messageformat does', () => {
    for (const v of [0, '', undefined, null]) expect(new Ours('a{x}b').format({ x: v })).toBe(new Real('a{x}b', 'en').format({ x: v }));
    expect(new Ours('').format()).toBe('');
  });
  it('refuses what the subset cannot format', () => {
    expect(() => new Ours('{n, plural, one {# item} other {# items}}')).toThrow(/full ICU parser/);
  });
  it('resolves locales as intl-messageformat does', () => {
    for (const l of ['fa', 'en', 'en-GB', 'xx']) expect(String(Ours.resolveLocale(l))).toBe(String(Real.resolveLocale(l)));
  });
});

describe('deepmerge stand-in', () => {
  it('merges string tables as deepmerge.all does', () => {
    const parts = [{ a: '1', n: { x: '1', y: '2' }, list: ['a'] }, { b: '2', n: { y: '3', z: { q: '4' } }, list: ['b'] }, en, fa];
    expect(ourMerge.all(parts)).toEqual(realMerge.all(parts));
  });
  it('copies rather than shares, and takes no prototype from a key', () => {
    const src = { n: { x: '1' } };
    const out = ourMerge.all([{}, src]) as typeof src;
    expect(out.n).not.toBe(src.n);
    const evil = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"k": "v"}}');
    const merged = ourMerge.all([{}, evil]) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(merged.constructor).toEqual({ k: 'v' });
  });
});
