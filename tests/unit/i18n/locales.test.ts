import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/lib/i18n/locales/en.json';
import fa from '../../../src/lib/i18n/locales/fa.json';
import { EDGE_KINDS, NODE_KINDS } from '../../../src/lib/model/types.ts';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('interface strings', () => {
  it('Persian and English have the same keys, none empty', () => {
    expect(Object.keys(fa).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of [...Object.entries(en), ...Object.entries(fa)]) expect(v.trim(), k).not.toBe('');
  });
  it('Persian strings use Persian letters and no Arabic-Indic digits', () => {
    for (const [k, v] of Object.entries(fa)) expect(/[\u064A\u0643\u0660-\u0669]/.test(v), k).toBe(false);
  });
  it('every key used in the source exists, including kind and edge labels', () => {
    const used = new Set<string>();
    for (const f of files('src').filter((x) => /\.(svelte|ts)$/.test(x)))
      for (const m of readFileSync(f, 'utf8').matchAll(/\$_\(\s*'([a-zA-Z.-]+)'/g)) used.add(m[1]!);
    for (const k of NODE_KINDS) used.add(`kind.${k}`);
    for (const k of EDGE_KINDS) used.add(`edge.${k}`);
    const missing = [...used].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });
});
