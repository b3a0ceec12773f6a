import { describe, expect, it } from 'vitest';
import { DEFAULT_MODE, readMode } from '../../../src/lib/viewer/mode.ts';

describe('readMode', () => {
  it('is the normal page without parameters', () => {
    expect(readMode('')).toEqual(DEFAULT_MODE);
  });
  it.each([
    ['?mode=kiosk&idle=45&warn=25&dwell=5&start=biogenesis&langs=en', { mode: 'kiosk', idle: 45, warn: 25, dwell: 5, start: 'biogenesis', langs: ['en'] }],
    ['?mode=present&both=1&step=2', { mode: 'present', both: true }],
    ['?embed=1&origin=https://course.example.org', { embed: true, origin: 'https://course.example.org', minimap: false }],
    ['?embed=1&minimap=1', { embed: true, minimap: true }],
    ['?mode=kiosk&public=https://poster.example.org/x/?q=1#h', { publicUrl: 'https://poster.example.org/x/' }],
    // A kiosk owns its screen: never an embed.
    ['?mode=kiosk&embed=1', { mode: 'kiosk', embed: false }],
  ])('%s', (search, expected) => {
    expect(readMode(search)).toMatchObject(expected);
  });
  it.each([
    ['?mode=<script>', { mode: 'normal' }],
    ['?mode=kiosk&idle=3', { idle: 90 }], // below the minimum
    ['?mode=kiosk&idle=1e9', { idle: 90 }],
    ['?mode=kiosk&warn=5', { warn: 30 }], // WCAG 2.2.1: at least 20 s to answer
    ['?mode=kiosk&start=../../etc', { start: 'overview' }],
    ['?mode=kiosk&langs=de,xx', { langs: ['fa', 'en'] }],
    ['?mode=kiosk&langs=en,en,fa', { langs: ['en', 'fa'] }],
    ['?embed=1&origin=javascript:alert(1)', { origin: undefined }],
    ['?embed=1&origin=https://a.example/path', { origin: undefined }],
    ['?mode=kiosk&public=javascript:alert(1)', { publicUrl: undefined }],
    ['?embed=%E0%A4%A', { embed: false }],
  ])('falls back on bad input: %s', (search, expected) => {
    expect(readMode(search)).toMatchObject(expected);
  });
});
