// Stands in for @formatjs/icu-messageformat-parser inside intl-messageformat (see vite.config.ts).
// Our interface strings use plain text and `{name}` placeholders only; the full ICU parser
// (plural, select, dates, skeletons) is 9 kB gzip of first-load JavaScript we do not need.
// tests/unit/i18n/icuSubset.test.ts proves every string parses exactly as the full parser does,
// and anything beyond the subset throws here, loudly, instead of rendering wrong.
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser/lib/types.js';

export * from '@formatjs/icu-messageformat-parser/lib/types.js';

const PLACEHOLDER = /\{\s*([A-Za-z_][\w-]*)\s*\}/g;

export function parse(message: string): MessageFormatElement[] {
  const out: MessageFormatElement[] = [];
  let last = 0;
  const literal = (s: string) => {
    // An apostrophe is literal unless it quotes syntax ('{', '}', "''"…), which the subset refuses.
    if (/[{}<>#]|'[{}'#|<>]/.test(s)) throw new SyntaxError(`Interface string needs the full ICU parser (plural, select, tags, quotes): "${message}"`);
    if (s) out.push({ type: TYPE.literal, value: s });
  };
  for (const m of message.matchAll(PLACEHOLDER)) {
    literal(message.slice(last, m.index));
    out.push({ type: TYPE.argument, value: m[1]! });
    last = m.index + m[0].length;
  }
  literal(message.slice(last));
  return out;
}
