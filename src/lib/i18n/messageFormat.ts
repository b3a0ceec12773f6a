// Stands in for intl-messageformat under svelte-i18n (see vite.config.ts). svelte-i18n keeps
// the stores, the locale registry and the loaders; this formats the ICU subset of icuSubset.ts
// (text and `{name}` placeholders), which is all our interface strings use. The full formatter
// (plural rules, number/date skeletons, tags) is 3 kB gzip of first-load JavaScript we never run.
// tests/unit/i18n/messageFormat.test.ts checks every string formats exactly as intl-messageformat does.
import { TYPE } from '@formatjs/icu-messageformat-parser/lib/types.js';
import { parse } from './icuSubset.ts';

type Values = Record<string, unknown>;

export class IntlMessageFormat {
  /** As intl-messageformat: the first supported locale, or the one asked for. */
  static resolveLocale(locales: string | string[]): Intl.Locale | undefined {
    if (typeof Intl.Locale === 'undefined') return undefined;
    const supported = Intl.NumberFormat.supportedLocalesOf(locales);
    return new Intl.Locale(supported[0] ?? (typeof locales === 'string' ? locales : locales[0]!));
  }

  readonly #parts: ReturnType<typeof parse>;

  constructor(readonly message: string) {
    this.#parts = parse(message);
  }

  format(values?: Values): string {
    let out = '';
    for (const part of this.#parts) {
      if (part.type === TYPE.literal) {
        out += part.value;
        continue;
      }
      if (part.type !== TYPE.argument) throw new SyntaxError(`Interface string needs the full ICU formatter: "${this.message}"`);
      const name = part.value;
      // Like intl-messageformat: a placeholder without a value is an error, not an empty gap.
      if (!values || !(name in values)) throw new Error(`The intl string context variable "${name}" was not provided to the string "${this.message}"`);
      const v = values[name];
      if (typeof v === 'string' || typeof v === 'number') out += String(v);
      else if (v) throw new TypeError(`"${name}" in "${this.message}" must be text or a number`);
    }
    return out;
  }
}
