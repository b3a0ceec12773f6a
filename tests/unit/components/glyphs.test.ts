import { describe, expect, it } from 'vitest';
import { glyphSprite } from '../../../src/lib/components/glyphSprite.ts';
import { circle, ellipse, GLYPH_BOX, GLYPH_DRAWINGS, VESICLE_RADIUS } from '../../../src/lib/components/glyphs.ts';
import en from '../../../src/lib/i18n/locales/en.json';
import fa from '../../../src/lib/i18n/locales/fa.json';
import { GLYPH_KIND, GLYPHS } from '../../../src/lib/layout/glyphFor.ts';

/** End points and control points of an absolute path (M L H V C Q A Z: what the glyphs use). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([MLHVCQAZ])([^MLHVCQAZ]*)/g)) {
    const n = (args!.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
    if (cmd === 'H') for (const v of n) out.push([(x = v), y]);
    else if (cmd === 'V') for (const v of n) out.push([x, (y = v)]);
    else if (cmd === 'A') for (let i = 0; i + 7 <= n.length; i += 7) out.push([(x = n[i + 5]!), (y = n[i + 6]!)]);
    else for (let i = 0; i + 2 <= n.length; i += 2) out.push([(x = n[i]!), (y = n[i + 1]!)]);
  }
  return out;
}

describe('glyph drawings', () => {
  it.each(GLYPHS)('%s: drawn in paths made only of absolute commands, inside its box', (id) => {
    const { parts } = GLYPH_DRAWINGS[id];
    expect(parts.length).toBeGreaterThan(0);
    for (const { d } of parts) {
      expect(d).toMatch(/^M[-\d., MLHVCQAZ]*$/);
      for (const [x, y] of points(d)) {
        expect(x, `${id}: ${d}`).toBeGreaterThanOrEqual(0);
        expect(x, `${id}: ${d}`).toBeLessThanOrEqual(GLYPH_BOX);
        expect(y, `${id}: ${d}`).toBeGreaterThanOrEqual(0);
        expect(y, `${id}: ${d}`).toBeLessThanOrEqual(GLYPH_BOX);
      }
    }
  });

  it.each(GLYPHS)('%s: has a colour family and a name in both languages', (id) => {
    expect(GLYPH_KIND[id]).toBeDefined();
    expect((en as Record<string, string>)[`glyph.${id}`]).toBeTruthy();
    expect((fa as Record<string, string>)[`glyph.${id}`]).toBeTruthy();
  });

  it('keeps the real size order: exosome < microvesicle < apoptotic body', () => {
    expect(VESICLE_RADIUS.exosome).toBeLessThan(VESICLE_RADIUS.microvesicle);
    expect(VESICLE_RADIUS.microvesicle).toBeLessThan(VESICLE_RADIUS['apoptotic-body']);
    const span = (id: 'exosome' | 'microvesicle' | 'apoptotic-body') => {
      const xs = points(GLYPH_DRAWINGS[id].parts.find((p) => p.paint === 'body')!.d).map(([x]) => x);
      return Math.max(...xs) - Math.min(...xs);
    };
    expect(span('exosome')).toBeLessThan(span('microvesicle'));
    expect(span('microvesicle')).toBeLessThan(span('apoptotic-body'));
  });

  it('mirrors only directional glyphs (the pathway chevrons) in Persian', () => {
    expect(GLYPHS.filter((id) => GLYPH_DRAWINGS[id].mirror)).toEqual(['pathway']);
  });

  it.each([
    [circle(16, 16, 4), 'M12,16A4,4 0 1 0 20,16A4,4 0 1 0 12,16Z'],
    [ellipse(16, 16, 4, 2), 'M12,16A4,2 0 1 0 20,16A4,2 0 1 0 12,16Z'],
    [ellipse(0, 0, 2, 1, 90), 'M0,-2A2,1 90 1 0 0,2A2,1 90 1 0 0,-2Z'],
  ])('path helpers: %s', (got, want) => expect(got).toBe(want));
});

describe('glyph sprite (the drawings the page carries; Glyph.svelte draws each with <use>)', () => {
  const sprite = glyphSprite();
  it('holds every glyph once, in both directions, as its paths', () => {
    for (const id of GLYPHS) {
      const body = new RegExp(`<g id="glyph-${id}">(.*?)</g>`).exec(sprite)?.[1];
      expect(body, id).toBe(GLYPH_DRAWINGS[id].parts.map((p) => `<path class="g-${p.paint}" d="${p.d}"/>`).join(''));
      expect(sprite.split(`id="glyph-${id}-rtl"`)).toHaveLength(2);
    }
    expect(sprite.match(/<g id=/g)).toHaveLength(GLYPHS.length * 2);
  });
  it('mirrors the Persian form of directional glyphs only', () => {
    for (const id of GLYPHS) {
      const rtl = new RegExp(`<g id="glyph-${id}-rtl"([^>]*)><use href="#glyph-${id}"/></g>`).exec(sprite);
      expect(rtl, id).not.toBeNull();
      expect(rtl![1], id).toBe(GLYPH_DRAWINGS[id].mirror ? ` transform="translate(${GLYPH_BOX},0) scale(-1,1)"` : '');
    }
  });
  it('is hidden from assistive technology', () => {
    expect(sprite).toMatch(/^<svg class="glyph-sprite"[^>]* aria-hidden="true"/);
  });
});
