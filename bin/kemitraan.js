#!/usr/bin/env node
// The kemitraan executable. `--version` answers without loading the CLI (start-up matters in CI loops);
// `check PATH...` written plainly runs from one bundle with a code cache (no commander); everything else, and
// any check arguments that path does not take, runs the compiled CLI, whose returned number becomes the exit code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// A reader that stops early (`kemitraan guide | head`) closes the pipe: that is not an error, just the end.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
}

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  // Reading process.stdin builds a stream: only when a command reads it.
  const io = {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
  };
  let code;
  if (args[0] === 'check' && process.env.KEMITRAAN_FAST_PATH !== '0') {
    const { loadCachedBundle } = await import('./cached-bundle.js');
    const bundle = loadCachedBundle(fileURLToPath(new URL('../dist/check-fast.cjs', import.meta.url)));
    if (bundle) {
      code = await bundle.exports.runCheckFast(args.slice(1), io);
      bundle.saveCache();
    }
  }
  if (code === undefined) {
    const { run } = await import('../dist/cli/main.js');
    code = await run(args, io);
  }
  process.exitCode = code;
}
