import { describe, expect, it } from 'vitest';
import { heightMessage, MESSAGE_LANGS, parsePosterMessage, selectMessage } from '../../../src/lib/embed/messages.ts';
import { LANGS } from '../../../src/lib/model/types.ts';

const base = { source: 'exosome-poster', version: 1 };
const select = { ...base, type: 'select', diagram: 'remodeling', node: 'osteoclast', lang: 'en' };
const proto = JSON.parse('{"source":"exosome-poster","version":1,"type":"height","__proto__":{"height":300}}');
const inherited = Object.assign(Object.create({ height: 300 }), { ...base, type: 'height' });
const getter = { ...base, type: 'height', get height() { return 300; } };
const trap = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('trap'); } });

describe('parsePosterMessage', () => {
  it.each([
    ['a height', { ...base, type: 'height', height: 612 }, heightMessage(612)],
    ['a fractional height, rounded', { ...base, type: 'height', height: 612.4 }, heightMessage(612)],
    ['a selection', select, selectMessage('remodeling', 'osteoclast', 'en')],
    ['a closed annotation', { ...select, node: null }, selectMessage('remodeling', undefined, 'en')],
    ['extra fields, dropped', { ...select, html: '<img src=x onerror=alert(1)>' }, selectMessage('remodeling', 'osteoclast', 'en')],
  ])('reads %s', (_name, data, expected) => {
    expect(parsePosterMessage(data)).toEqual(expected);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'exosome-poster'],
    ['a number', 42],
    ['an array', [base]],
    ['another source', { ...select, source: 'exosome-poster-host' }],
    ['a lookalike source', { ...select, source: 'exosome-poster ' }],
    ['version 2', { ...select, version: 2 }],
    ['version "1"', { ...select, version: '1' }],
    ['no type', base],
    ['an unknown type', { ...base, type: 'navigate', diagram: 'cargo' }],
    ['a height as a string', { ...base, type: 'height', height: '600' }],
    ['a negative height', { ...base, type: 'height', height: -5 }],
    ['a zero height', { ...base, type: 'height', height: 0 }],
    ['NaN', { ...base, type: 'height', height: NaN }],
    ['Infinity', { ...base, type: 'height', height: Infinity }],
    ['a giant height', { ...base, type: 'height', height: 1e9 }],
    ['a height on the prototype', proto],
    ['an inherited height', inherited],
    ['a height behind a getter', getter],
    ['a throwing proxy', trap],
    ['markup as a diagram', { ...select, diagram: '<img src=x onerror=alert(1)>' }],
    ['a path as a node', { ...select, node: '../../etc/passwd' }],
    ['an upper-case node', { ...select, node: 'MVB' }],
    ['an empty node', { ...select, node: '' }],
    ['an overlong diagram', { ...select, diagram: 'a'.repeat(81) }],
    ['an object as a node', { ...select, node: { toString: () => 'mvb' } }],
    ['an unknown language', { ...select, lang: 'de' }],
    ['a missing language', { ...select, lang: undefined }],
  ])('refuses %s', (_name, data) => {
    expect(parsePosterMessage(data)).toBeUndefined();
  });

  it('knows the same languages as the model', () => {
    expect([...MESSAGE_LANGS]).toEqual([...LANGS]);
  });
});
