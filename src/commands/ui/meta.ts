/**
 * What the page needs to build its forms, in one language: the plan's schema with each field's label and each
 * choice's label in that language (the schema carries both languages, `Indonesian\n\nEnglish`), the guide's steps
 * with their explanations, the sectors with their potentials, the roles with the potentials that suggest them, and
 * the UI's messages. Pure: built from the catalog, so the page never holds a copy of it.
 */
import type { Lang } from '../../guide/types.js';
import { STEPS } from '../../guide/steps.js';
import { SECTORS } from '../../guide/sectors.js';
import { ROLES } from '../../guide/roles.js';
import { allCatalogItems } from '../../guide/index.js';
import { allMessages } from '../../guide/messages/index.js';
import { buildPlanSchema } from '../../plan/schema.js';
import { DOCUMENTS } from '../../render/document.js';

export interface UiField {
  type?: string;
  label: string;
  enum?: string[];
  enumLabels?: string[];
  format?: string;
  properties?: Record<string, UiField>;
  required?: string[];
  items?: UiField;
  /** A checklist of the guide's criteria (each property an assessment). */
  criteria?: boolean;
  minimum?: number;
}

export interface UiMeta {
  lang: Lang;
  schema: UiField;
  steps: { id: string; number: number; label: string; description: string }[];
  sectors: { id: string; label: string; potentials: { id: string; label: string }[] }[];
  roles: { id: string; label: string; description: string; suggestedBy: string[] }[];
  messages: Record<string, string>;
  /** The guide, cited under each step's explanation. */
  source: string;
  /** The documents `render` makes (agreement, work plan ...). */
  documents: string[];
}

type Schema = Record<string, unknown>;

function part(description: unknown, lang: Lang): string {
  const [idText = '', en = idText] = String(description ?? '').split('\n\n');
  return lang === 'id' ? idText : en;
}

function catalogLabels(lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of allCatalogItems()) if (!out.has(item.id)) out.set(item.id, item.label[lang]);
  return out;
}

function localise(node: Schema, defs: Record<string, Schema>, labels: Map<string, string>, lang: Lang): UiField {
  const ref = typeof node.$ref === 'string' ? defs[node.$ref.replace('#/$defs/', '')] : undefined;
  if (ref) return { ...localise(ref, defs, labels, lang), label: part(node.description, lang) };
  if (node.if) {
    // The assessment: a status, or a status with a note. The page edits both through one checklist row.
    return { ...localise(node.then as Schema, defs, labels, lang), label: part(node.description, lang) };
  }
  const field: UiField = { label: part(node.description, lang) };
  if (typeof node.type === 'string') field.type = node.type;
  if (typeof node.format === 'string') field.format = node.format;
  if (typeof node.minimum === 'number') field.minimum = node.minimum;
  if (Array.isArray(node.enum)) {
    field.enum = node.enum.map(String);
    const descs = Array.isArray(node.enumDescriptions) ? (node.enumDescriptions as string[]) : [];
    // Choices outside the catalog (the assessment statuses) carry both languages in the schema: `Terpenuhi / met`.
    const fromSchema = (d: string) => { const t = lang === 'id' ? d.split(' / ')[0]! : d.split(' / ').slice(1).join(' / '); return t.charAt(0).toUpperCase() + t.slice(1); };
    field.enumLabels = field.enum.map((id, i) => labels.get(id) ?? (descs[i] ? fromSchema(descs[i]) : id));
  }
  if (node.properties) {
    const props = node.properties as Record<string, Schema>;
    field.properties = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, localise(v, defs, labels, lang)]));
    field.criteria = Object.values(props).length > 0 && Object.values(props).every((v) => v.$ref === '#/$defs/assessment');
  }
  if (Array.isArray(node.required)) field.required = node.required as string[];
  if (node.items) field.items = localise(node.items as Schema, defs, labels, lang);
  return field;
}

export function buildUiMeta(lang: Lang, guideSource: string): UiMeta {
  const schema = buildPlanSchema();
  const labels = catalogLabels(lang);
  const messages: Record<string, string> = {};
  for (const [id, text] of Object.entries(allMessages())) if (id.startsWith('ui.')) messages[id] = text[lang];
  return {
    lang,
    schema: localise(schema, schema.$defs as Record<string, Schema>, labels, lang),
    steps: STEPS.map((s) => ({ id: s.id, number: s.number, label: s.label[lang], description: s.description?.[lang] ?? '' })),
    sectors: SECTORS.map((s) => ({ id: s.id, label: s.label[lang], potentials: s.potentials.map((p) => ({ id: p.id, label: p.label[lang] })) })),
    roles: ROLES.map((r) => ({ id: r.id, label: r.label[lang], description: r.description?.[lang] ?? '', suggestedBy: [...r.suggestedBy] })),
    messages,
    source: guideSource,
    documents: [...DOCUMENTS],
  };
}
