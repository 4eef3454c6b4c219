/**
 * The partners' latest assessment as a short section of `kemitraan report`, next to the indicators: per
 * dimension the mean, its band and the change since the previous round. Pure: summaries in, text out.
 */
import type { Lang } from '../../guide/types.js';
import type { Instrument } from '../../guide/instruments/index.js';
import { msg } from '../../guide/messages/index.js';
import type { AssessmentReport } from '../aggregate.js';
import { bandLabel, dimensionLabel, num, roundLabel, signed } from './common.js';
import { esc } from './html.js';

export interface AssessmentSummary {
  file: string;
  plan: string;
  instrument: { id: string; version: number };
  round: string;
  respondents: number;
  /** Joined partners who did not answer in the latest round. */
  missing: string[];
  dimensions: { id: string; label: string; mean: number | null; band: string | null; bandLabel: string; change: number | null }[];
}

export function summarizeLatest(file: string, report: AssessmentReport, instrument: Instrument, lang: Lang): AssessmentSummary | undefined {
  const latest = report.rounds[report.rounds.length - 1];
  if (!latest) return undefined;
  return {
    file,
    plan: report.plan.title,
    instrument: report.instrument,
    round: roundLabel(lang, latest),
    respondents: latest.respondents,
    missing: latest.missing.map((p) => p.id),
    dimensions: latest.dimensions.map((d) => ({
      id: d.id, label: dimensionLabel(instrument, d.id, lang), mean: d.mean, band: d.band, bandLabel: bandLabel(instrument, d.band, lang),
      change: report.changes?.find((c) => c.dimension === d.id)?.change ?? null,
    })),
  };
}

const heading = (lang: Lang, s: AssessmentSummary) => `${msg(lang, 'assess.report.latest', { round: s.round })} — ${s.plan}`;
const respondentsLine = (lang: Lang, s: AssessmentSummary) =>
  msg(lang, 'assess.section.respondents', { respondents: s.respondents, missing: s.missing.length === 0 ? '—' : s.missing.join(', ') });
const head = (lang: Lang) => [msg(lang, 'assess.col.dimension'), msg(lang, 'assess.col.mean'), msg(lang, 'assess.col.band'), msg(lang, 'assess.col.changePrevious')];
const cells = (lang: Lang, d: AssessmentSummary['dimensions'][number]) => [d.label, num(lang, d.mean), d.bandLabel, signed(lang, d.change)];

export function sectionText(summaries: readonly AssessmentSummary[], lang: Lang): string {
  const out: string[] = [];
  for (const s of summaries) {
    const rows = [head(lang), ...s.dimensions.map((d) => cells(lang, d))];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    out.push('', heading(lang, s), respondentsLine(lang, s), ...rows.map((r) => `  ${r.map((x, c) => (c === 0 || c === 2 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join('  ')}`.trimEnd()));
    out.push(msg(lang, 'assess.section.note'));
  }
  return `${out.join('\n')}\n`;
}

export function sectionMarkdown(summaries: readonly AssessmentSummary[], lang: Lang): string {
  const out: string[] = [];
  for (const s of summaries) {
    out.push('', `## ${heading(lang, s)}`, '', respondentsLine(lang, s), '', `| ${head(lang).join(' | ')} |`, '| --- | ---: | --- | ---: |');
    for (const d of s.dimensions) out.push(`| ${cells(lang, d).map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
    out.push('', `_${msg(lang, 'assess.section.note')}_`);
  }
  return `${out.join('\n')}\n`;
}

export function sectionHtml(summaries: readonly AssessmentSummary[], lang: Lang): string {
  return summaries.map((s) => `<section class="assessment">\n<h2>${esc(heading(lang, s))}</h2>\n<p>${esc(respondentsLine(lang, s))}</p>\n<table><thead><tr>${head(lang).map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${
    s.dimensions.map((d) => `<tr>${cells(lang, d).map((c, i) => `<td${i === 1 || i === 3 ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>\n<p><small>${esc(msg(lang, 'assess.section.note'))}</small></p>\n</section>\n`).join('');
}
