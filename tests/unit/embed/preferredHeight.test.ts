import { describe, expect, it } from 'vitest';
import { preferredHeight, STAGE } from '../../../src/lib/embed/preferredHeight.ts';

describe('preferredHeight', () => {
  it.each([
    ['a diagram fills the width', 80, 800, { ratio: 0.5 }, 480],
    ['rounded up', 80.2, 800, { ratio: 0.5 }, 481],
    ['a wide diagram on a narrow frame keeps the minimum', 76, 480, { ratio: 0.4 }, 76 + STAGE.min],
    ['a tall diagram on a wide frame stops at the maximum', 76, 3000, { ratio: 0.9 }, 76 + STAGE.max],
    ['the title view: its text', 76, 480, { text: 1900 }, 1976],
    ['short text keeps the minimum', 76, 480, { text: 10 }, 76 + STAGE.min],
    ['long text stops at the text maximum', 76, 480, { text: 1e6 }, 76 + STAGE.textMax],
    ['no width yet (ratio × 0)', 76, 0, { ratio: 0.5 }, 76 + STAGE.min],
    ['a broken scene (NaN ratio)', 76, 800, { ratio: NaN }, 76 + STAGE.min],
    ['negative chrome is none', -5, 800, { ratio: 0.5 }, 400],
  ] as const)('%s', (_name, chrome, width, content, expected) => {
    expect(preferredHeight(chrome, width, content)).toBe(expected);
  });
});
