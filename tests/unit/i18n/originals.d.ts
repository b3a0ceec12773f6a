// The originals our stand-ins are held to (messageFormat.test.ts), by file: the package names
// themselves resolve to the stand-ins (vite.config.ts).
declare module 'deepmerge/dist/cjs.js' {
  const deepmerge: { all(objects: unknown[]): unknown };
  export default deepmerge;
}
declare module 'intl-messageformat/intl-messageformat.esm.js' {
  export { IntlMessageFormat } from 'intl-messageformat';
}
