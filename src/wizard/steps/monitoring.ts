/**
 * Step 8: monitoring and evaluation — the review schedule and indicators per class (input, process, output,
 * outcome) with baseline and target. For each class the guide's indicators are offered ready-made; the person
 * adds its own (e.g. the program's health indicator) as well. The four questions once work has started.
 */
import { INDICATOR_CLASSES, MONITORING_QUESTIONS, REPORT_INDICATORS, REVIEW_FREQUENCIES, type IndicatorClass } from '../../guide/monitoring.js';
import type { MonitoringIndicator } from '../../plan/types.js';
import { hasContent } from '../../plan/content.js';
import { compact } from '../build.js';
import { slugify, uniqueId } from '../validate.js';
import { asList, asRec, child, type Rec, type Scope, type Session } from '../session.js';
import { catalogChoices, notAfter, rootScope, stepIntro, type StepResult, type WizardState } from './common.js';

async function indicatorItem(s: Session, sc: Scope, fixedClass: IndicatorClass | undefined, taken: Set<string>): Promise<MonitoringIndicator | undefined> {
  const cls = fixedClass ?? (await s.choice(sc, 'class', { message: 'wizard.q.indicatorClass', choices: catalogChoices(INDICATOR_CLASSES, s, false), required: true })) as IndicatorClass | undefined;
  const refId = sc.answers?.ref ?? sc.current?.ref;
  const ref = REPORT_INDICATORS.find((r) => r.id === refId);
  if (refId !== undefined && !ref) s.problems.push(`${sc.path}.ref: ${s.m('wizard.invalid.choice', { value: String(refId), allowed: REPORT_INDICATORS.map((r) => r.id).join(', ') })}`);
  const name = await s.text(sc, 'name', { message: 'wizard.q.indicatorName', required: true, always: true, ...(ref ? { default: ref.label[s.lang] } : {}) });
  if (name === undefined) return undefined;
  const currentId = typeof sc.current?.id === 'string' ? sc.current.id : undefined;
  if (currentId) taken.delete(currentId);
  const id = await s.text(sc, 'id', {
    message: 'wizard.q.indicatorId', kind: 'id', required: true, always: true,
    default: uniqueId(slugify(ref ? ref.id.split('.')[1]!.replace(/_/g, '-') : String(name), 24), taken),
    check: (v) => (taken.has(String(v)) ? 'wizard.invalid.duplicateId' : undefined),
  });
  if (id !== undefined) taken.add(String(id));
  const unit = await s.text(sc, 'unit', { message: 'wizard.q.indicatorUnit', ...(ref && ref.unit[s.lang] ? { default: ref.unit[s.lang], always: true } : {}) });
  const needsTarget = cls === 'output' || cls === 'outcome';
  const direction = needsTarget
    ? await s.choice(sc, 'direction', { message: 'wizard.q.direction', choices: [
      { value: 'increase', name: s.m('wizard.direction.increase') }, { value: 'decrease', name: s.m('wizard.direction.decrease') },
    ] })
    : undefined;
  const baseline = await s.text(sc, 'baseline', { message: 'wizard.q.baseline', kind: 'number' });
  const baselineDate = baseline === undefined ? undefined : await s.text(sc, 'baselineDate', { message: 'wizard.q.baselineDate', kind: 'date' });
  const target = await s.text(sc, 'target', { message: 'wizard.q.target8', kind: 'number', required: needsTarget });
  const targetDate = target === undefined ? undefined : await s.text(sc, 'targetDate', { message: 'wizard.q.targetDate', kind: 'date' });
  return compact({ ...sc.current, ...sc.answers, id, class: cls, name, unit, ref: ref?.id, direction, baseline, baselineDate, target, targetDate }) as MonitoringIndicator | undefined;
}

/** Work has started: something is recorded in step 7, or the partnership's start date has passed. */
function workStarted(s: Session, state: WizardState): boolean {
  const start = state.plan.dates?.start;
  return hasContent(state.plan.implementation) || (typeof start === 'string' && start <= s.today);
}

/**
 * A measured value (capaian) and its date for one indicator. It is ADDED to the indicator's measurements: the
 * history is what shows progress, so an earlier value is never overwritten (a second value on the same date
 * replaces that day's, a correction). Left empty: nothing changes.
 */
async function askMeasurement(s: Session, ind: MonitoringIndicator, index: number): Promise<MonitoringIndicator> {
  const history = [...(ind.measurements ?? [])];
  const latest = [...history, ...(ind.actual !== undefined ? [{ value: ind.actual, date: ind.actualDate ?? '' }] : [])]
    .sort((a, b) => (a.date < b.date ? -1 : 1)).pop();
  const scope: Scope = { path: `monitoring.indicators[${index}].measurement`, answers: undefined, current: undefined };
  const unit = ind.unit ? ` (${ind.unit})` : '';
  const last = latest ? s.m('wizard.q.measureLast', { value: latest.value, date: latest.date || '?' }) : '';
  const value = await s.text(scope, 'value', { message: 'wizard.q.measureValue', params: { name: ind.name, unit, last }, kind: 'number' });
  if (value === undefined) return ind;
  const date = await s.text(scope, 'date', { message: 'wizard.q.measureDate', kind: 'date', required: true, default: s.today, check: notAfter(s.today) });
  const when = String(date ?? s.today);
  const kept = history.filter((m) => m.date !== when);
  const measurements = [...kept, { date: when, value: Number(value) }].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...ind, measurements };
}

export async function monitoringStep(s: Session, state: WizardState): Promise<StepResult> {
  stepIntro(s, 'monitoring', [s.m('wizard.monitoring.tip')]);
  const sc = child(rootScope(s, state), 'monitoring');
  const schedule = child(sc, 'schedule');
  const frequency = await s.choice(schedule, 'frequency', { message: 'wizard.q.frequency', choices: catalogChoices(REVIEW_FREQUENCIES, s), required: true, default: 'quarterly' });
  const nextReview = await s.text(schedule, 'nextReview', { message: 'wizard.q.nextReview', kind: 'date' });

  const answered = asList(sc.answers?.indicators);
  const current = asList(sc.current?.indicators).map(asRec).filter((x): x is Rec => x !== undefined);
  const taken = new Set<string>();
  const indicators: MonitoringIndicator[] = [];
  // Saved after every indicator: those of the classes not reached yet stay as they were.
  const section = (list: readonly MonitoringIndicator[]): StepResult => ({ monitoring: compact({ ...state.plan.monitoring, schedule: { frequency, nextReview }, indicators: list }) ?? {} });
  const classOrder = INDICATOR_CLASSES.map((c) => c.id);
  const laterClasses = (cls: string) => current.filter((x) => classOrder.indexOf(String(x.class)) > classOrder.indexOf(cls)) as unknown as MonitoringIndicator[];
  if (answered.length > 0) {
    for (const [i, a] of answered.entries()) {
      const rec = asRec(a);
      if (!rec) continue;
      const cls = INDICATOR_CLASSES.some((c) => c.id === rec.class) ? (rec.class as IndicatorClass) : undefined;
      const made = await indicatorItem(s, { path: `monitoring.indicators[${i}]`, answers: rec, current: undefined }, cls, taken);
      if (made) indicators.push(made);
    }
  } else if (!s.interactive) {
    for (const c of current as unknown as MonitoringIndicator[]) indicators.push(c);
  } else {
    for (const c of current) if (typeof c.id === 'string') taken.add(c.id);
    for (const cls of INDICATOR_CLASSES) {
      const id = cls.id as IndicatorClass;
      s.say('');
      s.say(`${cls.label[s.lang]}: ${cls.description?.[s.lang] ?? ''}`);
      const mine = current.filter((x) => x.class === id);
      const classScope: Scope = { path: 'monitoring.indicators', answers: undefined, current: { [id]: mine } };
      const picked: MonitoringIndicator[] = [];
      if (mine.length === 0) {
        const offered = REPORT_INDICATORS.filter((r) => r.class === id && r.id !== 'outcome.health_indicators');
        const refs = offered.length ? await s.multi({ path: 'monitoring.indicators', answers: undefined, current: undefined }, `${id}.pick`, {
          message: 'wizard.q.pickIndicators', params: { class: cls.label[s.lang] }, choices: catalogChoices(offered, s, false),
        }) : [];
        for (const ref of refs) {
          const made = await indicatorItem(s, { path: `monitoring.indicators.${id}`, answers: undefined, current: { ref } }, id, taken);
          if (made) {
            picked.push(made);
            await s.onProgress?.(section([...indicators, ...picked, ...laterClasses(id)]));
          }
        }
      }
      const rest = await s.list<MonitoringIndicator>(classScope, id, {
        add: 'wizard.monitoring.addIndicator', addParams: { class: cls.label[s.lang] }, label: (x) => String(x.name ?? x.id), addFirst: false,
        partial: (items) => section([...indicators, ...picked, ...items, ...laterClasses(id)]),
      }, (is) => indicatorItem(s, is, id, taken));
      indicators.push(...picked, ...rest);
    }
  }

  // Once work has started: what was measured, with its date, for each indicator (added to its history).
  if (s.interactive && workStarted(s, state) && indicators.length > 0) {
    if (await s.confirm('monitoring.measure', 'wizard.monitoring.measure', { count: indicators.length }, true)) {
      for (const [i, ind] of indicators.entries()) {
        const measured = await askMeasurement(s, ind, i);
        if (measured === ind) continue;
        indicators[i] = measured;
        await s.onProgress?.(section(indicators));
      }
    }
  }

  let questions: Record<string, string> | undefined;
  if (hasContent(state.plan.implementation)) {
    const qs = child(sc, 'questions');
    questions = {};
    for (const q of MONITORING_QUESTIONS) {
      const a = await s.text(qs, q.id, { message: 'wizard.q.monitoringQuestion', params: { question: q.label[s.lang] } });
      if (a !== undefined) questions[q.id] = String(a);
    }
  }
  return { monitoring: compact({ ...state.plan.monitoring, schedule: { frequency, nextReview }, indicators, questions }) ?? {} };
}
