import { HOST_SOURCE, VERSION, parsePosterMessage, type NavigateMessage, type PosterMessage } from '../lib/embed/messages.ts';
// The frame's default accessible name in each language, from the poster's own strings.
import frameTitle from 'virtual:poster/frame-title';

/**
 * `<exosome-poster diagram="remodeling" node="osteoclast" lang="en" height="600" label="…">`:
 * the poster in an iframe in a shadow root, for a course page that includes this one module
 * (dist/exosome-poster.js). Its frame follows the poster's height unless `height` is given,
 * attribute changes move the poster, and a `select` event reports what the reader opened.
 * README: "Embedding".
 */
export class ExosomePosterElement extends HTMLElement {
  static observedAttributes = ['diagram', 'node', 'lang', 'height', 'label', 'tour'];
  #frame = document.createElement('iframe');
  #connected = false;
  /** The poster has posted a message, so its listener is up and a navigate message is heard. */
  #ready = false;
  /** The latest height the poster asked for. */
  #asked: number | undefined;
  #onmessage = (e: MessageEvent) => this.#receive(e);

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    // A constructed sheet, not a <style> element: host pages with a strict CSP (style-src 'self') allow it.
    root.adoptedStyleSheets = [sheet()];
    this.#frame.loading = 'lazy';
    root.append(this.#frame);
  }

  connectedCallback() {
    this.#connected = true;
    addEventListener('message', this.#onmessage);
    this.#load();
    this.#size();
    this.#title();
  }

  disconnectedCallback() {
    this.#connected = false;
    removeEventListener('message', this.#onmessage);
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (!this.#connected || old === value) return;
    if (name === 'height') this.#size();
    else if (name === 'label' || name === 'lang') this.#title();
    if (name === 'tour') this.#load();
    else if ((name === 'diagram' || name === 'node' || name === 'lang') && !this.#navigate(name)) this.#load();
  }

  /** Points the frame at the attributes' view (a fresh load). */
  #load() {
    const q = new URLSearchParams({ embed: '1' });
    // The poster answers only this origin's navigate messages, and posts only to it. A page
    // without an origin (file:) gets heights and selections posted to '*' and reloads on changes.
    if (hostOrigin()) q.set('origin', hostOrigin()!);
    // `tour`: the diagram's guided tour (classroom mode), from its first step.
    if (this.hasAttribute('tour')) q.set('mode', 'present');
    for (const [param, name] of [['d', 'diagram'], ['n', 'node'], ['lang', 'lang']] as const) {
      const v = this.getAttribute(name);
      if (v) q.set(param, v);
    }
    const src = `${posterBase()}?${q}`;
    if (this.#frame.src === src) return;
    this.#ready = false;
    this.#frame.src = src;
  }

  /** Moves the running poster without a reload; false when it cannot hear us yet. */
  #navigate(changed: 'diagram' | 'node' | 'lang'): boolean {
    if (!this.#ready || !hostOrigin()) return false;
    const msg: NavigateMessage = { source: HOST_SOURCE, version: VERSION, type: 'navigate' };
    const node = this.getAttribute('node') || null;
    if (changed === 'diagram') Object.assign(msg, { diagram: this.getAttribute('diagram') ?? '', node });
    else if (changed === 'node') msg.node = node;
    else msg.lang = (this.getAttribute('lang') ?? '') as NavigateMessage['lang'];
    this.#frame.contentWindow?.postMessage(msg, posterBase().origin);
    return true;
  }

  #receive(e: MessageEvent) {
    // Only our own frame, at the poster's origin: another frame's (or the page's) messages are not ours.
    if (e.source !== this.#frame.contentWindow || e.origin !== posterBase().origin) return;
    const m: PosterMessage | undefined = parsePosterMessage(e.data);
    if (!m) return;
    this.#ready = true;
    if (m.type === 'height') {
      this.#asked = m.height;
      this.#size();
    } else {
      const detail = { diagram: m.diagram, node: m.node, lang: m.lang };
      this.dispatchEvent(new CustomEvent('select', { detail, bubbles: true, composed: true }));
    }
  }

  /** A `height` attribute in px fixes the frame; without one it follows the poster. */
  #size() {
    const fixed = /^\d{2,5}$/.test(this.getAttribute('height') ?? '') ? Number(this.getAttribute('height')) : undefined;
    this.#frame.style.height = `${fixed ?? this.#asked ?? DEFAULT_HEIGHT}px`;
  }

  /** The frame's accessible name: the page's `label`, else the poster's own words for it. */
  #title() {
    this.#frame.title = this.getAttribute('label') || frameTitle[this.getAttribute('lang') === 'en' ? 'en' : 'fa'];
  }
}

const DEFAULT_HEIGHT = 480;

let shared: CSSStyleSheet | undefined;
function sheet() {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(':host { display: block; } :host([hidden]) { display: none; } iframe { display: block; width: 100%; border: 0; }');
  }
  return shared;
}

/** The poster's folder: the one this script is served from (index.html sits beside it in dist/). */
function posterBase(): URL {
  // Not `new URL('./', import.meta.url)`: Vite would take that literal for an asset to bundle.
  const here = import.meta.env.DEV ? new URL('/', location.href) : new URL(import.meta.url);
  return new URL('.', here);
}

const hostOrigin = () => (location.origin && location.origin !== 'null' ? location.origin : undefined);

declare global {
  interface HTMLElementTagNameMap {
    'exosome-poster': ExosomePosterElement;
  }
}

// Twice included (two snippets on one page) is fine: the first definition wins.
if (!customElements.get('exosome-poster')) customElements.define('exosome-poster', ExosomePosterElement);
