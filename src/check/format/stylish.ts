import { Chalk } from 'chalk';
import { STEPS } from '../../guide/steps.js';
import { msg } from '../../guide/messages/index.js';
import { stageReadiness } from '../engine.js';
import type { StepSummary } from '../engine.js';
import type { Formatter, FormatMeta, StreamFormatter } from './types.js';
import { visibleFindings, whole } from './types.js';

/** Up to this many files, each gets its per-step readiness table; beyond it, the findings speak for themselves. */
export const SUMMARY_FILE_LIMIT = 10;

const chalkFor = (meta: FormatMeta) => new Chalk({ level: meta.color ? 1 : 0 });

export const stylishStream: StreamFormatter = (meta, fileCount) => {
  const c = chalkFor(meta);
  const sev = { error: c.red, warning: c.yellow, info: c.blue };
  const word = { error: msg(meta.lang, 'severity.error'), warning: msg(meta.lang, 'severity.warning'), info: msg(meta.lang, 'severity.info') };
  return {
    head: '',
    file(r) {
      const findings = visibleFindings(r, meta);
      const showSummary = !meta.quiet && r.summary && (fileCount <= SUMMARY_FILE_LIMIT || meta.stage);
      if (findings.length === 0 && !showSummary) return '';
      const lines = [c.underline(r.file)];
      for (const f of findings) {
        lines.push(`  ${c.dim(`${f.line}:${f.column}`.padEnd(8))} ${sev[f.severity](word[f.severity].padEnd(10))} ${f.message}  ${c.dim(f.ruleId)}`);
        if (f.hint) lines.push(`  ${' '.repeat(8)} ${' '.repeat(10)} ${c.dim(`${msg(meta.lang, 'check.hint')}: ${f.hint}`)}`);
      }
      if (showSummary) lines.push(...summaryLines(r.summary!, meta, c));
      lines.push('');
      return lines.join('\n') + '\n';
    },
    end(t) {
      if (t.error + t.warning + t.info === 0) return c.green(msg(meta.lang, 'check.clean', { files: t.files })) + '\n';
      return (t.error ? c.red : t.warning ? c.yellow : c.blue)(`${t.error ? '✖' : '!'} ${msg(meta.lang, 'check.totals', { errors: t.error, warnings: t.warning, infos: t.info, files: t.files })}`) + '\n';
    },
  };
};

export const stylish: Formatter = whole(stylishStream);

/** The per-step readiness table (also printed by `init` after writing). */
export function summaryLines(summary: readonly StepSummary[], meta: FormatMeta, c: InstanceType<typeof Chalk> = new Chalk({ level: meta.color ? 1 : 0 })): string[] {
  const statusColor = { complete: c.green, incomplete: c.yellow, empty: c.dim };
  const out = ['', `  ${c.bold(msg(meta.lang, 'check.summary.title'))}`];
  const width = Math.max(...STEPS.map((s) => s.label[meta.lang].length));
  for (const s of summary) {
    const step = STEPS.find((x) => x.id === s.step)!;
    const status = msg(meta.lang, `check.status.${s.status}`);
    const crit = s.criteria ? msg(meta.lang, 'check.summary.criteria', s.criteria) : '';
    const mark = s.status === 'complete' ? '✔' : s.status === 'incomplete' ? '…' : '·';
    out.push(`  ${statusColor[s.status](mark)} ${s.number}. ${step.label[meta.lang].padEnd(width)}  ${statusColor[s.status](status.padEnd(14))} ${c.dim(crit)}`);
  }
  if (meta.stage) {
    const target = STEPS.find((x) => x.id === meta.stage)!;
    const { ready, pending } = stageReadiness(summary, meta.stage);
    const params = { number: target.number, step: target.label[meta.lang], pending: pending.map((p) => p.number).join(', ') };
    out.push('', `  ${ready ? c.green(msg(meta.lang, 'check.stage.ready', params)) : c.yellow(msg(meta.lang, 'check.stage.notReady', params))}`);
    out.push(`  ${c.dim(msg(meta.lang, 'check.summary.threshold'))}`);
  }
  return out;
}
