import { describe, expect, it } from 'vitest';
import { readUrl, writeUrl } from '../../../src/lib/viewer/url.ts';
import { centreOn, FIT, meet, onScreen, visibleArea, visibleScene } from '../../../src/lib/viewer/fit.ts';

const ids = ['biogenesis', 'remodeling'];

describe('readUrl', () => {
  it.each([
    ['', undefined, { diagram: 'biogenesis', node: undefined, lang: 'fa', step: undefined }],
    ['?d=remodeling&n=osteoclast&lang=en', undefined, { diagram: 'remodeling', node: 'osteoclast', lang: 'en', step: undefined }],
    ['?lang=en', 'fa', { diagram: 'biogenesis', node: undefined, lang: 'en', step: undefined }],
    ['', 'en', { diagram: 'biogenesis', node: undefined, lang: 'en', step: undefined }],
    ['?d=nope&n=mvb', undefined, { diagram: 'biogenesis', node: undefined, lang: 'fa', step: undefined }],
    ['?n=mvb', undefined, { diagram: 'biogenesis', node: undefined, lang: 'fa', step: undefined }],
    ['?d=biogenesis&n=<script>alert(1)</script>&lang=xx', 'de', { diagram: 'biogenesis', node: undefined, lang: 'fa', step: undefined }],
    ['?d=biogenesis&n=' + 'a'.repeat(500), undefined, { diagram: 'biogenesis', node: undefined, lang: 'fa', step: undefined }],
    ['?d=%E0%A4%A&lang=%', undefined, { diagram: 'biogenesis', node: undefined, lang: 'fa', step: undefined }],
    ['?d=biogenesis&d=remodeling&lang=en&lang=fa', undefined, { diagram: 'biogenesis', node: undefined, lang: 'en', step: undefined }],
    ['?d=remodeling&step=3', undefined, { diagram: 'remodeling', node: undefined, lang: 'fa', step: 3 }],
    ['?d=remodeling&step=-1', undefined, { diagram: 'remodeling', node: undefined, lang: 'fa', step: undefined }],
    ['?d=remodeling&step=1e3', undefined, { diagram: 'remodeling', node: undefined, lang: 'fa', step: undefined }],
    ['?d=overview&step=2', undefined, { diagram: 'overview', node: undefined, lang: 'fa', step: undefined }],
    ['?d=overview&n=mvb&lang=en', undefined, { diagram: 'overview', node: undefined, lang: 'en', step: undefined }],
  ])('%s (remembered %s)', (search, remembered, expected) => {
    expect(readUrl(search, ids, remembered)).toEqual(expected);
  });
});

describe('writeUrl', () => {
  it('writes the view and keeps unrelated parameters', () => {
    expect(writeUrl({ diagram: 'remodeling', node: 'rank', lang: 'en' }, '?mode=kiosk&n=old')).toBe('?mode=kiosk&n=rank&d=remodeling&lang=en');
    expect(writeUrl({ diagram: 'biogenesis', lang: 'fa' }, '?n=old')).toBe('?d=biogenesis&lang=fa');
    expect(writeUrl({ diagram: 'biogenesis', lang: 'fa', step: 2 }, '?mode=present')).toBe('?mode=present&d=biogenesis&lang=fa&step=2');
    expect(writeUrl({ diagram: 'biogenesis', lang: 'fa' }, '?step=4')).toBe('?d=biogenesis&lang=fa');
  });
  it('round-trips through readUrl', () => {
    const s = { diagram: 'remodeling', node: 'rank', lang: 'en' } as const;
    expect(readUrl(writeUrl(s, ''), ids)).toEqual(s);
  });
});

describe('meet, onScreen, centreOn', () => {
  it('fits a viewBox into an element, centred', () => {
    expect(meet(200, 100, 400, 400)).toEqual({ s: 2, ox: 0, oy: 100 });
  });
  it('maps a scene box to the screen and back to a centring view', () => {
    const m = meet(200, 100, 400, 400);
    const box = { x: 10, y: 20, w: 30, h: 10 };
    expect(onScreen(box, FIT, m)).toEqual({ x: 20, y: 140, w: 60, h: 20 });
    const v = centreOn(box, 2, { x: 0, y: 0, w: 400, h: 400 }, m);
    const r = onScreen(box, v, m);
    expect(r.x + r.w / 2).toBeCloseTo(200, 9);
    expect(r.y + r.h / 2).toBeCloseTo(200, 9);
    expect(r.w).toBeCloseTo(120, 9);
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

describe('visibleScene', () => {
  it('is the whole viewBox (plus letterbox) at fit, and a quarter of it at 2× zoom', () => {
    const m = meet(200, 100, 400, 400);
    expect(visibleScene(FIT, m, 400, 400)).toEqual({ x: 0, y: -50, w: 200, h: 200 });
    const r = visibleScene({ k: 2, x: -100, y: -50 }, meet(200, 100, 200, 100), 200, 100);
    expect(r).toEqual({ x: 50, y: 25, w: 100, h: 50 });
  });
});

describe('collapsed groups in the URL (&c=)', () => {
  it.each([
    ['?d=biogenesis&c=escrt,snare-machinery', ['escrt', 'snare-machinery']],
    ['?d=biogenesis&c=escrt,escrt,,Bad_Id,<b>', ['escrt']],
    ['?d=biogenesis&c=', undefined],
    // "-": explicitly nothing folded (the whole diagram, even where a small screen opens the overview).
    ['?d=biogenesis&c=-', []],
    ['?d=overview&c=-', undefined],
    ['?c=-', undefined],
    // Only for the diagram the URL names, and never on the title view.
    ['?c=escrt', undefined],
    ['?d=overview&c=escrt', undefined],
    ['?d=biogenesis&c=' + 'a,'.repeat(400), undefined],
    ['?d=biogenesis&c=' + Array.from({ length: 100 }, (_, i) => `g${i}`).join(','), Array.from({ length: 60 }, (_, i) => `g${i}`)],
  ])('%s → %o', (search, collapsed) => {
    expect(readUrl(search, ids).collapsed).toEqual(collapsed);
  });
  it('writes them with bare commas, writes - for explicitly none, and drops the parameter for the screen’s default', () => {
    expect(writeUrl({ diagram: 'biogenesis', lang: 'en', collapsed: ['escrt', 'snare-machinery'] }, '?c=old')).toBe('?c=escrt,snare-machinery&d=biogenesis&lang=en');
    expect(writeUrl({ diagram: 'biogenesis', lang: 'en' }, '?c=old&n=x')).toBe('?d=biogenesis&lang=en');
    expect(writeUrl({ diagram: 'biogenesis', lang: 'en', collapsed: [] }, '?c=old')).toBe('?c=-&d=biogenesis&lang=en');
    expect(readUrl('?c=-&d=biogenesis&lang=en', ids).collapsed).toEqual([]);
    const s = { diagram: 'biogenesis', lang: 'en', collapsed: ['escrt'] } as const;
    expect(readUrl(writeUrl({ ...s, collapsed: [...s.collapsed] }, ''), ids)).toEqual(s);
  });
});
