import { READINESS_CRITERIA } from '../../guide/criteria.js';
import type { RawFinding } from '../../plan/findings.js';
import type { RuleContext } from './context.js';
import { criteriaFindings } from './criteria.js';

export function readinessRules(ctx: RuleContext): RawFinding[] {
  if (!ctx.counts('readiness')) return [];
  const r = ctx.plan.readiness;
  return criteriaFindings(READINESS_CRITERIA, r?.criteria, r ? ['readiness'] : [], { unassessed: 'readiness/criteria-unassessed', unmet: 'readiness/criterion-unmet', mostlyUnmet: 'readiness/criteria-mostly-unmet' }, ctx.language);
}
