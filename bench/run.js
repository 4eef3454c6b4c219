#!/usr/bin/env node
// The benchmark of kemitraan (`npm run bench`). Generates two corpora into bench/.data/ — `gen`, 5,000 generated
// draft plans with findings, and `ex`, the example plans (valid, no findings) cycled to 5,000 files — and
// measures on this machine, each table from ONE interleaved run (every round runs each command once, in a
// rotated order, so whatever else the machine does falls on all of them alike):
//   - start-up: `node -e 0`, `--version`, `check` one plan (fast path with its code cache, and the full CLI);
//   - throughput on each corpus: `check` against ajv-cli validating the same files with the same schema, with
//     the floors (reading every file; reading and parsing with js-yaml, one thread) and `report`;
//   - `check --cache` cold and warm;
//   - linear growth: one file of 10k–200k keys and of 10k–200k aliases; a glob against long names and big folders;
//     `render` of a user template of 100 KB – 1 MB of hostile Markdown (a table, emphasis markers, deep nesting).
// For each command: median wall time, median CPU (user+sys of the whole process, all threads), peak RSS, and the
// median of the per-round ratios against the round's baseline. Prints Markdown tables for the README.
//
//   node bench/run.js [--count 5000] [--seed 1] [--runs 5] [--startup-runs 30] [--only startup|throughput|cache|linear]
//                     [--compare DIR]  (another built checkout: its start-up beside this one's)
//
// Needs a build (`npm run build`) and /usr/bin/time (Debian package `time`) for CPU and memory.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, 'bench', '.data');
const BIN = path.join(ROOT, 'bin', 'kemitraan.cjs');
const AJV = path.join(ROOT, 'node_modules', '.bin', 'ajv');
const FLOOR = path.join(ROOT, 'bench', 'floor.js');
const EXAMPLE = path.join(ROOT, 'examples', 'stunting-sumedang.yaml');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const COUNT = Number(option('count', 5000));
const SEED = Number(option('seed', 1));
const RUNS = Number(option('runs', 5));
const STARTUP_RUNS = Number(option('startup-runs', 30));
const ONLY = option('only', '');
/** Another checkout of kemitraan (built), whose start-up is measured beside this one's: `--compare ../old`. */
const COMPARE = option('compare', '');

const ENV = { ...process.env, NO_COLOR: '1', KEMITRAAN_TODAY: '2026-11-22' };
const NO_CA_NODE = '`node -e 0` without NODE_EXTRA_CA_CERTS';
for (const k of ['KEMITRAAN_WORKERS', 'KEMITRAAN_LANG', 'KEMITRAAN_FAST_PATH']) delete ENV[k];
const HAS_TIME = existsSync('/usr/bin/time');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The generated drafts, once per count and seed (bench/.data/ is git-ignored). */
async function genDir() {
  const dir = path.join(DATA, `plans-${COUNT}-seed-${SEED}`);
  if (!existsSync(path.join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    const { writePlans } = await import('./generate.js');
    await writePlans(dir, COUNT, { seed: SEED });
    writeFileSync(path.join(dir, '.complete'), new Date().toISOString());
  }
  return dir;
}

/** The example plans cycled to COUNT files. */
function exDir() {
  const dir = path.join(DATA, `examples-${COUNT}`);
  if (!existsSync(path.join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).sort();
    for (let i = 0; i < COUNT; i++) copyFileSync(path.join(ROOT, 'examples', examples[i % examples.length]), path.join(dir, `ex-${String(i + 1).padStart(5, '0')}.yaml`));
    writeFileSync(path.join(dir, '.complete'), new Date().toISOString());
  }
  return dir;
}

/**
 * Reads every file of a corpus, so that each command starts with the files in the page cache, as after a
 * checkout. This machine's kernel pages out memory left untouched for about a minute (DAMON's `pageout` scheme,
 * /sys/kernel/mm/damon/admin), the page cache included: without this, whichever command came first after the
 * other corpus's turn read its 5,000 files from disk (seen as ~1.3 s in `read` in a profile of `check`).
 */
function readAll(dir) {
  for (const f of readdirSync(dir)) readFileSync(path.join(dir, f));
}

/** One run with output discarded: wall ms, CPU ms (user+sys, all threads), peak RSS MB, exit code. */
function measure({ argv, env = {} }) {
  const stats = path.join(DATA, `time-${process.pid}.txt`);
  rmSync(stats, { force: true });
  const cmd = HAS_TIME ? ['/usr/bin/time', '-f', '%U %S %M', '-o', stats, ...argv] : argv;
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT, env: { ...ENV, ...env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let cpu = NaN;
  let peak = NaN;
  if (HAS_TIME) {
    const last = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpu = (last[0] + last[1]) * 1000;
    peak = last[2] / 1024;
  }
  return { ms, cpu, peak, code: r.status, stderr: r.stderr?.toString() ?? '' };
}

/**
 * Runs every command once per round, the order rotated each round; the first command is the baseline. Returns
 * per command the median wall and CPU, the peak memory and the median of per-round wall and CPU ratios.
 */
function interleaved(commands, rounds, { warmup = 1, before = () => {} } = {}) {
  for (let w = 0; w < warmup; w++) for (const c of commands) measure(c);
  const runs = commands.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < commands.length; k++) {
      const i = (k + r) % commands.length;
      before();
      runs[i].push(measure(commands[i]));
    }
  }
  return commands.map((c, i) => {
    const mine = runs[i];
    const base = runs[0];
    const bad = mine.find((m) => m.code !== 0 && m.code !== 1);
    if (bad) console.error(`bench: ${c.name} exited ${bad.code}: ${bad.stderr.slice(0, 400)}`);
    return {
      name: c.name,
      ms: median(mine.map((m) => m.ms)),
      cpu: median(mine.map((m) => m.cpu)),
      peak: Math.max(...mine.map((m) => m.peak)),
      wallRatio: median(mine.map((m, j) => m.ms / base[j].ms)),
      cpuRatio: median(mine.map((m, j) => m.cpu / base[j].cpu)),
    };
  });
}

const node = process.execPath;
const fmtMs = (ms) => (!Number.isFinite(ms) ? 'n/a' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const fmtMb = (mb) => (Number.isFinite(mb) ? `${mb.toFixed(0)} MB` : 'n/a');
const fmtX = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');
const yes = (ok) => (ok ? 'yes' : '**no**');

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** One plan through `check`, `report` and `render` of the binary `bin`; `tag` marks the names and the DOCX file. */
function onePlanCommands(bin, tag = '') {
  const prefix = tag ? `${tag}: ` : '';
  const docx = path.join(os.tmpdir(), `kemitraan-bench-${process.pid}${tag ? `-${tag}` : ''}.docx`);
  return {
    check: { name: `${prefix}\`kemitraan check\` one plan`, argv: [node, bin, 'check', EXAMPLE] },
    // The other commands' start-up, which this work must not slow down (issue 16: "nothing else got slower").
    others: [
      { name: `${prefix}\`kemitraan report\` one plan`, argv: [node, bin, 'report', EXAMPLE] },
      { name: `${prefix}\`kemitraan render mou\` one plan (Markdown)`, argv: [node, bin, 'render', 'mou', EXAMPLE] },
      { name: `${prefix}\`kemitraan render plan\` one plan (DOCX)`, argv: [node, bin, 'render', 'plan', EXAMPLE, '-f', 'docx', '-o', docx, '--force'] },
    ],
  };
}

/** The same commands run from the --compare checkout, named by its commit. */
function compareRows() {
  if (!COMPARE) return [];
  const bin = path.resolve(COMPARE, 'bin', existsSync(path.resolve(COMPARE, 'bin', 'kemitraan.cjs')) ? 'kemitraan.cjs' : 'kemitraan.js');
  const commit = spawnSync('git', ['-C', COMPARE, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || path.basename(COMPARE);
  measure({ argv: [node, bin, 'check', EXAMPLE] });
  const { check, others } = onePlanCommands(bin, commit);
  return [check, ...others];
}

function startupSection() {
  console.error(`bench: start-up, ${STARTUP_RUNS} interleaved rounds ...`);
  // One run first so that the code cache exists (it is written after the first run of each build).
  measure({ argv: [node, BIN, 'check', EXAMPLE] });
  const own = onePlanCommands(BIN);
  const r = interleaved([
    { name: '`node -e 0`', argv: [node, '-e', '0'] },
    { name: '`kemitraan --version`', argv: [node, BIN, '--version'] },
    own.check,
    { name: '`kemitraan check` one plan, full CLI (no fast path)', argv: [node, BIN, 'check', EXAMPLE], env: { KEMITRAAN_FAST_PATH: '0' } },
    ...own.others,
    ...compareRows(),
    // Node reads the certificates named by NODE_EXTRA_CA_CERTS at every start, before any code runs (~75 ms of
    // CPU with a system bundle, as this machine sets): it adds the same to both sides of the ratios above, so the
    // two are also measured without it (an empty value turns it off).
    ...(ENV.NODE_EXTRA_CA_CERTS ? [
      { name: NO_CA_NODE, argv: [node, '-e', '0'], env: { NODE_EXTRA_CA_CERTS: '' } },
      { name: `${own.check.name}, without NODE_EXTRA_CA_CERTS`, argv: own.check.argv, env: { NODE_EXTRA_CA_CERTS: '' } },
    ] : []),
  ], STARTUP_RUNS, { warmup: 3 });
  const target = { 1: ['≤ 1.3× node', (x) => x <= 1.3], 2: ['≤ 1.5× node', (x) => x <= 1.5] };
  const noCa = r.findIndex((x) => x.name === NO_CA_NODE);
  return table(['Start-up', 'Wall (median)', 'CPU (median)', 'Peak', 'Wall × node', 'CPU × node', 'Target', 'Met'], r.map((x, i) => {
    // The runs without the certificates are compared with `node -e 0` without them (medians' ratio).
    const base = noCa >= 0 && i > noCa ? r[noCa] : undefined;
    const ratios = i === 0 || i === noCa ? ['baseline', ''] : base ? [fmtX(x.ms / base.ms), fmtX(x.cpu / base.cpu)] : [fmtX(x.wallRatio), fmtX(x.cpuRatio)];
    return [x.name, fmtMs(x.ms), fmtMs(x.cpu), fmtMb(x.peak), ...ratios, target[i]?.[0] ?? '', target[i] ? yes(target[i][1](x.wallRatio)) : ''];
  }));
}

function throughputSection(label, dir) {
  const rel = path.relative(ROOT, dir);
  console.error(`bench: ${label}: check, ajv-cli, floors and report on ${COUNT} plans, ${RUNS} interleaved rounds ...`);
  // ajv-cli reads YAML with js-yaml; --strict=false lets it ignore the schema's editor-only `enumDescriptions`.
  const ajv = [node, AJV, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--strict=false', '--all-errors', '--errors=line', '-s', 'schemas/plan.schema.json', '-d', `${rel}/*.yaml`];
  const r = interleaved([
    { name: 'ajv-cli validate', argv: ajv },
    { name: '`kemitraan check`', argv: [node, BIN, 'check', rel] },
    { name: '`kemitraan check --format json`', argv: [node, BIN, 'check', rel, '--format', 'json'] },
    { name: '`kemitraan report`', argv: [node, BIN, 'report', rel] },
    { name: 'floor: read every file', argv: [node, FLOOR, 'read', rel] },
    { name: 'floor: read + js-yaml parse, one thread', argv: [node, FLOOR, 'parse', rel] },
  ], RUNS, { before: () => readAll(dir) });
  const rows = r.map((x, i) => {
    const speedup = 1 / x.wallRatio;
    let target = '';
    let met = '';
    if (i === 1 || i === 2) {
      target = '≥ 2× faster than ajv-cli, < 200 MB';
      met = yes(speedup >= 2 && x.peak < 200);
    } else if (i === 3) {
      target = '< 200 MB';
      met = yes(x.peak < 200);
    }
    return [x.name, fmtMs(x.ms), fmtMs(x.cpu), fmtMb(x.peak), i ? `${fmtX(speedup)} faster` : 'baseline', i ? fmtX(x.cpuRatio) : '', target, met];
  });
  return `**${label}**\n\n${table(['Command', 'Wall (median)', 'CPU (median)', 'Peak', 'Speed vs ajv-cli', 'CPU × ajv-cli', 'Target', 'Met'], rows)}`;
}

function cacheSection(dir) {
  const rel = path.relative(ROOT, dir);
  const cacheDir = path.join(DATA, 'cache');
  const cached = [node, BIN, 'check', rel, '--cache', '--cache-location', `${path.relative(ROOT, cacheDir)}/`];
  console.error('bench: check --cache, cold and warm ...');
  const colds = [];
  for (let i = 0; i < Math.max(1, Math.min(RUNS, 3)); i++) {
    rmSync(cacheDir, { recursive: true, force: true });
    colds.push(measure({ argv: cached }));
  }
  const warm = interleaved([{ name: 'check', argv: [node, BIN, 'check', rel] }, { name: 'warm', argv: cached }], RUNS, { warmup: 0 });
  // The next day: a cache written "yesterday" must still be warm for plans whose dates do not straddle the two days.
  const nextDay = measure({ argv: cached, env: { KEMITRAAN_TODAY: '2026-11-23' } });
  const cold = { ms: median(colds.map((c) => c.ms)), peak: Math.max(...colds.map((c) => c.peak)) };
  return table(['`check --cache`', 'Wall', 'Peak', 'vs plain check', 'Target', 'Met'], [
    ['cold (no cache file)', fmtMs(cold.ms), fmtMb(cold.peak), '', '< 200 MB', yes(cold.peak < 200)],
    ['warm', fmtMs(warm[1].ms), fmtMb(warm[1].peak), `${fmtX(1 / warm[1].wallRatio)} faster`, '< 200 MB', yes(warm[1].peak < 200)],
    // "Does not start cold every new day" (issue 16): about 8% of the generated drafts name today's date in a
    // finding or have a date between the two days, and are checked again; the rest come from the cache.
    ['warm, the next day', fmtMs(nextDay.ms), fmtMb(nextDay.peak), `${fmtX(warm[0].ms / nextDay.ms)} faster (${fmtX(cold.ms / nextDay.ms)} faster than cold)`, 'does not start cold (< ½ of cold)', yes(nextDay.ms < cold.ms / 2)],
  ]);
}

/** One plan-shaped file of n keys, or of n aliases to one anchor, to show growth is linear. */
function linearSection() {
  console.error('bench: linear growth (keys, aliases) ...');
  const dir = path.join(DATA, 'linear');
  mkdirSync(dir, { recursive: true });
  const rows = [];
  for (const kind of ['keys', 'aliases']) {
    const results = [];
    for (const n of [10_000, 50_000, 200_000]) {
      const file = path.join(dir, `${kind}-${n}.yaml`);
      const lines = ['schemaVersion: 1', 'title: Uji', 'base: &b x', 'extra:'];
      for (let i = 0; i < n; i++) lines.push(kind === 'keys' ? `  k${i}: v` : `  k${i}: *b`);
      writeFileSync(file, lines.join('\n') + '\n');
      const m = measure({ argv: [node, BIN, 'check', file] });
      results.push([n, m]);
    }
    const [n0, m0] = results[0];
    for (const [n, m] of results) {
      const perKey = m.ms / m0.ms / (n / n0);
      rows.push([`${n.toLocaleString('en')} ${kind}`, fmtMs(m.ms), fmtMb(m.peak), fmtX(perKey), 'per-key time ≤ 2× the 10k file', yes(perKey <= 2)]);
    }
  }
  return `${table(['One file of', 'Wall', 'Peak', 'Time per key vs 10k', 'Target', 'Met'], rows)}\n\n${renderLinearTable(dir)}`;
}

/**
 * `render mou … -f docx` with a user template of hostile Markdown of 100 KB – 1 MB: a big table, emphasis markers
 * that once made marked rescan the line ("*a*a…"), and lines nested as deep as they can go ("> - > 1. …").
 */
function renderLinearTable(dir) {
  console.error('bench: linear growth (render of hostile Markdown) ...');
  const kinds = {
    'table rows': (n) => `| a | b |\n|---|---:|\n${'| xxxxxxxx | yyyyyyy |\n'.repeat(Math.round(n / 22))}`,
    '"*a" emphasis': (n) => '*a'.repeat(n / 2),
    'nested "> - > 1." lines': (n) => '> - > 1. > * > 2) > + > - x\n'.repeat(Math.round(n / 28)),
  };
  const rows = [];
  for (const [kind, make] of Object.entries(kinds)) {
    const results = [];
    for (const n of [100_000, 400_000, 1_000_000]) {
      const tdir = path.join(dir, `template-${kind.replace(/\W+/g, '-')}-${n}`);
      mkdirSync(tdir, { recursive: true });
      writeFileSync(path.join(tdir, 'mou.md.hbs'), `# Uji\n\n${make(n)}\n`);
      const out = path.join(dir, 'render-out.docx');
      const m = measure({ argv: [node, BIN, 'render', 'mou', EXAMPLE, '--template-dir', tdir, '-f', 'docx', '-o', out, '--force'] });
      if (m.code !== 0) console.error(`bench: render ${kind} ${n} exited ${m.code}: ${m.stderr.slice(0, 400)}`);
      results.push([n, m]);
    }
    const [n0, m0] = results[0];
    for (const [n, m] of results) {
      const perKb = m.ms / m0.ms / (n / n0);
      rows.push([`${(n / 1000).toLocaleString('en')} KB of ${kind}`, fmtMs(m.ms), fmtMb(m.peak), fmtX(perKb), 'per-KB time ≤ 2× the 100 KB template', yes(perKb <= 2)]);
    }
  }
  return table(['A template of', 'Wall', 'Peak', 'Time per KB vs 100 KB', 'Target', 'Met'], rows);
}

/**
 * Globs stay linear too: the pattern that makes regex-based matchers backtrack (picomatch: 3.9 s at 40
 * characters) against ever longer names in process, and `check` with that pattern over folders of 1,000–20,000
 * files (nothing matches, so the time is the walk and the matching).
 */
async function globSection() {
  console.error('bench: linear growth (globs) ...');
  const PATTERN = '*a*a*a*a*a*a*a*a';
  const { compileGlob } = await import(path.join(ROOT, 'dist', 'io', 'glob.js'));
  const rows = [];
  // The second pattern cannot be refused by a quick look at the name's end: every `*` is tried.
  for (const [pattern, nameOf] of [[PATTERN, (n) => `${'a'.repeat(n - 1)}b`], [`${PATTERN}b*`, (n) => 'a'.repeat(n)]]) {
    const glob = compileGlob(pattern);
    const names = [];
    for (const n of [1_000, 10_000, 100_000]) {
      const name = nameOf(n);
      const times = [];
      for (let r = 0; r < 7; r++) {
        const start = performance.now();
        for (let k = 0; k < 10; k++) glob.matches(name);
        times.push((performance.now() - start) / 10);
      }
      names.push([n, median(times)]);
    }
    for (const [n, ms] of names) {
      const perChar = ms / names[0][1] / (n / names[0][0]);
      rows.push([`\`${pattern}\` against a ${n.toLocaleString('en')}-character name`, `${ms.toFixed(3)} ms`, '', fmtX(perChar), 'per-character time ≤ 2× the 1,000 name', yes(perChar <= 2)]);
    }
  }
  const folders = [];
  for (const n of [1_000, 5_000, 20_000]) {
    const dir = path.join(DATA, 'linear', `glob-${n}`);
    if (!existsSync(path.join(dir, '.complete'))) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `${'a'.repeat(200)}-${i}.yaml`), '');
      writeFileSync(path.join(dir, '.complete'), '');
    }
    const m = measure({ argv: [node, BIN, 'check', `${path.relative(ROOT, dir)}/${PATTERN}b.yaml`] });
    folders.push([n, m]);
  }
  for (const [n, m] of folders) {
    const perFile = m.ms / folders[0][1].ms / (n / folders[0][0]);
    rows.push([`\`check '…/${PATTERN}b.yaml'\` over ${n.toLocaleString('en')} files`, fmtMs(m.ms), fmtMb(m.peak), fmtX(perFile), 'per-file time ≤ 2× the 1,000 folder', yes(perFile <= 2)]);
  }
  return table(['Glob', 'Wall', 'Peak', 'Time per unit vs smallest', 'Target', 'Met'], rows);
}

async function main() {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
    console.error('bench: run `npm run build` first');
    return 2;
  }
  if (!HAS_TIME) console.error('bench: /usr/bin/time is missing (apt-get install time): no CPU or memory figures');
  mkdirSync(DATA, { recursive: true });
  const gen = await genDir();
  const ex = exDir();
  const load = os.loadavg().map((x) => x.toFixed(1)).join(' ');
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model?.trim() ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load ${load} at start`;
  const parts = [];
  if (!ONLY || ONLY === 'startup') parts.push(startupSection());
  if (!ONLY || ONLY === 'throughput') parts.push(throughputSection(`gen: ${COUNT} generated drafts (≈20 findings each)`, gen), throughputSection(`ex: the examples cycled to ${COUNT} valid plans`, ex));
  if (!ONLY || ONLY === 'cache') parts.push(cacheSection(gen));
  if (!ONLY || ONLY === 'linear') parts.push(linearSection(), await globSection());
  console.log(`\n${parts.join('\n\n')}\n\nMachine: ${machine}. Start-up ${STARTUP_RUNS} rounds, throughput ${RUNS} rounds, interleaved; ratios are medians of per-round ratios; CPU and peak memory by /usr/bin/time.`);
  writeFileSync(path.join(DATA, 'last-results.md'), parts.join('\n\n') + '\n');
  return 0;
}

process.exitCode = await main();
