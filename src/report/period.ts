/**
 * Reporting periods in DHIS2's period notation, the one Indonesia's health data platform (Satu Data Kesehatan)
 * and Bappeda's semester reports use: a year `2026`, a semester `2026S1`/`2026S2`, a quarter `2026Q1`..`2026Q4`,
 * a month `202605` (also written `2026-05`). Each is a span of whole days, first and last day included.
 */
import { dayNumber } from '../locale/dates.js';

export type PeriodKind = 'year' | 'semester' | 'quarter' | 'month';

export interface ReportPeriod {
  /** DHIS2's identifier: "2026", "2026S1", "2026Q2", "202605". */
  id: string;
  kind: PeriodKind;
  year: number;
  /** The semester, quarter or month number (1-based); the year itself for `year`. */
  index: number;
  /** First and last day, ISO. */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function span(id: string, kind: PeriodKind, year: number, index: number, firstMonth: number, months: number): ReportPeriod {
  const lastMonth = firstMonth + months - 1;
  return { id, kind, year, index, start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}` };
}

/** The period a text names, or undefined when it is not one of the notations above. */
export function parsePeriod(text: string): ReportPeriod | undefined {
  const s = text.trim().toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(s))) return span(m[1]!, 'year', Number(m[1]), 1, 1, 12);
  if ((m = /^(\d{4})S([12])$/.exec(s))) return span(`${m[1]}S${m[2]}`, 'semester', Number(m[1]), Number(m[2]), Number(m[2]) === 1 ? 1 : 7, 6);
  if ((m = /^(\d{4})Q([1-4])$/.exec(s))) return span(`${m[1]}Q${m[2]}`, 'quarter', Number(m[1]), Number(m[2]), (Number(m[2]) - 1) * 3 + 1, 3);
  if ((m = /^(\d{4})-?(\d{2})$/.exec(s))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    return span(`${m[1]}${m[2]}`, 'month', Number(m[1]), month, month, 1);
  }
  return undefined;
}

/** The period before this one, of the same kind (2026S1 → 2025S2): for "change since the previous period". */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  switch (p.kind) {
    case 'year': return parsePeriod(String(p.year - 1))!;
    case 'semester': return parsePeriod(p.index === 1 ? `${p.year - 1}S2` : `${p.year}S1`)!;
    case 'quarter': return parsePeriod(p.index === 1 ? `${p.year - 1}Q4` : `${p.year}Q${p.index - 1}`)!;
    case 'month': return parsePeriod(p.index === 1 ? `${p.year - 1}12` : `${p.year}${pad(p.index - 1)}`)!;
  }
}

/** Is the ISO date inside the period (both ends included)? */
/** @public */
export function inPeriod(iso: string | undefined, p: { start: string; end: string }): boolean {
  const d = dayNumber(iso);
  return d !== undefined && d >= dayNumber(p.start)! && d <= dayNumber(p.end)!;
}
