import labelWidths from 'virtual:poster/group-widths';
import type { RelayoutAnswer } from './relayout.worker.ts';
import type { Scene } from './scene.ts';

/** performance.measure name of each re-layout, request to scene (npm run bench reads it). */
export const RELAYOUT_MEASURE = 'poster:relayout';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { ok: (s: Scene) => void; fail: (e: Error) => void; t0: number }>();
const done = new Map<string, Promise<Scene>>();

function start(): Worker {
  // Vite bundles the worker (and ELK with it) as its own file, fetched here for the first time.
  const w = new Worker(new URL('./relayout.worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (e: MessageEvent<RelayoutAnswer>) => {
    const a = e.data;
    const job = waiting.get(a.id);
    if (!job) return;
    waiting.delete(a.id);
    if ('error' in a) return job.fail(new Error(`re-layout failed: ${a.error}`));
    performance.measure(RELAYOUT_MEASURE, { start: job.t0, detail: { diagram: a.scene.diagram, lang: a.scene.lang, workerMs: a.ms } });
    job.ok(a.scene);
  });
  w.addEventListener('error', (e) => {
    for (const job of waiting.values()) job.fail(new Error(`re-layout worker: ${e.message}`));
    waiting.clear();
    worker = undefined;
  });
  return w;
}

/**
 * The scene with these groups collapsed, laid out by ELK in a Web Worker (started on the first
 * call) so the page stays responsive. Answers are kept per diagram × language × set of groups:
 * collapsing the same groups again costs nothing.
 */
export function relayout(base: Scene, collapsed: readonly string[]): Promise<Scene> {
  const key = `${base.diagram}/${base.lang}/${[...collapsed].sort().join(',')}`;
  let answer = done.get(key);
  if (!answer) {
    answer = new Promise<Scene>((ok, fail) => {
      const id = ++nextId;
      waiting.set(id, { ok, fail, t0: performance.now() });
      (worker ??= start()).postMessage({ id, scene: base, collapsed: [...collapsed], labelWidths: labelWidths[base.diagram]?.[base.lang] ?? {} });
    });
    done.set(key, answer);
    answer.catch(() => done.delete(key));
  }
  return answer;
}
