/** What the kiosk's idle watcher tells the poster. */
export interface IdleHandlers {
  /** Nobody is there and nothing is left of a visitor: start touring. */
  onAttract: () => void;
  /** A visitor left the poster changed: ask "Still there?", with `warn` seconds to answer. */
  onWarn: (seconds: number) => void;
  /** Nobody answered: clear the visitor's state (the attract loop follows). */
  onReset: () => void;
  /** Someone touched the poster again: stop touring, hide the notice. */
  onActive: () => void;
  /** Has a visitor left anything to clear (another view, an open panel, another language)? */
  isDirty: () => boolean;
}

/**
 * The kiosk's clock, free of Svelte and the DOM: call `poke()` on every touch, key or wheel.
 * After `idle` s without one, a poster a visitor changed asks "Still there?" and after `warn`
 * more seconds resets and starts its attract loop; an untouched poster starts touring at once.
 * setTimeout only, so Playwright's fake clock (page.clock) can drive it in tests.
 */
export class IdleWatcher {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #state: 'active' | 'warning' | 'attract' = 'active';

  constructor(
    private readonly idle: number,
    private readonly warn: number,
    private readonly on: IdleHandlers,
  ) {
    this.#arm();
  }

  get state() {
    return this.#state;
  }

  poke() {
    const was = this.#state;
    this.#state = 'active';
    if (was !== 'active') this.on.onActive();
    this.#arm();
  }

  stop() {
    clearTimeout(this.#timer);
  }

  #arm() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#idle(), this.idle * 1000);
  }

  #idle() {
    if (!this.on.isDirty()) return this.#attract();
    this.#state = 'warning';
    this.on.onWarn(this.warn);
    this.#timer = setTimeout(() => {
      this.on.onReset();
      this.#attract();
    }, this.warn * 1000);
  }

  #attract() {
    this.#state = 'attract';
    this.on.onAttract();
  }
}
