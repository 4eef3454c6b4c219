/**
 * `kemitraan report --template semester|csr --period P`: the shapes officials submit. The plans are read and
 * checked like any report's; the text comes from src/report/official.ts (Markdown, CSV); HTML and DOCX are made
 * by render's machinery, so they look like the agreements and work plans.
 */
import path from 'node:path';
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { expandPaths } from '../../io/paths.js';
import { writePathProblems } from '../path-problems.js';
import { csrCsv, csrMarkdown, csrRows, semesterMarkdown, type OfficialInput } from '../../report/official.js';
import { parsePeriod } from '../../report/period.js';
import { markdownDocument } from '../../render/document.js';
import { EXIT, UsageError, today, type CliIO } from '../context.js';
import { toolVersion } from '../version.js';
import { collectPlanParts, writeOutput } from './collect.js';
import { reportWindow } from './window.js';

export const OFFICIAL_TEMPLATES = ['semester', 'csr'] as const;
export type OfficialTemplate = (typeof OFFICIAL_TEMPLATES)[number];

type OfficialFormat = 'markdown' | 'html' | 'docx' | 'csv';
const FORMATS: Record<OfficialTemplate, readonly OfficialFormat[]> = { semester: ['docx', 'html', 'markdown'], csr: ['csv', 'docx', 'html', 'markdown'] };
const EXTENSIONS: Record<string, OfficialFormat> = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.docx': 'docx', '.csv': 'csv' };

export interface OfficialOptions {
  template: OfficialTemplate;
  period?: string;
  asOf?: string;
  format?: string;
  output?: string;
  force?: boolean;
  lang: Lang;
  /** `--ignore` patterns (repeatable): matching files are left out. */
  ignore?: string[];
}

export async function runOfficialReport(paths: string[], options: OfficialOptions, io: CliIO): Promise<number> {
  const { lang, template } = options;
  if (options.period === undefined) throw new UsageError(msg(lang, 'report.error.templatePeriod', { template }));
  const { asOf } = reportWindow(options, io, lang);
  const period = parsePeriod(options.period)!;
  const allowed = FORMATS[template];
  const format = (options.format ?? (options.output ? EXTENSIONS[path.extname(options.output).toLowerCase()] : 'markdown')) as OfficialFormat | undefined;
  if (!format || !allowed.includes(format)) {
    throw new UsageError(msg(lang, 'report.error.templateFormat', { template, format: format ?? path.extname(options.output ?? ''), formats: allowed.join(', ') }));
  }
  if (format === 'docx' && options.output === undefined) throw new UsageError(msg(lang, 'render.error.docxNeedsOutput'));
  const { files, problems } = await expandPaths(paths, io.cwd, { ignore: options.ignore });
  if (writePathProblems(problems, lang, io)) return EXIT.ERROR;
  const build = { asOf, period: { id: period.id, start: period.start, end: period.end }, lang, version: toolVersion(), planSections: false, partnerDetail: false };
  const collected = await collectPlanParts(files, { build, lang, today: today(io.env), keepPlan: true }, io, lang);
  if (typeof collected === 'number') return collected;
  const inputs: OfficialInput[] = collected.parts.map((p) => ({ file: p.report.file, plan: p.plan! }));
  let content: string | Uint8Array;
  if (template === 'csr' && format === 'csv') content = csrCsv(csrRows(inputs, period, asOf, lang));
  else {
    const markdown = template === 'semester' ? semesterMarkdown(inputs, period, asOf, lang) : csrMarkdown(csrRows(inputs, period, asOf, lang), period, asOf, lang);
    if (format === 'markdown') content = markdown;
    else {
      const { builtInRenderer } = await import('../render/run.js');
      content = markdownDocument(await builtInRenderer(io, lang), markdown, format === 'docx' ? 'docx' : 'html', lang, `report-${template}`);
    }
  }
  await writeOutput(content, options, io, lang);
  return collected.skipped.length > 0 ? EXIT.FINDINGS : EXIT.OK;
}
