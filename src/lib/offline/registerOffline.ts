/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/**
 * A kiosk or a lecture-room machine may keep one page open for days without navigating, and
 * the browser only looks for a new service worker on navigation: ask it every hour as well.
 */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker that keeps the poster working offline (built by vite-plugin-pwa:
 * see pwaOptions.ts). Production builds only, after the first paint (src/main.ts), so it never
 * competes with drawing the first diagram. In `autoUpdate` mode registerSW reloads the page
 * once when a new version takes over; the URL brings the reader back to the same view.
 */
export function registerOffline() {
  if (!('serviceWorker' in navigator)) return;
  registerSW({
    immediate: true,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Offline, or the server is down: try again at the next tick; never an unhandled error.
      setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
    },
    // Private windows and some embeds refuse service workers: the poster still works online.
    onRegisterError: () => undefined,
  });
}
