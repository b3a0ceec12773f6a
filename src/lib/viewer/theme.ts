/** The reader's colour theme: 'auto' follows the system (prefers-color-scheme). */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_KEY = 'exosome-poster.theme';

export const isTheme = (s: unknown): s is Theme => typeof s === 'string' && (THEMES as readonly string[]).includes(s);

/** The next theme of the switch's cycle: auto → light → dark → auto. */
export const nextTheme = (t: Theme): Theme => THEMES[(THEMES.indexOf(t) + 1) % THEMES.length]!;

/** The remembered theme (storage can be disabled: then auto). */
export function storedTheme(): Theme {
  try {
    const t = localStorage.getItem(THEME_KEY);
    return isTheme(t) ? t : 'auto';
  } catch {
    return 'auto';
  }
}

/** Sets the theme on <html> (CSS reads data-theme) and remembers it. The classroom's projection theme is set apart. */
export function applyTheme(t: Theme, remember = true) {
  const root = document.documentElement;
  if (root.dataset.theme === 'projection') return;
  if (t === 'auto') delete root.dataset.theme;
  else root.dataset.theme = t;
  if (!remember) return;
  try {
    localStorage.setItem(THEME_KEY, t);
  } catch {
    /* not remembered; still applied */
  }
}
