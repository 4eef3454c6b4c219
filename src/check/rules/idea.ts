import { IDEA_CRITERIA } from '../../guide/criteria.js';
import { ruleFamily } from './context.js';
import { criteriaFindings } from './criteria.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const IDEA_RULES = defineRules({
  'idea/incomplete': 'warning',
  'idea/criteria-unassessed': 'warning',
  'idea/criterion-unmet': 'warning',
  'idea/criteria-mostly-unmet': 'warning',
});

type IdeaFinding = FindingOf<typeof IDEA_RULES>;

export const ideaRules = ruleFamily(IDEA_RULES, (ctx) => {
  if (!ctx.counts('idea')) return [];
  const idea = ctx.plan.idea ?? {};
  const out: IdeaFinding[] = [];
  const missing = (['problem', 'target'] as const).filter((k) => !idea[k]);
  if (missing.length) {
    out.push({ ruleId: 'idea/incomplete', pointer: ctx.plan.idea ? '/idea' : '', at: 'key', params: { missing: missing.join(', ') } });
  }
  out.push(...criteriaFindings(IDEA_CRITERIA, idea.criteria, ['idea'], { unassessed: 'idea/criteria-unassessed', unmet: 'idea/criterion-unmet', mostlyUnmet: 'idea/criteria-mostly-unmet' }, ctx.language));
  return out;
});
