import { init, locale, register, waitLocale } from 'svelte-i18n';
import type { Article, Lang } from '../model/types.ts';

/** English is the source of the key type: a key missing from it is a type error. */
export type MessageKey = keyof typeof import('./locales/en.json');

/** The language table: one place knows which languages exist and which are right-to-left. */
export const LANGUAGES: Record<Lang, { name: string; rtl: boolean; numberLocale: string }> = {
  fa: { name: 'فارسی', rtl: true, numberLocale: 'fa-IR' },
  en: { name: 'English', rtl: false, numberLocale: 'en' },
};

/**
 * Registers interface strings; a missing key throws in development and tests, never silently
 * falls back. The strings load as their own small chunks, in parallel with the first scene,
 * so they stay off the first-load bundle; the returned promise settles when they are there.
 */
export function setupI18n(initial: Lang): Promise<void> {
  register('en', () => import('./locales/en.json'));
  register('fa', () => import('./locales/fa.json'));
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

let wanted: Lang | undefined;
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
