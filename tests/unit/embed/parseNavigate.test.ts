import { describe, expect, it } from 'vitest';
import { parseNavigate, type NavigateTarget } from '../../../src/lib/embed/parseNavigate.ts';

const ids = ['biogenesis', 'remodeling', 'cargo'];
const here: NavigateTarget = { diagram: 'remodeling', node: 'osteoclast', lang: 'fa' };
const nav = (fields: Record<string, unknown>) => ({ source: 'exosome-poster-host', version: 1, type: 'navigate', ...fields });

describe('parseNavigate', () => {
  it.each([
    ['everything', nav({ diagram: 'cargo', node: 'cd63', lang: 'en' }), { diagram: 'cargo', node: 'cd63', lang: 'en' }],
    ['another diagram: no node', nav({ diagram: 'cargo' }), { diagram: 'cargo', node: undefined, lang: 'fa' }],
    ['the same diagram keeps the node', nav({ diagram: 'remodeling' }), here],
    ['only the language keeps the rest', nav({ lang: 'en' }), { ...here, lang: 'en' }],
    ['only a node, in this diagram', nav({ node: 'rank' }), { ...here, node: 'rank' }],
    ['node null closes the annotation', nav({ node: null }), { ...here, node: undefined }],
    ['the title view', nav({ diagram: 'overview' }), { diagram: 'overview', node: undefined, lang: 'fa' }],
    ['extra fields are ignored', nav({ lang: 'en', html: '<b>x</b>' }), { ...here, lang: 'en' }],
  ])('reads %s', (_name, data, expected) => {
    expect(parseNavigate(data, here, ids)).toEqual(expected);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'navigate'],
    ['an array', [nav({ lang: 'en' })]],
    ['the poster’s own source', { ...nav({ lang: 'en' }), source: 'exosome-poster' }],
    ['version 2', { ...nav({ lang: 'en' }), version: 2 }],
    ['another type', { ...nav({ lang: 'en' }), type: 'select' }],
    ['no field to change', nav({})],
    ['an unknown diagram', nav({ diagram: 'nope' })],
    ['a query in a diagram', nav({ diagram: 'cargo&n=cd63' })],
    ['markup in a diagram', nav({ diagram: '<img src=x onerror=alert(1)>' })],
    ['an overlong diagram', nav({ diagram: 'cargo' + '-x'.repeat(60) })],
    ['an unknown language', nav({ lang: 'de' })],
    ['a language array', nav({ lang: ['en'] })],
    ['a node with markup', nav({ node: '"><script>alert(1)</script>' })],
    ['an empty node', nav({ node: '' })],
    ['a numeric node', nav({ node: 5 })],
    ['a node on the title view', nav({ diagram: 'overview', node: 'mvb' })],
    ['a diagram as an object', nav({ diagram: { toString: () => 'cargo' } })],
    ['a good diagram with a bad language', nav({ diagram: 'cargo', lang: 'xx' })],
    ['a prototype-borne field', Object.assign(Object.create({ lang: 'en' }), { source: 'exosome-poster-host', version: 1, type: 'navigate' })],
    ['a __proto__ key from JSON', JSON.parse('{"source":"exosome-poster-host","version":1,"type":"navigate","__proto__":{"lang":"en"}}')],
  ])('refuses %s', (_name, data) => {
    expect(parseNavigate(data, here, ids)).toBeUndefined();
  });
});
