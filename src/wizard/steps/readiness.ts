/** Step 4: self-preparation — the initiator checks itself against the 11 readiness criteria and names its team. */
import { READINESS_CRITERIA } from '../../guide/criteria.js';
import type { TeamMember } from '../../plan/types.js';
import { compact } from '../build.js';
import { child, type Session } from '../session.js';
import { askCriteria, rootScope, stepIntro, type StepResult, type WizardState } from './common.js';

export async function readinessStep(s: Session, state: WizardState): Promise<StepResult> {
  stepIntro(s, 'readiness');
  const sc = child(rootScope(s, state), 'readiness');
  const criteria = await askCriteria(s, sc, READINESS_CRITERIA, 'wizard.readiness.criteria');
  const team = await s.list<TeamMember>(sc, 'team', { add: 'wizard.readiness.addMember', label: (m) => String(m.name ?? '') }, async (ms) => {
    const name = await s.text(ms, 'name', { message: 'wizard.q.memberName', required: true });
    const position = await s.text(ms, 'position', { message: 'wizard.q.contactPosition' });
    const task = await s.text(ms, 'task', { message: 'wizard.q.memberTask' });
    return compact({ ...ms.current, name, position, task }) as TeamMember | undefined;
  });
  const notes = await s.text(sc, 'notes', { message: 'wizard.q.notes' });
  return { readiness: compact({ ...state.plan.readiness, criteria, team, notes }) ?? {} };
}
