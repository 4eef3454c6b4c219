/**
 * `kemitraan report` next to the indicators: the latest round of each plan's assessments (monitoring.assessments),
 * added to the output of whichever format was asked for. Loaded only when a reported plan names assessments.
 */
import type { Lang } from '../../guide/types.js';
import { findInstrument, DEFAULT_INSTRUMENT } from '../../guide/instruments/index.js';
import { CSV_COLUMNS, csvField } from '../../report/format/csv.js';
import type { ReportFormat } from '../../report/format/index.js';
import { PLAN_DETAIL_LIMIT } from '../../report/types.js';
import { sectionHtml, sectionMarkdown, sectionText, summarizeLatest, type AssessmentSummary } from '../../assess/format/section.js';
import type { PlanAssessmentRefs } from '../report/plan.js';
import { readPlanAssessments } from './plan-findings.js';

export interface SectionOptions {
  cwd: string;
  lang: Lang;
  today: string;
  color: boolean;
}

async function summaries(plans: readonly PlanAssessmentRefs[], options: SectionOptions): Promise<AssessmentSummary[]> {
  const out: AssessmentSummary[] = [];
  for (const p of plans) {
    const { report } = await readPlanAssessments(p.refs, p.file, options.cwd, { lang: options.lang, today: options.today });
    if (!report) continue;
    const instrument = findInstrument(report.instrument.id) ?? DEFAULT_INSTRUMENT;
    const s = summarizeLatest(p.file, report, instrument, options.lang);
    if (s) out.push(s);
  }
  return out;
}

function csvRows(list: readonly AssessmentSummary[]): string {
  const rows = list.flatMap((s) => s.dimensions.map((d) => {
    const row: Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>> = {
      scope: 'plan', file: s.file, indicator: `assessment.${d.id}`, item: s.round, class: 'assessment', label: d.label, value: d.mean, unit: '1-5', status: d.band ?? 'no-data',
    };
    return CSV_COLUMNS.map((c) => csvField(row[c] ?? null)).join(',');
  }));
  return rows.length > 0 ? `${rows.join('\n')}\n` : '';
}

/** The report's text with the assessment section added in the same format. */
export async function withAssessmentSection(text: string, format: ReportFormat, plans: readonly PlanAssessmentRefs[], options: SectionOptions): Promise<string> {
  // Like the report's own per-plan sections: every plan in json and csv, the first few in the others.
  const shown = format === 'json' || format === 'csv' ? plans : plans.slice(0, PLAN_DETAIL_LIMIT);
  const list = await summaries(shown, options);
  if (list.length === 0) return text;
  const { lang } = options;
  switch (format) {
    case 'json': {
      const data = JSON.parse(text) as Record<string, unknown>;
      return `${JSON.stringify({ ...data, assessments: list }, null, 2)}\n`;
    }
    case 'csv': return text + csvRows(list);
    case 'html': {
      // Before the page's footer (else the end of the body): the section belongs to the report, not after it.
      const footer = text.lastIndexOf('<footer>');
      const at = footer >= 0 ? footer : text.lastIndexOf('</body>');
      return at < 0 ? text + sectionHtml(list, lang) : text.slice(0, at) + sectionHtml(list, lang) + text.slice(at);
    }
    case 'markdown': {
      // Before the closing rule and "made with" line, when the report ends with them.
      const rule = text.lastIndexOf('\n---\n');
      return rule >= 0 && text.length - rule < 200 ? `${text.slice(0, rule)}${sectionMarkdown(list, lang)}${text.slice(rule)}` : text + sectionMarkdown(list, lang);
    }
    default: return text + sectionText(list, lang);
  }
}
