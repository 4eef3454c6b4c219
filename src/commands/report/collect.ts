/**
 * What `report` and `export` share: each plan's part of the report computed (in worker threads for many files),
 * skipped files named on stderr with their located findings, and the output written to stdout or atomically to
 * -o FILE.
 */
import path from 'node:path';
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { readStdinInput } from '../../io/read.js';
import { FileExistsError, writeFileAtomic } from '../../io/write.js';
import type { PlanPart } from '../../report/build.js';
import type { SkippedPlan } from '../../report/types.js';
import { EXIT, UsageError, type CliIO } from '../context.js';
import { WorkerPool, workerCount, workerEntry } from '../worker-pool.js';
import { LEAN_TIERING_FROM } from '../parallel.js';
import { writeErrorMessage } from '../io-errors.js';
import { reportTask, type PlanAssessmentRefs, type ReportTask, type ReportTaskOptions, type ReportTaskResult } from './plan.js';

const REPORT_WORKER_URL = new URL('./worker.js', import.meta.url);
/** The worker as built: one bundle (scripts/bundle.js), as check's (worker-pool.ts, workerEntry). */
const BUNDLED_REPORT_WORKER_URL = new URL('../../report-worker.cjs', import.meta.url);

/**
 * A report task run on the main thread, its result copied as a worker's would be: every plan's part is kept
 * until the end, and uncopied it shares strings with the plan read (a slice of a string can keep the whole text
 * alive). Measured on 5,000 example plans: 340 MB uncopied, 186 MB copied.
 */
const detachedReportTask = (task: ReportTask, options: ReportTaskOptions): ReportTaskResult => structuredClone(reportTask(task, options));

/** The parts of the plans that could be read (in input order) and the skipped ones; an exit code when none could. */
export async function collectPlanParts(
  files: readonly string[], taskOptions: ReportTaskOptions, io: CliIO, lang: Lang,
): Promise<{ parts: PlanPart[]; skipped: SkippedPlan[]; assessed: PlanAssessmentRefs[] } | number> {
  // V8 optimises less and later while many plans are read (lean-tiering.ts; 1,000 drafts −10% instructions), set
  // before the workers start and set back after they end.
  const lean = files.length >= LEAN_TIERING_FROM ? new (await import('../lean-tiering.js')).LeanTiering(process.execArgv) : undefined;
  lean?.start();
  const worker = workerEntry(BUNDLED_REPORT_WORKER_URL, REPORT_WORKER_URL, io.env);
  const workers = workerCount(worker.url, files.length, io.env);
  const pool = workers > 0 ? new WorkerPool<ReportTask, ReportTaskResult, ReportTaskOptions>(worker.url, workers, taskOptions, { local: detachedReportTask, ...(worker.codeCacheLoader ? { codeCacheLoader: worker.codeCacheLoader } : {}) }) : undefined;
  const parts: PlanPart[] = [];
  const skipped: SkippedPlan[] = [];
  const assessed: PlanAssessmentRefs[] = [];
  try {
    // Files are read synchronously (or by the workers): awaiting thousands of small reads one by one leaves
    // the core idle for a fifth of the run. Results are taken in input order.
    const pending = files.map(async (file): Promise<ReportTaskResult> => {
      if (file === '-') return reportTask({ input: await readStdinInput(io.stdin) }, taskOptions);
      const task = { path: { file, cwd: io.cwd } };
      return pool ? pool.run(task) : reportTask(task, taskOptions);
    });
    for (const r of await Promise.all(pending)) {
      if ('part' in r) {
        parts.push(r.part);
        if (r.assessments) assessed.push(r.assessments);
      } else if ('notAPlan' in r) continue;
      else {
        skipped.push(r.skipped);
        io.stderr.write(`${msg(lang, 'report.skipped.file', { file: r.skipped.file, count: r.skipped.findings.length })}\n`);
        for (const f of r.skipped.findings) io.stderr.write(`${r.skipped.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}\n`);
      }
    }
  } finally {
    await pool?.close();
    lean?.release();
  }
  if (parts.length === 0) {
    io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${msg(lang, 'report.error.nothing')}\n`);
    return EXIT.ERROR;
  }
  return { parts, skipped, assessed };
}

/** Text or bytes to stdout, or atomically to -o FILE (never over an existing file without --force). */
export async function writeOutput(content: string | Uint8Array, options: { output?: string; force?: boolean }, io: CliIO, lang: Lang): Promise<void> {
  if (options.output === undefined) {
    io.stdout.write(typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
    return;
  }
  const target = path.resolve(io.cwd, options.output);
  try {
    await writeFileAtomic(target, content, { force: options.force === true });
  } catch (err) {
    const message = err instanceof FileExistsError ? msg(lang, 'report.error.exists', { file: options.output }) : writeErrorMessage(err, options.output, lang);
    if (message) throw new UsageError(message);
    throw err;
  }
  io.stderr.write(`${msg(lang, 'report.written', { file: options.output })}\n`);
}
