/**
 * `kemitraan report`: reads the plans, skips (and names) those that cannot be read or fail the schema, computes
 * the indicators with the pure core (src/report), formats, and writes to stdout or atomically to -o FILE.
 */
import path from 'node:path';
import { msg } from '../guide/messages/index.js';
import type { Lang } from '../guide/types.js';
import { resolveFindings } from '../check/engine.js';
import { validatePlanSchema } from '../check/schema.js';
import type { RawFinding } from '../check/findings.js';
import { loadPlan } from '../plan/load.js';
import type { Plan } from '../plan/types.js';
import { expandPaths } from '../io/paths.js';
import { readPlanInput, readStdinInput } from '../io/read.js';
import { FileExistsError, writeFileAtomic } from '../io/write.js';
import { EXIT, UsageError, useColor, today, type CliIO } from '../cli/context.js';
import { toolVersion } from '../cli/version.js';
import { isIsoDate } from '../report/dates.js';
import { buildReport, type ReportInput } from '../report/build.js';
import type { GroupBy, Report, ReportFormat, SkippedPlan } from '../report/types.js';
import type { ReportFormatMeta } from '../report/format/common.js';

export interface ReportOptions {
  format?: ReportFormat;
  asOf?: string;
  by?: GroupBy;
  output?: string;
  force?: boolean;
  color?: boolean;
  lang: Lang;
}

const EXTENSION_FORMATS: Record<string, ReportFormat> = { '.html': 'html', '.htm': 'html', '.md': 'markdown', '.markdown': 'markdown', '.csv': 'csv', '.json': 'json' };

/** The format asked for, else the one the output file's extension names, else the terminal table. */
export function chooseFormat(format: ReportFormat | undefined, output: string | undefined): ReportFormat {
  if (format) return format;
  if (output) return EXTENSION_FORMATS[path.extname(output).toLowerCase()] ?? 'table';
  return 'table';
}

/** Loads the formatter of one format only, so that e.g. html never loads cli-table3. */
async function formatterFor(format: ReportFormat): Promise<(report: Report, meta: ReportFormatMeta) => string> {
  switch (format) {
    case 'table': return (await import('../report/format/table.js')).formatTable;
    case 'json': return (await import('../report/format/json.js')).formatJson;
    case 'markdown': return (await import('../report/format/markdown.js')).formatMarkdown;
    case 'csv': return (await import('../report/format/csv.js')).formatCsv;
    case 'html': return (await import('../report/format/html.js')).formatHtml;
  }
}

/** Reads and validates one file: the plan, or why it is skipped (located findings). */
async function readOne(file: string, io: CliIO, lang: Lang, todayIso: string): Promise<ReportInput | SkippedPlan> {
  const input = file === '-' ? await readStdinInput(io.stdin) : await readPlanInput(file, io.cwd);
  if ('error' in input) {
    return { file, findings: [{ line: 1, column: 1, ruleId: 'io/unreadable', message: msg(lang, 'cli.error.unreadable', { file, detail: input.error }) }] };
  }
  const loaded = loadPlan(input);
  const raw: RawFinding[] = loaded.problems.filter((p) => p.ruleId !== 'parse/json');
  if (loaded.data !== undefined && raw.length === 0) raw.push(...validatePlanSchema(loaded.data));
  if (raw.length === 0) return { file: loaded.file, plan: loaded.data as Plan };
  const findings = resolveFindings(raw, loaded, { lang, today: todayIso });
  return { file: loaded.file, findings: findings.map((f) => ({ line: f.line, column: f.column, ruleId: f.ruleId, message: f.message })) };
}

export async function runReport(paths: string[], options: ReportOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  const asOf = options.asOf ?? today(io.env);
  if (!isIsoDate(asOf)) throw new UsageError(msg(lang, 'report.error.asOf', { value: asOf }));
  const format = chooseFormat(options.format, options.output);

  const { files, missing } = await expandPaths(paths, io.cwd);
  if (missing.length > 0) {
    // A path that names nothing is a typo: report nothing rather than a total that silently lacks plans.
    for (const m of missing) io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${msg(lang, 'cli.error.missingPath', { path: m })}\n`);
    return EXIT.ERROR;
  }

  const todayIso = today(io.env);
  const inputs: ReportInput[] = [];
  const skipped: SkippedPlan[] = [];
  for (const file of files) {
    const r = await readOne(file, io, lang, todayIso);
    if ('plan' in r) inputs.push(r);
    else {
      skipped.push(r);
      io.stderr.write(`${msg(lang, 'report.skipped.file', { file: r.file, count: r.findings.length })}\n`);
      for (const f of r.findings) io.stderr.write(`${r.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}\n`);
    }
  }
  if (inputs.length === 0) {
    io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${msg(lang, 'report.error.nothing')}\n`);
    return EXIT.ERROR;
  }

  const report = buildReport(inputs, skipped, { asOf, lang, version: toolVersion(), ...(options.by ? { by: options.by } : {}) });
  const formatter = await formatterFor(format);
  const color = options.output === undefined && useColor(io, options.color);
  const text = formatter(report, { color });

  if (options.output !== undefined) {
    const target = path.resolve(io.cwd, options.output);
    try {
      await writeFileAtomic(target, text, { force: options.force === true });
    } catch (err) {
      if (err instanceof FileExistsError) throw new UsageError(msg(lang, 'report.error.exists', { file: options.output }));
      throw new UsageError(msg(lang, 'report.error.write', { file: options.output, detail: (err as NodeJS.ErrnoException).code ?? String(err) }));
    }
    io.stderr.write(`${msg(lang, 'report.written', { file: options.output })}\n`);
  } else {
    io.stdout.write(text);
  }
  return skipped.length > 0 ? EXIT.FINDINGS : EXIT.OK;
}
