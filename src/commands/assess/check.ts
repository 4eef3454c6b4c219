/**
 * `kemitraan assess check FILES... [--plan PLAN]`: validates respondent files the way `check` validates plans —
 * located findings with rule ids, the same formats and exit codes (0 fine, 1 findings at --fail-on, 2 usage or
 * unreadable files). With --plan, respondents are also matched against the plan's partners.
 */
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { meetsThreshold } from '../../check/engine.js';
import { addTotals, type Totals } from '../../check/format/types.js';
import { expandPaths } from '../../io/paths.js';
import { writePathProblems } from '../path-problems.js';
import { EXIT, useColor, today, type CliIO } from '../context.js';
import { toolVersion } from '../version.js';
import { loadCheckFormatter, type CheckFormat } from '../../check/format/index.js';
import { readPlan, readRespondent } from './read.js';
import { RULE_SEVERITIES } from '../rules.js';
import { unreadableMessage } from '../io-errors.js';

export interface AssessCheckOptions {
  plan?: string;
  format: CheckFormat;
  failOn: 'error' | 'warning' | 'info';
  quiet?: boolean;
  color?: boolean;
  lang: Lang;
  /** `--ignore` patterns (repeatable): matching files are left out. */
  ignore?: string[];
}

export async function runAssessCheck(paths: string[], options: AssessCheckOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  const date = today(io.env);
  const facts = options.plan ? (await readPlan(options.plan, io.cwd, lang, date)).facts : undefined;
  if (!facts) io.stderr.write(`${msg(lang, 'assess.check.noPlan')}\n`);
  const { files, problems } = await expandPaths(paths, io.cwd, { ignore: options.ignore });
  let exit: number = writePathProblems(problems, lang, io) ? EXIT.ERROR : EXIT.OK;
  if (files.length === 0) return EXIT.ERROR;

  const meta = { lang, color: useColor(io, options.color), toolVersion: toolVersion(), rules: RULE_SEVERITIES, quiet: options.quiet === true };
  const stream = (await loadCheckFormatter(options.format))(meta, files.length);
  const counts: Totals = { error: 0, warning: 0, info: 0, files: 0 };
  let failing = false;
  io.stdout.write(stream.head);
  // Respondent files are small and few: one at a time, in the order given.
  for (const file of files) {
    const r = await readRespondent(file, io.cwd, facts, { lang, today: date });
    if ('error' in r) {
      io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${unreadableMessage(file, r.error, lang)}\n`);
      exit = EXIT.ERROR;
      continue;
    }
    io.stdout.write(stream.file(r.result, counts.files));
    addTotals(counts, r.result, meta);
    failing ||= r.result.findings.some((f) => meetsThreshold(f, options.failOn));
  }
  io.stdout.write(stream.end(counts));
  if (exit !== EXIT.OK) return exit;
  return failing ? EXIT.FINDINGS : EXIT.OK;
}
