// Run by `npm run build` after tsc: bundles the UI's page (src/commands/ui/client) into dist/ui/assets/app.js with its
// stylesheet, so that `kemitraan ui` ships everything it serves and fetches nothing at run time.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = new URL('../dist/ui/assets/', import.meta.url);
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [new URL('../src/commands/ui/client/main.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  outfile: new URL('app.js', out).pathname,
  logLevel: 'warning',
});
copyFileSync(new URL('../src/commands/ui/client/app.css', import.meta.url), new URL('app.css', out));
