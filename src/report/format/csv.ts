/**
 * The report as one tidy CSV table (RFC 4180, comma, CRLF): one row per indicator per scope (the whole set, each
 * plan, each --by group), plus one row per breakdown part (sector, partner) and per program target or health
 * indicator. Numbers are plain (dot decimal) so spreadsheets and scripts read them alike.
 */
import type { Indicator } from '../types.js';
import type { ReportFormatter } from './common.js';

export const CSV_COLUMNS = [
  'scope', 'file', 'group', 'indicator', 'item', 'class', 'label', 'value', 'unit', 'target', 'numerator', 'denominator',
  'baseline', 'actual', 'expected_percent', 'schedule', 'status', 'previous', 'previous_date', 'change',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined>>;

/** Quotes where needed; a text starting with = + - @ gets a ' so spreadsheets do not run it as a formula. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function indicatorRows(scope: string, file: string, group: string, ind: Indicator): Row[] {
  const rows: Row[] = [{
    scope, file, group, indicator: ind.id, class: ind.class, label: ind.label, value: ind.value, unit: ind.unit,
    target: ind.target, numerator: ind.numerator, denominator: ind.denominator, status: ind.status,
  }];
  for (const b of ind.breakdown ?? []) {
    rows.push({ scope, file, group, indicator: ind.id, item: b.key, class: ind.class, label: b.label, value: b.value, unit: ind.unit, numerator: b.numerator, denominator: b.denominator, status: b.value === null ? 'no-data' : 'ok' });
  }
  for (const t of ind.items ?? []) {
    rows.push({
      scope, file: t.file, group, indicator: ind.id, item: t.id, class: ind.class, label: t.name, value: t.percentAchieved, unit: '%',
      target: t.target, baseline: t.baseline, actual: t.actual, expected_percent: t.expectedPercent, schedule: t.schedule,
      status: t.percentAchieved === null ? 'no-data' : 'ok',
    });
  }
  return rows;
}

export const formatCsv: ReportFormatter = (report) => {
  const rows: Row[] = [];
  for (const ind of report.indicators) rows.push(...indicatorRows('total', '', '', ind));
  for (const g of report.groups ?? []) for (const ind of g.indicators) rows.push(...indicatorRows(`group:${report.by}`, '', g.label, ind));
  for (const p of report.plans) {
    for (const ind of p.indicators) rows.push(...indicatorRows('plan', p.file, '', ind));
    // Every monitoring indicator over time: one row per dated value (scope "measurement"), then its value at
    // as-of with the previous value and the change (scope "series").
    for (const s of p.series) {
      for (const pt of s.points) rows.push({ scope: 'measurement', file: p.file, indicator: s.id, item: pt.date, class: s.class, label: s.name, value: pt.value, unit: s.unit, target: s.target, baseline: s.baseline, status: 'ok' });
      rows.push({
        scope: 'series', file: p.file, indicator: s.id, item: s.valueDate, class: s.class, label: s.name, value: s.value, unit: s.unit, target: s.target, baseline: s.baseline,
        previous: s.previous?.value, previous_date: s.previous?.date, change: s.change, status: s.value === undefined ? 'no-data' : 'ok',
      });
    }
  }
  for (const s of report.skipped) rows.push({ scope: 'skipped', file: s.file, status: 'skipped', label: s.findings[0]?.message });
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
};
