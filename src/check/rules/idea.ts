import { IDEA_CRITERIA } from '../../guide/criteria.js';
import type { RawFinding } from '../../plan/findings.js';
import type { RuleContext } from './context.js';
import { criteriaFindings } from './criteria.js';

export function ideaRules(ctx: RuleContext): RawFinding[] {
  if (!ctx.counts('idea')) return [];
  const idea = ctx.plan.idea ?? {};
  const out: RawFinding[] = [];
  const missing = (['problem', 'target'] as const).filter((k) => !idea[k]);
  if (missing.length) {
    out.push({ ruleId: 'idea/incomplete', pointer: ctx.plan.idea ? '/idea' : '', at: 'key', params: { missing: missing.join(', ') } });
  }
  out.push(...criteriaFindings(IDEA_CRITERIA, idea.criteria, ['idea'], { unassessed: 'idea/criteria-unassessed', unmet: 'idea/criterion-unmet', mostlyUnmet: 'idea/criteria-mostly-unmet' }, ctx.language));
  return out;
}
