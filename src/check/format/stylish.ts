import { Chalk } from 'chalk';
import { STEPS } from '../../guide/steps.js';
import { wrap } from '../../guide/format.js';
import { msg } from '../../guide/messages/index.js';
import { nextAdvice, stageReadiness } from '../engine.js';
import type { StepSummary } from '../engine.js';
import type { PlanReading } from '../reading.js';
import { PARTNERSHIP_TYPES, PILLARS, PRINCIPLES } from '../../guide/foundations.js';
import type { CatalogItem, Lang } from '../../guide/types.js';
import type { Formatter, FormatMeta, StreamFormatter } from './types.js';
import { visibleFindings, whole } from './types.js';
import { visibleText } from '../../locale/visible.js';

/** Up to this many files, each gets its per-step readiness table; beyond it, the findings speak for themselves. */
export const SUMMARY_FILE_LIMIT = 10;

const chalkFor = (meta: FormatMeta) => new Chalk({ level: meta.color ? 1 : 0 });

export const stylishStream: StreamFormatter = (meta, fileCount) => {
  const c = chalkFor(meta);
  const sev = { error: c.red, warning: c.yellow, info: c.blue };
  const word = { error: msg(meta.lang, 'severity.error'), warning: msg(meta.lang, 'severity.warning'), info: msg(meta.lang, 'severity.info') };
  const hintLabel = msg(meta.lang, 'check.hint');
  return {
    head: '',
    file(r) {
      const findings = visibleFindings(r, meta);
      const showSummary = !meta.quiet && r.summary && (fileCount <= SUMMARY_FILE_LIMIT || meta.stage);
      if (findings.length === 0 && !showSummary) return '';
      // Plan text and file names reach the terminal as text, never as escape sequences.
      const lines = [c.underline(visibleText(r.file))];
      for (const f of findings) {
        const lead = `  ${c.dim(`${f.line}:${f.column}`.padEnd(8))} ${sev[f.severity](word[f.severity].padEnd(10))} `;
        // The rule id closes the message, dimmed, wherever the wrap put it.
        const dimId = (line: string) => (line.endsWith(f.ruleId) ? `${line.slice(0, -f.ruleId.length)}${c.dim(f.ruleId)}` : line);
        const text = `${visibleText(f.message)}  ${f.ruleId}`;
        if (fits(text, meta.width)) lines.push(`${lead}${dimId(text)}`);
        else {
          const [first, ...more] = fitted(text, meta.width);
          lines.push(`${lead}${dimId(first!)}`, ...more.map((l) => `${INDENT}${dimId(l)}`));
        }
        const hint = f.hint ? visibleText(f.hint) : '';
        if (hint) {
          // A hint's first line is advice (wrapped); lines after a line break are text to copy (a fixed YAML line):
          // never wrapped, so that they can be copied as they are.
          const br = hint.indexOf('\n');
          const advice = `${hintLabel}: ${br < 0 ? hint : hint.slice(0, br)}`;
          if (fits(advice, meta.width)) lines.push(`${INDENT}${c.dim(advice)}`);
          else lines.push(...fitted(advice, meta.width).map((l) => `${INDENT}${c.dim(l)}`));
          if (br >= 0) lines.push(...hint.slice(br + 1).split('\n').map((l) => `${INDENT}  ${l}`));
        }
      }
      if (showSummary) {
        lines.push(...summaryLines(r.summary!, meta, c, r.reading));
        const next = nextAdvice(r.summary!, r.findings);
        if (next?.finding) {
          const st = STEPS.find((x) => x.id === next.step.step)!;
          lines.push('', `  ${msg(meta.lang, 'check.next.problem', { number: st.number, label: st.label[meta.lang], message: next.finding.message, line: next.finding.line })}`);
        }
      }
      lines.push('');
      return lines.join('\n') + '\n';
    },
    between: '',
    // The same condition as showSummary's (without the result's part): false when no file shows its summary.
    summaries: !meta.quiet && (fileCount <= SUMMARY_FILE_LIMIT || meta.stage !== undefined),
    end(t) {
      // With --quiet only errors are shown and counted: the line says so, rather than "no findings" or
      // "0 warnings" over warnings it hid (which --fail-on warning still fails on).
      if (meta.quiet) return (t.error ? c.red(`✖ ${msg(meta.lang, 'check.totalsQuiet', { errors: t.error, files: t.files })}`) : c.green(msg(meta.lang, 'check.cleanQuiet', { files: t.files }))) + '\n';
      if (t.error + t.warning + t.info === 0) return c.green(msg(meta.lang, 'check.clean', { files: t.files })) + '\n';
      return (t.error ? c.red : t.warning ? c.yellow : c.blue)(`${t.error ? '✖' : '!'} ${msg(meta.lang, 'check.totals', { errors: t.error, warnings: t.warning, infos: t.info, files: t.files })}`) + '\n';
    },
  };
};

export const stylish: Formatter = whole(stylishStream);

/** Findings' text starts after the position and severity columns. */
const INDENT = ' '.repeat(22);

/** Whether `text` fits on one line after the indent (always, without a width). */
function fits(text: string, width: number | undefined): boolean {
  return width === undefined || INDENT.length + text.length <= width;
}

/** `text` in lines that fit the terminal after the indent (at least 30 columns of text); one line without a width. */
function fitted(text: string, width: number | undefined): string[] {
  if (width === undefined || fits(text, width)) return [text];
  return wrap(text, '', Math.max(30, width - INDENT.length));
}

/** The per-step readiness table (also printed by `init` after writing). */
export function summaryLines(summary: readonly StepSummary[], meta: Omit<FormatMeta, 'rules' | 'toolVersion' | 'quiet'>, c: InstanceType<typeof Chalk> = new Chalk({ level: meta.color ? 1 : 0 }), reading?: PlanReading): string[] {
  const statusColor = { complete: c.green, incomplete: c.yellow, empty: c.dim };
  const out = ['', `  ${c.bold(msg(meta.lang, 'check.summary.title'))}`];
  const width = Math.max(...STEPS.map((s) => s.label[meta.lang].length));
  const rows = summary.map((s) => ({
    s,
    label: STEPS.find((x) => x.id === s.step)!.label[meta.lang],
    status: msg(meta.lang, `check.status.${s.status}`),
    crit: s.criteria ? msg(meta.lang, 'check.summary.criteria', s.criteria) : '',
  }));
  // One line per step when it fits the terminal; else the criteria, then also the status, go under the label.
  const full = 7 + width + 2 + 14 + 1 + Math.max(0, ...rows.map((r) => r.crit.length));
  const layout = meta.width === undefined || full <= meta.width ? 'line' : 7 + width + 2 + 14 <= meta.width ? 'criteria-below' : 'stacked';
  for (const { s, label, status, crit } of rows) {
    const mark = s.status === 'complete' ? '✔' : s.status === 'incomplete' ? '…' : '·';
    const paint = statusColor[s.status];
    if (layout === 'line') out.push(`  ${paint(mark)} ${s.number}. ${label.padEnd(width)}  ${paint(status.padEnd(14))} ${c.dim(crit)}`);
    else if (layout === 'criteria-below') {
      out.push(`  ${paint(mark)} ${s.number}. ${label.padEnd(width)}  ${paint(status)}`);
      if (crit) out.push(`       ${c.dim(crit)}`);
    } else {
      const [first, ...more] = wrap(label, '', Math.max(20, meta.width! - 7));
      out.push(`  ${paint(mark)} ${s.number}. ${first}`, ...more.map((l) => `       ${l}`), `       ${paint(status)}${crit ? ` · ${c.dim(crit)}` : ''}`);
    }
  }
  if (reading) out.push(...readingLines(reading, meta.lang, c));
  if (meta.stage) {
    const target = STEPS.find((x) => x.id === meta.stage)!;
    const { ready, pending } = stageReadiness(summary, meta.stage);
    const params = { number: target.number, step: target.label[meta.lang], pending: pending.map((p) => p.number).join(', ') };
    out.push('', `  ${ready ? c.green(msg(meta.lang, 'check.stage.ready', params)) : c.yellow(msg(meta.lang, 'check.stage.notReady', params))}`);
    out.push(`  ${c.dim(msg(meta.lang, 'check.summary.threshold'))}`);
  }
  return out;
}

/** Types, pillars and principles as the tool reads them from the plan; the heading says it is the tool's reading. */
function readingLines(reading: PlanReading, lang: Lang, c: InstanceType<typeof Chalk>): string[] {
  const label = (items: readonly CatalogItem[], ids: readonly string[]) => ids.map((id) => items.find((x) => x.id === id)?.label[lang] ?? id).join('; ') || msg(lang, 'check.reading.none');
  const verdict = (p: PlanReading['principles'][number]) => p.concerns.length ? c.yellow(`(${p.concerns.join(', ')})`) : p.shown === false ? c.dim(msg(lang, 'check.reading.none')) : c.green('✔');
  const principles = reading.principles.map((p) => `${PRINCIPLES.find((x) => x.id === p.principle)?.label[lang] ?? p.principle} ${verdict(p)}`).join('; ');
  return [
    '', `  ${c.bold(msg(lang, 'check.reading.title'))}`,
    `  ${msg(lang, 'check.reading.types')}: ${label(PARTNERSHIP_TYPES, reading.types)}`,
    `  ${msg(lang, 'check.reading.pillars')}: ${label(PILLARS, reading.pillars)}`,
    `  ${msg(lang, 'check.reading.principles')}: ${principles}`,
  ];
}
