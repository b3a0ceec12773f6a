/**
 * The interface strings the first view draws (title bar, tabs, diagram, zoom buttons, the small
 * screen's overview note): they load with the first scene; the rest (annotation panel, legend,
 * dialogs, kiosk, tours, export) load after the first paint (index.ts, `allStrings`). A prefix
 * ends in a dot. tests/unit/i18n/firstPaint.test.ts finds every key the first view's components
 * use and fails when one is missing here.
 */
const FIRST_PAINT = [
  'app.', 'lang.', 'nav.', 'diagram.', 'zoom.', 'search.', 'theme.', 'live.', 'outline.', 'compact.', 'collapse.',
  'article.journal', 'embed.button', 'embed.newTab', 'embed.open', 'kiosk.phone', 'export.open', 'legend.title',
];

export const isFirstPaint = (key: string) => FIRST_PAINT.some((p) => (p.endsWith('.') ? key.startsWith(p) : key === p));

/** A language's strings cut in two: what the first view draws, and the rest. */
export function splitStrings(all: Record<string, string>) {
  const first: Record<string, string> = {};
  const rest: Record<string, string> = {};
  for (const [k, v] of Object.entries(all)) (isFirstPaint(k) ? first : rest)[k] = v;
  return { first, rest };
}
