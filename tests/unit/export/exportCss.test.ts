import { describe, expect, it } from 'vitest';
import { composeCss, insertStyle, isInteractive, resolveVars, splitSelectors, varsUsed } from '../../../src/lib/export/exportCss.ts';
import { exportFileName } from '../../../src/lib/export/fileName.ts';

describe('splitSelectors', () => {
  it.each([
    ['.a, .b', ['.a', '.b']],
    ['.node.container.kind-cell .shape, .node.container.kind-organelle .shape', ['.node.container.kind-cell .shape', '.node.container.kind-organelle .shape']],
    [':is(.a, .b) .c, .d', [':is(.a, .b) .c', '.d']],
    ['[title="x,y"], .e', ['[title="x,y"]', '.e']],
    ['.only', ['.only']],
  ])('%s', (input, expected) => expect(splitSelectors(input)).toEqual(expected));
});

describe('isInteractive', () => {
  it.each([
    ['.node:hover .shape', true],
    ['.node:focus-visible .shape', true],
    ['svg.diagram:active', true],
    ['.node.selected .shape', false],
    ['.kind-vesicle .membrane', false],
    [':root', false],
  ])('%s → %s', (s, expected) => expect(isInteractive(s)).toBe(expected));
});

describe('varsUsed and resolveVars', () => {
  const css = '.kind-cell .shape { fill: var(--cell-fill); stroke: var( --cell-stroke) } .x { color: var(--cell-fill, red) }';
  it('lists each custom property once, in order', () => {
    expect(varsUsed(css)).toEqual(['--cell-fill', '--cell-stroke']);
  });
  it('follows properties that read others and drops unknown ones', () => {
    const page: Record<string, string> = { '--cell-fill': ' var(--peach) ', '--peach': '#fde7d6', '--cell-stroke': '#b4460c' };
    expect(resolveVars(css + ' .y { fill: var(--missing) }', (n) => page[n] ?? '')).toEqual({
      '--cell-fill': 'var(--peach)',
      '--cell-stroke': '#b4460c',
      '--peach': '#fde7d6',
    });
  });
});

describe('composeCss', () => {
  it('fonts first, page rules, then the page values and the picture size, which win', () => {
    const css = composeCss({ fonts: ['@font-face { x }'], rules: ['.a { fill: var(--f) }', 'svg.diagram { width: 100% }'], vars: { '--f': 'red' }, width: 640, height: 480 });
    const lines = css.split('\n');
    expect(lines[0]).toBe('@font-face { x }');
    expect(lines.indexOf(':root { --f: red; }')).toBeGreaterThan(lines.indexOf('.a { fill: var(--f) }'));
    expect(lines.at(-1)).toContain('svg.diagram { width: 640px; height: 480px;');
  });
});

describe('exportFileName', () => {
  it.each([
    ['biogenesis', 'fa', 'svg', 'exosome-poster-biogenesis-fa.svg'],
    ['cargo', 'en', 'png', 'exosome-poster-cargo-en.png'],
    ['../Evil Name', 'en', 'svg', 'exosome-poster-evil-name-en.svg'],
    ['', 'fa', 'png', 'exosome-poster-diagram-fa.png'],
  ] as const)('%s %s %s', (d, lang, ext, expected) => expect(exportFileName(d, lang, ext)).toBe(expected));
});

describe('insertStyle', () => {
  it.each([
    ['after the title', '<svg xmlns="x"><title>T</title><g/></svg>', '<svg xmlns="x"><title>T</title><style>.a &gt; .b { fill: red }</style><g/></svg>'],
    ['after the root tag when there is no title', '<svg xmlns="x"><g/></svg>', '<svg xmlns="x"><style>.a &gt; .b { fill: red }</style><g/></svg>'],
  ])('%s, escaped as XML text', (_, svg, expected) => {
    expect(insertStyle(svg, '.a > .b { fill: red }')).toBe(expected);
  });
  it('escapes & and < so the file stays well-formed', () => {
    expect(insertStyle('<svg><title>T</title></svg>', '[title="a&b<c"]{}')).toContain('<style>[title="a&amp;b&lt;c"]{}</style>');
  });
});
