/**
 * Validates one respondent file's data against the instruments and, when known, the plan: unknown items, values
 * out of range, a respondent who is not a partner, another instrument version. Pure: data in, located-by-pointer
 * findings and (when nothing is in error) the typed respondent out.
 */
import { findInstrument, INSTRUMENTS, type Instrument } from '../guide/instruments/index.js';
import { pointer } from '../plan/findings.js';
import { ASSESS_RULES, type AssessFinding } from './rules.js';
import { closest } from '../guide/spelling.js';
import type { Answer, PlanFacts, Respondent } from './types.js';

export const RESPONDENT_FIELDS = ['instrument', 'plan', 'respondent', 'date', 'round', 'answers', 'comments'] as const;
const RESPONDENT_KEYS = ['partner', 'name', 'position'] as const;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** A real calendar date written YYYY-MM-DD (YAML may already have read it as a Date). */
export function isoDate(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : undefined;
}

/** Reads one answer: a whole scale point, "na" in any case, or empty; undefined when it is none of these. */
export function readAnswer(v: unknown, instrument: Instrument): Answer | undefined {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' && v.trim().toLowerCase() === instrument.scale.notApplicable.value) return 'na';
  if (typeof v === 'number' && instrument.scale.points.some((p) => p.value === v)) return v;
  return undefined;
}

/**
 * The scale point a person meant by an answer the scale does not take as it is: a number in quotes (`"4"`) or
 * a point's label (`setuju`, `Sangat setuju`, `agree`, any case). Undefined when it means no point.
 */
export function meantScalePoint(v: unknown, instrument: Instrument): number | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim().toLowerCase();
  for (const p of instrument.scale.points) {
    if (t === String(p.value) || t === p.label.id.toLowerCase() || t === p.label.en.toLowerCase()) return p.value;
  }
  return undefined;
}

export interface Validated {
  findings: AssessFinding[];
  /** Present when no finding is an error (by the rules' default severities). */
  respondent?: Respondent;
}

function known(values: readonly string[]): string {
  return values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ');
}

/** A plan can be named by its title or its file name, compared without case and surrounding blanks. */
function namesPlan(value: string, plan: PlanFacts): boolean {
  const norm = (s: string) => s.trim().toLowerCase();
  return norm(value) === norm(plan.title) || (plan.fileId !== undefined && norm(value) === norm(plan.fileId));
}

export function validateRespondent(file: string, data: unknown, plan?: PlanFacts): Validated {
  const out: AssessFinding[] = [];
  if (!isRecord(data)) return { findings: [{ ruleId: 'assess/not-a-mapping', pointer: '' }] };
  // A plan among the assessment files: one finding, not one per plan key.
  if ('schemaVersion' in data && !('answers' in data)) return { findings: [{ ruleId: 'assess/is-a-plan', pointer: '' }] };

  for (const key of Object.keys(data)) {
    if (!(RESPONDENT_FIELDS as readonly string[]).includes(key)) {
      const guess = closest(key, RESPONDENT_FIELDS);
      out.push({ ruleId: 'assess/unknown-field', pointer: pointer(key), at: 'key', params: { field: key, suggestion: guess ?? RESPONDENT_FIELDS.join(', ') } });
    }
  }
  const required = (field: string) => out.push({ ruleId: 'assess/required', pointer: '', params: { field } });

  // The instrument decides everything else; without it nothing more can be checked.
  const inst = data.instrument;
  let instrument: Instrument | undefined;
  if (!isRecord(inst) || inst.id === undefined) {
    if (inst === undefined) required('instrument');
    else out.push({ ruleId: 'assess/required', pointer: pointer('instrument'), params: { field: 'instrument.id' } });
  } else {
    instrument = typeof inst.id === 'string' ? findInstrument(inst.id) : undefined;
    if (!instrument) {
      out.push({ ruleId: 'assess/unknown-instrument', pointer: pointer('instrument', 'id'), params: { instrument: String(inst.id), known: known(INSTRUMENTS.map((i) => i.id)) } });
    } else if (inst.version !== instrument.version) {
      out.push({ ruleId: 'assess/instrument-version', pointer: inst.version === undefined ? pointer('instrument') : pointer('instrument', 'version'), params: { instrument: instrument.id, version: String(inst.version ?? '—'), expected: instrument.version } });
      instrument = undefined;
    }
  }

  if (data.plan !== undefined && data.plan !== null && plan && !(isText(data.plan) && namesPlan(data.plan, plan))) {
    out.push({ ruleId: 'assess/other-plan', pointer: pointer('plan'), params: { plan: String(data.plan), expected: plan.title } });
  }

  const who = data.respondent;
  let partner: string | undefined;
  if (!isRecord(who) || !isText(who.partner)) {
    if (who === undefined) required('respondent');
    else out.push({ ruleId: 'assess/required', pointer: pointer('respondent'), params: { field: 'respondent.partner' } });
  } else {
    partner = who.partner;
    for (const key of Object.keys(who)) {
      if (!(RESPONDENT_KEYS as readonly string[]).includes(key)) {
        out.push({ ruleId: 'assess/unknown-field', pointer: pointer('respondent', key), at: 'key', params: { field: `respondent.${key}`, suggestion: closest(key, RESPONDENT_KEYS) ?? RESPONDENT_KEYS.join(', ') } });
      }
    }
    if (plan) {
      const p = plan.partners.find((x) => x.id === partner);
      if (!p) {
        out.push({ ruleId: 'assess/not-a-partner', pointer: pointer('respondent', 'partner'), params: { partner, known: known(plan.partners.map((x) => x.id)) } });
      } else if (p.status !== 'committed' && p.status !== 'signed') {
        out.push({ ruleId: 'assess/partner-not-joined', pointer: pointer('respondent', 'partner'), params: { partner, status: p.status } });
      }
    }
  }

  const date = isoDate(data.date);
  if (data.date === undefined) required('date');
  else if (!date) out.push({ ruleId: 'assess/invalid-date', pointer: pointer('date'), params: { value: String(data.date) } });

  if (data.round !== undefined && data.round !== null && !isText(data.round) && typeof data.round !== 'number') {
    out.push({ ruleId: 'assess/type', pointer: pointer('round'), params: { field: 'round' } });
  }
  if (data.comments !== undefined && data.comments !== null && typeof data.comments !== 'string') {
    out.push({ ruleId: 'assess/type', pointer: pointer('comments'), params: { field: 'comments' } });
  }

  const answers: Record<string, Answer> = {};
  if (data.answers === undefined) required('answers');
  else if (!isRecord(data.answers)) out.push({ ruleId: 'assess/type', pointer: pointer('answers'), params: { field: 'answers' } });
  else if (instrument) {
    const itemIds = instrument.items.map((i) => i.id);
    const scale = instrument.scale.points.map((p) => p.value);
    for (const [id, raw] of Object.entries(data.answers)) {
      if (!itemIds.includes(id)) {
        out.push({ ruleId: 'assess/unknown-item', pointer: pointer('answers', id), at: 'key', params: { item: id, suggestion: closest(id, itemIds) ?? '—' } });
        continue;
      }
      const a = readAnswer(raw, instrument);
      const meant = a === undefined ? meantScalePoint(raw, instrument) : undefined;
      if (meant !== undefined) {
        // "4" in quotes or "setuju": on the scale, but text; said as such with the line to write, not "off the scale".
        out.push({ ruleId: 'assess/answer-text', pointer: pointer('answers', id), params: { item: id, value: String(raw), fix: `${id}: ${meant}` } });
      } else if (a === undefined) {
        out.push({ ruleId: 'assess/out-of-range', pointer: pointer('answers', id), params: { item: id, value: String(raw), min: Math.min(...scale), max: Math.max(...scale), na: instrument.scale.notApplicable.value } });
      } else {
        answers[id] = a;
      }
    }
    const unanswered = itemIds.filter((id) => answers[id] === undefined || answers[id] === null).length;
    if (unanswered > 0 && !out.some((f) => f.ruleId === 'assess/out-of-range' || f.ruleId === 'assess/answer-text' || f.ruleId === 'assess/unknown-item')) {
      out.push({ ruleId: 'assess/unanswered', pointer: pointer('answers'), at: 'key', params: { count: unanswered, total: itemIds.length } });
    }
  }

  const failed = out.some((f) => ASSESS_RULES[f.ruleId] === 'error');
  if (failed || !instrument || !partner || !date) return { findings: out };
  const w = who as Rec;
  return {
    findings: out,
    respondent: {
      file,
      instrument: { id: instrument.id, version: instrument.version },
      ...(isText(data.plan) ? { plan: data.plan } : {}),
      respondent: { partner, ...(isText(w.name) ? { name: w.name } : {}), ...(isText(w.position) ? { position: w.position } : {}) },
      date,
      ...(data.round !== undefined && data.round !== null ? { round: String(data.round) } : {}),
      answers,
      ...(isText(data.comments) ? { comments: data.comments } : {}),
    },
  };
}
