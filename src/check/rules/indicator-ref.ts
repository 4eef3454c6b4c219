/** Step 8: an indicator that says which of the guide's indicators it measures (`ref`) belongs to that one's class. */
import { REPORT_INDICATORS } from '../../guide/monitoring.js';
import { pointer } from '../../plan/findings.js';
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const INDICATOR_REF_RULES = defineRules({
  'monitoring/ref-class-mismatch': 'error',
});

type IndicatorRefFinding = FindingOf<typeof INDICATOR_REF_RULES>;

export const indicatorRefRules = ruleFamily(INDICATOR_REF_RULES, (ctx) => {
  const out: IndicatorRefFinding[] = [];
  (ctx.plan.monitoring?.indicators ?? []).forEach((ind, i) => {
    const target = ind.ref ? REPORT_INDICATORS.find((r) => r.id === ind.ref) : undefined;
    if (target && target.class !== ind.class) {
      out.push({ ruleId: 'monitoring/ref-class-mismatch', pointer: pointer('monitoring', 'indicators', i, 'class'), params: { indicator: ind.id, class: ind.class, ref: target.id, refClass: target.class } });
    }
  });
  return out;
});
