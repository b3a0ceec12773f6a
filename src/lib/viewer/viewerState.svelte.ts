import { diagrams, loaders, loadReferences } from 'virtual:poster/index';
import type { Paper } from '../export/paper.ts';
import type { Scene } from '../layout/scene.ts';
import type { Diagram, DiagramNode, Lang, Reference, TourStep } from '../model/types.ts';
import { whenDrawn } from './afterPaint.ts';
import { foldedIn } from '../layout/fitScale.ts';
import { tooSmall } from './compact.ts';
import { validCollapsed } from './validCollapsed.ts';
import { DEFAULT_MODE, type ModeConfig } from './mode.ts';
import type { TourPos } from './tour.ts';
import { OVERVIEW, readUrl, writeUrl, type UrlState } from './url.ts';

/** Also read by src/preload.ts. */
export const LANG_KEY = 'exosome-poster.lang';
const NONE: readonly string[] = [];

/**
 * All UI state of one poster in one object. The URL is read into it (`fromUrl`) and
 * written from it (`toUrl`) here and nowhere else; components read and call methods.
 */
export class ViewerState {
  /** Place of use (kiosk, classroom, embed), read once at start: see mode.ts. */
  readonly config: ModeConfig;
  lang = $state<Lang>('fa');
  diagramId = $state<string>(diagrams[0]!.id);
  selectedId = $state<string | undefined>(undefined);
  /** Replaced whole on each load, never mutated: raw state avoids deep proxies. */
  scene = $state.raw<Scene | undefined>(undefined);
  model = $state.raw<Diagram | undefined>(undefined);
  references = $state.raw<Reference[] | undefined>(undefined);
  bibliographyOpen = $state(false);
  glossaryOpen = $state(false);
  /** Reference number to scroll to and highlight when the bibliography opens. */
  bibliographyFocus = $state<number | undefined>(undefined);
  /** Guided-tour step of the open diagram (0: the whole diagram); undefined outside a tour. */
  step = $state<number | undefined>(undefined);
  /** The open diagram shown as a text outline instead of a drawing. */
  outlineOpen = $state(false);
  /** Kiosk: the attract loop is touring the poster by itself. */
  attracting = $state(false);
  /**
   * Groups drawn collapsed, per diagram (`&c=` in the URL); `scene` is then their re-layout.
   * Changed only by arrange.ts (loaded with the toggles, or when a view has groups collapsed).
   */
  collapsedBy = $state.raw<Record<string, readonly string[]>>({});
  /**
   * Per diagram, the folded groups of its small-screen overview, once it opened as one: while
   * `collapsedBy` holds this very array, the poster shows the overview laid out at build time
   * (compactScene.ts; no worker) and the URL leaves `c=` out, as that is the screen's default.
   */
  presetBy = $state.raw<Record<string, readonly string[]>>({});
  /** Diagrams too large to read whole on this screen (compact.ts): there, `c=-` asks for the whole. */
  smallBy = $state.raw<Record<string, boolean>>({});
  /** The build-time scene of the open diagram: the first view, and the view with nothing collapsed. */
  baseScene = $state.raw<Scene | undefined>(undefined);
  /** A re-layout is being computed (in a worker); the page stays live meanwhile. */
  arranging = $state(false);
  /**
   * Embed: the visitor has clicked or focused inside the poster. Until then it leaves the wheel,
   * touch and keys to the host page (src/lib/embed). Always true outside an embed.
   */
  activated = $state(true);
  /** The sheet the whole poster is being printed on: the print view is mounted while set. */
  printPaper = $state<Paper | undefined>(undefined);
  /** Kiosk: this view as a QR code for the visitor's phone. */
  phoneOpen = $state(false);
  /** The keyboard shortcuts (`?`). */
  keysOpen = $state(false);

  constructor(config: ModeConfig = DEFAULT_MODE) {
    this.config = config;
    this.activated = !config.embed;
  }

  /** Only from the open diagram's model: many node ids recur across diagrams (mir-126, bmp2…). */
  selected: DiagramNode | undefined = $derived(
    this.selectedId && this.model?.id === this.diagramId ? this.model.nodes.find((n) => n.id === this.selectedId) : undefined,
  );
  /** The open diagram's index entry; undefined on the title view. */
  entry = $derived(diagrams.find((d) => d.id === this.diagramId));
  isOverview = $derived(this.diagramId === OVERVIEW);
  /** The tour step on screen, once the diagram's model is there. */
  tourStep: TourStep | undefined = $derived(
    this.step && this.model?.id === this.diagramId ? this.model.tour[this.step - 1] : undefined,
  );
  /** The node or group a tour step focuses: drawn lit, the rest dimmed. */
  spotlightId = $derived(this.tourStep?.focus);
  /** The open diagram's collapsed groups. */
  collapsed: readonly string[] = $derived(this.collapsedBy[this.diagramId] ?? NONE);
  /** The open diagram is shown as its small-screen overview. */
  overview: boolean = $derived(this.presetBy[this.diagramId] !== undefined && this.collapsed === this.presetBy[this.diagramId]);

  #loadToken = 0;

  /** Applies a parsed URL; unknown node ids are dropped once the model is known. */
  async fromUrl(search: string) {
    let remembered: string | null = null;
    try {
      remembered = sessionStorage.getItem(LANG_KEY);
    } catch {
      /* storage can be disabled (embeds, privacy modes): fall back to the default */
    }
    const s: UrlState = readUrl(search, diagrams.map((d) => d.id), remembered);
    if (this.config.mode === 'kiosk') {
      // A kiosk starts at its configured view, in its first offered language.
      const given = new URLSearchParams(search);
      const { start, langs } = this.config;
      if (!given.has('d') && (start === OVERVIEW || diagrams.some((d) => d.id === start))) s.diagram = start;
      if (!given.has('lang') || !langs.includes(s.lang)) s.lang = langs[0]!;
    }
    this.lang = s.lang;
    this.diagramId = s.diagram;
    this.selectedId = s.node;
    this.step = s.step ?? (this.config.mode === 'present' && this.entry ? 0 : undefined);
    // Tours (classroom, kiosk) light nodes a collapsed group would hide: there, nothing collapses.
    // Without `c=` the diagram opens as this screen's default (#load): whole, or its overview.
    if (this.config.mode === 'normal') {
      const { [s.diagram]: _old, ...rest } = this.collapsedBy;
      this.collapsedBy = s.collapsed ? { ...rest, [s.diagram]: s.collapsed } : rest;
    }
    await this.#load();
  }

  /** The first view of a fresh visit (no URL): used to prerender the poster at build time. */
  async loadDefault() {
    this.lang = 'fa';
    this.diagramId = diagrams[0]!.id;
    this.selectedId = undefined;
    await this.#load();
  }

  toUrl(current: string): string {
    return writeUrl({ diagram: this.diagramId, node: this.selectedId, lang: this.lang, step: this.step, collapsed: this.#urlCollapsed() }, current);
  }

  /** No `c=` for the screen's default view; `c=-` for the whole diagram where the default is the overview. */
  #urlCollapsed(): string[] | undefined {
    if (this.overview) return undefined;
    if (this.collapsed.length) return [...this.collapsed];
    return this.smallBy[this.diagramId] ? [] : undefined;
  }

  async setLang(lang: Lang) {
    if (lang === this.lang) return;
    this.lang = lang;
    try {
      sessionStorage.setItem(LANG_KEY, lang);
    } catch {
      /* not remembered; still switched */
    }
    await this.#load();
  }

  async openDiagram(id: string, node?: string) {
    if (!loaders[id] && id !== OVERVIEW) return;
    this.selectedId = node;
    // In the classroom a diagram opens at its first slide; elsewhere there is no tour running.
    this.step = this.config.mode === 'present' && id !== OVERVIEW ? 0 : undefined;
    if (id !== this.diagramId) {
      this.diagramId = id;
      await this.#load();
    }
    this.#keepVisible();
  }

  /** Moves the tour (classroom keys, kiosk attract loop) to a diagram and step; closes any annotation. */
  async goTo(pos: TourPos) {
    this.selectedId = undefined;
    this.step = pos.step;
    if (pos.diagram !== this.diagramId) {
      this.diagramId = pos.diagram;
      await this.#load();
    }
  }

  select(id: string | undefined) {
    // A tap right after the first paint can come before the diagram's model: keep the id then,
    // #loadModel checks it when the model arrives (it used to be dropped, the tap lost).
    const known = this.model?.id === this.diagramId ? this.model.nodes.some((n) => n.id === id) : true;
    this.selectedId = id && known ? id : undefined;
    this.#keepVisible();
  }

  /** A node opened from elsewhere (search, outline, a link) comes out of the groups collapsed around it. */
  #keepVisible() {
    if (this.selectedId && this.collapsed.length) void import('./arrange.ts').then((a) => a.keepVisible(this));
  }

  async openBibliography(ref?: number) {
    this.bibliographyFocus = ref;
    this.bibliographyOpen = true;
    this.references ??= (await loadReferences()).default;
  }

  closeBibliography() {
    this.bibliographyOpen = false;
  }

  /**
   * Loads the scene for (diagram, lang): all the first paint needs; resolves once it is set.
   * The diagram's model (annotations) follows in the background. A stale load is discarded.
   */
  async #load() {
    const token = ++this.#loadToken;
    const id = this.diagramId;
    if (id === OVERVIEW) return;
    const scene = (await loaders[id]!.scene[this.lang]()).default;
    if (token !== this.#loadToken) return;
    this.arranging = false;
    this.baseScene = scene;
    const small = this.config.mode === 'normal' && tooSmall(scene, screenSize());
    if (small !== !!this.smallBy[id]) this.smallBy = { ...this.smallBy, [id]: small };
    let overview: Scene | undefined;
    if (small && this.collapsedBy[id] === undefined) {
      // Nothing asked for: open the overview, unless it would hide the node a link asked for.
      overview = await this.loadOverview(scene);
      if (token !== this.#loadToken) return;
      const folded = foldedIn(overview);
      const preset = validCollapsed(scene, folded, this.selectedId).length === folded.length ? folded : undefined;
      if (preset) this.presetBy = { ...this.presetBy, [id]: preset };
      this.collapsedBy = { ...this.collapsedBy, [id]: preset ?? NONE };
    }
    if (this.overview) {
      // A small screen's first view: the overview laid out at build time, shown at once.
      overview ??= await this.loadOverview(scene);
      if (token !== this.#loadToken) return;
      this.scene = overview;
    } else {
      this.scene = scene;
      // The precomputed scene is the first view; groups collapsed (from the URL, or earlier) follow.
      if (this.collapsed.length) void import('./arrange.ts').then((a) => a.arrange(this));
    }
    if (this.model?.id !== id) void this.#loadModel(id, token);
  }

  /** The small-screen overview of a build-time scene's diagram, in its language (compactScene.ts). */
  async loadOverview(base: Scene): Promise<Scene> {
    return (await loaders[base.diagram]!.compact[base.lang]()).default;
  }

  async #loadModel(id: string, token: number) {
    // Not drawn, so fetched once the diagram is on screen, or at once when a node or a tour
    // step (which lights a node) is asked for.
    if (!this.selectedId && this.step === undefined && typeof requestAnimationFrame === 'function') await whenDrawn();
    const model = (await loaders[id]!.model()).default;
    if (token !== this.#loadToken) return;
    this.model = model;
    // A node id from the URL that this diagram does not have is dropped: the view falls back.
    if (this.selectedId && !model.nodes.some((n) => n.id === this.selectedId)) this.selectedId = undefined;
    // So does a step past the end of the tour: back to the whole diagram.
    if (this.step !== undefined && this.step > model.tour.length) this.step = 0;
  }
}

/** The window's size, or undefined where there is none (the build-time prerender). */
function screenSize(): { w: number; h: number } | undefined {
  return typeof window === 'undefined' ? undefined : { w: window.innerWidth, h: window.innerHeight };
}
