import { describe, expect, it } from 'vitest';
import { fold, normalize } from '../../../src/lib/search/normalize.ts';

describe('normalize: spellings that must match', () => {
  it.each([
    ['اگزوزوم‌ها', 'اگزوزومها'],
    ['اگزوزوم ها', 'اگزوزوم‌ها'],
    ['سلول‌هاي', 'سلول‌های'],
    ['استئوكلاست', 'استئوکلاست'],
    ['مي‌شود', 'می‌شود'],
    ['۴۰', '40'],
    ['٤٠', '40'],
    ['اگزوزوم‌ــها', 'اگزوزومها'],
    ['mir126', 'miR-126'],
    ['MIR-126', 'miR-126'],
    ['escrt iii', 'ESCRT-III'],
    ['raf erk', 'Raf/ERK'],
    ['β-catenin', 'β catenin'],
  ])('%s ~ %s', (a, b) => {
    expect(normalize(a)).toBe(normalize(b));
  });
});

describe('normalize: near misses that must not match', () => {
  it.each([
    ['miR-126', 'miR-128'],
    ['RANK', 'RANKL'],
    ['ESCRT-II', 'ESCRT-III'],
    ['استئوبلاست', 'استئوکلاست'],
    ['CD63', 'CD81'],
  ])('%s ≠ %s', (a, b) => {
    expect(normalize(a)).not.toBe(normalize(b));
  });
});

describe('fold', () => {
  it('maps every folded character back to its original position', () => {
    const f = fold('miR-126 و اگزوزوم‌ها');
    expect(f.text).toBe('mir126واگزوزومها');
    expect(f.from.map((i) => 'miR-126 و اگزوزوم‌ها'[i]).join('')).toBe('miR126واگزوزومها');
  });
});
