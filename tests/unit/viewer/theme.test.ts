import { describe, expect, it } from 'vitest';
import { isTheme, nextTheme } from '../../../src/lib/viewer/theme.ts';

describe('theme', () => {
  it('cycles auto → light → dark → auto', () => {
    expect(nextTheme('auto')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('auto');
  });
  it.each([['auto', true], ['dark', true], ['projection', false], ['<b>', false], [null, false]])('isTheme(%s) is %s', (t, ok) => {
    expect(isTheme(t)).toBe(ok);
  });
});
