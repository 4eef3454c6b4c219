/**
 * The assessment page's server side: the respondent form (from the same form model as `assess new`'s file and
 * paper form) and a save that writes one new respondent file per answer set, where `assess new` puts them
 * (assessments/<plan>/<partner>.yaml, then <partner>-2.yaml ...), never over an existing one. The file is the
 * same commented YAML `assess new` writes, with the answers filled in, and is checked as `assess check` would.
 */
import path from 'node:path';
import { parse } from 'yaml';
import type { Lang } from '../../guide/types.js';
import { DEFAULT_INSTRUMENT, assessmentForm, type FormModel } from '../../guide/instruments/index.js';
import { RULE_WORDS, fill } from '../../guide/messages/index.js';
import { ASSESS_RULES } from '../../assess/rules.js';
import type { Plan } from '../../plan/types.js';
import { patchPlanText } from '../../plan/patch.js';
import { respondentYaml } from '../../assess/form/yaml.js';
import { joinedPartners } from '../../assess/types.js';
import { validateRespondent } from '../../assess/validate.js';
import { schemaReference } from '../../io/schema-ref.js';
import { writeFileAtomic } from '../../io/write.js';
import { planFacts } from '../assess/read.js';
import { freeName, shippedSchema } from '../assess/new.js';

export interface AssessForm {
  form: FormModel;
  partners: { id: string; name: string }[];
}

export function assessForm(plan: Plan | undefined, file: string): AssessForm {
  const facts = plan ? planFacts(plan, file) : { title: '', partners: [] };
  return { form: assessmentForm(DEFAULT_INSTRUMENT), partners: joinedPartners(facts).map((p) => ({ id: p.id, name: p.name })) };
}

/** @public The answers the page sends for one partner. */
export interface AnswerSet {
  partner: string;
  name?: string;
  position?: string;
  date: string;
  answers: Record<string, number | 'na'>;
  comments?: string;
}

export type AssessSaveResult = { ok: true; file: string } | { ok: false; problems: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function saveAnswers(planFile: string, plan: Plan, body: unknown, lang: Lang): Promise<AssessSaveResult> {
  if (!isRecord(body) || typeof body.partner !== 'string' || typeof body.date !== 'string' || !isRecord(body.answers)) return { ok: false, problems: ['partner, date, answers'] };
  const facts = planFacts(plan, planFile);
  const partner = joinedPartners(facts).find((p) => p.id === body.partner);
  if (!partner) return { ok: false, problems: [body.partner] };
  const target = await freeName(path.join(path.dirname(planFile), 'assessments', facts.fileId ?? 'plan'), partner.id, 'yaml');
  const form = assessmentForm(DEFAULT_INSTRUMENT);
  const blank = respondentYaml(form, { schema: schemaReference(target, shippedSchema()), planTitle: facts.title, partner: partner.id, partnerName: partner.name, date: body.date, lang });
  const data = parse(blank) as Record<string, unknown>;
  const respondent = { ...(data.respondent as Record<string, unknown>) };
  if (typeof body.name === 'string' && body.name.trim()) respondent.name = body.name.trim();
  if (typeof body.position === 'string' && body.position.trim()) respondent.position = body.position.trim();
  const answers = { ...(data.answers as Record<string, unknown>) };
  for (const [k, v] of Object.entries(body.answers)) if (k in answers && (typeof v === 'number' || v === 'na')) answers[k] = v;
  const next = { ...data, respondent, answers, ...(typeof body.comments === 'string' && body.comments.trim() ? { comments: body.comments.trim() } : {}) };
  const text = patchPlanText(blank, next);
  const checked = validateRespondent(target, parse(text), facts);
  const errors = checked.findings.filter((f) => ASSESS_RULES[f.ruleId] === 'error');
  if (errors.length > 0) return { ok: false, problems: errors.map((f) => fill(RULE_WORDS[f.ruleId].message[lang], f.params ?? {})) };
  await writeFileAtomic(target, text);
  return { ok: true, file: path.relative(path.dirname(planFile), target).split(path.sep).join('/') };
}
