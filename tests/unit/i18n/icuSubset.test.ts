import { parse as fullParse } from '@formatjs/icu-messageformat-parser/lib/index.js';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/lib/i18n/icuSubset.ts';
import en from '../../../src/lib/i18n/locales/en.json';
import fa from '../../../src/lib/i18n/locales/fa.json';

describe('icuSubset.parse', () => {
  it.each([...Object.entries(en), ...Object.entries(fa)])('parses %s exactly as the full ICU parser does', (_key, message) => {
    expect(parse(message)).toEqual(fullParse(message));
  });
  it.each(['{n, plural, one {# item} other {# items}}', 'a <b>bold</b> word', "'{'quoted'}'"])('refuses what needs the full parser: %s', (m) => {
    expect(() => parse(m)).toThrow(/full ICU parser/);
  });
});
