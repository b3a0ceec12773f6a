import { LANGS, type Lang } from '../model/types.ts';

/** Where the poster is used: a normal page, an unattended kiosk, or a projected lecture. */
export type ModeName = 'normal' | 'kiosk' | 'present';

/**
 * The place-of-use settings, read once from the URL at start and never changed by navigation
 * (writeUrl keeps these parameters as they are).
 *
 * `?mode=kiosk&idle=90&warn=30&dwell=9&start=overview&langs=fa,en`
 * `?mode=present&step=3&both=1`
 * `?embed=1&origin=https://course.example`
 */
export interface ModeConfig {
  mode: ModeName;
  /** Inside an iframe or the web component: compact chrome, no page-wide keys or scroll capture. */
  embed: boolean;
  /** Kiosk: seconds without a touch before the attract loop (or, after a visitor, the "Still there?" notice). */
  idle: number;
  /** Kiosk: seconds the "Still there?" notice waits before clearing the visitor's state (WCAG 2.2.1: ≥ 20). */
  warn: number;
  /** Kiosk attract loop: seconds per highlighted node. */
  dwell: number;
  /** Kiosk: the view a reset returns to (a diagram id or 'overview'); checked against the index by the caller. */
  start: string;
  /** The languages the language switch offers (kiosk); the first is the reset language. */
  langs: Lang[];
  /** Classroom: Persian and English captions side by side. */
  both: boolean;
  /** Embed: show the minimap when zoomed in (off by default in a small frame: `&minimap=1`). */
  minimap: boolean;
  /** Embed: the host page's origin, the only one whose messages the poster acts on. */
  origin?: string;
  /** The poster's public address (http/https), for the kiosk's "on your phone" QR code. */
  publicUrl?: string;
}

export const DEFAULT_MODE: ModeConfig = {
  mode: 'normal',
  embed: false,
  idle: 90,
  warn: 30,
  dwell: 9,
  start: 'overview',
  langs: [...LANGS],
  both: false,
  minimap: true,
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A whole number of seconds in [min, max], or the fallback. */
function seconds(v: string | null, min: number, max: number, fallback: number): number {
  if (v === null || !/^\d{1,5}$/.test(v)) return fallback;
  const n = Number(v);
  return n >= min && n <= max ? n : fallback;
}

function origin(v: string | null): string | undefined {
  if (!v || v.length > 200) return undefined;
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === v.replace(/\/$/, '') ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

function publicUrl(v: string | null): string | undefined {
  if (!v || v.length > 300) return undefined;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.origin}${u.pathname}` : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the mode parameters; anything unknown or out of range keeps the default. */
export function readMode(search: string): ModeConfig {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search);
  } catch {
    p = new URLSearchParams();
  }
  const m = p.get('mode');
  const mode: ModeName = m === 'kiosk' || m === 'present' ? m : 'normal';
  const langs = (p.get('langs') ?? '')
    .split(',')
    .filter((l, i, all): l is Lang => (LANGS as readonly string[]).includes(l) && all.indexOf(l) === i);
  const start = p.get('start');
  return {
    mode,
    // A kiosk is never an embed: the kiosk owns its whole screen.
    embed: mode !== 'kiosk' && (p.get('embed') === '1' || p.get('embed') === 'true'),
    idle: seconds(p.get('idle'), 10, 3600, DEFAULT_MODE.idle),
    warn: seconds(p.get('warn'), 20, 600, DEFAULT_MODE.warn),
    dwell: seconds(p.get('dwell'), 3, 120, DEFAULT_MODE.dwell),
    start: start && start.length <= 80 && ID.test(start) ? start : DEFAULT_MODE.start,
    langs: langs.length ? langs : [...LANGS],
    both: p.get('both') === '1' || p.get('both') === 'true',
    minimap: !(p.get('embed') === '1' || p.get('embed') === 'true') || p.get('minimap') === '1',
    origin: origin(p.get('origin')),
    publicUrl: publicUrl(p.get('public')),
  };
}
