import type { Text } from '../types.js';

/** Texts of reporting periods, change over time and the DHIS2 export (issue 14). Source: tool. */
export const REPORT_PERIOD_MESSAGES = {
  'report.opt.period': {
    id: 'periode laporan dalam notasi DHIS2: 2026 (tahun), 2026S1 (semester), 2026Q2 (triwulan), 2026-05 atau 202605 (bulan)',
    en: 'reporting period in DHIS2 notation: 2026 (year), 2026S1 (semester), 2026Q2 (quarter), 2026-05 or 202605 (month)',
  },
  'report.error.period': {
    id: '--period "{value}" bukan periode yang dikenal; tulis 2026, 2026S1, 2026Q2, 2026-05 atau 202605',
    en: '--period "{value}" is not a known period; write 2026, 2026S1, 2026Q2, 2026-05 or 202605',
  },
  'report.error.asOfBeforePeriod': {
    id: '--as-of {asOf} jatuh sebelum periode {period} dimulai ({start})',
    en: '--as-of {asOf} is before the period {period} begins ({start})',
  },
  'report.period.year': { id: 'Tahun {year}', en: 'Year {year}' },
  'report.period.semester': { id: 'Semester {roman} Tahun {year}', en: 'Semester {index} {year}' },
  'report.period.quarter': { id: 'Triwulan {roman} Tahun {year}', en: 'Quarter {index} {year}' },
  'report.period.month': { id: '{month} {year}', en: '{month} {year}' },
  'report.period.line': { id: 'Periode {label} ({start} s.d. {end})', en: 'Period {label} ({start} to {end})' },
} satisfies Record<string, Text>;
