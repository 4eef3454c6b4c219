/**
 * `kemitraan report`: reads the plans, skips (and names) those that cannot be read or fail the schema, computes
 * the indicators with the pure core (src/report), formats, and writes to stdout or atomically to -o FILE.
 */
import path from 'node:path';
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { resolveFindings } from '../../check/engine.js';
import { validatePlanSchema } from '../../check/schema.js';
import type { RawFinding } from '../../plan/findings.js';
import { loadPlan } from '../../plan/load.js';
import type { Plan } from '../../plan/types.js';
import { expandPaths } from '../../io/paths.js';
import { readPlanInput, readStdinInput } from '../../io/read.js';
import { FileExistsError, writeFileAtomic } from '../../io/write.js';
import { EXIT, UsageError, useColor, today, type CliIO } from '../context.js';
import { toolVersion } from '../version.js';
import { isIsoDate } from '../../locale/dates.js';
import { PLAN_DETAIL_LIMIT } from '../../report/types.js';
import { assembleReport, type PlanPart } from '../../report/build.js';
import { reportTask, type PlanAssessmentRefs, type ReportTask, type ReportTaskOptions, type ReportTaskResult } from './plan.js';
import { WorkerPool, workerCount } from '../worker-pool.js';
import { stat } from 'node:fs/promises';
import { writeErrorMessage } from '../io-errors.js';

import type { GroupBy, SkippedPlan } from '../../report/types.js';
import { DEFAULT_REPORT_FORMAT, formatForExtension, knownExtensions, loadReportFormatter, type ReportFormat } from '../../report/format/index.js';

const REPORT_WORKER_URL = new URL('./worker.js', import.meta.url);

/** The options of `kemitraan report` as given on the command line (commander fills them; tests pass them directly). */
export interface ReportCliOptions {
  format?: ReportFormat;
  asOf?: string;
  by?: GroupBy;
  output?: string;
  force?: boolean;
  lang?: string;
  color?: boolean;
}

export interface ReportOptions {
  format?: ReportFormat;
  asOf?: string;
  by?: GroupBy;
  output?: string;
  force?: boolean;
  color?: boolean;
  lang: Lang;
}

/**
 * The format asked for, else the one the output file's extension names, else (on a terminal) the table. An
 * output file whose extension names no format is a usage error rather than a silent table.
 */
function chooseFormat(format: ReportFormat | undefined, output: string | undefined, lang: Lang): ReportFormat {
  // `-o laporan.pdf` / `.xlsx`: a format report does not write is a usage error, even with --format (the file
  // would hold something else than its name says).
  const extension = output === undefined ? '' : path.extname(output);
  if (output !== undefined && extension !== '' && !formatForExtension(extension)) {
    throw new UsageError(msg(lang, 'report.error.unsupportedExtension', { file: output, extensions: knownExtensions().join(', ') }));
  }
  if (format) return format;
  if (output === undefined) return DEFAULT_REPORT_FORMAT;
  const byExtension = formatForExtension(extension);
  if (byExtension) return byExtension;
  throw new UsageError(msg(lang, 'report.error.extension', { file: output, extensions: knownExtensions().join(', ') }));
}

async function isDirectory(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isDirectory(), () => false);
}

export async function runReport(paths: string[], options: ReportOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  const asOf = options.asOf ?? today(io.env);
  if (!isIsoDate(asOf)) throw new UsageError(msg(lang, 'report.error.asOf', { value: asOf }));
  // `-o dir/` names a directory, not a file: say so before any work rather than write a file called "dir".
  if (options.output !== undefined && (/[\/]$/.test(options.output) || (await isDirectory(path.resolve(io.cwd, options.output))))) {
    throw new UsageError(msg(lang, 'report.error.outputDir', { dir: options.output }));
  }
  const format = chooseFormat(options.format, options.output, lang);

  const { files, missing } = await expandPaths(paths, io.cwd);
  if (missing.length > 0) {
    // A path that names nothing is a typo: report nothing rather than a total that silently lacks plans.
    for (const m of missing) io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${msg(lang, 'cli.error.missingPath', { path: m })}\n`);
    return EXIT.ERROR;
  }

  // Per-plan sections are shown in full by json and csv, by the others only for a few plans.
  const planSections = format === 'json' || format === 'csv' || files.length <= PLAN_DETAIL_LIMIT;
  const partnerDetail = files.length === 1 || options.by === 'sector' || options.by === 'partner';
  const build = { asOf, lang, version: toolVersion(), planSections, partnerDetail, ...(options.by ? { by: options.by } : {}) };
  const taskOptions: ReportTaskOptions = { build, lang, today: today(io.env) };
  const workers = workerCount(REPORT_WORKER_URL, files.length, io.env);
  const pool = workers > 0 ? new WorkerPool<ReportTask, ReportTaskResult, ReportTaskOptions>(REPORT_WORKER_URL, workers, taskOptions) : undefined;
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
  }
  if (parts.length === 0) {
    io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${msg(lang, 'report.error.nothing')}\n`);
    return EXIT.ERROR;
  }

  const report = assembleReport(parts, skipped, build);
  const formatter = await loadReportFormatter(format);
  const color = options.output === undefined && useColor(io, options.color);
  let text = formatter(report, { color });
  if (assessed.length > 0) {
    // The partners' latest assessment next to the indicators: read (and its code loaded) only when plans name one.
    const { withAssessmentSection } = await import('../assess/report-section.js');
    text = await withAssessmentSection(text, format, assessed, { cwd: io.cwd, lang, today: today(io.env), color });
  }

  if (options.output !== undefined) {
    const target = path.resolve(io.cwd, options.output);
    try {
      await writeFileAtomic(target, text, { force: options.force === true });
    } catch (err) {
      const message = err instanceof FileExistsError ? msg(lang, 'report.error.exists', { file: options.output }) : writeErrorMessage(err, options.output, lang);
      if (message) throw new UsageError(message);
      throw err;
    }
    io.stderr.write(`${msg(lang, 'report.written', { file: options.output })}\n`);
  } else {
    io.stdout.write(text);
  }
  return skipped.length > 0 ? EXIT.FINDINGS : EXIT.OK;
}
