/**
 * The documents the page previews and offers for download, from the plan as it stands in the page: the agreement
 * and the 5W1H plan through `render`'s core (same templates, same words), the report through `report`'s core.
 * A plan that does not match the schema yet has no documents: the page lists what to fix instead.
 */
import type { Lang } from '../../guide/types.js';
import type { Plan } from '../../plan/types.js';
import { createRenderer, type Renderer } from '../../render/engine.js';
import { renderDocument, type DocumentName, type OutputFormat } from '../../render/document.js';
import { buildReport } from '../../report/build.js';
import { formatHtml } from '../../report/format/html.js';
import type { CliIO } from '../context.js';
import { toolVersion } from '../version.js';
import { loadTemplates } from '../render/run.js';

export interface DocumentFile {
  content: string | Uint8Array;
  type: string;
  fileName: string;
}

const TYPES: Record<OutputFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export class DocumentService {
  private renderers = new Map<Lang, Promise<Renderer>>();

  constructor(private readonly io: CliIO) {}

  private renderer(lang: Lang): Promise<Renderer> {
    let r = this.renderers.get(lang);
    if (!r) {
      r = loadTemplates({}, this.io, lang).then(({ templates }) => createRenderer(templates, lang));
      this.renderers.set(lang, r);
    }
    return r;
  }

  async document(plan: Plan, name: DocumentName, format: OutputFormat, lang: Lang, source: string, base: string): Promise<DocumentFile> {
    const rendered = renderDocument(await this.renderer(lang), plan, name, format, lang, source);
    return { content: rendered.content, type: TYPES[format], fileName: `${base}-${name}.${format}` };
  }

  report(plan: Plan, lang: Lang, asOf: string, file: string, base: string): DocumentFile {
    const report = buildReport([{ file, plan }], [], { asOf, lang, version: toolVersion(), planSections: true, partnerDetail: true });
    return { content: formatHtml(report, { color: false }), type: TYPES.html, fileName: `${base}-laporan.html` };
  }
}
