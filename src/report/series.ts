/**
 * Change over time: every monitoring indicator of a plan (all classes, with or without `ref`) with its dated
 * values up to as-of, the value at as-of, the value before it and the change since then. Pure.
 *
 * - The series: `measurements` and a dated `actual`, dated on or before as-of, oldest first (one value per date:
 *   the later-listed wins, as the file's author last wrote it).
 * - Value at as-of: the latest of them; an undated `actual` counts as the current value (as in metrics.ts).
 * - Previous value: with a reporting period, the latest value dated before the period starts (the value at the
 *   end of the previous period); without one, the value before the latest.
 * - In the period: the latest value dated inside the reporting period (what a DHIS2 data value for that period is).
 */
import type { MonitoringIndicator, Plan } from '../plan/types.js';
import { dayNumber } from '../locale/dates.js';
import type { IndicatorSeries, SeriesPoint } from './types.js';

export interface SeriesWindow {
  /** Day number of as-of. */
  asOf: number;
  /** First day of the reporting period, when there is one. */
  from?: number;
}

function points(ind: MonitoringIndicator, asOf: number): SeriesPoint[] {
  const byDate = new Map<string, number>();
  for (const m of ind.measurements ?? []) {
    const d = dayNumber(m.date);
    if (d !== undefined && d <= asOf) byDate.set(m.date, m.value);
  }
  if (ind.actual !== undefined && ind.actualDate !== undefined) {
    const d = dayNumber(ind.actualDate);
    if (d !== undefined && d <= asOf) byDate.set(ind.actualDate, ind.actual);
  }
  return [...byDate.entries()].map(([date, value]) => ({ date, value })).sort((a, b) => a.date.localeCompare(b.date));
}

export function indicatorSeries(ind: MonitoringIndicator, window: SeriesWindow): IndicatorSeries {
  const series = points(ind, window.asOf);
  const latest = series[series.length - 1];
  const undatedActual = ind.actual !== undefined && ind.actualDate === undefined;
  const current = undatedActual ? { value: ind.actual! } : latest;
  let previous: SeriesPoint | undefined;
  let inPeriod: SeriesPoint | undefined;
  if (window.from !== undefined) {
    previous = [...series].reverse().find((p) => dayNumber(p.date)! < window.from!);
    inPeriod = [...series].reverse().find((p) => dayNumber(p.date)! >= window.from!);
  } else {
    previous = undatedActual ? latest : series[series.length - 2];
  }
  const change = current !== undefined && previous !== undefined ? Math.round((current.value - previous.value) * 10_000) / 10_000 : undefined;
  return {
    id: ind.id, class: ind.class, name: ind.name,
    ...(ind.unit !== undefined ? { unit: ind.unit } : {}),
    ...(ind.ref !== undefined ? { ref: ind.ref } : {}),
    direction: ind.direction ?? (ind.target !== undefined && ind.baseline !== undefined && ind.target < ind.baseline ? 'decrease' : 'increase'),
    ...(ind.baseline !== undefined ? { baseline: ind.baseline } : {}),
    ...(ind.target !== undefined ? { target: ind.target } : {}),
    ...(ind.targetDate !== undefined ? { targetDate: ind.targetDate } : {}),
    ...(ind.source !== undefined ? { source: ind.source } : {}),
    points: series,
    ...(current !== undefined ? { value: current.value, ...('date' in current && current.date ? { valueDate: current.date } : {}) } : {}),
    ...(previous !== undefined ? { previous } : {}),
    ...(change !== undefined ? { change } : {}),
    ...(inPeriod !== undefined ? { inPeriod } : {}),
  };
}

export function planSeries(plan: Plan, window: SeriesWindow): IndicatorSeries[] {
  return (plan.monitoring?.indicators ?? []).map((ind) => indicatorSeries(ind, window));
}
