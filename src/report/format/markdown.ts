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
  PLAN_DETAIL_LIMIT, barPercent, changeText, classLabel, contributionRow, formatPercent, formatQuantity,
  formatTarget, formatValue, headline, roleLabel, rolesUsed, textBar, formatDate, formatNumber, titleOf, type ReportFormatter,
} from './common.js';

/** A table cell: no pipes or line breaks that would end it, no raw HTML. */
export function cell(s: string | number | null | undefined): string {
  // `[`, `]` and `!` escaped too: plan text must not become a link or an image (`[x](javascript:…)`, `![](…)`).
  return String(s ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/([[\]!])/g, '\\$1').replace(/\r?\n/g, ' ');
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
      rows.push([cell(classLabel(lang, cls)), cell(ind.label), cell(formatValue(lang, ind)), cell(formatTarget(lang, ind)), bar(barPercent(ind))]);
    }
  }
  return table([msg(lang, 'report.col.class'), msg(lang, 'report.col.indicator'), msg(lang, 'report.col.value'), msg(lang, 'report.col.target'), msg(lang, 'report.col.achievement')], rows);
}

function targetSection(lang: Lang, items: readonly TargetItem[], planTitle: ((file: string) => string) | undefined, outcome: boolean): string {
  const withFile = planTitle !== undefined;
  const head = [
    ...(withFile ? [msg(lang, 'report.col.plan')] : []), msg(lang, 'report.col.indicator'), msg(lang, 'report.col.baseline'), msg(lang, 'report.col.actual'),
    msg(lang, 'report.col.target'), msg(lang, outcome ? 'report.col.change' : 'report.col.percent'), msg(lang, 'report.col.expected'), msg(lang, 'report.col.schedule'),
  ];
  const q = (n: number | undefined, unit: string | undefined, date?: string) => (n === undefined ? '' : cell(`${formatQuantity(lang, n, unit ?? '')}${date ? ` (${formatDate(date, lang)})` : ''}`));
  return table(head, items.map((t) => [
    ...(withFile ? [cell(planTitle!(t.file))] : []), cell(t.name), q(t.baseline, t.unit, t.baselineDate), q(t.actual, t.unit, t.actualDate), q(t.target, t.unit, t.targetDate),
    outcome ? cell(changeText(lang, t)) : t.percentAchieved === null ? cell(msg(lang, 'report.noData')) : bar(t.percentAchieved),
    cell(t.expectedPercent === null ? '' : formatPercent(lang, t.expectedPercent)), cell(t.scheduleLabel),
  ]));
}

export function sectorSection(lang: Lang, rows: readonly BreakdownRow[]): string {
  if (rows.length === 0) return msg(lang, 'report.noPartners');
  // The same picture as the HTML: one bar per sector, joined (█) within listed (▒), on one scale.
  const max = Math.max(1, ...rows.map((r) => r.extra?.listed ?? 0));
  const cells = (n: number) => Math.round((n / max) * 12);
  const sectorBar = (r: BreakdownRow) => {
    const joined = cells(r.value ?? 0);
    const listed = Math.max(joined, cells(r.extra?.listed ?? 0));
    return `\`${'█'.repeat(joined)}${'▒'.repeat(listed - joined)}${' '.repeat(12 - listed)}\``;
  };
  return [table([msg(lang, 'report.col.sector'), msg(lang, 'report.col.listed'), msg(lang, 'report.col.joined'), ''],
    rows.map((r) => [cell(r.label), String(r.extra?.listed ?? 0), String(r.value ?? 0), sectorBar(r)])), '', `_█ ${msg(lang, 'report.col.joined')} · ▒ ${msg(lang, 'report.col.listed')}_`].join('\n');
}

export function matrixSection(lang: Lang, partners: readonly PartnerRow[]): string {
  if (partners.length === 0) return msg(lang, 'report.noPartners');
  const roles = rolesUsed(partners);
  return table([msg(lang, 'report.col.partner'), msg(lang, 'report.col.sector'), msg(lang, 'report.col.status'), ...roles.map((r) => roleLabel(lang, r))],
    partners.map((p) => [cell(p.name), cell(p.sectorLabel), cell(p.statusLabel), ...roles.map((r) => (p.roles.includes(r) ? '✔' : ''))]));
}

/**
 * The work plan as a Mermaid gantt: each activity numbered as in the 5W1H work plan (the same numbers as the
 * HTML chart), the viewer's today switched off and the report's as-of date drawn as a marker, and a legend.
 */
export function ganttSection(lang: Lang, title: string, activities: readonly GanttActivity[], asOf?: string): string {
  const dated = activities.map((a, i) => ({ a, n: i + 1 })).filter(({ a }) => a.start !== undefined && (a.end === undefined || a.end >= a.start));
  if (dated.length === 0) return msg(lang, 'report.noActivities');
  const lines = ['```mermaid', 'gantt', `  title ${mermaidText(title)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %b %Y', '  todayMarker off', `  section ${mermaidText(msg(lang, 'report.col.activity'))}`];
  for (const { a, n } of dated) {
    const tag = a.status === 'done' ? 'done, ' : a.status === 'in-progress' ? 'active, ' : a.status === 'cancelled' ? 'crit, ' : '';
    // A length in days rather than an end date: Mermaid reads end dates as exclusive, plans mean them inclusive.
    const days = a.end === undefined ? 1 : dayNumber(a.end)! - dayNumber(a.start)! + 1;
    const label = mermaidText(`${n}. ${a.label}`);
    lines.push(`  ${label.length > 60 ? `${label.slice(0, 59)}…` : label} :${tag}${a.start}, ${days}d`);
  }
  // A milestone (supported by every Mermaid version GitHub has used) marks the report's date, not the viewer's today.
  if (asOf !== undefined) lines.push(`  section ${mermaidText(msg(lang, 'report.gantt.asOf'))}`, `  ${mermaidText(formatDate(asOf, lang))} :milestone, ${asOf}, 0d`);
  lines.push('```', '', `_${msg(lang, 'report.gantt.legendMd')}_ ${msg(lang, 'report.gantt.key')}`, '', ...dated.map(({ a, n }) => `${n}. ${cell(a.label)} — ${formatDate(a.start, lang)}${a.end && a.end !== a.start ? ` – ${formatDate(a.end, lang)}` : ''}`));
  return lines.join('\n');
}

/** The plan's monitoring indicators over time, as a table (the HTML draws the same values as small line charts). */
export function seriesSection(lang: Lang, series: PlanReport['series']): string {
  const q = (n: number | undefined, unit: string | undefined) => (n === undefined ? '' : formatQuantity(lang, n, unit ?? ''));
  return table([
    msg(lang, 'report.col.ownIndicator'), msg(lang, 'report.col.class'), msg(lang, 'report.col.series'), msg(lang, 'report.col.valueAsOf'),
    msg(lang, 'report.col.previous'), msg(lang, 'report.col.changeSince'), msg(lang, 'report.col.target'),
  ], series.map((s) => [
    cell(s.name), cell(classLabel(lang, s.class)),
    cell(s.points.map((p) => `${formatDate(p.date, lang)}: ${q(p.value, s.unit)}`).join('; ')),
    cell(s.value === undefined ? msg(lang, 'report.noData') : `${q(s.value, s.unit)}${s.valueDate ? ` (${formatDate(s.valueDate, lang)})` : ''}`),
    cell(s.previous ? `${q(s.previous.value, s.unit)} (${formatDate(s.previous.date, lang)})` : ''),
    cell(s.change === undefined ? '' : `${s.change > 0 ? '+' : ''}${formatNumber(lang, s.change, 1)}`),
    cell(q(s.target, s.unit)),
  ]));
}

function planSection(lang: Lang, p: PlanReport, many: boolean, asOf: string): string {
  const sectors = p.indicators.find((i) => i.id === 'input.partners_by_sector')?.breakdown ?? [];
  const delivered = p.indicators.find((i) => i.id === 'process.contributions_delivered');
  const out = [
    `### ${cell(p.title)}`, '', `${cell(p.programLabel)} · ${cell(p.region.regency)}${p.region.regencyCode ? ` (${p.region.regencyCode})` : ''}, ${cell(p.region.province)}`, '',
    // With one plan its indicators are the report's, shown above.
    ...(many ? [indicatorSection(lang, p.indicators), ''] : []),
    `#### ${msg(lang, 'report.section.sectors')}`, '', sectorSection(lang, sectors), '',
    `#### ${msg(lang, 'report.section.matrix')}`, '', matrixSection(lang, p.partners), '',
  ];
  if (delivered?.breakdown?.length) {
    out.push(`#### ${msg(lang, 'report.section.contributions')}`, '', table(
      [msg(lang, 'report.col.partner'), msg(lang, 'report.col.committed'), msg(lang, 'report.col.delivered'), '%'],
      delivered.breakdown.map((b) => {
        const row = contributionRow(lang, b);
        return [cell(b.label), cell(row.committed), cell(row.delivered), b.value === null ? cell(row.inKind ?? msg(lang, 'report.noData')) : bar(b.value)];
      }),
    ), '');
  }
  if (p.series.length) out.push(`#### ${msg(lang, 'report.section.series')}`, '', seriesSection(lang, p.series), '');
  out.push(`#### ${msg(lang, 'report.section.gantt')}`, '', ganttSection(lang, p.title, p.activities, asOf), '');
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
  out.push(`## ${msg(lang, 'report.section.targets')}`, '', targets.length ? `${targetSection(lang, targets, many ? titleOf(report) : undefined, false)}\n\n_${msg(lang, 'report.legend.barsMd')}_` : msg(lang, 'report.noTargets'), '');
  out.push(`## ${msg(lang, 'report.section.outcomes')}`, '', outcomes.length ? targetSection(lang, outcomes, many ? titleOf(report) : undefined, true) : msg(lang, 'report.noOutcomes'), '');

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
    for (const p of report.plans) out.push(planSection(lang, p, many, report.asOf));
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

