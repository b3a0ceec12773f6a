import { describe, expect, it } from 'vitest';
import { citedIn, parseRichText } from '../../../src/lib/model/parseRichText.ts';
import { splitLatinRuns } from '../../../src/lib/model/latinRuns.ts';

describe('parseRichText', () => {
  it.each([
    ['plain', 'No citation here.', [{ t: 'text', s: 'No citation here.' }]],
    ['one', 'Budding [19].', [{ t: 'text', s: 'Budding ' }, { t: 'cite', refs: [19] }, { t: 'text', s: '.' }]],
    ['pair with Persian comma', 'جوانه‌زدن [19، 21]', [{ t: 'text', s: 'جوانه‌زدن ' }, { t: 'cite', refs: [19, 21] }]],
    ['folded whitespace', 'a\n  b [1]', [{ t: 'text', s: 'a b ' }, { t: 'cite', refs: [1] }]],
    ['brackets that are not citations stay text', 'size [nm] [17]', [{ t: 'text', s: 'size [nm] ' }, { t: 'cite', refs: [17] }]],
  ])('%s', (_n, input, expected) => {
    expect(parseRichText(input)).toEqual(expected);
  });
  it('lists cited numbers', () => expect(citedIn(parseRichText('a [1, 2] b [3]'))).toEqual([1, 2, 3]));
});

describe('splitLatinRuns', () => {
  it.each([
    ['پروتئین SNARE و Rab27a', ['پروتئین ', '|SNARE', ' و ', '|Rab27a']],
    ['ESCRT-III', ['|ESCRT-III']],
    ['مسیر Raf/ERK و miR-126 (EPCs)', ['مسیر ', '|Raf/ERK', ' و ', '|miR-126', ' (', '|EPCs', ')']],
    ['اگزوزوم‌ها', ['اگزوزوم‌ها']],
  ])('%s', (input, expected) => {
    expect(splitLatinRuns(input).map((r) => (r.latin ? '|' : '') + r.s)).toEqual(expected);
  });
});
