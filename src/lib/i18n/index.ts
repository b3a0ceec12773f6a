import { init, locale, register, waitLocale } from 'svelte-i18n';
import { strings } from 'virtual:poster/index';
import { LANGS, type Article, type Lang } from '../model/types.ts';

/** English is the source of the key type: a key missing from it is a type error. */
export type MessageKey = keyof typeof import('./locales/en.json');

/** The language table: one place knows which languages exist and which are right-to-left. */
export const LANGUAGES: Record<Lang, { name: string; rtl: boolean; numberLocale: string }> = {
  fa: { name: 'فارسی', rtl: true, numberLocale: 'fa-IR' },
  en: { name: 'English', rtl: false, numberLocale: 'en' },
};

/** The language last asked for (applyLang), whose strings load first. */
let wanted: Lang = 'fa';

/**
 * Registers interface strings; a missing key throws in development and tests, never silently
 * falls back. Only the strings the first view draws load before it (firstPaint.ts), as their own
 * small chunk in parallel with the first scene; the returned promise settles when they are there.
 */
export function setupI18n(initial: Lang): Promise<void> {
  wanted = initial;
  for (const l of LANGS) register(l, strings[l].first);
  init({
    fallbackLocale: 'fa',
    initialLocale: initial,
    handleMissingMessage: import.meta.env.DEV
      ? ({ id, locale: l }) => {
          throw new Error(`Missing interface string "${id}" for ${l}`);
        }
      : undefined,
  });
  return waitLocale(initial);
}

let rest: Promise<void> | undefined;
/**
 * The rest of the interface strings, for both languages (a later switch loads them with the
 * first part): asked for once the first view is painted, and by every part of the poster that
 * loads later (components/lazy.svelte.ts), which waits for them. Never rejects: offline without
 * them, a part shows what it can.
 */
export function allStrings(): Promise<void> {
  if (!rest) for (const l of LANGS) register(l, strings[l].rest);
  rest = waitLocale(wanted).catch(() => undefined);
  return rest;
}

/** A module loaded after the first paint, once the interface strings it shows are there too. */
export const withStrings = <T>(module: Promise<T>): Promise<T> => Promise.all([module, allStrings()]).then(([m]) => m);

/** Sets the interface language and mirrors the document: `<html lang dir>` is set here only. */
export function applyLang(lang: Lang) {
  wanted = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = LANGUAGES[lang].rtl ? 'rtl' : 'ltr';
  // svelte-i18n switches (and writes <html lang>) only once a language's strings have loaded:
  // load first and switch only if no other language was asked for meanwhile, or a quick switch
  // back would be overtaken by the slower first one (found by tests/e2e/fuzz.spec.ts).
  void waitLocale(lang).then(
    () => wanted === lang && locale.set(lang),
    () => undefined, // offline without the strings: the interface keeps its language
  );
}

const formatters = new Map<Lang, Intl.NumberFormat>();
/** Persian digits in Persian (reference numbers too), ASCII in English. */
export function formatNumber(n: number, lang: Lang): string {
  let f = formatters.get(lang);
  if (!f) formatters.set(lang, (f = new Intl.NumberFormat(LANGUAGES[lang].numberLocale, { useGrouping: false })));
  return f.format(n);
}

/**
 * The values of the `article.journal` string (journal, volume, issue, year, pages) in a
 * language: Persian digits in Persian, the page range included.
 */
export function journalValues(a: Pick<Article, 'journal' | 'volume' | 'issue' | 'year' | 'pages'>, lang: Lang) {
  return {
    journal: a.journal[lang],
    volume: formatNumber(a.volume, lang),
    issue: formatNumber(a.issue, lang),
    year: a.year[lang],
    pages: lang === 'fa' ? a.pages.replace(/\d/g, (d) => formatNumber(Number(d), 'fa')) : a.pages,
  };
}
