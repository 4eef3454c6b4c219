/** Step 1: the idea — the problem, the target to speed up, and the 10 criteria of a good idea. */
import { IDEA_CRITERIA } from '../../guide/criteria.js';
import { compact } from '../build.js';
import { child, type Session } from '../session.js';
import { askCriteria, rootScope, stepIntro, type StepResult, type WizardState } from './common.js';

export async function ideaStep(s: Session, state: WizardState): Promise<StepResult> {
  stepIntro(s, 'idea', [s.m('wizard.idea.tip')]);
  const sc = child(rootScope(s, state), 'idea');
  const problem = await s.text(sc, 'problem', { message: 'wizard.q.problem', required: true });
  const target = await s.text(sc, 'target', { message: 'wizard.q.target', required: true });
  const targetGroup = await s.text(sc, 'targetGroup', { message: 'wizard.q.targetGroup' });
  const rationale = await s.text(sc, 'rationale', { message: 'wizard.q.rationale' });
  const criteria = await askCriteria(s, sc, IDEA_CRITERIA, 'wizard.idea.criteria');
  return { idea: compact({ ...state.plan.idea, problem, target, targetGroup, rationale, criteria }) ?? {} };
}
