/**
 * The output formats of `kemitraan report`: the one place a format is registered. The CLI's `--format` choices,
 * shell completion, the file extensions `-o` recognises and loading are derived from this table; each formatter
 * is imported only when asked for (html never loads cli-table3).
 *
 * To add a format: write `report/format/<name>.ts` exporting a ReportFormatter, and add one entry here.
 */
import type { ReportFormatter } from './common.js';

interface ReportFormatEntry {
  /** Extensions of an `-o` file that choose this format when --format is not given (lower case, with the dot). */
  extensions: readonly string[];
  load: () => Promise<ReportFormatter>;
}

export const REPORT_FORMATS = {
  table: { extensions: ['.txt'], load: async () => (await import('./table.js')).formatTable },
  json: { extensions: ['.json'], load: async () => (await import('./json.js')).formatJson },
  markdown: { extensions: ['.md', '.markdown'], load: async () => (await import('./markdown.js')).formatMarkdown },
  csv: { extensions: ['.csv'], load: async () => (await import('./csv.js')).formatCsv },
  html: { extensions: ['.html', '.htm'], load: async () => (await import('./html.js')).formatHtml },
} as const satisfies Record<string, ReportFormatEntry>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export const REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS) as ReportFormat[];

/** What `report` prints to a terminal when no --format is given. */
export const DEFAULT_REPORT_FORMAT: ReportFormat = 'table';

/** The format an output file's extension names, or undefined when no format claims it. */
export function formatForExtension(extension: string): ReportFormat | undefined {
  const ext = extension.toLowerCase();
  return REPORT_FORMAT_NAMES.find((name) => (REPORT_FORMATS[name].extensions as readonly string[]).includes(ext));
}

/** Every extension `-o` recognises, for the message that asks for --format. */
export function knownExtensions(): string[] {
  return REPORT_FORMAT_NAMES.flatMap((name) => REPORT_FORMATS[name].extensions);
}

export function loadReportFormatter(format: ReportFormat): Promise<ReportFormatter> {
  return REPORT_FORMATS[format].load();
}
