/**
 * `kemitraan assess report PLAN FILES...`: aggregates the respondent files of one plan. Files with problems are
 * not counted: their findings go to stderr, they are named in the report, and the exit code is 1.
 */
import path from 'node:path';
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { DEFAULT_INSTRUMENT, findInstrument } from '../../guide/instruments/index.js';
import { expandPaths } from '../../io/paths.js';
import { writePathProblems } from '../path-problems.js';
import { writeFileAtomic, FileExistsError } from '../../io/write.js';
import { EXIT, UsageError, today, type CliIO } from '../context.js';
import { toolVersion } from '../version.js';
import { aggregate } from '../../assess/aggregate.js';
import type { Respondent } from '../../assess/types.js';
import { formatFromExtension, loadAssessFormatter, type AssessFormat } from '../../assess/format/index.js';
import { readPlan, readRespondent } from './read.js';
import { unreadableMessage } from '../io-errors.js';

export interface AssessReportOptions {
  format?: AssessFormat;
  anonymous?: boolean;
  output?: string;
  force?: boolean;
  lang: Lang;
  /** `--ignore` patterns (repeatable): matching files are left out. */
  ignore?: string[];
}

export async function runAssessReport(planFile: string, paths: string[], options: AssessReportOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  const date = today(io.env);
  const { plan, facts } = await readPlan(planFile, io.cwd, lang, date);
  // Without FILES, the ones the plan names (relative to the plan's folder).
  const named = plan.monitoring?.assessments ?? [];
  if (paths.length === 0 && named.length === 0) throw new UsageError(msg(lang, 'assess.error.noFiles', { plan: planFile }));
  const planDir = path.relative(io.cwd, path.dirname(path.resolve(io.cwd, planFile)));
  const args = paths.length > 0 ? paths : named.map((p) => path.join(planDir, p));
  const { files, problems } = await expandPaths(args, io.cwd, { ignore: options.ignore });
  writePathProblems(problems, lang, io);
  // A path typed on the command line that names nothing is a typo (exit 2); one the plan names is reported and
  // the rest is counted (exit 1).
  if ((paths.length > 0 && problems.length > 0) || files.length === 0) return EXIT.ERROR;
  // The plan itself may sit in a folder given as FILES: it is not a respondent.
  const planAbs = path.resolve(io.cwd, planFile);
  const answerFiles = files.filter((f) => path.resolve(io.cwd, f) !== planAbs);

  const respondents: Respondent[] = [];
  const skipped: string[] = [];
  for (const file of answerFiles) {
    const r = await readRespondent(file, io.cwd, facts, { lang, today: date });
    if ('error' in r) {
      io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${unreadableMessage(file, r.error, lang)}\n`);
      skipped.push(file);
      continue;
    }
    if (r.respondent) {
      respondents.push(r.respondent);
      continue;
    }
    skipped.push(file);
    const errors = r.result.findings.filter((f) => f.severity === 'error');
    io.stderr.write(`${msg(lang, 'assess.report.skippedFile', { file, count: errors.length })}\n`);
    for (const f of errors) io.stderr.write(`${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}\n`);
  }

  const instrument = (respondents[0] && findInstrument(respondents[0].instrument.id)) ?? DEFAULT_INSTRUMENT;
  // Answers to different instruments cannot be compared: only the first one's are counted, the rest are named.
  for (const r of respondents.filter((x) => x.instrument.id !== instrument.id)) {
    skipped.push(r.file);
    io.stderr.write(`${msg(lang, 'assess.report.otherInstrument', { file: r.file, instrument: r.instrument.id, used: instrument.id })}\n`);
  }
  const report = aggregate(instrument, facts, respondents.filter((x) => x.instrument.id === instrument.id), { anonymous: options.anonymous === true });
  const format = options.format ?? (options.output ? formatFromExtension(options.output) : undefined) ?? 'table';
  const text = (await loadAssessFormatter(format))({ report, instrument, lang, toolVersion: toolVersion(), skipped });

  if (options.output && options.output !== '-') {
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
  return skipped.length > 0 || problems.length > 0 ? EXIT.FINDINGS : EXIT.OK;
}
