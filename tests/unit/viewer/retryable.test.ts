import { describe, expect, it } from 'vitest';
import { retryable } from '../../../src/lib/viewer/retryable.ts';

describe('retryable', () => {
  it('loads once for every caller while it succeeds', async () => {
    let calls = 0;
    const get = retryable(async () => ++calls);
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    expect(await get()).toBe(1);
    expect(calls).toBe(1);
  });
  it('forgets a failed load: the next call tries again', async () => {
    let calls = 0;
    const get = retryable(async () => {
      if (++calls === 1) throw new Error('lost');
      return calls;
    });
    await expect(get()).rejects.toThrow('lost');
    expect(await get()).toBe(2);
    expect(await get()).toBe(2);
    expect(calls).toBe(2);
  });
});
