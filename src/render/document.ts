/**
 * One document from one plan: view model -> Markdown (template) -> HTML page or DOCX. Pure: the renderer holds
 * the compiled templates; this returns the bytes or text, and what was missing, for the command to write/report.
 */
import type { Lang } from '../guide/types.js';
import { msg } from '../guide/messages/index.js';
import type { Plan } from '../plan/types.js';
import type { Renderer } from './engine.js';
import type { MissingField } from './missing.js';
import { plainText } from './blocks.js';
import { parseMarkdown } from './markdown.js';
import { blocksToHtml } from './html.js';
import { blocksToDocx } from './docx.js';
import { buildMouView } from './view-mou.js';
import { buildPksView } from './view-pks.js';
import { buildDecreeView } from './view-decree.js';
import { buildPlanView } from './view-plan.js';

/** mou: the agreement its form names (a Nota Kesepahaman, or a Keputusan for sk-*); pks: the follow-up PKS. */
export const DOCUMENTS = ['mou', 'pks', 'plan'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];
export const FORMATS = ['md', 'html', 'docx'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface RenderedDocument {
  document: DocumentName;
  format: OutputFormat;
  content: string | Uint8Array;
  missing: MissingField[];
  /** Template warnings (denied property access). */
  warnings: string[];
}

/** The template a document is written with: the agreement's form decides between Nota Kesepahaman and Keputusan. */
export function templateFor(document: DocumentName, plan: Plan): string {
  if (document === 'mou' && plan.agreement?.form?.startsWith('sk-')) return 'decree';
  return document;
}

export function buildView(document: DocumentName, plan: Plan, lang: Lang, source: string) {
  if (document === 'mou') return templateFor(document, plan) === 'decree' ? buildDecreeView(plan, lang, source) : buildMouView(plan, lang, source);
  if (document === 'pks') return buildPksView(plan, lang, source);
  return buildPlanView(plan, lang, source);
}

/** The footer's paraf line, when the agreement asks for one: "Paraf: PIHAK PERTAMA ..... PIHAK KEDUA .....". */
function initialsLine(document: DocumentName, view: object, plan: Plan, lang: Lang): string | undefined {
  if (document === 'plan' || !plan.agreement?.initials || !('parties' in view)) return undefined;
  const parties = (view as { parties: { ordinal: string }[] }).parties;
  return `${msg(lang, 'render.doc.initials')}: ${parties.map((p) => `${p.ordinal} ......`).join('   ')}`;
}

/**
 * A line without its trailing blanks (a CRLF line keeps its CR). A loop: V8 backtracks /[ \t]+$/ over a long
 * run of blanks inside a line (quadratic: 36 s for 50,000).
 */
function trimLineEnd(line: string): string {
  const cr = line.endsWith('\r') ? 1 : 0;
  let end = line.length - cr;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end) + (cr ? '\r' : '');
}

/** Template whitespace leaves runs of blank lines; one blank line is all Markdown needs. */
function tidy(markdown: string): string {
  return `${markdown.split('\n').map(trimLineEnd).join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * Markdown written elsewhere (the report's official shapes) as a finished document: the same Markdown → HTML
 * page / DOCX path as the agreements and the work plan, so every document looks alike; in DOCX, A4 across when a
 * table is too wide for the upright page.
 */
export function markdownDocument(renderer: Renderer, markdown: string, format: 'html' | 'docx', lang: Lang, doc: string): string | Uint8Array {
  const blocks = parseMarkdown(markdown);
  const firstHeading = blocks.find((b) => b.type === 'heading');
  const title = firstHeading && firstHeading.type === 'heading' ? plainText(firstHeading.content) : doc;
  const footer = { page: msg(lang, 'render.doc.page'), of: msg(lang, 'render.doc.pageOf') };
  if (format === 'docx') return blocksToDocx(blocks, { title, lang, centerArticles: false, footer, landscape: 'auto' });
  return renderer.render('page', { lang, doc, title, body: blocksToHtml(blocks), pageLabel: footer.page, pageOf: footer.of, initials: '' }).text;
}

export function renderDocument(renderer: Renderer, plan: Plan, document: DocumentName, format: OutputFormat, lang: Lang, source: string): RenderedDocument {
  const { view, missing } = buildView(document, plan, lang, source);
  const md = renderer.render(templateFor(document, plan), view);
  const markdown = tidy(md.text);
  const base = { document, format, missing, warnings: md.warnings };
  if (format === 'md') return { ...base, content: markdown };
  const blocks = parseMarkdown(markdown);
  const firstHeading = blocks.find((b) => b.type === 'heading');
  const title = firstHeading && firstHeading.type === 'heading' ? plainText(firstHeading.content) : document;
  const placeholder = msg(lang, 'render.doc.placeholder');
  const footer = { page: msg(lang, 'render.doc.page'), of: msg(lang, 'render.doc.pageOf'), initials: initialsLine(document, view, plan, lang) };
  if (format === 'docx') {
    return { ...base, content: blocksToDocx(blocks, { title, lang, placeholder, centerArticles: document !== 'plan', footer }) };
  }
  const page = renderer.render('page', {
    lang, doc: document, title, body: blocksToHtml(blocks, placeholder),
    pageLabel: footer.page, pageOf: footer.of, initials: footer.initials ?? '',
  });
  return { ...base, content: page.text, warnings: [...base.warnings, ...page.warnings] };
}
