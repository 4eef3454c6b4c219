/** A reporting period in words: "Semester I Tahun 2026", "Triwulan II Tahun 2026", "Mei 2026", "Tahun 2026". */
import type { Lang } from '../guide/types.js';
import { msg } from '../guide/messages/index.js';
import { monthName } from '../locale/format.js';
import type { ReportPeriod } from './period.js';

const ROMAN = ['I', 'II', 'III', 'IV'];

export function periodLabel(p: ReportPeriod, lang: Lang): string {
  const params = { year: p.year, index: p.index, roman: ROMAN[p.index - 1] ?? String(p.index) };
  switch (p.kind) {
    case 'year': return msg(lang, 'report.period.year', params);
    case 'semester': return msg(lang, 'report.period.semester', params);
    case 'quarter': return msg(lang, 'report.period.quarter', params);
    case 'month': return msg(lang, 'report.period.month', { year: p.year, month: monthName(p.index, lang) });
  }
}
