/** The as-of date and reporting period of `report`, `report --template` and `export`, from their options. */
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { isIsoDate } from '../../locale/dates.js';
import { parsePeriod } from '../../report/period.js';
import { UsageError, today, type CliIO } from '../context.js';

/**
 * The as-of date and reporting period: `--period 2026S1` reports on that period, up to its last day (or an
 * earlier --as-of; for the period still running, today — a report made on 27 November is not "per 31
 * Desember", nor are activities planned to end in December already due); without it, everything up to
 * --as-of (default today) counts.
 */
export function reportWindow(options: { asOf?: string; period?: string }, io: CliIO, lang: Lang): { asOf: string; period?: { id: string; start: string; end: string } } {
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) throw new UsageError(msg(lang, 'report.error.asOf', { value: options.asOf }));
  if (options.period === undefined) {
    const asOf = options.asOf ?? today(io.env);
    if (!isIsoDate(asOf)) throw new UsageError(msg(lang, 'report.error.asOf', { value: asOf }));
    return { asOf };
  }
  const p = parsePeriod(options.period);
  if (!p) throw new UsageError(msg(lang, 'report.error.period', { value: options.period }));
  if (options.asOf !== undefined && options.asOf < p.start) throw new UsageError(msg(lang, 'report.error.asOfBeforePeriod', { asOf: options.asOf, period: p.id, start: p.start }));
  const now = today(io.env);
  const running = isIsoDate(now) && p.start <= now && now < p.end;
  const until = options.asOf ?? (running ? now : p.end);
  const asOf = until < p.end ? until : p.end;
  return { asOf, period: { id: p.id, start: p.start, end: p.end } };
}

