import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleWatcher } from '../../../src/lib/viewer/idle.ts';

describe('IdleWatcher', () => {
  let log: string[];
  let dirty: boolean;
  const handlers = () => ({
    onAttract: () => log.push('attract'),
    onWarn: (s: number) => log.push(`warn ${s}`),
    onReset: () => log.push('reset'),
    onActive: () => log.push('active'),
    isDirty: () => dirty,
  });
  beforeEach(() => {
    vi.useFakeTimers();
    log = [];
    dirty = false;
  });
  afterEach(() => vi.useRealTimers());

  it('tours an untouched poster after the idle time', () => {
    const w = new IdleWatcher(90, 30, handlers());
    vi.advanceTimersByTime(89_999);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['attract']);
    expect(w.state).toBe('attract');
  });

  it('asks a visitor "Still there?" first, then resets and tours', () => {
    dirty = true;
    new IdleWatcher(90, 30, handlers());
    vi.advanceTimersByTime(90_000);
    expect(log).toEqual(['warn 30']);
    vi.advanceTimersByTime(29_999);
    expect(log).toEqual(['warn 30']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['warn 30', 'reset', 'attract']);
  });

  it('a touch during the notice keeps the visitor’s state and starts the clock again', () => {
    dirty = true;
    const w = new IdleWatcher(90, 30, handlers());
    vi.advanceTimersByTime(100_000);
    w.poke();
    expect(log).toEqual(['warn 30', 'active']);
    vi.advanceTimersByTime(89_000);
    expect(log).toEqual(['warn 30', 'active']);
    vi.advanceTimersByTime(1_000);
    expect(log.at(-1)).toBe('warn 30');
  });

  it('touches keep it active; a touch during the tour stops it', () => {
    const w = new IdleWatcher(10, 20, handlers());
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(9_000);
      w.poke();
    }
    expect(log).toEqual([]);
    vi.advanceTimersByTime(10_000);
    w.poke();
    expect(log).toEqual(['attract', 'active']);
    expect(w.state).toBe('active');
  });

  it('stop() silences it', () => {
    const w = new IdleWatcher(10, 20, handlers());
    w.stop();
    vi.advanceTimersByTime(60_000);
    expect(log).toEqual([]);
  });
});
