/**
 * The terminal report: tables (cli-table3) with bars for achievement against target. Colour only when asked
 * (TTY without NO_COLOR / --no-color); without colour the bars still read, as block characters.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Lang } from '../../guide/types.js';
import { INDICATOR_CLASS_IDS, REPORT_INDICATORS, type ReportIndicator } from '../../guide/monitoring.js';
import { msg } from '../../guide/messages/index.js';
import { byLabel } from '../build.js';
import type { GroupReport, Indicator, TargetItem } from '../types.js';
import { formatRupiahCompact } from '../../locale/format.js';
import {
  PLAN_DETAIL_LIMIT, barPercent, changeText, classLabel, contributionRow, formatNumber, formatPercent, formatQuantity,
  formatTarget, formatValue, headline, textBar, formatDate, titleOf, toneOf, type Tone, type ReportFormatter,
} from './common.js';
import { fitTable } from './fit.js';
import { visibleDeep } from '../../locale/visible.js';
import { wrap } from '../../guide/format.js';

type Paint = InstanceType<typeof Chalk>;

const STYLE = { head: [], border: [] };
/** No rule between rows: the class rows already divide the table. */
const CHARS = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/**
 * Rows per list in a terminal table. cli-table3 lays a table out in time that grows faster than its rows (40,000
 * partners took 130 s) and nobody reads 40,000 rows on a terminal: the rest is counted in a last row, and the
 * json/csv formats carry every row.
 */
export const MAX_TABLE_ROWS = 200;

function capped<T>(list: readonly T[]): { shown: readonly T[]; more: number } {
  return list.length > MAX_TABLE_ROWS ? { shown: list.slice(0, MAX_TABLE_ROWS), more: list.length - MAX_TABLE_ROWS } : { shown: list, more: 0 };
}

function moreRow(lang: Lang, c: Paint, more: number, width: number): string[] {
  return [c.dim(msg(lang, 'report.table.more', { count: formatNumber(lang, more) })), ...Array.from({ length: width - 1 }, () => '')];
}

/** The one colour rule (common.ts toneOf): a target's schedule decides; a bar without one is plain blue. */
function bar(c: Paint, percent: number | null, tone: Tone = 'plain'): string {
  if (percent === null) return '';
  const paint = { good: c.green, bad: c.red, neutral: c.dim, plain: c.blue }[tone];
  return `${paint(textBar(percent, 16))} ${formatNumber('en', Math.round(percent))}%`;
}

function indicatorTable(lang: Lang, c: Paint, indicators: readonly Indicator[], width: number | undefined): string {
  const head = [msg(lang, 'report.col.indicator'), msg(lang, 'report.col.value'), msg(lang, 'report.col.target'), msg(lang, 'report.col.achievement')].map((h) => c.bold(h));
  const rows: string[][] = [];
  for (const cls of INDICATOR_CLASS_IDS) {
    const ofClass = indicators.filter((i) => i.class === cls);
    if (ofClass.length === 0) continue;
    rows.push([c.bold.cyan(classLabel(lang, cls)), '', '', '']);
    for (const ind of ofClass) {
      const value = ind.value === null ? c.dim(formatValue(lang, ind)) : formatValue(lang, ind);
      rows.push([ind.label, value, formatTarget(lang, ind), bar(c, barPercent(ind))]);
      if (ind.id !== 'process.contributions_delivered') { // its own table below
        const breakdown = capped(ind.breakdown ?? []);
        for (const b of breakdown.shown) rows.push([c.dim(`  · ${b.label}`), c.dim(formatQuantity(lang, b.value, ind.unit)), '', '']);
        if (breakdown.more) rows.push(moreRow(lang, c, breakdown.more, 4));
      }
      const details = capped(ind.details ?? []);
      for (const d of details.shown) rows.push([c.dim(`  · ${d.label}`), c.dim(formatQuantity(lang, d.value, d.unit)), '', '']);
      if (details.more) rows.push(moreRow(lang, c, details.more, 4));
    }
  }
  return fitTable((colWidths, cells = rows) => {
    const t = new Table({ head, style: STYLE, chars: CHARS, wordWrap: true, colWidths: colWidths ?? [44, 30, 20, 24] });
    t.push(...cells.map((r) => [...r]));
    return t;
  }, head, rows, width);
}

function targetTable(lang: Lang, c: Paint, items: readonly TargetItem[], planTitle: ((file: string) => string) | undefined, outcome: boolean, width: number | undefined): string {
  const withFile = planTitle !== undefined;
  const head = [
    ...(withFile ? [msg(lang, 'report.col.plan')] : []), msg(lang, 'report.col.indicator'), msg(lang, 'report.col.baseline'),
    msg(lang, 'report.col.actual'), msg(lang, 'report.col.target'), msg(lang, outcome ? 'report.col.change' : 'report.col.percent'),
    msg(lang, 'report.col.schedule'),
  ].map((h) => c.bold(h));
  const rows: string[][] = [];
  const { shown, more } = capped(items);
  for (const it of shown) {
    const unit = it.unit ?? '';
    const val = (n: number | undefined, date?: string) => (n === undefined ? '' : `${formatQuantity(lang, n, unit)}${date ? `\n${c.dim(formatDate(date, lang))}` : ''}`);
    const sched = it.schedule === 'behind' ? c.red(it.scheduleLabel) : it.schedule === 'reached' || it.schedule === 'ahead' ? c.green(it.scheduleLabel) : c.dim(it.scheduleLabel);
    rows.push([
      ...(withFile ? [planTitle!(it.file)] : []), it.name, val(it.baseline, it.baselineDate), val(it.actual, it.actualDate), val(it.target, it.targetDate),
      outcome ? changeText(lang, it) : `${bar(c, it.percentAchieved, toneOf(it.schedule))}${it.percentAchieved === null ? c.dim(msg(lang, 'report.noData')) : ''}`,
      `${sched}${it.expectedPercent !== null ? `\n${c.dim(`${msg(lang, 'report.col.expected')}: ${formatPercent(lang, it.expectedPercent)}`)}` : ''}`,
    ]);
  }
  if (more) rows.push(moreRow(lang, c, more, head.length));
  return fitTable((colWidths, cells = rows) => {
    const t = new Table({ head, style: STYLE, wordWrap: true, ...(colWidths ? { colWidths } : {}) });
    t.push(...cells.map((r) => [...r]));
    return t;
  }, head, rows, width);
}

function contributionTable(lang: Lang, c: Paint, ind: Indicator, width: number | undefined): string {
  const head = [msg(lang, 'report.col.partner'), msg(lang, 'report.col.committed'), msg(lang, 'report.col.delivered'), '%', msg(lang, 'report.detail.contributionsDelivered')].map((h) => c.bold(h));
  const { shown, more } = capped(ind.breakdown ?? []);
  const rows = shown.map((b) => {
    const row = contributionRow(lang, b);
    const share = b.value === null ? c.dim(row.inKind ?? msg(lang, 'report.noData')) : b.value > 100 ? `${bar(c, b.value)} ${c.yellow(`⚠ ${msg(lang, 'report.overDelivered')}`)}` : bar(c, b.value);
    return [b.label, row.committed, row.delivered, share, `${b.extra?.contributionsDelivered ?? 0}/${b.extra?.contributionsCommitted ?? 0}`];
  });
  if (more) rows.push(moreRow(lang, c, more, 5));
  return fitTable((colWidths, cells = rows) => {
    const t = new Table({ head, style: STYLE, chars: CHARS, wordWrap: true, ...(colWidths ? { colWidths } : {}) });
    t.push(...cells.map((r) => [...r]));
    return t;
  }, head, rows, width);
}

/** The columns of the --by table: the headline indicators (all partner-level ones for sector/partner groups). */
const GROUP_COLUMNS: readonly string[] = (REPORT_INDICATORS as readonly ReportIndicator[])
  .filter((d) => d.groupColumn !== false)
  .sort((a, b) => Number(a.groupColumn) - Number(b.groupColumn))
  .map((d) => d.id);

/** Compact cell: Rupiah in short scale (Rp 9,5 M), shares in %, counts bare (the header names the unit). */
function compact(lang: Lang, ind: Indicator): string {
  if (ind.value === null) return msg(lang, 'report.noData');
  if (ind.unit === 'Rp' || ind.unit === 'IDR') return formatRupiahCompact(ind.value, lang);
  return formatQuantity(lang, ind.value, ind.unit === '%' ? '%' : '');
}

function groupTable(lang: Lang, c: Paint, groups: readonly GroupReport[], width: number | undefined): string {
  const first = groups[0]?.indicators ?? [];
  const shown = GROUP_COLUMNS.filter((id) => first.some((i) => i.id === id)).slice(0, 6);
  const labels = shown.map((id) => first.find((i) => i.id === id)!.label);
  const head = [msg(lang, 'report.col.group'), msg(lang, 'report.col.plans'), ...labels].map((h) => c.bold(h));
  const grouped = capped(groups);
  const rows = grouped.shown.map((g) => [g.label, String(g.plans), ...shown.map((id) => {
    const ind = g.indicators.find((i) => i.id === id)!;
    return ind.value === null ? c.dim(compact(lang, ind)) : compact(lang, ind);
  })]);
  if (grouped.more) rows.push(moreRow(lang, c, grouped.more, 2 + shown.length));
  return fitTable((colWidths, cells = rows) => {
    const t = new Table({ head, style: STYLE, chars: CHARS, wordWrap: true, colWidths: colWidths ?? [28, 9, ...shown.map(() => 16)] });
    t.push(...cells.map((r) => [...r]));
    return t;
  }, head, rows, width);
}

export const formatTable: ReportFormatter = (given, meta) => {
  // Plan text and file names reach the terminal as text, never as escape sequences.
  const report = visibleDeep(given);
  const c = new Chalk({ level: meta.color ? 1 : 0 });
  const { lang } = report;
  const h = headline(report);
  // Prose lines wrap at the terminal's width (continuation lines indented); tables fit it on their own.
  const fit = (text: string, indent: string): string[] => {
    if (meta.width === undefined || text.length <= meta.width) return [text];
    const [first, ...more] = wrap(text, '', meta.width);
    return [first!, ...wrap(more.join(' '), indent, meta.width)];
  };
  const out: string[] = [...fit(h.title, '').map((l) => c.bold(l)), ...fit(`${h.asOf} · ${h.counts}`, ''), ''];
  const single = report.plans.length === 1 ? report.plans[0] : undefined;
  if (single) out.push(...fit(single.title, '').map((l) => c.bold(l)), ...fit(`${single.programLabel} · ${single.region.regency}${single.region.regencyCode ? ` (${single.region.regencyCode})` : ''}, ${single.region.province}`, '').map((l) => c.dim(l)), '');

  out.push(c.bold(msg(lang, 'report.section.indicators')), indicatorTable(lang, c, report.indicators, meta.width), '');

  const delivered = report.indicators.find((i) => i.id === 'process.contributions_delivered');
  if (delivered?.breakdown?.length) out.push(c.bold(msg(lang, 'report.section.contributions')), contributionTable(lang, c, delivered, meta.width), '');

  const many = report.plans.length > 1;
  const targets = report.indicators.find((i) => i.id === 'output.target_achievement')?.items ?? [];
  const outcomes = report.indicators.find((i) => i.id === 'outcome.health_indicators')?.items ?? [];
  if (report.plans.length <= PLAN_DETAIL_LIMIT) {
    out.push(c.bold(msg(lang, 'report.section.targets')));
    out.push(targets.length ? targetTable(lang, c, targets, many ? titleOf(report) : undefined, false, meta.width) : c.dim(msg(lang, 'report.noTargets')), '');
    out.push(c.bold(msg(lang, 'report.section.outcomes')));
    out.push(outcomes.length ? targetTable(lang, c, outcomes, many ? titleOf(report) : undefined, true, meta.width) : c.dim(msg(lang, 'report.noOutcomes')), '');
  }

  out.push(c.bold(msg(lang, 'report.section.questions')));
  for (const q of report.questions) {
    out.push(...fit(`• ${q.question}`, '  '));
    if (single) {
      const a = single.questions.find((x) => x.id === q.id)?.answer;
      out.push(...(a ? fit(`  ${a}`, '  ') : [`  ${c.dim(msg(lang, 'report.noAnswer'))}`]));
    } else out.push(c.dim(`  ${msg(lang, 'report.answered', { answered: q.answered, plans: q.plans })}`));
  }
  out.push('');

  if (report.groups && report.by) {
    out.push(c.bold(msg(lang, 'report.section.groups', { by: byLabel(report.by, lang) })), groupTable(lang, c, report.groups, meta.width), '');
  }
  if (report.skipped.length > 0) {
    out.push(c.bold.red(msg(lang, 'report.section.skipped')));
    for (const s of report.skipped) {
      const f = s.findings[0];
      out.push(`  ${c.red('✖')} ${s.file}${f ? c.dim(`:${f.line}:${f.column} ${f.ruleId} ${f.message}`) : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
};
