import type { Measure } from './measureText.ts';

/**
 * Greedy word wrap with real font metrics. Breaks at spaces and after '/' only
 * (never at the Persian half-space, ZWNJ, which joins a word). A single word wider
 * than maxWidth keeps its own line: the box then grows to fit it, it is never clipped.
 */
export function wrapLabel(text: string, measure: Measure, size: number, weight: 400 | 700, maxWidth: number) {
  const words = text.trim().split(/\s+|(?<=\/)/u);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const sep = line === '' || line.endsWith('/') ? '' : ' ';
    const next = line + sep + w;
    if (line !== '' && measure(next, size, weight) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  const width = Math.max(0, ...lines.map((l) => measure(l, size, weight)));
  return { lines, width };
}
