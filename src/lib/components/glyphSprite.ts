import { GLYPH_BOX, spriteId } from '../layout/glyphBox.ts';
import { GLYPHS } from '../layout/glyphFor.ts';
import { GLYPH_DRAWINGS } from './glyphs.ts';

/**
 * Every glyph drawing once, as hidden SVG markup the page carries from its first byte (the
 * build writes it into index.html: vite-plugin.ts). Glyph.svelte draws a glyph as
 * `<use href="#glyph-…">`, so the drawings cost the first-load JavaScript nothing and each
 * appears once in the page however many nodes wear it. exportSvg.ts copies them back inline.
 */
export function glyphSprite(): string {
  const defs = GLYPHS.map((id) => {
    const { parts, mirror } = GLYPH_DRAWINGS[id];
    const paths = parts
      .map(({ paint, d }) => {
        // Build-time markup from our own drawings: path data only, nothing to escape.
        if (!/^[\d\s.,MmLlHhVvCcSsQqTtAaZz-]+$/.test(d)) throw new Error(`glyph ${id}: unexpected path data ${d}`);
        return `<path class="g-${paint}" d="${d}"/>`;
      })
      .join('');
    const rtl = mirror ? ` transform="translate(${GLYPH_BOX},0) scale(-1,1)"` : '';
    return `<g id="${spriteId(id, false)}">${paths}</g><g id="${spriteId(id, true)}"${rtl}><use href="#${spriteId(id, false)}"/></g>`;
  });
  return `<svg class="glyph-sprite" xmlns="http://www.w3.org/2000/svg" width="0" height="0" aria-hidden="true" focusable="false"><defs>${defs.join('')}</defs></svg>`;
}
