/** What every step flow shares: the running state, the shape of a step's result, and common question groups. */
import type { CatalogItem } from '../../guide/types.js';
import { STEPS, type StepId } from '../../guide/steps.js';
import { ASSESSMENTS, type Criterion } from '../../guide/criteria.js';
import type { Plan, CriteriaAssessment, CriterionAssessment } from '../../plan/types.js';
import type { MessageId } from '../../guide/messages/index.js';
import type { Choice } from '../prompter.js';
import { asList, asRec, questionId, type Rec, type Scope, type Session } from '../session.js';

/** `basics` (title, program, region, initiator, dates) comes before the guide's 8 steps. */
export type WizardStepId = 'basics' | StepId;

export interface WizardState {
  /** The plan as it stands (loaded from the file, then updated after every step). */
  plan: Partial<Plan> & Rec;
  /** Roles the idea needs, chosen in step 2 and offered again in step 3. */
  neededRoles?: string[];
}

/** Top-level sections a step writes (normally just its own). */
export type StepResult = Record<string, unknown>;

export type StepRun = (s: Session, state: WizardState) => Promise<StepResult>;

export function rootScope(s: Session, state: WizardState): Scope {
  return { path: '', answers: s.answers, current: state.plan };
}

export function catalogChoices(items: readonly CatalogItem[], s: Session, describe = true): Choice<string>[] {
  return items.map((i) => ({ value: i.id, name: i.label[s.lang], ...(describe && i.description ? { description: i.description[s.lang] } : {}) }));
}

/** Prints a step's heading and the guide's own explanation of it (before the person decides to fill it). */
export function introduceStep(s: Session, step: StepId): void {
  const st = STEPS.find((x) => x.id === step)!;
  s.say('');
  s.say(s.m('wizard.step.heading', { number: st.number, label: st.label[s.lang] }));
  if (st.description) s.say(st.description[s.lang]);
}

/** A step's own tips, printed once the person has chosen to fill it. */
export function stepIntro(s: Session, _step: StepId, extra: string[] = []): void {
  for (const line of extra) s.say(line);
  s.say('');
}

function statusOf(a: unknown): string | undefined {
  if (typeof a === 'string') return a;
  const r = asRec(a);
  return typeof r?.status === 'string' ? r.status : undefined;
}

function noteOf(a: unknown): string | undefined {
  const n = asRec(a)?.note;
  return typeof n === 'string' && n !== '' ? n : undefined;
}

function assessment(status: string, note: string | undefined): CriterionAssessment {
  return note ? { status: status as 'met', note } : (status as 'met');
}

/**
 * A criteria checklist: tick what is met; for each criterion not ticked say whether it is partly met, not met or
 * not yet assessed, with a note on why; then optionally add notes (evidence, legal basis) to met criteria.
 * An answers file gives the plan's own shape: `{ criterion-id: met | partial | unmet | {status, note} }`.
 */
export async function askCriteria(s: Session, scope: Scope, set: readonly Criterion[], intro: MessageId): Promise<CriteriaAssessment | undefined> {
  const path = `${scope.path}.criteria`;
  const id = questionId(scope, 'criteria');
  const answered = asRec(scope.answers?.criteria);
  if (answered) {
    const out: CriteriaAssessment = {};
    for (const [k, v] of Object.entries(answered)) {
      const status = statusOf(v);
      if (!set.some((c) => c.id === k)) s.problems.push(`${path}.${k}: ${s.m('wizard.invalid.choice', { value: k, allowed: set.map((c) => c.id).join(', ') })}`);
      else if (!status || !(ASSESSMENTS as readonly string[]).includes(status)) s.problems.push(`${path}.${k}: ${s.m('wizard.invalid.choice', { value: String(status ?? v), allowed: ASSESSMENTS.join(', ') })}`);
      else out[k] = assessment(status, noteOf(v));
    }
    return Object.keys(out).length ? out : undefined;
  }
  const current = asRec(scope.current?.criteria) ?? {};
  if (!s.interactive) return Object.keys(current).length ? (current as CriteriaAssessment) : undefined;

  s.say(s.m(intro, { count: set.length }));
  const met = await s.multi({ path, answers: undefined, current: { met: set.filter((c) => statusOf(current[c.id]) === 'met').map((c) => c.id) } }, 'met', {
    message: 'wizard.criteria.met',
    choices: set.map((c) => ({ value: c.id, name: c.label[s.lang] })),
  });
  const out: CriteriaAssessment = {};
  for (const c of set) {
    const before = current[c.id];
    if (met.includes(c.id)) {
      out[c.id] = assessment('met', noteOf(before));
      continue;
    }
    const prior = statusOf(before);
    const status = await s.select(`${id}.status`, 'wizard.criteria.status', { criterion: c.label[s.lang] }, [
      { value: 'partial', name: s.m('wizard.criteria.partial') },
      { value: 'unmet', name: s.m('wizard.criteria.unmet') },
      { value: 'unassessed', name: s.m('wizard.criteria.unassessed') },
    ], prior === 'partial' || prior === 'unmet' ? prior : 'unassessed');
    if (status === 'unassessed') continue;
    const note = await s.text({ path: `${path}.${c.id}`, answers: undefined, current: { note: noteOf(before) } }, 'note', { message: 'wizard.criteria.gapNote' });
    out[c.id] = assessment(status, note === undefined ? undefined : String(note));
  }
  const metIds = set.filter((c) => met.includes(c.id));
  if (metIds.length > 0 && (await s.confirm(`${id}.addNotes`, 'wizard.criteria.addNotes', undefined, false))) {
    const which = await s.multi({ path, answers: undefined, current: { notes: [] } }, 'notes', {
      message: 'wizard.criteria.which', choices: metIds.map((c) => ({ value: c.id, name: c.label[s.lang] })),
    });
    for (const cid of which) {
      const c = set.find((x) => x.id === cid)!;
      const note = await s.text({ path: `${path}.${cid}`, answers: undefined, current: { note: noteOf(current[cid]) } }, 'note', { message: 'wizard.criteria.note', params: { criterion: c.label[s.lang] } });
      out[cid] = assessment('met', note === undefined ? undefined : String(note));
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** A list of short texts (scope items, legal bases): typed one by one, an empty answer ends the list. */
export async function askTextList(s: Session, scope: Scope, field: string, message: MessageId): Promise<string[] | undefined> {
  const answered = scope.answers?.[field];
  if (answered !== undefined) {
    const list = (Array.isArray(answered) ? answered : [answered]).map((x) => String(x).trim()).filter((x) => x !== '');
    return list.length ? list : undefined;
  }
  const current = asList(scope.current?.[field]).map(String);
  if (!s.interactive) return current.length ? current : undefined;
  const id = questionId(scope, field);
  if (current.length > 0 && (await s.confirm(`${id}.keep`, 'wizard.list.keepAll', { items: current.join('; ') }, true))) return current;
  const out: string[] = [];
  for (;;) {
    const v = await s.text({ path: `${scope.path}.${field}[${out.length}]`, answers: undefined, current: undefined }, 'item', { message, params: { n: out.length + 1 } });
    if (v === undefined) break;
    out.push(String(v));
  }
  return out.length ? out : undefined;
}

/** Checks that an end date is not before a start date. */
export function notBefore(start: unknown): (v: string | number) => MessageId | undefined {
  return (v) => (typeof start === 'string' && String(v) < start ? 'wizard.invalid.dateOrder' : undefined);
}

/** Checks that a date is not after today (things that have happened). */
export function notAfter(today: string): (v: string | number) => MessageId | undefined {
  return (v) => (String(v) > today ? 'wizard.invalid.future' : undefined);
}
