import { READINESS_CRITERIA } from '../../guide/criteria.js';
import { ruleFamily } from './context.js';
import { criteriaFindings } from './criteria.js';
import { defineRules } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const READINESS_RULES = defineRules({
  'readiness/criteria-unassessed': 'warning',
  'readiness/criterion-unmet': 'warning',
  'readiness/criteria-mostly-unmet': 'warning',
});

export const readinessRules = ruleFamily(READINESS_RULES, (ctx) => {
  if (!ctx.counts('readiness')) return [];
  const r = ctx.plan.readiness;
  return criteriaFindings(READINESS_CRITERIA, r?.criteria, r ? ['readiness'] : [], { unassessed: 'readiness/criteria-unassessed', unmet: 'readiness/criterion-unmet', mostlyUnmet: 'readiness/criteria-mostly-unmet' }, ctx.language);
});
