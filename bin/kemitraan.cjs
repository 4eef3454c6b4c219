#!/usr/bin/env node
// The kemitraan executable. CommonJS, because Node's ES module loader costs a tenth of a `node -e 0` to set up
// before anything runs, and the commands people run in loops should not pay it:
// - `--version` answers without loading the CLI;
// - `check PATH...` written plainly runs from one bundle compiled with a code cache (no commander, see
//   cached-bundle.cjs and src/cli/check-fast.ts);
// - everything else, and check arguments that path does not take, runs the whole command line (real streams,
//   failed output = exit 2), whose returned number becomes the exit code: from one bundle too (dist/cli.cjs),
//   with a code cache per command, each holding what that command compiles. KEMITRAAN_BUNDLE=0 runs the
//   unbundled modules of dist/ instead (dist/cli/process.js), as the tests of src/ see them.
'use strict';
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const args = process.argv.slice(2);
/** The commands, each with a code cache of its own (test/check-fast.test.ts holds this to the CLI's list). */
const COMMANDS = ['init', 'check', 'report', 'render', 'export', 'assess', 'ui', 'guide', 'schema', 'completion'];

async function main() {
  if (args[0] === 'check' && process.env.KEMITRAAN_FAST_PATH !== '0') {
    const { loadCachedBundle } = require('./cached-bundle.cjs');
    const bundle = loadCachedBundle(path.join(__dirname, '..', 'dist', 'check-fast.cjs'));
    if (bundle) {
      const code = await bundle.exports.runCheckProcess(args.slice(1));
      bundle.saveCache();
      if (code !== undefined) return code;
    }
  }
  if (process.env.KEMITRAAN_BUNDLE !== '0') {
    const file = path.join(__dirname, '..', 'dist', 'cli.cjs');
    const { loadCachedBundle } = require('./cached-bundle.cjs');
    const bundle = loadCachedBundle(file, `${file}.${COMMANDS.includes(args[0]) ? args[0] : 'other'}.v8cache`);
    if (bundle) {
      const code = await bundle.exports.runProcess(args);
      bundle.saveCache();
      return code;
    }
  }
  const { runProcess } = await import(pathToFileURL(path.join(__dirname, '..', 'dist', 'cli', 'process.js')).href);
  return runProcess(args);
}

if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
} else {
  main().then((code) => {
    process.exitCode = code;
  });
}
