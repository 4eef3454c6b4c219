#!/usr/bin/env node
// The kemitraan executable. `--version` answers without loading the CLI (start-up matters in CI loops).
// `check PATH...` written plainly runs from one bundle compiled with a code cache (no commander, see
// bin/cached-bundle.js); everything else, and any check arguments that path does not take, runs the compiled
// CLI (dist/cli/process.js: real streams, failed output = exit 2), whose returned number becomes the exit code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  let code;
  if (args[0] === 'check' && process.env.KEMITRAAN_FAST_PATH !== '0') {
    const { loadCachedBundle } = await import('./cached-bundle.js');
    const bundle = loadCachedBundle(fileURLToPath(new URL('../dist/check-fast.cjs', import.meta.url)));
    if (bundle) {
      code = await bundle.exports.runCheckProcess(args.slice(1));
      bundle.saveCache();
    }
  }
  if (code === undefined) {
    const { runProcess } = await import('../dist/cli/process.js');
    code = await runProcess(args);
  }
  process.exitCode = code;
}
