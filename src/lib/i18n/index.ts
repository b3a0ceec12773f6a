import { addMessages, init, locale } from 'svelte-i18n';
import { strings } from 'virtual:poster/index';
import { LANGS, type Article, type Lang } from '../model/types.ts';
import { retryable } from '../viewer/retryable.ts';

/** English is the source of the key type: a key missing from it is a type error. */
export type MessageKey = keyof typeof import('./locales/en.json');

/** The language table: one place knows which languages exist and which are right-to-left. */
export const LANGUAGES: Record<Lang, { name: string; rtl: boolean; numberLocale: string }> = {
  fa: { name: 'فارسی', rtl: true, numberLocale: 'fa-IR' },
  en: { name: 'English', rtl: false, numberLocale: 'en' },
};

/** The language last asked for (applyLang). */
let wanted: Lang = 'fa';
/** Whether the rest of the strings have been asked for (allStrings): a language switch then loads both parts. */
let restWanted = false;
type Part = 'first' | 'rest';
/** Each language's two parts, each loaded once into svelte-i18n; a failed one is tried again on the next ask. */
const part = (l: Lang, p: Part) => retryable(() => strings[l][p]().then((m) => addMessages(l, m.default)));
const parts = Object.fromEntries(LANGS.map((l) => [l, { first: part(l, 'first'), rest: part(l, 'rest') }])) as Record<Lang, Record<Part, () => Promise<void>>>;
const loadPart = (lang: Lang, p: Part) => parts[lang][p]();

/** Everything a language needs now: the first part, and the rest once it has been asked for. */
const ready = (lang: Lang) => Promise.all([loadPart(lang, 'first'), ...(restWanted ? [loadPart(lang, 'rest')] : [])]).then(() => undefined);

/**
 * Starts svelte-i18n on the initial language; a missing key throws in development and tests,
 * never silently falls back. Only the strings the first view draws load before it
 * (firstPaint.ts), fetched in parallel with the first scene; the promise settles when they are
 * there. The strings load here, not through svelte-i18n's loader queue, which keeps a failed
 * load for good: one lost request on a flaky network would leave a language half-translated.
 */
export async function setupI18n(initial: Lang): Promise<void> {
  wanted = initial;
  await loadPart(initial, 'first');
  init({
    fallbackLocale: 'fa',
    initialLocale: initial,
    handleMissingMessage: import.meta.env.DEV
      ? ({ id, locale: l }) => {
          throw new Error(`Missing interface string "${id}" for ${l}`);
        }
      : undefined,
  });
}

/**
 * The rest of the interface strings of the language on screen (a later switch loads both
 * parts of the new one): asked for once the first view is painted, and by every part of the
 * poster that loads later (components/lazy.svelte.ts), which waits for them. Never rejects:
 * offline without them a part shows what the loaded strings cover, and the next ask retries.
 */
export function allStrings(): Promise<void> {
  restWanted = true;
  return ready(wanted).catch(() => undefined);
}

/** A module loaded after the first paint, once the interface strings it shows are there too. */
export const withStrings = <T>(module: Promise<T>): Promise<T> => Promise.all([module, allStrings()]).then(([m]) => m);

/** Sets the interface language and mirrors the document: `<html lang dir>` is set here only. */
export function applyLang(lang: Lang) {
  wanted = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = LANGUAGES[lang].rtl ? 'rtl' : 'ltr';
  // The interface switches only once the language's strings have loaded: load first and switch
  // only if no other language was asked for meanwhile, or a quick switch back would be
  // overtaken by the slower first one (found by tests/e2e/fuzz.spec.ts).
  void ready(lang).then(
    () => wanted === lang && locale.set(lang),
    () => undefined, // offline without the strings: the interface keeps its language until the next ask
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
