// `npm test`: the build, then Jest; the static checks (typecheck, lint:deps, lint) run beside them.
// Jest needs dist/ (the end-to-end tests run the built binary), so it waits for the build; the static checks need
// nothing built, and on two cores they fill, at low priority, the time in which the build runs one thread and
// Jest waits on its children (Chromium, npm, LibreOffice, a pseudo-terminal). Their output is held and printed
// after Jest's, each with its time; any step that fails fails the whole. Each step is the package.json script of
// the same name, run as `npm run` would. The build emits without type-checking (tsc --noCheck); the typecheck
// step checks src/, test/ and bench/ once.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const env = { ...process.env, PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` };
// Node reads and parses the certificates named by NODE_EXTRA_CA_CERTS at the start of every process, before any
// code runs: with a system bundle (220 KB, as set on the machines this project is built on) that is ~80 ms of CPU
// for each of the ~100 Node processes a run starts (the tested binary, npm, the checks), about a third of each
// one's start-up. Nothing the tests start makes a TLS connection but the pack test's fallback to the registry, which
// gets it back from KEMITRAAN_TEST_CA_CERTS.
if (env.NODE_EXTRA_CA_CERTS) {
  env.KEMITRAAN_TEST_CA_CERTS = env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_EXTRA_CA_CERTS;
}
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** `nice` where there is one: the static checks take the CPU the build and Jest leave idle, not theirs. */
const NICE = process.platform !== 'win32' && spawnSync('nice', ['true']).status === 0;

/**
 * Runs a shell command; `quiet` holds its output for later instead of passing it through; `background` runs it
 * at low priority.
 */
function run(name, command, { quiet, background = false }) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const options = { cwd: ROOT, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' };
    const child = background && NICE
      ? spawn('nice', ['-n', '15', 'sh', '-c', command], options)
      : spawn(command, { ...options, shell: true });
    let output = '';
    if (quiet) {
      child.stdout.on('data', (d) => { output += d; });
      child.stderr.on('data', (d) => { output += d; });
    }
    child.on('close', (code, signal) => resolve({ name, ok: code === 0, code: code ?? signal, output, ms: Date.now() - t0 }));
  });
}

/** Static checks one after another (they share two cores with the rest), stopping at the first failure. */
async function staticChecks() {
  const results = [];
  for (const name of ['typecheck', 'lint:deps', 'lint']) {
    const r = await run(name, scripts[name], { quiet: true, background: true });
    results.push(r);
    if (!r.ok) break;
  }
  return results;
}

/**
 * Jest's node, whose flags its workers inherit. A young generation of up to 64 MB instead of 16 MB: the tests
 * allocate fast (YAML documents, rendered text), and with the default most of it was copied by scavenges over
 * and over — about 8% fewer instructions for the same work (callgrind, `yaml` parsing the example).
 */
const JEST = 'node --experimental-vm-modules --max-semi-space-size=64 node_modules/jest/bin/jest.js';

const checks = staticChecks();
const build = await run('build', scripts.build, { quiet: false });
const jest = build.ok
  ? await run('jest', [JEST, ...process.argv.slice(2).map((a) => JSON.stringify(a))].join(' '), { quiet: false })
  : { name: 'jest', ok: false, code: 'not run (the build failed)', output: '', ms: 0 };
const statics = await checks;

const all = [build, jest, ...statics];
for (const r of statics) {
  if (r.output.trim() !== '') process.stdout.write(`\n> npm run ${r.name}\n${r.output}`);
}
process.stdout.write(`\n${all.map((r) => `${r.name} ${r.ok ? 'ok' : `FAILED (${r.code})`} ${seconds(r.ms)}`).join(' · ')}\n`);
process.stdout.write(`npm test: ${seconds(Date.now() - started)} (the static checks ran beside the build and Jest)\n`);
process.exitCode = all.every((r) => r.ok) && statics.length === 3 ? 0 : 1;
