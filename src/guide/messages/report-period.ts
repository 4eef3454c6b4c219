import type { Text } from '../types.js';

/** Texts of reporting periods, change over time and the DHIS2 export (issue 14). Source: tool. */
export const reportPeriodMessages = () => ({
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
  'report.detail.overDeliveredIdr': { id: 'Terealisasi melebihi komitmen masing-masing mitra (tidak dihitung dalam persentase)', en: 'Delivered beyond each partner\'s own commitment (not in the share)' },
  'report.overDelivered': { id: 'melebihi komitmen', en: 'beyond the commitment' },
  'report.inKind': { id: 'nonuang: {count} kontribusi', en: 'in kind: {count} contributions' },
  'report.legend.bars': {
    id: 'Warna: hijau = target tercapai atau sesuai/lebih cepat dari jadwal; merah = tertinggal dari jadwal; abu-abu = jadwal tidak dapat dinilai; biru = capaian terhadap target tanpa penilaian jadwal.',
    en: 'Colours: green = target reached or on/ahead of schedule; red = behind schedule; grey = schedule cannot be assessed; blue = against target, without a schedule.',
  },
  'report.section.series': { id: 'Perkembangan indikator dari waktu ke waktu', en: 'Indicators over time' },
  'report.col.series': { id: 'Nilai terukur', en: 'Measured values' },
  'report.col.previous': { id: 'Sebelumnya', en: 'Previous' },
  'report.col.valueAsOf': { id: 'Nilai per tanggal laporan', en: 'Value at the report date' },
  'report.col.changeSince': { id: 'Perubahan sejak sebelumnya', en: 'Change since previous' },
  'report.col.ownIndicator': { id: 'Indikator rencana', en: 'Plan indicator' },
  'report.gantt.key': { id: 'Nomor pada bagan sama dengan urutan kegiatan dalam rencana kerja 5W1H.', en: 'The numbers on the chart follow the order of the activities in the 5W1H work plan.' },
  'report.gantt.asOf': { id: 'tanggal laporan', en: 'report date' },
  'report.periodId': { id: 'Periode {period} ({start} s.d. {end})', en: 'Period {period} ({start} to {end})' },
  'report.legend.barsMd': { id: 'Bilah menunjukkan persen tercapai; kolom Jadwal menilainya terhadap garis lurus dari nilai awal ke target.', en: 'Bars show the percent achieved; the Schedule column judges it against a straight line from baseline to target.' },
  'report.gantt.legendMd': { id: 'Warna bagan: hijau tua = terlaksana, biru = sedang berjalan, abu-abu = direncanakan, merah = dibatalkan; belah ketupat = tanggal laporan.', en: 'Chart colours: dark = done, blue = in progress, grey = planned, red = cancelled; the diamond is the report date.' },
  'report.period.line': { id: 'Periode {label} ({start} s.d. {end})', en: 'Period {label} ({start} to {end})' },
} satisfies Record<string, Text>);
