// Runs a TypeScript script through Vite's module runner (Node 20 cannot strip types).
// Usage: node scripts/ts.mjs scripts/bench.ts [args…]
import { runnerImport } from 'vite';
import { resolve } from 'node:path';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/ts.mjs <file.ts> [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(file), ...args];
const { module } = await runnerImport(resolve(file), { configFile: false, logLevel: 'error' });
if (typeof module.main === 'function') await module.main(args);
