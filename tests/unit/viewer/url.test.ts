import { describe, expect, it } from 'vitest';
import { readUrl, writeUrl } from '../../../src/lib/viewer/url.ts';
import { fitView, visibleArea } from '../../../src/lib/viewer/fit.ts';

const ids = ['biogenesis', 'remodeling'];

describe('readUrl', () => {
  it.each([
    ['', undefined, { diagram: 'biogenesis', node: undefined, lang: 'fa' }],
    ['?d=remodeling&n=osteoclast&lang=en', undefined, { diagram: 'remodeling', node: 'osteoclast', lang: 'en' }],
    ['?lang=en', 'fa', { diagram: 'biogenesis', node: undefined, lang: 'en' }],
    ['', 'en', { diagram: 'biogenesis', node: undefined, lang: 'en' }],
    ['?d=nope&n=mvb', undefined, { diagram: 'biogenesis', node: undefined, lang: 'fa' }],
    ['?n=mvb', undefined, { diagram: 'biogenesis', node: undefined, lang: 'fa' }],
    ['?d=biogenesis&n=<script>alert(1)</script>&lang=xx', 'de', { diagram: 'biogenesis', node: undefined, lang: 'fa' }],
    ['?d=biogenesis&n=' + 'a'.repeat(500), undefined, { diagram: 'biogenesis', node: undefined, lang: 'fa' }],
    ['?d=%E0%A4%A&lang=%', undefined, { diagram: 'biogenesis', node: undefined, lang: 'fa' }],
    ['?d=biogenesis&d=remodeling&lang=en&lang=fa', undefined, { diagram: 'biogenesis', node: undefined, lang: 'en' }],
  ])('%s (remembered %s)', (search, remembered, expected) => {
    expect(readUrl(search, ids, remembered)).toEqual(expected);
  });
});

describe('writeUrl', () => {
  it('writes the view and keeps unrelated parameters', () => {
    expect(writeUrl({ diagram: 'remodeling', node: 'rank', lang: 'en' }, '?mode=kiosk&n=old')).toBe('?mode=kiosk&n=rank&d=remodeling&lang=en');
    expect(writeUrl({ diagram: 'biogenesis', lang: 'fa' }, '?n=old')).toBe('?d=biogenesis&lang=fa');
  });
  it('round-trips through readUrl', () => {
    const s = { diagram: 'remodeling', node: 'rank', lang: 'en' } as const;
    expect(readUrl(writeUrl(s, ''), ids)).toEqual(s);
  });
});

describe('fitView', () => {
  it('centres a box and limits magnification', () => {
    expect(fitView({ x: 0, y: 0, w: 100, h: 50 }, { w: 232, h: 132 }, 16, 10)).toEqual({ k: 2, x: 16, y: 16 });
    expect(fitView({ x: 0, y: 0, w: 10, h: 10 }, { w: 1000, h: 1000 }, 0, 1.6).k).toBe(1.6);
  });
});

describe('visibleArea', () => {
  it('leaves the inline start free beside the panel, mirrored in Persian', () => {
    expect(visibleArea(1600, 900, false)).toEqual({ x: 0, y: 0, w: 1600 - 416, h: 900 });
    expect(visibleArea(1600, 900, true)).toEqual({ x: 416, y: 0, w: 1600 - 416, h: 900 });
  });
  it('leaves the top free above the bottom sheet on narrow screens', () => {
    const a = visibleArea(400, 800, true);
    expect([a.x, a.y, a.w]).toEqual([0, 0, 400]);
    expect(a.h).toBeCloseTo(360, 6);
  });
});
