import { describe, expect, it } from 'vitest';
import { attr, embedSnippets, embedUrl } from '../../../src/lib/embed/snippets.ts';

const view = { base: 'https://poster.example/ex/', diagram: 'remodeling', node: 'osteoclast', lang: 'en', title: 'Exosome Poster: Bone remodelling', size: 'medium' } as const;

describe('embedSnippets', () => {
  it('writes the iframe for the view, at the preset size', () => {
    expect(embedSnippets(view).iframe).toBe(
      '<iframe src="https://poster.example/ex/?embed=1&amp;d=remodeling&amp;n=osteoclast&amp;lang=en" title="Exosome Poster: Bone remodelling" ' +
        'width="800" height="600" loading="lazy" style="border: 0; max-width: 100%"></iframe>',
    );
  });
  it('writes the web component beside its script', () => {
    expect(embedSnippets({ ...view, size: 'small' }).component).toBe(
      '<script type="module" src="https://poster.example/ex/exosome-poster.js"></script>\n' +
        '<exosome-poster diagram="remodeling" node="osteoclast" lang="en" height="360" label="Exosome Poster: Bone remodelling"></exosome-poster>',
    );
  });
  it('as a guided tour: classroom mode from the first step, whatever node is open', () => {
    const s = embedSnippets({ ...view, tour: true });
    expect(s.iframe).toContain('src="https://poster.example/ex/?embed=1&amp;mode=present&amp;d=remodeling&amp;lang=en"');
    expect(s.component).toContain('<exosome-poster diagram="remodeling" lang="en" tour height="600"');
    expect(s.component).not.toContain('node=');
  });
  it('leaves out a node when none is open', () => {
    const s = embedSnippets({ ...view, node: undefined });
    expect(s.iframe).not.toContain('n=');
    expect(s.component).not.toContain('node=');
  });
  it.each([
    ['small', 'width="480" height="360"', 'height="360"'],
    ['medium', 'width="800" height="600"', 'height="600"'],
    ['large', 'width="1200" height="800"', 'height="800"'],
  ] as const)('size %s', (size, frame, component) => {
    const s = embedSnippets({ ...view, size });
    expect(s.iframe).toContain(frame);
    expect(s.component).toContain(component);
  });
  it('escapes a title that would break out of its attribute', () => {
    const s = embedSnippets({ ...view, title: '"><script>alert(1)</script> & co' });
    for (const code of [s.iframe, s.component]) {
      expect(code).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
      expect(code).not.toContain('<script>alert');
    }
  });
});

describe('embedUrl and attr', () => {
  it.each([
    [{ base: 'https://p.example/', diagram: 'cargo', lang: 'fa' }, 'https://p.example/?embed=1&d=cargo&lang=fa'],
    [{ base: 'https://p.example/', diagram: 'cargo', node: 'cd63', lang: 'en' }, 'https://p.example/?embed=1&d=cargo&n=cd63&lang=en'],
  ] as const)('%o', (v, url) => {
    expect(embedUrl(v)).toBe(url);
  });
  it.each([
    ['a & b', 'a &amp; b'],
    ['"q"', '&quot;q&quot;'],
    ['<i>', '&lt;i&gt;'],
    ['پوستر اگزوزوم', 'پوستر اگزوزوم'],
  ])('attr(%s)', (raw, escaped) => {
    expect(attr(raw)).toBe(escaped);
  });
});
