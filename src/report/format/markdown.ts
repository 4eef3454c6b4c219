/**
 * The report as Markdown (GitHub-flavoured): tables with text bars, and Mermaid diagrams for what reads better as
 * a picture: a `pie` of partners by sector, a `gantt` of each plan's work plan; plus a partner x role matrix.
 */
import type { Lang } from '../../guide/types.js';
import { INDICATOR_CLASS_IDS } from '../../guide/monitoring.js';
import { msg } from '../../guide/messages/index.js';
import { byLabel } from '../build.js';
import { dayNumber } from '../../locale/dates.js';
import type { BreakdownRow, GanttActivity, Indicator, PartnerRow, PlanReport, TargetItem } from '../types.js';
import {
  PLAN_DETAIL_LIMIT, barPercent, changeText, classLabel, formatPercent, formatQuantity, formatRupiah,
  formatTarget, formatValue, headline, roleLabel, rolesUsed, textBar, type ReportFormatter,
} from './common.js';

/** A table cell: no pipes or line breaks that would end it, no raw HTML. */
export function cell(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}

/** Text inside a Mermaid statement: no characters that end or restructure it. */
export function mermaidText(s: string): string {
  return s.replace(/[:;#"`\r\n]/g, ' ').replace(/\s+/g, ' ').trim();
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const bar = (p: number | null) => (p === null ? '' : `\`${textBar(p, 10)}\` ${Math.round(p)}%`);

function indicatorSection(lang: Lang, indicators: readonly Indicator[]): string {
  const rows: string[][] = [];
  for (const cls of INDICATOR_CLASS_IDS) {
    for (const ind of indicators.filter((i) => i.class === cls)) {
      rows.push([cell(classLabel(lang, cls)), `${cell(ind.label)}<br>\`${ind.id}\``, cell(formatValue(lang, ind)), cell(formatTarget(lang, ind)), bar(barPercent(ind))]);
    }
  }
  return table([msg(lang, 'report.col.class'), msg(lang, 'report.col.indicator'), msg(lang, 'report.col.value'), msg(lang, 'report.col.target'), msg(lang, 'report.col.achievement')], rows);
}

function targetSection(lang: Lang, items: readonly TargetItem[], withFile: boolean, outcome: boolean): string {
  const head = [
    ...(withFile ? [msg(lang, 'report.col.plan')] : []), msg(lang, 'report.col.indicator'), msg(lang, 'report.col.baseline'), msg(lang, 'report.col.actual'),
    msg(lang, 'report.col.target'), msg(lang, outcome ? 'report.col.change' : 'report.col.percent'), msg(lang, 'report.col.expected'), msg(lang, 'report.col.schedule'),
  ];
  const q = (n: number | undefined, unit: string | undefined, date?: string) => (n === undefined ? '' : cell(`${formatQuantity(lang, n, unit ?? '')}${date ? ` (${date})` : ''}`));
  return table(head, items.map((t) => [
    ...(withFile ? [cell(t.file)] : []), cell(t.name), q(t.baseline, t.unit, t.baselineDate), q(t.actual, t.unit, t.actualDate), q(t.target, t.unit, t.targetDate),
    outcome ? cell(changeText(lang, t)) : t.percentAchieved === null ? cell(msg(lang, 'report.noData')) : bar(t.percentAchieved),
    cell(t.expectedPercent === null ? '' : formatPercent(lang, t.expectedPercent)), cell(t.scheduleLabel),
  ]));
}

export function sectorSection(lang: Lang, rows: readonly BreakdownRow[]): string {
  if (rows.length === 0) return msg(lang, 'report.noPartners');
  const joined = rows.filter((r) => (r.value ?? 0) > 0);
  const pie = joined.length ? ['```mermaid', `pie title ${mermaidText(msg(lang, 'report.section.sectors'))}`, ...joined.map((r) => `  "${mermaidText(r.label)}" : ${r.value}`), '```', ''] : [];
  const max = Math.max(1, ...rows.map((r) => r.extra?.listed ?? 0));
  return [...pie, table([msg(lang, 'report.col.sector'), msg(lang, 'report.col.listed'), msg(lang, 'report.col.joined'), ''],
    rows.map((r) => [cell(r.label), String(r.extra?.listed ?? 0), String(r.value ?? 0), `\`${textBar(((r.value ?? 0) / max) * 100, 10)}\``]))].join('\n');
}

export function matrixSection(lang: Lang, partners: readonly PartnerRow[]): string {
  if (partners.length === 0) return msg(lang, 'report.noPartners');
  const roles = rolesUsed(partners);
  return table([msg(lang, 'report.col.partner'), msg(lang, 'report.col.sector'), msg(lang, 'report.col.status'), ...roles.map((r) => roleLabel(lang, r))],
    partners.map((p) => [cell(p.name), cell(p.sectorLabel), cell(p.statusLabel), ...roles.map((r) => (p.roles.includes(r) ? '✔' : ''))]));
}

export function ganttSection(lang: Lang, title: string, activities: readonly GanttActivity[]): string {
  const dated = activities.filter((a) => a.start !== undefined && (a.end === undefined || a.end >= a.start));
  if (dated.length === 0) return msg(lang, 'report.noActivities');
  const lines = ['```mermaid', 'gantt', `  title ${mermaidText(title)}`, '  dateFormat YYYY-MM-DD', `  section ${mermaidText(msg(lang, 'report.col.activity'))}`];
  for (const a of dated) {
    const tag = a.status === 'done' ? 'done, ' : a.status === 'in-progress' ? 'active, ' : a.status === 'cancelled' || a.status === 'postponed' ? 'crit, ' : '';
    // A length in days rather than an end date: Mermaid reads end dates as exclusive, plans mean them inclusive.
    const days = a.end === undefined ? 1 : dayNumber(a.end)! - dayNumber(a.start)! + 1;
    lines.push(`  ${mermaidText(a.label) || a.id} :${tag}${a.start}, ${days}d`);
  }
  lines.push('```');
  return lines.join('\n');
}

function planSection(lang: Lang, p: PlanReport, many: boolean): string {
  const sectors = p.indicators.find((i) => i.id === 'input.partners_by_sector')?.breakdown ?? [];
  const delivered = p.indicators.find((i) => i.id === 'process.contributions_delivered');
  const out = [
    `### ${cell(p.title)}`, '', `\`${cell(p.file)}\` · ${cell(p.programLabel)} · ${cell(p.region.regency)}, ${cell(p.region.province)}`, '',
    // With one plan its indicators are the report's, shown above.
    ...(many ? [indicatorSection(lang, p.indicators), ''] : []),
    `#### ${msg(lang, 'report.section.sectors')}`, '', sectorSection(lang, sectors), '',
    `#### ${msg(lang, 'report.section.matrix')}`, '', matrixSection(lang, p.partners), '',
  ];
  if (delivered?.breakdown?.length) {
    out.push(`#### ${msg(lang, 'report.section.contributions')}`, '', table(
      [msg(lang, 'report.col.partner'), msg(lang, 'report.col.committed'), msg(lang, 'report.col.delivered'), '%'],
      delivered.breakdown.map((b) => [cell(b.label), cell(formatRupiah(lang, b.denominator ?? 0)), cell(formatRupiah(lang, b.numerator ?? 0)), b.value === null ? cell(msg(lang, 'report.noData')) : bar(b.value)]),
    ), '');
  }
  out.push(`#### ${msg(lang, 'report.section.gantt')}`, '', ganttSection(lang, p.title, p.activities), '');
  out.push(`#### ${msg(lang, 'report.section.questions')}`, '', ...p.questions.map((q) => `- **${cell(q.question)}**  \n  ${q.answer === null ? `_${msg(lang, 'report.noAnswer')}_` : cell(q.answer)}`), '');
  return out.join('\n');
}

export const formatMarkdown: ReportFormatter = (report) => {
  const { lang } = report;
  const h = headline(report);
  const out = [`# ${h.title}`, '', `${h.asOf} · ${h.counts}`, ''];
  const many = report.plans.length > 1;
  out.push(`## ${msg(lang, 'report.section.indicators')}${many ? ` — ${msg(lang, 'report.total')}` : ''}`, '', indicatorSection(lang, report.indicators), '');

  const targets = report.indicators.find((i) => i.id === 'output.target_achievement')?.items ?? [];
  const outcomes = report.indicators.find((i) => i.id === 'outcome.health_indicators')?.items ?? [];
  out.push(`## ${msg(lang, 'report.section.targets')}`, '', targets.length ? targetSection(lang, targets, many, false) : msg(lang, 'report.noTargets'), '');
  out.push(`## ${msg(lang, 'report.section.outcomes')}`, '', outcomes.length ? targetSection(lang, outcomes, many, true) : msg(lang, 'report.noOutcomes'), '');

  if (many) {
    const sectors = report.indicators.find((i) => i.id === 'input.partners_by_sector')?.breakdown ?? [];
    out.push(`## ${msg(lang, 'report.section.sectors')}`, '', sectorSection(lang, sectors), '');
    out.push(`## ${msg(lang, 'report.section.questions')}`, '', ...report.questions.map((q) => `- ${cell(q.question)} — ${msg(lang, 'report.answered', { answered: q.answered, plans: q.plans })}`), '');
  }

  if (report.groups && report.by) {
    const ids = report.groups[0]?.indicators.map((i) => i.id).filter((id) => id !== 'input.partners_by_sector') ?? [];
    const labels = ids.map((id) => report.groups![0]!.indicators.find((i) => i.id === id)!.label);
    out.push(`## ${msg(lang, 'report.section.groups', { by: byLabel(report.by, lang) })}`, '', table(
      [msg(lang, 'report.col.group'), msg(lang, 'report.col.plans'), ...labels],
      report.groups.map((g) => [cell(g.label), String(g.plans), ...ids.map((id) => cell(formatValue(lang, g.indicators.find((i) => i.id === id)!)))]),
    ), '');
  }

  if (report.plans.length > PLAN_DETAIL_LIMIT) {
    out.push(`## ${msg(lang, 'report.section.plans')}`, '', msg(lang, 'report.plansOmitted', { limit: PLAN_DETAIL_LIMIT, plans: report.plans.length }), '');
  } else {
    if (many) out.push(`## ${msg(lang, 'report.section.plans')}`, '');
    for (const p of report.plans) out.push(planSection(lang, p, many));
  }

  if (report.skipped.length > 0) {
    out.push(`## ${msg(lang, 'report.section.skipped')}`, '', ...report.skipped.map((s) => {
      const f = s.findings[0];
      return `- \`${cell(s.file)}\`${f ? ` — ${f.line}:${f.column} \`${f.ruleId}\` ${cell(f.message)}` : ''}`;
    }), '');
  }
  out.push(`---`, '', `_${msg(lang, 'report.generatedBy', { version: report.version })}_`, '');
  return out.join('\n');
};

