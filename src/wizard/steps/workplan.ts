/**
 * Step 6: the work plan — how the network works, coordination meetings, and activities described with 5W1H.
 * The guide's two concerns (partner capacity building, communication and coordination) are explained first and
 * offered again at the end when the plan has no activity of that kind.
 */
import { ACTIVITY_KINDS, FIVE_W_ONE_H, WORKPLAN_CONCERNS } from '../../guide/workplan.js';
import { IMPLEMENTATION_ACTIVITIES } from '../../guide/implementation.js';
import type { Activity } from '../../plan/types.js';
import { compact } from '../build.js';
import { slugify, uniqueId } from '../validate.js';
import { child, type Rec, type Scope, type Session } from '../session.js';
import { catalogChoices, notBefore, rootScope, stepIntro, type StepResult, type WizardState } from './common.js';

const w = (s: Session, field: string) => FIVE_W_ONE_H.find((x) => x.field === field)!.label[s.lang];

async function activityItem(s: Session, sc: Scope, state: WizardState, done: readonly Activity[]): Promise<Activity | undefined> {
  const partners = (state.plan.partners ?? []).filter((p) => p.status !== 'withdrawn');
  const partnerChoices = partners.map((p) => ({ value: p.id, name: `${p.name} (${p.id})` }));
  const kind = await s.choice(sc, 'kind', { message: 'wizard.q.activityKind', choices: catalogChoices(ACTIVITY_KINDS, s), required: true, default: 'program', always: true });
  const what = await s.text(sc, 'what', { message: 'wizard.q.w', params: { w: w(s, 'what') }, required: true });
  if (what === undefined) return undefined;
  const taken = new Set(done.map((a) => a.id));
  const id = await s.text(sc, 'id', {
    message: 'wizard.q.activityId', kind: 'id', required: true, always: true, default: uniqueId(slugify(String(what), 24), taken),
    check: (v) => (taken.has(String(v)) ? 'wizard.invalid.duplicateId' : undefined),
  });
  const category = await s.choice(sc, 'category', { message: 'wizard.q.activityCategory', choices: catalogChoices(IMPLEMENTATION_ACTIVITIES, s) });
  const why = await s.text(sc, 'why', { message: 'wizard.q.w', params: { w: w(s, 'why') } });
  const who = partnerChoices.length ? await s.multi(sc, 'who', { message: 'wizard.q.w', params: { w: w(s, 'who') }, choices: partnerChoices }) : [];
  const responsible = who.length
    ? await s.choice(sc, 'responsible', { message: 'wizard.q.responsible', choices: partnerChoices.filter((c) => who.includes(c.value)), required: true, default: who[0]!, always: true })
    : undefined;
  const targetGroup = await s.text(sc, 'targetGroup', { message: 'wizard.q.activityTarget' });
  const where = await s.text(sc, 'where', { message: 'wizard.q.w', params: { w: w(s, 'where') } });
  const when = child(sc, 'when');
  const start = await s.text(when, 'start', { message: 'wizard.q.activityStart', kind: 'date' });
  const end = await s.text(when, 'end', { message: 'wizard.q.activityEnd', kind: 'date', check: notBefore(start), ...(start !== undefined ? { default: start } : {}) });
  const schedule = await s.text(when, 'schedule', { message: 'wizard.q.schedule' });
  const how = await s.text(sc, 'how', { message: 'wizard.q.w', params: { w: w(s, 'how') } });
  const budget = child(sc, 'budget');
  const amountIdr = await s.text(budget, 'amountIdr', { message: 'wizard.q.budget', kind: 'rupiah' });
  const source = amountIdr === undefined ? undefined : await s.text(budget, 'source', { message: 'wizard.q.budgetSource' });
  const fundedBy = amountIdr === undefined || !partnerChoices.length ? undefined : await s.choice(budget, 'fundedBy', { message: 'wizard.q.fundedBy', choices: partnerChoices });
  const goalChoices = (state.plan.goals?.specific ?? []).map((g) => ({ value: g.id, name: `${g.id}: ${g.text}` }));
  const goals = goalChoices.length ? await s.multi(sc, 'goals', { message: 'wizard.q.activityGoals', choices: goalChoices }) : [];
  return compact({
    ...sc.current, id, kind, category, what, why, who, responsible, where,
    when: { ...(sc.current?.when as Rec | undefined), start, end, schedule }, how, targetGroup,
    budget: amountIdr === undefined ? undefined : { amountIdr, source, fundedBy }, goals,
  }) as Activity | undefined;
}

export async function workplanStep(s: Session, state: WizardState): Promise<StepResult> {
  stepIntro(s, 'workplan', [
    ...WORKPLAN_CONCERNS.map((c) => `• ${c.label[s.lang]}: ${c.description?.[s.lang] ?? ''}`),
    s.m('wizard.workplan.5w1h', { list: FIVE_W_ONE_H.map((x) => x.label[s.lang]).join('; ') }),
  ]);
  const sc = child(rootScope(s, state), 'workplan');
  const mechanism = await s.text(sc, 'mechanism', { message: 'wizard.q.mechanism' });
  const plannedMeetingsPerMonth = await s.text(sc, 'plannedMeetingsPerMonth', { message: 'wizard.q.meetingsPerMonth', kind: 'number' });
  const section = (activities: readonly Activity[]): StepResult => ({ workplan: compact({ ...state.plan.workplan, mechanism, plannedMeetingsPerMonth, activities }) ?? {} });
  const activities = await s.list<Activity>(sc, 'activities', { add: 'wizard.workplan.add', label: (a) => String(a.what ?? a.id), partial: section }, (as, done) => activityItem(s, as, state, done));
  // The guide's two concerns: offer to add what is still missing.
  const offers: { kind: string; when: boolean; message: 'wizard.workplan.addCapacity' | 'wizard.workplan.addCoordination' }[] = [
    { kind: 'peningkatan-kapasitas', when: !activities.some((a) => a.kind === 'peningkatan-kapasitas'), message: 'wizard.workplan.addCapacity' },
    { kind: 'koordinasi', when: !activities.some((a) => a.kind === 'koordinasi') && plannedMeetingsPerMonth === undefined, message: 'wizard.workplan.addCoordination' },
  ];
  for (const o of offers) {
    if (!o.when || !s.interactive) continue;
    if (await s.confirm(`workplan.activities.${o.kind}`, o.message, undefined, true)) {
      const made = await activityItem(s, { path: `workplan.activities[${activities.length}]`, answers: undefined, current: { kind: o.kind } }, state, activities);
      if (made) {
        activities.push(made);
        await s.onProgress?.(section(activities));
      }
    }
  }
  return section(activities);
}
