import ELK from 'elkjs/lib/elk.bundled.js';
import type { Scene } from './scene.ts';
import { relayoutScene, type RelayoutRequest } from './relayoutScene.ts';

/**
 * The re-layout worker: ELK runs here, off the main thread, and only once a group is first
 * collapsed (relayoutClient.ts starts it). Requests are answered by id.
 */
export type RelayoutAnswer = { id: number; scene: Scene; ms: number } | { id: number; error: string };

// The project's types are the page's (lib "dom"); a worker needs only these three members.
const scope = self as unknown as {
  onmessage: unknown;
  postMessage(answer: RelayoutAnswer): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<{ id: number } & RelayoutRequest>) => void): void;
};

const elk = new ELK();
// elk.bundled.js, finding itself in a worker, installs its own message handler; we talk through ours.
scope.onmessage = null;

scope.addEventListener('message', async (e) => {
  const { id, ...req } = e.data;
  const t0 = performance.now();
  try {
    scope.postMessage({ id, scene: await relayoutScene(elk, req), ms: performance.now() - t0 });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
