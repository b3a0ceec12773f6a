// The host side of the embed demo (static/embed-demo.html), written as a course page would write
// it: plain JavaScript, no build. README: "Embedding" documents the messages it reads.

const frames = [...document.querySelectorAll('iframe[data-poster]')];

// Each frame opens its view, tells the poster this page's origin (so the poster posts only to
// it and accepts navigate messages only from it), and starts at a height until the poster asks.
for (const frame of frames) {
  const q = new URLSearchParams(frame.dataset.poster);
  q.set('embed', '1');
  q.set('origin', location.origin);
  frame.src = new URL(`./?${q}`, location.href).href;
}

/** Returns the poster's message if it is one (version 1), else undefined. */
function posterMessage(data) {
  if (typeof data !== 'object' || data === null || data.source !== 'exosome-poster' || data.version !== 1) return undefined;
  return data;
}

addEventListener('message', (e) => {
  // Only our own frames, at the poster's origin.
  const frame = frames.find((f) => f.contentWindow === e.source);
  if (!frame || e.origin !== new URL(frame.src).origin) return;
  const m = posterMessage(e.data);
  if (!m) return;
  if (m.type === 'height' && typeof m.height === 'number' && m.height > 0 && m.height <= 20000) {
    frame.style.height = `${Math.round(m.height)}px`;
  } else if (m.type === 'select') {
    show(`${frame.id}-selection`, m);
  }
});

/** Writes what a reader opened under its frame (as text, never as markup). */
function show(id, { diagram, node, lang }) {
  const out = document.getElementById(id);
  if (out) out.textContent = node ? `Opened: ${diagram} › ${node} (${lang})` : `Showing: ${diagram} (${lang})`;
}

const component = document.getElementById('component');
component?.addEventListener('select', (e) => show('component-selection', e.detail));
document.getElementById('to-english')?.addEventListener('click', () => component?.setAttribute('lang', 'en'));
document.getElementById('to-persian')?.addEventListener('click', () => component?.setAttribute('lang', 'fa'));
