// Apart from glyphFor.ts (its tables stay off the first load): all Glyph.svelte needs to draw.
import type { GlyphId } from './glyphFor.ts';

/** Every glyph is drawn in a GLYPH_BOX × GLYPH_BOX square and scaled to the size the scene gives it. */
export const GLYPH_BOX = 32;

/** The id of a glyph's drawing in the page's sprite (glyphSprite.ts); `-rtl` is its Persian form. */
export const spriteId = (id: GlyphId, rtl: boolean) => `glyph-${id}${rtl ? '-rtl' : ''}`;
