/**
 * `kemitraan check`: reads files, finds each one's config, checks, formats, and returns the exit code.
 * All I/O for the check lives here; the checking itself is the pure engine.
 */
import path from 'node:path';
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { findStep, type StepId } from '../../guide/steps.js';
import { checkInput, fileOutcome, readingProblemText, type FileOutcome, type FileResult, type RuleConfig } from '../../check/engine.js';
import { configProblemText, parseRuleConfig } from '../../check/config.js';
import { loadPlanText } from '../../plan/load.js';
import { addTotals, type Totals } from '../../check/format/types.js';
import { loadCheckFormatter, type CheckFormat } from '../../check/format/index.js';
import { expandPaths } from '../../io/paths.js';
import { writePathProblems } from '../path-problems.js';
import { readPlanInput, readPlanInputSync, readStdinInput } from '../../io/read.js';
import { findConfigFile } from '../../io/config.js';
import { EXIT, UsageError, useColor, today, outputWidth, type CliIO } from '../context.js';
import { toolVersion } from '../version.js';
import type { CheckPool } from './pool.js';
import type { WrittenResult } from './task.js';
import { LEAN_TIERING_FROM, WORKER_THRESHOLD } from '../parallel.js';
import { readUserText } from '../../io/read.js';
import { writeErrorMessage, unreadableMessage } from '../io-errors.js';
import { RULE_SEVERITIES } from '../rules.js';

/** The options of `kemitraan check` as given on the command line (commander fills them; tests pass them directly). */
export interface CheckCliOptions {
  format: CheckFormat;
  failOn: 'error' | 'warning' | 'info';
  quiet?: boolean;
  stage?: string;
  lang?: string;
  color?: boolean;
  config?: string | false;
  cache?: boolean;
  cacheLocation?: string;
  /** `--ignore` patterns (repeatable). */
  ignore?: string[];
}

/**
 * Runs `fn` over the items with bounded concurrency and hands each result to `consume` in input order, as soon
 * as every earlier one has been handed over; only results that finished early wait in memory.
 */
async function forEachInOrder<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>, consume: (r: R) => void): Promise<void> {
  const finished = new Map<number, R>();
  let next = 0;
  let consumed = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      finished.set(i, await fn(items[i]!));
      while (finished.has(consumed)) {
        const r = finished.get(consumed)!;
        finished.delete(consumed++);
        consume(r);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}

/** A config file that failed validation: reported on stderr with positions, exit 2. */
export class ConfigError extends Error {}

export async function loadConfig(file: string, lang: Lang): Promise<RuleConfig> {
  const read = await readUserText(file, '/');
  if ('error' in read) throw new UsageError(unreadableMessage(file, read.error, lang));
  if ('tooLarge' in read) throw new UsageError(msg(lang, 'cli.error.tooLarge', { file, limit: '5 MB' }));
  const loaded = loadPlanText(file, read.text);
  const parseProblem = loaded.problems.find((p) => p.ruleId !== 'parse/json' && p.ruleId !== 'parse/empty');
  if (parseProblem) {
    const pos = parseProblem.position ?? { line: 1, column: 1 };
    throw new ConfigError(`${file}:${pos.line}:${pos.column}: ${msg(lang, 'cli.error.config')}: ${readingProblemText(parseProblem, lang)}`);
  }
  const { config, problems } = parseRuleConfig(loaded.data);
  if (!config) {
    throw new ConfigError(problems.map((p) => {
      const pos = loaded.locate(p.pointer, p.at);
      return `${file}:${pos.line}:${pos.column}: ${msg(lang, 'cli.error.config')}: ${configProblemText(p, lang)}`;
    }).join('\n'));
  }
  return config;
}

export async function runCheck(paths: string[], options: CheckCliOptions & { lang: Lang }, io: CliIO): Promise<number> {
  const { lang } = options;
  let stage: StepId | undefined;
  if (options.stage !== undefined) {
    const s = findStep(options.stage);
    if (!s) throw new UsageError(msg(lang, 'cli.error.unknownStep', { step: options.stage, known: '1-8, idea, partners, goals, readiness, agreement, workplan, implementation, monitoring' }));
    stage = s.id;
  }
  // An empty argument (an unset shell variable: `check "$PLAN"`) must not mean "the current directory".
  if (paths.some((p) => p === '')) throw new UsageError(msg(lang, 'cli.error.emptyPath'));
  const { files, problems } = await expandPaths(paths, io.cwd, { ignore: options.ignore });
  let exit: number = writePathProblems(problems, lang, io) ? EXIT.ERROR : EXIT.OK;
  if (files.length === 0) return EXIT.ERROR;

  const configCache = new Map<string, Promise<RuleConfig | undefined>>();
  const configFor = (file: string): Promise<RuleConfig | undefined> => {
    if (options.config === false) return Promise.resolve(undefined);
    if (typeof options.config === 'string') {
      const explicit = path.resolve(io.cwd, options.config);
      if (!configCache.has(explicit)) configCache.set(explicit, loadConfig(explicit, lang));
      return configCache.get(explicit)!;
    }
    const dir = file === '-' ? io.cwd : path.dirname(path.resolve(io.cwd, file));
    if (!configCache.has(dir)) {
      configCache.set(dir, findConfigFile(dir).then((found) => (found ? loadConfig(found, lang) : undefined)));
    }
    return configCache.get(dir)!;
  };

  // Every config is read and validated before anything else: a bad one found half-way would leave half a JSON
  // document on stdout, and before the cache file or worker threads are opened (threads left running would keep
  // the process from exiting).
  try {
    await Promise.all(files.map((f) => configFor(f)));
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr.write(`${err.message}\n`);
      return EXIT.ERROR;
    }
    throw err;
  }

  const todayIso = today(io.env);
  const checkOptions: { lang: Lang; today: string; summary?: false } = { lang, today: todayIso };
  // The cache and the worker pool are loaded only when used: a one-file check does not pay for them.
  let cache: import('./cache.js').CheckCache | undefined;
  let fingerprint: typeof import('./fingerprint.js').fingerprint = () => 0;
  if (options.cache || options.cacheLocation) {
    const { CheckCache, resolveCacheFile } = await import('./cache.js');
    ({ fingerprint } = await import('./fingerprint.js'));
    cache = await CheckCache.open(await resolveCacheFile(options.cacheLocation, io.cwd), toolVersion(), lang, todayIso);
  }
  const width = outputWidth(io);
  // The version is read (package.json) only by the formats that print it, not at every stylish run.
  let version: string | undefined;
  const portableMeta = { lang, color: useColor(io, options.color), quiet: options.quiet === true, ...(stage ? { stage } : {}), ...(width ? { width } : {}) };
  const meta = { ...portableMeta, get toolVersion() { return (version ??= toolVersion()); }, rules: RULE_SEVERITIES };
  const stream = (await loadCheckFormatter(options.format))(meta, files.length);
  // Summaries nobody reads are not made: not when the format shows none, --stage does not ask whether files are
  // ready, and no cache keeps results for later runs (of any format).
  if (stream.summaries === false && !stage && !cache) checkOptions.summary = false;

  let pool: CheckPool | undefined;
  // V8 inlines only small functions and optimises later while a run of several files lasts (lean-tiering.ts): set
  // before any worker starts, as their isolates compile with it too.
  let lean: import('../lean-tiering.js').LeanTiering | undefined;
  const leanTiering = async () => {
    lean ??= new (await import('../lean-tiering.js')).LeanTiering(process.execArgv);
    lean.start();
  };
  if (files.length >= LEAN_TIERING_FROM) await leanTiering();
  /**
   * The pool, started when first needed: with --cache at the first file that is not in it, so that a run whose
   * results all come from the cache starts no worker (a thread that loads the checker and holds its own heap).
   */
  let workerPool: () => CheckPool | undefined = () => undefined;
  /** Files are checked on worker threads (with --cache: will be, once one misses it). */
  let parallel = false;
  if (files.length >= WORKER_THRESHOLD || io.env.KEMITRAAN_WORKERS !== undefined) {
    const { CheckPool: Pool, workerCount } = await import('./pool.js');
    const workers = workerCount(files.length, io.env);
    if (workers > 0) {
      await leanTiering();
      // Where the format allows it, files are written where they are checked, and only text comes back. Not with
      // --cache, which keeps results.
      if (stream.between !== undefined && !cache) {
        const { resultWriter } = await import('./task.js');
        const output = { format: options.format, meta: portableMeta, fileCount: files.length, failOn: options.failOn };
        pool = new Pool(workers, io.env, { ...checkOptions, output }, resultWriter(stream, meta, options.failOn));
      } else if (!cache) pool = new Pool(workers, io.env, checkOptions);
      workerPool = () => (pool ??= new Pool(workers, io.env, checkOptions));
      parallel = true;
    }
  }
  // Beside workers, the main thread's young generation is kept small (see young-generation.ts): 5,000 valid plans
  // `-f json` 189–208 → 161–174 MB, drafts `-f json` 187–191 → 170–183 MB, CPU unchanged within the noise.
  const youngGeneration = parallel ? new (await import('./young-generation.js')).YoungGenerationCap({ get workersGrown() { return pool?.workersGrown ?? false; } }) : undefined;

  const unreadable = (file: string, detail: string) => {
    io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${unreadableMessage(file, detail, lang)}\n`);
    exit = EXIT.ERROR;
    return undefined;
  };

  /** Standard input, kept: it cannot be read twice, and an assessment file read from it is checked again. */
  let stdinInput: import('../../plan/load.js').PlanInput | undefined;
  /**
   * One file, then the assessments its plan names: read fresh every time (never cached: they are other files),
   * and loaded only for plans that name them.
   */
  const checkOne = async (file: string): Promise<FileResult | WrittenResult | undefined> => {
    const r = await checkPlanFile(file);
    if (!r || 'written' in r) return r;
    if (r.kind === 'assessment') {
      const { checkAssessmentFile } = await import('../assess/read.js');
      const config = await configFor(file);
      return checkAssessmentFile(file === '-' ? stdinInput! : file, io.cwd, { ...checkOptions, ...(config ? { config } : {}) });
    }
    if (!r.assessments) return r;
    const { withAssessmentFindings } = await import('../assess/plan-findings.js');
    const config = await configFor(file);
    return withAssessmentFindings(r, file, io.cwd, { ...checkOptions, ...(config ? { config } : {}) });
  };

  // A single plan is read synchronously: nothing else waits, and one read beats the four trips through the thread
  // pool (open, stat, read, close) of the asynchronous reader, at every start. So are files for a pool (many
  // files with --cache), as the workers read theirs: the thread is busy checking anyway, and thousands of those
  // trips cost it more than the reads. A few plans without a pool: reads overlap.
  const readPlan = files.length === 1 || parallel ? async (file: string, cwd: string) => readPlanInputSync(file, cwd) : readPlanInput;

  /** One file: find its config, read it, reuse a cached result or check it (in a worker when there are many). */
  const checkPlanFile = async (file: string): Promise<FileResult | WrittenResult | undefined> => {
    const config = await configFor(file);
    const withConfig = config ? { config } : {};
    if (pool && !cache && file !== '-') {
      // Without a cache nothing here needs the bytes: the worker reads the file itself.
      const r = await pool.check({ path: { file, cwd: io.cwd }, ...withConfig });
      return 'readError' in r ? unreadable(file, r.readError) : r;
    }
    let read: ReturnType<typeof readPlanInputSync> | undefined;
    if (parallel && cache && file !== '-') {
      read = readPlanInputSync(file, io.cwd, reusedBuffer);
      const keyed = keyOf(read, config);
      if (keyed) return checkByPath(file, keyed, config);
    }
    const input = read ?? (file === '-' ? (stdinInput = await readStdinInput(io.stdin)) : await readPlan(file, io.cwd));
    if ('error' in input) return unreadable(file, input.error);
    const key = cache && input.bytes ? cache.key(input.bytes, config) : undefined;
    const cached = key ? cache!.get(key, input.file) : undefined;
    if (cached) return cached;
    let result: FileResult | WrittenResult;
    const onWorkers = workerPool();
    if (onWorkers) {
      const r = await onWorkers.check({ input, ...withConfig });
      if ('readError' in r) return unreadable(file, r.readError);
      result = r;
    } else {
      result = checkInput(input, { ...checkOptions, ...withConfig });
    }
    if (key) cache!.set(key, result as FileResult); // with a cache, results come back whole (see above)
    return result;
  };

  /** Where files are read for their key only: one buffer, reused (the bytes are hashed, never kept). */
  let keyBuffer = new Uint8Array(64 * 1024);
  const reusedBuffer = (size: number): Uint8Array => (size <= keyBuffer.length ? keyBuffer : (keyBuffer = new Uint8Array(size))).subarray(0, size);
  /** A file read for its cache key: the key and a checksum of the bytes, not the bytes (see checkByPath). */
  interface Keyed { key: string; fingerprint: number; file: string }
  const keyOf = (input: ReturnType<typeof readPlanInputSync>, config: RuleConfig | undefined): Keyed | undefined => {
    // A pipe cannot be read again, and a file too large or unreadable has no key: those take the general way.
    if ('error' in input || !input.bytes || input.pipe) return undefined;
    return { key: cache!.key(input.bytes, config), fingerprint: fingerprint(input), file: input.file };
  };
  /**
   * With a cache and a pool, a file is read once for its key and, when that is a miss, read again by whoever
   * checks it (a worker, or this thread), as without a cache: holding every file's bytes from its key until its
   * turn to be checked, and moving them to a worker, left tens of MB of dead buffers in both threads between
   * collections. The checksum of the bytes checked tells whether the file changed between the two reads; a
   * result for other bytes than the key's is shown but not stored.
   */
  const checkByPath = async (file: string, keyed: Keyed, config: RuleConfig | undefined): Promise<FileResult | undefined> => {
    const cached = cache!.get(keyed.key, keyed.file);
    if (cached) return cached;
    const r = await workerPool()!.check({ path: { file, cwd: io.cwd }, fingerprint: true, ...(config ? { config } : {}) });
    if ('readError' in r) return unreadable(file, r.readError);
    // With a cache, the pool has no output spec: results come back whole.
    const { fingerprint: checked, ...result } = r as FileResult & { fingerprint?: number };
    if (checked === keyed.fingerprint) cache!.set(keyed.key, result);
    return result;
  };


  const counts: Totals = { error: 0, warning: 0, info: 0, files: 0 };
  let failing = false;
  let notReady = false;
  io.stdout.write(stream.head);
  try {
    // Reading overlaps checking, with a bounded number of files in flight; each file's output is written as
    // soon as it is its turn, so only counts are kept, however many files there are.
    await forEachInOrder(files, parallel ? 64 : 8, checkOne, (r) => {
      youngGeneration?.check();
      if (!r) return;
      let outcome: FileOutcome;
      if ('written' in r) {
        io.stdout.write(counts.files === 0 ? r.written : stream.between + r.written);
        counts.error += r.counts.error;
        counts.warning += r.counts.warning;
        counts.info += r.counts.info;
        counts.files++;
        outcome = r;
      } else {
        io.stdout.write(stream.file(r, counts.files));
        addTotals(counts, r, meta);
        outcome = fileOutcome(r, options.failOn, stage);
      }
      failing ||= outcome.failing;
      notReady ||= outcome.notReady;
    });
  } catch (err) {
    // The new cache file was being written as results came: a run cut short leaves the old one as it was.
    await cache?.discard();
    throw err;
  } finally {
    // In this order: V8's flags are part of its code-cache check, so the workers write their caches (at close)
    // with the flags they start with next time — the young generation's growth set back, lean tiering still on.
    youngGeneration?.release();
    await pool?.close();
    lean?.release();
  }
  io.stdout.write(stream.end(counts));
  if (cache) {
    try {
      await cache.save();
    } catch (err) {
      // A cache that cannot be written costs speed next time, not correctness now.
      const detail = writeErrorMessage(err, cache.file, lang);
      if (detail === undefined) throw err;
      io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${detail}\n`);
    }
  }

  if (exit !== EXIT.OK) return exit;
  return failing || notReady ? EXIT.FINDINGS : EXIT.OK;
}
