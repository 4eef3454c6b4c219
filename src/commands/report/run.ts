/**
 * `kemitraan report`: reads the plans, skips (and names) those that cannot be read or fail the schema, computes
 * the indicators with the pure core (src/report), formats, and writes to stdout or atomically to -o FILE.
 */
import path from 'node:path';
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { expandPaths } from '../../io/paths.js';
import { writePathProblems } from '../path-problems.js';
import { EXIT, UsageError, useColor, today, outputWidth, type CliIO } from '../context.js';
import { toolVersion } from '../version.js';
import { reportWindow } from './window.js';
import { PLAN_DETAIL_LIMIT } from '../../report/types.js';
import { assembleReport } from '../../report/build.js';
import { type ReportTaskOptions } from './plan.js';
import { collectPlanParts, writeOutput } from './collect.js';
import { stat } from 'node:fs/promises';

import type { GroupBy } from '../../report/types.js';
import { DEFAULT_REPORT_FORMAT, formatForExtension, knownExtensions, loadReportFormatter, type ReportFormat } from '../../report/format/index.js';

/** The options of `kemitraan report` as given on the command line (commander fills them; tests pass them directly). */
export interface ReportCliOptions {
  format?: ReportFormat;
  template?: 'semester' | 'csr';
  asOf?: string;
  period?: string;
  by?: GroupBy;
  output?: string;
  force?: boolean;
  lang?: string;
  color?: boolean;
  /** `--ignore` patterns (repeatable): matching files are left out. */
  ignore?: string[];
}

export interface ReportOptions {
  format?: ReportFormat;
  template?: 'semester' | 'csr';
  asOf?: string;
  period?: string;
  by?: GroupBy;
  output?: string;
  force?: boolean;
  color?: boolean;
  lang: Lang;
  /** `--ignore` patterns (repeatable): matching files are left out. */
  ignore?: string[];
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
  if (options.template !== undefined) {
    // The shapes officials submit (semester report, CSR table): their own formats, DOCX included.
    const { runOfficialReport } = await import('./official.js');
    return runOfficialReport(paths, { ...options, template: options.template }, io);
  }
  const { asOf, period } = reportWindow(options, io, lang);
  // `-o dir/` names a directory, not a file: say so before any work rather than write a file called "dir".
  if (options.output !== undefined && (options.output.endsWith('/') || (await isDirectory(path.resolve(io.cwd, options.output))))) {
    throw new UsageError(msg(lang, 'report.error.outputDir', { dir: options.output }));
  }
  const format = chooseFormat(options.format, options.output, lang);

  const { files, problems } = await expandPaths(paths, io.cwd, { ignore: options.ignore });
  // A path that names nothing is a typo: report nothing rather than a total that silently lacks plans.
  if (writePathProblems(problems, lang, io)) return EXIT.ERROR;

  // Per-plan sections are shown in full by json and csv, by the others only for a few plans.
  const planSections = format === 'json' || format === 'csv' || files.length <= PLAN_DETAIL_LIMIT;
  const partnerDetail = files.length === 1 || options.by === 'sector' || options.by === 'partner';
  const build = { asOf, lang, version: toolVersion(), planSections, partnerDetail, ...(period ? { period } : {}), ...(options.by ? { by: options.by } : {}) };
  const taskOptions: ReportTaskOptions = { build, lang, today: today(io.env) };
  const collected = await collectPlanParts(files, taskOptions, io, lang);
  if (typeof collected === 'number') return collected;
  const { parts, skipped, assessed } = collected;

  const report = assembleReport(parts, skipped, build);
  const formatter = await loadReportFormatter(format);
  const color = options.output === undefined && useColor(io, options.color);
  const width = options.output === undefined ? outputWidth(io) : undefined;
  let text = formatter(report, { color, ...(width ? { width } : {}) });
  if (assessed.length > 0) {
    // The partners' latest assessment next to the indicators: read (and its code loaded) only when plans name one.
    const { withAssessmentSection } = await import('../assess/report-section.js');
    text = await withAssessmentSection(text, format, assessed, { cwd: io.cwd, lang, today: today(io.env), color });
  }

  await writeOutput(text, options, io, lang);
  return skipped.length > 0 ? EXIT.FINDINGS : EXIT.OK;
}
