#!/usr/bin/env node
// The benchmark of kemitraan (`npm run bench`): generates plans into bench/.data/, then measures on this machine,
// in one run, start-up (`--version`, `check` on one plan) against `node -e 0`, `check` on the generated plans
// against ajv-cli validating the same files with the same schema, `report` on the same set, and the peak memory
// of each. Prints a table of figures, ratios and targets (Markdown, ready for the README).
//
//   node bench/run.js [--count 5000] [--seed 1] [--runs 3] [--startup-runs 30]
//
// Needs a build (`npm run build`). Uses hyperfine for start-up when installed, else its own repeated timing, and
// /usr/bin/time for peak memory when present, else a preload that reports the child's maxRSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, 'bench', '.data');
const BIN = path.join(ROOT, 'bin', 'kemitraan.js');
const AJV = path.join(ROOT, 'node_modules', '.bin', 'ajv');
const PEAK_HOOK = path.join(ROOT, 'bench', 'peak-rss.cjs');
const EXAMPLE = path.join(ROOT, 'examples', 'stunting-sumedang.yaml');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}
const COUNT = option('count', 5000);
const SEED = option('seed', 1);
const RUNS = option('runs', 3);
const STARTUP_RUNS = option('startup-runs', 30);

const ENV = { ...process.env, NO_COLOR: '1', KEMITRAAN_TODAY: '2026-11-22' };
delete ENV.KEMITRAAN_WORKERS;
delete ENV.KEMITRAAN_LANG;

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
const HAS_TIME = existsSync('/usr/bin/time');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The plans, generated once per count and seed (bench/.data/ is git-ignored). */
async function plansDir() {
  const dir = path.join(DATA, `plans-${COUNT}-seed-${SEED}`);
  const marker = path.join(dir, '.complete');
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    const { writePlans } = await import('./generate.js');
    await writePlans(dir, COUNT, { seed: SEED });
    writeFileSync(marker, new Date().toISOString());
  }
  return dir;
}

/**
 * Runs a command once with its output discarded; returns wall time (ms), peak RSS (MB, of the process
 * measured: with /usr/bin/time the whole child, else the Node process via the preload) and the exit code.
 */
function measure(argv, { cwd = ROOT } = {}) {
  const peakFile = path.join(DATA, `peak-${process.pid}.txt`);
  rmSync(peakFile, { force: true });
  let cmd = argv;
  if (HAS_TIME) cmd = ['/usr/bin/time', '-f', '%M', '-o', peakFile, ...argv];
  const env = HAS_TIME ? ENV : { ...ENV, NODE_OPTIONS: `--require ${PEAK_HOOK}`, KEMITRAAN_PEAK_FILE: peakFile };
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let peakMb = NaN;
  try {
    const lines = readFileSync(peakFile, 'utf8').trim().split('\n');
    // /usr/bin/time writes "Command exited with non-zero status N" before the figure.
    peakMb = Number(lines[lines.length - 1]) / 1024;
  } catch {
    /* not measured */
  }
  rmSync(peakFile, { force: true });
  return { ms, peakMb, code: r.status, stderr: r.stderr?.toString() ?? '' };
}

function repeat(argv, runs, options) {
  const all = Array.from({ length: runs }, () => measure(argv, options));
  return { ms: median(all.map((m) => m.ms)), peakMb: Math.max(...all.map((m) => m.peakMb)), code: all[0].code, stderr: all[0].stderr };
}

/** Start-up times: hyperfine (-N, no shell) when installed, else the median of our own runs. */
function startup(commands) {
  if (has('hyperfine')) {
    const out = path.join(DATA, 'hyperfine.json');
    const r = spawnSync('hyperfine', ['-N', '--warmup', '5', '--runs', String(STARTUP_RUNS), '--export-json', out, ...commands.map((c) => c.join(' '))], { cwd: ROOT, env: ENV, encoding: 'utf8' });
    if (r.status === 0) {
      const { results } = JSON.parse(readFileSync(out, 'utf8'));
      return { tool: 'hyperfine', ms: results.map((x) => x.median * 1000) };
    }
  }
  const ms = commands.map((c) => {
    for (let i = 0; i < 3; i++) spawnSync(c[0], c.slice(1), { cwd: ROOT, env: ENV, stdio: 'ignore' });
    return median(Array.from({ length: STARTUP_RUNS }, () => {
      const s = process.hrtime.bigint();
      spawnSync(c[0], c.slice(1), { cwd: ROOT, env: ENV, stdio: 'ignore' });
      return Number(process.hrtime.bigint() - s) / 1e6;
    }));
  });
  return { tool: 'own timing', ms };
}

/** Does the built CLI have a working `report` command yet (it is developed on another branch)? */
function reportAvailable() {
  const r = spawnSync(process.execPath, [BIN, '--help'], { cwd: ROOT, env: ENV, encoding: 'utf8' });
  return /^\s+report\b/m.test(r.stdout);
}

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const fmtMb = (mb) => (Number.isFinite(mb) ? `${mb.toFixed(0)} MB` : 'n/a');
const fmtRatio = (x) => `${x.toFixed(2)}×`;

async function main() {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
    console.error('bench: run `npm run build` first');
    return 2;
  }
  mkdirSync(DATA, { recursive: true });
  const node = process.execPath;
  const dir = await plansDir();
  const rel = path.relative(ROOT, dir);
  const cacheDir = path.join(DATA, 'cache');
  rmSync(cacheDir, { recursive: true, force: true });

  console.error(`bench: ${COUNT} plans in ${rel}; ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}`);
  console.error('bench: start-up ...');
  const st = startup([
    [node, '-e', '0'],
    [node, BIN, '--version'],
    [node, BIN, 'check', EXAMPLE],
  ]);
  const [nodeMs, versionMs, checkOneMs] = st.ms;
  const checkOneMem = measure([node, BIN, 'check', EXAMPLE]);

  console.error(`bench: check and ajv-cli on ${COUNT} plans (${RUNS} runs each, alternating) ...`);
  // ajv-cli reads YAML with js-yaml; --strict=false lets it ignore the schema's editor-only `enumDescriptions`.
  const ajvArgs = [node, AJV, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '--strict=false', '--all-errors', '--errors=line', '-s', 'schemas/plan.schema.json', '-d', `${rel}/*.yaml`];
  // Alternating runs share whatever else the machine is doing at the time between both tools.
  const pairs = Array.from({ length: RUNS }, () => [measure([node, BIN, 'check', rel]), measure(ajvArgs)]);
  const summarize = (ms) => ({ ms: median(ms.map((m) => m.ms)), peakMb: Math.max(...ms.map((m) => m.peakMb)), code: ms[0].code, stderr: ms[0].stderr });
  const check = summarize(pairs.map((p) => p[0]));
  const ajv = summarize(pairs.map((p) => p[1]));
  console.error('bench: check --cache (cold, then warm) ...');
  const cacheCold = measure([node, BIN, 'check', rel, '--cache', '--cache-location', `${path.relative(ROOT, cacheDir)}/`]);
  const cacheWarm = repeat([node, BIN, 'check', rel, '--cache', '--cache-location', `${path.relative(ROOT, cacheDir)}/`], RUNS);
  let report;
  if (reportAvailable()) {
    console.error(`bench: report on ${COUNT} plans ...`);
    report = repeat([node, BIN, 'report', rel], RUNS);
  }

  const rows = [
    ['`node -e 0`', fmtMs(nodeMs), '', '', 'baseline', ''],
    ['`kemitraan --version`', fmtMs(versionMs), '', fmtRatio(versionMs / nodeMs), '≤ 1.3× node', versionMs / nodeMs <= 1.3],
    ['`kemitraan check` one plan', fmtMs(checkOneMs), fmtMb(checkOneMem.peakMb), fmtRatio(checkOneMs / nodeMs), '≤ 1.8× node', checkOneMs / nodeMs <= 1.8],
    [`ajv-cli validate, ${COUNT} plans`, fmtMs(ajv.ms), fmtMb(ajv.peakMb), '', 'baseline', ''],
    [`\`kemitraan check\`, ${COUNT} plans`, fmtMs(check.ms), fmtMb(check.peakMb), `${fmtRatio(ajv.ms / check.ms)} faster`, '≥ 2× faster than ajv-cli, < 200 MB', ajv.ms / check.ms >= 2 && check.peakMb < 200],
    [`\`check --cache\`, ${COUNT} plans, cold`, fmtMs(cacheCold.ms), fmtMb(cacheCold.peakMb), '', '< 200 MB', cacheCold.peakMb < 200],
    [`\`check --cache\`, ${COUNT} plans, warm`, fmtMs(cacheWarm.ms), fmtMb(cacheWarm.peakMb), `${fmtRatio(check.ms / cacheWarm.ms)} faster than check`, '< 200 MB', cacheWarm.peakMb < 200],
  ];
  if (report) rows.push([`\`kemitraan report\`, ${COUNT} plans`, fmtMs(report.ms), fmtMb(report.peakMb), `${fmtRatio(report.ms / check.ms)} of check`, '≤ 1.2× check, < 200 MB', report.ms / check.ms <= 1.2 && report.peakMb < 200]);
  else rows.push([`\`kemitraan report\`, ${COUNT} plans`, 'not measured: no `report` command in this build', '', '', '≤ 1.2× check', '']);

  const mark = (v) => (v === true ? 'yes' : v === false ? '**no**' : '');
  const table = [
    '| Measured | Time (median) | Peak memory | Ratio | Target | Met |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.slice(0, 5).join(' | ')} | ${mark(r[5])} |`),
  ].join('\n');
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model?.trim() ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${os.platform()}`;
  console.log(`\n${table}\n\nMachine: ${machine}. Start-up by ${st.tool} (${STARTUP_RUNS} runs, median); other rows median of ${RUNS} runs; peak memory by ${HAS_TIME ? '/usr/bin/time (max RSS)' : 'process.resourceUsage().maxRSS'}.`);
  console.log(`Command: \`npm run bench\` (= \`node bench/run.js --count ${COUNT} --seed ${SEED} --runs ${RUNS}\`).`);
  for (const [name, r] of [['check', check], ['ajv-cli', ajv]]) {
    if (r.code !== 0 && r.code !== 1) console.error(`bench: ${name} exited ${r.code}: ${r.stderr.slice(0, 500)}`);
  }
  writeFileSync(path.join(DATA, 'last-results.json'), JSON.stringify({ machine, date: new Date().toISOString(), count: COUNT, seed: SEED, rows }, null, 2));
  return 0;
}

process.exitCode = await main();
