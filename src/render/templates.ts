/**
 * Which template a file is: its name (the file name without .md.hbs / .html.hbs / .hbs) and its kind. Pure;
 * the command reads the files. A file in --template-dir with a built-in name replaces that template; any other
 * .hbs file there becomes an extra partial the user's templates can call.
 */
import type { TemplateKind, TemplateSource } from './engine.js';

export const DOCUMENT_TEMPLATES = ['mou', 'pks', 'decree', 'plan'];
export const PAGE_TEMPLATE = 'page';

export function templateName(fileName: string): string | undefined {
  const m = /^([\w-]+)(?:\.(?:md|html))?\.hbs$/.exec(fileName);
  return m?.[1];
}

export function templateKind(name: string): TemplateKind {
  return DOCUMENT_TEMPLATES.includes(name) ? 'document' : name === PAGE_TEMPLATE ? 'page' : 'partial';
}

/** The built-in templates with the user's overrides applied, in a stable order (documents, page, partials). */
export function mergeTemplates(builtIn: readonly TemplateSource[], overrides: readonly TemplateSource[]): { templates: TemplateSource[]; overridden: Set<string> } {
  const byName = new Map(builtIn.map((t) => [t.name, t]));
  const overridden = new Set<string>();
  for (const o of overrides) {
    const existing = byName.get(o.name);
    byName.set(o.name, { ...o, kind: existing?.kind ?? templateKind(o.name) });
    overridden.add(o.name);
  }
  const order: Record<TemplateKind, number> = { document: 0, page: 1, partial: 2 };
  const templates = [...byName.values()].sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name));
  return { templates, overridden };
}
