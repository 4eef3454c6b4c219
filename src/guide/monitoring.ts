import type { CatalogItem, Text } from './types.js';

/** "Pemantauan dan penilaian dilakukan untuk:" (4). */
export const MONITORING_QUESTIONS: readonly CatalogItem[] = [
  { id: 'sesuai-rencana', kind: 'monitoring-question', source: '002', label: { id: 'Apakah pelaksanaan kegiatan program kesehatan yang dilakukan bersama para mitra sesuai dengan rencana yang telah ditetapkan?', en: 'Are the health program activities carried out with the partners going according to the plan?' } },
  { id: 'kinerja-spm', kind: 'monitoring-question', source: '002', label: { id: 'Seberapa jauh program kesehatan yang dilakukan melalui kemitraan dapat meningkatkan kinerja dan mendukung pencapaian Standar Pelayanan Minimal (SPM) Kabupaten/Kota?', en: 'How far does the program, run through the partnership, improve performance and support reaching the district/city Minimum Service Standards (SPM)?' } },
  { id: 'permasalahan', kind: 'monitoring-question', source: '002', label: { id: 'Apakah ada permasalahan dalam melaksanakan program kesehatan melalui kemitraan tersebut, serta bagaimana upaya mengatasinya?', en: 'Are there problems in carrying out the program through the partnership, and how are they being solved?' } },
  { id: 'keuntungan-mitra', kind: 'monitoring-question', source: '002', label: { id: 'Apakah para mitra juga mendapatkan keuntungan dari hasil pelaksanaan program kesehatan tersebut? Jika ada, dalam bentuk apa?', en: 'Do the partners also benefit from the results of the program? If so, in what form?' } },
];

export type IndicatorClass = 'input' | 'process' | 'output' | 'outcome';
export const INDICATOR_CLASS_IDS: readonly IndicatorClass[] = ['input', 'process', 'output', 'outcome'];

/** Indicator classes (step 8) and the partnership-as-a-system view of the slides (seed 001), which adds outcome. */
export const INDICATOR_CLASSES: readonly CatalogItem[] = [
  { id: 'input', kind: 'indicator-class', source: '002', label: { id: 'Indikator masukan (input)', en: 'Input indicators' }, description: { id: 'Jumlah mitra yang bergabung dalam kemitraan; sumber daya.', en: 'Number of partners who joined; resources.' } },
  { id: 'process', kind: 'indicator-class', source: '002', label: { id: 'Indikator proses (process)', en: 'Process indicators' }, description: { id: 'Kontribusi mitra, frekuensi pertemuan, jumlah kegiatan dan keberlangsungan.', en: 'Partner contributions, meeting frequency, number of activities and continuity.' } },
  { id: 'output', kind: 'indicator-class', source: '002', label: { id: 'Indikator luaran (output)', en: 'Output indicators' }, description: { id: 'Adanya produk atau hasil dari kemitraan, termasuk percepatan pencapaian target program kesehatan.', en: 'Products or results of the partnership, including faster progress towards program targets.' } },
  { id: 'outcome', kind: 'indicator-class', source: '001', label: { id: 'Hasil (outcome)', en: 'Outcome' }, description: { id: 'Membaiknya indikator derajat kesehatan.', en: 'Better health-status indicators.' } },
];

/** The seven success indicators the guide names in step 8. */
export const GUIDE_INDICATORS: readonly (CatalogItem & { class: IndicatorClass })[] = [
  { id: 'mitra-bergabung', kind: 'guide-indicator', class: 'input', source: '002', label: { id: 'Jumlah mitra yang bergabung dalam kemitraan', en: 'Number of partners who joined the partnership' } },
  { id: 'kontribusi-mitra', kind: 'guide-indicator', class: 'process', source: '002', label: { id: 'Kontribusi mitra', en: 'Partner contributions' } },
  { id: 'frekuensi-pertemuan', kind: 'guide-indicator', class: 'process', source: '002', label: { id: 'Frekuensi pertemuan', en: 'Meeting frequency' } },
  { id: 'jumlah-kegiatan', kind: 'guide-indicator', class: 'process', source: '002', label: { id: 'Jumlah kegiatan', en: 'Number of activities' } },
  { id: 'keberlangsungan', kind: 'guide-indicator', class: 'process', source: '002', label: { id: 'Keberlangsungan', en: 'Continuity' } },
  { id: 'produk', kind: 'guide-indicator', class: 'output', source: '002', label: { id: 'Adanya produk atau hasil dari kemitraan', en: 'Products or results of the partnership' } },
  { id: 'percepatan-target', kind: 'guide-indicator', class: 'output', source: '002', label: { id: 'Percepatan pencapaian target program kesehatan', en: 'Faster progress towards health program targets' } },
];

/**
 * How an indicator's target is given and how it aggregates over plans:
 * - sum: targets add up (counts, amounts);
 * - weighted: a rate, whose plans' targets are weighted by the rate's denominator (the report's metric named);
 * - rows: the plan's monitoring indicators are rows of their own (program targets, health indicators).
 */
export type IndicatorTarget = { kind: 'sum' } | { kind: 'weighted'; denominator: string } | { kind: 'rows' };

export interface ReportIndicator extends CatalogItem {
  kind: 'indicator';
  class: IndicatorClass;
  unit: Text;
  /** The guide indicator (GUIDE_INDICATORS) this measures, if any. */
  guide?: string;
  /** A count (or amount) summed over plans, or a rate computed from summed numerator and denominator. */
  measure: 'count' | 'rate';
  target: IndicatorTarget;
  /** Belongs to a partner, so `report --by sector|partner` can split it. */
  partnerLevel: boolean;
  /** How the value reads: the value alone, the share with its parts ("66,7% (2 dari 3)"), or parts ("5 dari 6 mitra"). */
  display: 'value' | 'share-and-parts' | 'parts';
  /** Its place among the columns of the `report --by` table (the first six present are shown), or false. */
  groupColumn: number | false;
}

const SUM = { kind: 'sum' } as const;

/**
 * The indicators `kemitraan report` computes, each tied to the guide indicator it measures. Adding one: an entry
 * here and its computation in src/report/indicators.ts (the compiler asks for it); see the README.
 */
export const REPORT_INDICATORS = [
  { id: 'input.partners_listed', kind: 'indicator', class: 'input', unit: { id: 'mitra', en: 'partners' }, label: { id: 'Calon mitra yang teridentifikasi', en: 'Prospective partners identified' },
    measure: 'count', target: SUM, partnerLevel: true, display: 'value', groupColumn: 1 },
  { id: 'input.partners_joined', kind: 'indicator', class: 'input', guide: 'mitra-bergabung', unit: { id: 'mitra', en: 'partners' }, label: { id: 'Mitra yang bergabung (berkomitmen atau menandatangani)', en: 'Partners who joined (committed or signed)' },
    measure: 'count', target: SUM, partnerLevel: true, display: 'value', groupColumn: 2 },
  { id: 'input.partners_by_sector', kind: 'indicator', class: 'input', guide: 'mitra-bergabung', unit: { id: 'mitra', en: 'partners' }, label: { id: 'Mitra yang bergabung menurut sektor', en: 'Partners who joined, by sector' },
    measure: 'count', target: SUM, partnerLevel: false, display: 'value', groupColumn: false },
  { id: 'input.resources_committed', kind: 'indicator', class: 'input', guide: 'kontribusi-mitra', unit: { id: 'Rp', en: 'IDR' }, label: { id: 'Sumber daya yang dijanjikan', en: 'Resources committed' },
    measure: 'count', target: SUM, partnerLevel: true, display: 'value', groupColumn: 3 },
  { id: 'process.contributions_delivered', kind: 'indicator', class: 'process', guide: 'kontribusi-mitra', unit: { id: '%', en: '%' }, label: { id: 'Kontribusi terealisasi dibanding yang dijanjikan', en: 'Contributions delivered against committed' },
    measure: 'rate', target: { kind: 'weighted', denominator: 'committedIdr' }, partnerLevel: true, display: 'value', groupColumn: 4 },
  { id: 'process.meetings_held', kind: 'indicator', class: 'process', guide: 'frekuensi-pertemuan', unit: { id: 'pertemuan', en: 'meetings' }, label: { id: 'Pertemuan yang terlaksana', en: 'Meetings held' },
    measure: 'count', target: SUM, partnerLevel: false, display: 'value', groupColumn: false },
  { id: 'process.meetings_per_month', kind: 'indicator', class: 'process', guide: 'frekuensi-pertemuan', unit: { id: 'pertemuan/bulan', en: 'meetings/month' }, label: { id: 'Frekuensi pertemuan per bulan dibanding rencana', en: 'Meetings per month against plan' },
    measure: 'rate', target: { kind: 'weighted', denominator: 'periodMonths' }, partnerLevel: false, display: 'value', groupColumn: 6 },
  { id: 'process.activities_planned', kind: 'indicator', class: 'process', guide: 'jumlah-kegiatan', unit: { id: 'kegiatan', en: 'activities' }, label: { id: 'Kegiatan yang direncanakan', en: 'Activities planned' },
    measure: 'count', target: SUM, partnerLevel: false, display: 'value', groupColumn: false },
  { id: 'process.activities_done', kind: 'indicator', class: 'process', guide: 'jumlah-kegiatan', unit: { id: 'kegiatan', en: 'activities' }, label: { id: 'Kegiatan yang terlaksana', en: 'Activities done' },
    measure: 'count', target: SUM, partnerLevel: false, display: 'value', groupColumn: false },
  { id: 'process.activities_on_schedule', kind: 'indicator', class: 'process', guide: 'jumlah-kegiatan', unit: { id: '%', en: '%' }, label: { id: 'Kegiatan yang terlaksana tepat waktu', en: 'Activities done on schedule' },
    measure: 'rate', target: { kind: 'weighted', denominator: 'activitiesScheduled' }, partnerLevel: false, display: 'share-and-parts', groupColumn: 7 },
  { id: 'process.partners_active', kind: 'indicator', class: 'process', guide: 'keberlangsungan', unit: { id: 'mitra', en: 'partners' }, label: { id: 'Mitra yang tetap aktif (keberlangsungan)', en: 'Partners still active (continuity)' },
    measure: 'count', target: SUM, partnerLevel: true, display: 'parts', groupColumn: 5 },
  { id: 'output.products', kind: 'indicator', class: 'output', guide: 'produk', unit: { id: 'produk', en: 'products' }, label: { id: 'Produk atau hasil kemitraan', en: 'Products or results of the partnership' },
    measure: 'count', target: SUM, partnerLevel: false, display: 'value', groupColumn: false },
  { id: 'output.target_achievement', kind: 'indicator', class: 'output', guide: 'percepatan-target', unit: { id: '%', en: '%' }, label: { id: 'Target program yang tercapai atau sesuai jadwal', en: 'Program targets reached or on schedule' },
    measure: 'rate', target: { kind: 'rows' }, partnerLevel: false, display: 'share-and-parts', groupColumn: 8 },
  { id: 'outcome.health_indicators', kind: 'indicator', class: 'outcome', unit: { id: '', en: '' }, label: { id: 'Indikator derajat kesehatan', en: 'Health-status indicators' },
    measure: 'count', target: { kind: 'rows' }, partnerLevel: false, display: 'parts', groupColumn: false },
] as const satisfies readonly ReportIndicator[];

export type IndicatorId = (typeof REPORT_INDICATORS)[number]['id'];

/** The catalog entry of an indicator. */
export function reportIndicator(id: IndicatorId): ReportIndicator {
  return REPORT_INDICATORS.find((i) => i.id === id)!;
}

/** Review frequencies for the monitoring schedule, with their length in months. */
export const REVIEW_FREQUENCIES: readonly (CatalogItem & { months: number })[] = [
  { id: 'monthly', kind: 'review-frequency', months: 1, label: { id: 'Bulanan', en: 'Monthly' } },
  { id: 'quarterly', kind: 'review-frequency', months: 3, label: { id: 'Triwulanan', en: 'Quarterly' } },
  { id: 'semiannual', kind: 'review-frequency', months: 6, label: { id: 'Semesteran', en: 'Every six months' } },
  { id: 'annual', kind: 'review-frequency', months: 12, label: { id: 'Tahunan', en: 'Yearly' } },
];
