/** One tidy table: a row per round × (dimension | statement) × (all | partner), and the change rows. */
import type { AssessFormatInput } from './common.js';
import { dimensionLabel, itemLabel } from './common.js';

export const ASSESS_CSV_COLUMNS = ['round', 'kind', 'id', 'label', 'partner', 'n', 'mean', 'median', 'min', 'max', 'band', 'disagreement', 'na', 'unanswered', 'previous', 'change'] as const;
type Row = Partial<Record<(typeof ASSESS_CSV_COLUMNS)[number], string | number | boolean | null>>;

function field(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatAssessCsv(input: AssessFormatInput): string {
  const { report, instrument, lang } = input;
  const rows: Row[] = [];
  for (const r of report.rounds) {
    for (const d of r.dimensions) {
      rows.push({ round: r.id, kind: 'dimension', id: d.id, label: dimensionLabel(instrument, d.id, lang), n: d.n, mean: d.mean, median: d.median, min: d.min, max: d.max, band: d.band, disagreement: d.disagreement });
      for (const [p, v] of Object.entries(d.byPartner ?? {})) rows.push({ round: r.id, kind: 'dimension', id: d.id, label: dimensionLabel(instrument, d.id, lang), partner: p, mean: v });
    }
    for (const i of r.items) {
      const label = itemLabel(instrument, i.id, lang).text;
      rows.push({ round: r.id, kind: 'item', id: i.id, label, n: i.n, mean: i.mean, median: i.median, min: i.min, max: i.max, band: i.band, disagreement: i.disagreement, na: i.na, unanswered: i.unanswered });
      for (const [p, v] of Object.entries(i.byPartner ?? {})) rows.push({ round: r.id, kind: 'item', id: i.id, label, partner: p, mean: v });
    }
    for (const m of r.missing) rows.push({ round: r.id, kind: 'missing', id: m.id, label: m.name, partner: m.id });
    for (const c of r.comments) rows.push({ round: r.id, kind: 'comment', label: c.text, partner: c.partner ?? '' });
  }
  const last = report.rounds[report.rounds.length - 1];
  for (const c of report.changes ?? []) {
    rows.push({ round: last?.id ?? '', kind: 'change', id: c.dimension, label: dimensionLabel(instrument, c.dimension, lang), mean: c.latest, previous: c.previous, change: c.change });
  }
  return [ASSESS_CSV_COLUMNS.join(','), ...rows.map((row) => ASSESS_CSV_COLUMNS.map((k) => field(row[k])).join(','))].join('\n') + '\n';
}
