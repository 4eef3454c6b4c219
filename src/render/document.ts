/**
 * One document from one plan: view model -> Markdown (template) -> HTML page or DOCX. Pure: the renderer holds
 * the compiled templates; this returns the bytes or text, and what was missing, for the command to write/report.
 */
import type { Lang } from '../guide/types.js';
import { msg } from '../guide/messages/index.js';
import type { Plan } from '../plan/types.js';
import type { Renderer } from './engine.js';
import type { MissingField } from './missing.js';
import { parseMarkdown, plainText } from './markdown.js';
import { blocksToHtml } from './html.js';
import { blocksToDocx } from './docx.js';
import { buildMouView } from './view-mou.js';
import { buildPlanView } from './view-plan.js';

export const DOCUMENTS = ['mou', 'plan'] as const;
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

export function buildView(document: DocumentName, plan: Plan, lang: Lang, source: string) {
  return document === 'mou' ? buildMouView(plan, lang, source) : buildPlanView(plan, lang, source);
}

/** Template whitespace leaves runs of blank lines; one blank line is all Markdown needs. */
function tidy(markdown: string): string {
  return `${markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

export function renderDocument(renderer: Renderer, plan: Plan, document: DocumentName, format: OutputFormat, lang: Lang, source: string): RenderedDocument {
  const { view, missing } = buildView(document, plan, lang, source);
  const md = renderer.render(document, view);
  const markdown = tidy(md.text);
  const base = { document, format, missing, warnings: md.warnings };
  if (format === 'md') return { ...base, content: markdown };
  const blocks = parseMarkdown(markdown);
  const firstHeading = blocks.find((b) => b.type === 'heading');
  const title = firstHeading && firstHeading.type === 'heading' ? plainText(firstHeading.content) : document;
  const placeholder = msg(lang, 'render.doc.placeholder');
  if (format === 'docx') {
    return { ...base, content: blocksToDocx(blocks, { title, lang, placeholder, centerArticles: document === 'mou' }) };
  }
  const page = renderer.render('page', { lang, doc: document, title, body: blocksToHtml(blocks, placeholder) });
  return { ...base, content: page.text, warnings: [...base.warnings, ...page.warnings] };
}
