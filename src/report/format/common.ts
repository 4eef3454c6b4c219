/**
 * What every report formatter shares: numbers in the reader's language (1.234,5 in Indonesian), Rupiah, bars,
 * and the words for an indicator's value and target.
 */
import type { Lang } from '../../guide/types.js';
import { INDICATOR_CLASSES, REPORT_INDICATORS, type IndicatorClass, type ReportIndicator } from '../../guide/monitoring.js';
import { ROLES } from '../../guide/roles.js';
import { msg } from '../../guide/messages/index.js';
import { formatNumber as localeNumber, formatPercent as localePercent, formatRupiah as localeRupiah } from '../../locale/format.js';
import type { BreakdownRow, Indicator, Report, TargetItem } from '../types.js';
import { parseIsoDate } from '../../locale/dates.js';
import { longDate } from '../../locale/format.js';

export interface ReportFormatMeta {
  /** ANSI colours (terminal table only). */
  color: boolean;
  /** The terminal's width: the table fits within it, stacked when it cannot (absent: natural width). */
  width?: number;
}

export type ReportFormatter = (report: Report, meta: ReportFormatMeta) => string;

export { PLAN_DETAIL_LIMIT } from '../types.js';

// Numbers and Rupiah as everywhere else in the tool (src/locale), with the report's argument order.
export function formatNumber(lang: Lang, n: number, maxDigits = 2): string {
  return localeNumber(n, lang, maxDigits);
}

export function formatRupiah(lang: Lang, n: number): string {
  return localeRupiah(n, lang);
}

const isMoney = (unit: string) => unit === 'Rp' || unit === 'IDR';

/** "79,6%", "Rp 515.000.000", "7 pertemuan", or "tidak ada data". */
export function formatQuantity(lang: Lang, value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return msg(lang, 'report.noData');
  if (isMoney(unit)) return formatRupiah(lang, value);
  if (unit === '%') return localePercent(value, lang, 1);
  return unit ? `${formatNumber(lang, value)} ${unit}` : formatNumber(lang, value);
}

/** How an indicator reads (its catalog entry's `display`): "66,7% (2 dari 3)", "5 dari 6 mitra", or the value. */
const DISPLAY: ReadonlyMap<string, ReportIndicator['display']> = new Map((REPORT_INDICATORS as readonly ReportIndicator[]).map((d) => [d.id, d.display]));

export function formatValue(lang: Lang, ind: Indicator): string {
  const main = formatQuantity(lang, ind.value, ind.unit);
  if (ind.value === null || ind.numerator === undefined || ind.denominator === undefined) return main;
  const of = msg(lang, 'report.ofDenominator', { numerator: formatNumber(lang, ind.numerator), denominator: formatNumber(lang, ind.denominator) });
  const display = DISPLAY.get(ind.id);
  if (display === 'share-and-parts') return `${main} (${of})`;
  if (display === 'parts') return `${of} ${ind.unit}`;
  return main;
}

export function formatTarget(lang: Lang, ind: Indicator): string {
  return ind.target === undefined ? '' : formatQuantity(lang, ind.target, ind.unit);
}

export function formatPercent(lang: Lang, p: number | null | undefined): string {
  return p === null || p === undefined ? msg(lang, 'report.noData') : localePercent(p, lang, 1);
}

/** "30 November 2026": dates written out for officers (json and csv keep ISO dates). */
export function formatDate(iso: string | undefined, lang: Lang = 'id'): string {
  const d = parseIsoDate(iso);
  return d ? longDate(d, lang) : iso ?? '';
}

/**
 * The one colour rule of bars and status words: a target's schedule decides (reached or on/ahead: good; behind:
 * bad; not assessable: neutral); a bar with no schedule behind it (an indicator against its target) is "plain".
 */
export type Tone = 'good' | 'bad' | 'neutral' | 'plain';
export function toneOf(schedule: string | undefined): Tone {
  if (schedule === undefined) return 'plain';
  if (schedule === 'reached' || schedule === 'ahead') return 'good';
  if (schedule === 'behind') return 'bad';
  return 'neutral';
}

/** The plans' titles by file, so tables name a plan by its title rather than its path. */
export function titleOf(report: Report): (file: string) => string {
  const titles = new Map(report.plans.map((p) => [p.file, p.title]));
  return (file) => titles.get(file) ?? file;
}

/** A text bar of `width` cells for a percentage (capped to 0..100). */
export function textBar(percent: number | null | undefined, width = 20): string {
  if (percent === null || percent === undefined) return '';
  const cells = Math.round((Math.max(0, Math.min(100, percent)) / 100) * width);
  return '█'.repeat(cells) + '░'.repeat(width - cells);
}

export function classLabel(lang: Lang, c: IndicatorClass): string {
  return INDICATOR_CLASSES.find((x) => x.id === c)?.label[lang] ?? c;
}

export function roleLabel(lang: Lang, id: string): string {
  return ROLES.find((r) => r.id === id)?.label[lang] ?? id;
}

/** Roles taken by at least one partner of the plan, in catalog order. */
export function rolesUsed(partners: readonly { roles: string[] }[]): string[] {
  const used = new Set(partners.flatMap((p) => p.roles));
  return [...ROLES.map((r) => r.id).filter((id) => used.has(id)), ...[...used].filter((id) => !ROLES.some((r) => r.id === id))];
}

export function changeText(lang: Lang, t: TargetItem): string {
  if (t.improved === null || t.change === null) return msg(lang, 'report.noData');
  const word = t.change === 0 ? msg(lang, 'report.unchanged') : t.improved ? msg(lang, 'report.improved') : msg(lang, 'report.worsened');
  const sign = t.change > 0 ? '+' : '';
  return `${sign}${formatNumber(lang, t.change)} (${word})`;
}

/** The percentage a bar shows for an indicator: against its target, or the value itself for a share. */
export function barPercent(ind: Indicator): number | null {
  if (ind.percentOfTarget !== undefined) return ind.percentOfTarget;
  if (ind.unit === '%' && ind.value !== null) return ind.value;
  return null;
}

/** The header lines every format starts with. */
export function headline(report: Report): { title: string; asOf: string; counts: string } {
  const { lang } = report;
  const counts = [msg(lang, 'report.plans', { plans: report.summary.plans })];
  if (report.summary.skipped > 0) counts.push(msg(lang, 'report.plansSkipped', { skipped: report.summary.skipped }));
  const period = report.period ? `${msg(lang, 'report.periodId', { period: report.period.id, start: formatDate(report.period.start, lang), end: formatDate(report.period.end, lang) })} · ` : '';
  return { title: msg(lang, 'report.title'), asOf: `${period}${msg(lang, 'report.asOf', { date: formatDate(report.asOf, lang) })}`, counts: counts.join(' · ') };
}

/**
 * A partner's row of "Kontribusi per mitra", as every format shows it. A partner whose promises are all in kind
 * (goods, services, staff) has nothing in Rupiah to compare: its row says so and counts its contributions
 * delivered ("1/1 kontribusi"), instead of "Rp 0 · Rp 0 · tidak ada data", which read as if it gave nothing.
 */
export function contributionRow(lang: Lang, b: BreakdownRow): { committed: string; delivered: string; inKind?: string } {
  const committedCount = b.extra?.contributionsCommitted ?? 0;
  const inKind = (b.denominator ?? 0) === 0 && committedCount > 0;
  if (!inKind) return { committed: formatRupiah(lang, b.denominator ?? 0), delivered: formatRupiah(lang, b.numerator ?? 0) };
  return {
    committed: msg(lang, 'report.inKind', { count: committedCount }),
    // Money delivered without a promise in Rupiah is still shown; none is a dash, not "Rp 0".
    delivered: (b.numerator ?? 0) > 0 ? formatRupiah(lang, b.numerator!) : '—',
    inKind: `${b.extra?.contributionsDelivered ?? 0}/${committedCount} ${msg(lang, 'report.unit.contributions')}`,
  };
}
