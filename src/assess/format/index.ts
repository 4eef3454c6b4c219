/** The registry of assessment-report formats: each loads only when asked for. */
import type { AssessFormatter } from './common.js';

export const ASSESS_FORMATS = ['table', 'json', 'markdown', 'csv', 'html'] as const;
export type AssessFormat = (typeof ASSESS_FORMATS)[number];

const LOADERS: Record<AssessFormat, () => Promise<AssessFormatter>> = {
  table: async () => (await import('./table.js')).formatAssessTable,
  json: async () => (await import('./json.js')).formatAssessJson,
  markdown: async () => (await import('./markdown.js')).formatAssessMarkdown,
  csv: async () => (await import('./csv.js')).formatAssessCsv,
  html: async () => (await import('./html.js')).formatAssessHtml,
};

export function loadAssessFormatter(format: AssessFormat): Promise<AssessFormatter> {
  return LOADERS[format]();
}

/** The format an output file's extension asks for. */
export function formatFromExtension(file: string): AssessFormat | undefined {
  const ext = file.toLowerCase().split('.').pop();
  return ext === 'json' ? 'json' : ext === 'md' || ext === 'markdown' ? 'markdown' : ext === 'csv' ? 'csv' : ext === 'html' || ext === 'htm' ? 'html' : ext === 'txt' ? 'table' : undefined;
}
