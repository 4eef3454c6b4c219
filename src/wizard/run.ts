/**
 * The wizard's order of steps and the loop that walks them. Pure apart from what it is given: a session (the
 * prompter inside it) and a `save` callback the command uses to write the file after every step, so that an
 * interruption loses at most the step in progress.
 */
import { STEPS, findStep } from '../guide/steps.js';
import { hasContent } from '../plan/content.js';
import type { Session } from './session.js';
import { emptySection } from './build.js';
import { introduceStep, type StepResult, type StepRun, type WizardState, type WizardStepId } from './steps/common.js';
import { basicsStep } from './steps/basics.js';
import { ideaStep } from './steps/idea.js';
import { partnersStep } from './steps/partners.js';
import { goalsStep } from './steps/goals.js';
import { readinessStep } from './steps/readiness.js';
import { agreementStep } from './steps/agreement.js';
import { workplanStep } from './steps/workplan.js';
import { implementationStep } from './steps/implementation.js';
import { monitoringStep } from './steps/monitoring.js';

export type { WizardState, WizardStepId, StepResult } from './steps/common.js';

export const STEP_RUNS: Readonly<Record<WizardStepId, StepRun>> = {
  basics: basicsStep,
  idea: ideaStep,
  partners: partnersStep,
  goals: goalsStep,
  readiness: readinessStep,
  agreement: agreementStep,
  workplan: workplanStep,
  implementation: implementationStep,
  monitoring: monitoringStep,
};

export const WIZARD_STEPS: readonly WizardStepId[] = ['basics', ...STEPS.map((s) => s.id)];


/** A step named on the command line: the guide's (1-8, id, Indonesian alias) or the basics (0, basics, dasar). */
export function findWizardStep(key: string): WizardStepId | undefined {
  const k = key.trim().toLowerCase();
  if (k === '0' || k === 'basics' || k === 'dasar') return 'basics';
  return findStep(k)?.id;
}

/** Is a step done in this plan: its section has content (for the basics: the required fields are there). */
export function stepDone(plan: WizardState['plan'], step: WizardStepId): boolean {
  if (step === 'basics') return !!(plan.title && plan.program && plan.region?.province && plan.region?.regency && plan.initiator?.name);
  return hasContent(plan[step]);
}

/** Steps still to do, in order: where a run that was stopped continues. */
export function pendingSteps(plan: WizardState['plan']): WizardStepId[] {
  return WIZARD_STEPS.filter((s) => !stepDone(plan, s));
}

/** `partial`: a list entry was added, edited or removed inside a step still in progress. */
export type StepOutcome = 'done' | 'skipped' | 'partial';

export interface RunHooks {
  /** Called after every step with the sections it produced (or the empty section of a skipped step). */
  save(step: WizardStepId, sections: StepResult, outcome: StepOutcome): Promise<void>;
}

export interface RunOptions {
  gate: boolean;
  /** Steps that were interrupted mid-way last time: their lists keep the saved entries and go on adding. */
  resume?: ReadonlySet<WizardStepId>;
}

export interface RunResult {
  done: WizardStepId[];
  skipped: WizardStepId[];
  /** The person chose to stop (save and quit) before the end. */
  stopped: boolean;
}

/**
 * Walks `steps`. Before each of the guide's steps the person chooses to fill it now, skip it for later, or
 * save and stop; without a terminal a step is filled when the answers name it, else skipped.
 */
export async function runWizard(s: Session, state: WizardState, steps: readonly WizardStepId[], hooks: RunHooks, options: RunOptions): Promise<RunResult> {
  const result: RunResult = { done: [], skipped: [], stopped: false };
  for (const step of steps) {
    let choice: 'fill' | 'skip' | 'quit' = 'fill';
    if (step !== 'basics') introduceStep(s, step);
    if (options.gate && step !== 'basics') {
      const st = STEPS.find((x) => x.id === step)!;
      choice = s.interactive
        ? await s.select(`${step}.gate`, 'wizard.gate', { number: st.number, label: st.label[s.lang] }, [
          { value: 'fill', name: s.m('wizard.gate.fill') },
          { value: 'skip', name: s.m('wizard.gate.skip') },
          { value: 'quit', name: s.m('wizard.gate.quit') },
        ], 'fill')
        : s.answers[step] !== undefined ? 'fill' : 'skip';
    }
    if (choice === 'quit') {
      result.stopped = true;
      break;
    }
    if (choice === 'skip') {
      result.skipped.push(step);
      if (!(step in state.plan)) {
        const empty = { [step]: emptySection(step) };
        Object.assign(state.plan, empty);
        await hooks.save(step, empty, 'skipped');
      }
      continue;
    }
    // Inside a step the person can go back to the previous question (the step is replayed up to it), and every
    // list entry is saved as soon as it is complete.
    s.onProgress = (partial) => hooks.save(step, partial, 'partial');
    s.resuming = options.resume?.has(step) === true;
    let sections: StepResult;
    try {
      sections = await s.frame(() => STEP_RUNS[step](s, state));
    } finally {
      s.onProgress = undefined;
      s.resuming = false;
    }
    for (const [k, v] of Object.entries(sections)) {
      if (v === undefined) delete state.plan[k];
      else state.plan[k] = v;
    }
    result.done.push(step);
    await hooks.save(step, sections, 'done');
  }
  return result;
}
