import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import './styles/global.css';
// Tiny on purpose: start fetching the first view's data, then the app, all in parallel.
import './preload.ts';

void import('./boot.ts').then(({ boot }) => boot());
