import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './styles/global.css';
// Tiny on purpose: start fetching the first view's data, then the app, all in parallel.
import './preload.ts';
import { afterPaint } from './lib/viewer/afterPaint.ts';

const start = () => void import('./boot.ts').then(({ boot }) => boot());
// A prerendered poster is already drawn: let the browser paint it before the app's script runs.
if (document.getElementById('app')?.dataset.view) afterPaint(start);
else start();
