#!/usr/bin/env node
// The kemitraan executable. `--version` answers without loading the CLI (start-up matters in CI loops);
// everything else runs the compiled CLI (dist/cli/process.js: real streams, failed output = exit 2), whose
// returned number becomes the exit code.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { runProcess } = await import('../dist/cli/process.js');
  process.exitCode = await runProcess(args);
}
