/** Step 8: an indicator that says which of the guide's indicators it measures (`ref`) belongs to that one's class. */
import { REPORT_INDICATORS } from '../../guide/monitoring.js';
import type { RawFinding } from '../../plan/findings.js';
import { pointer } from '../../plan/findings.js';
import type { RuleContext } from './context.js';

export function indicatorRefRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  (ctx.plan.monitoring?.indicators ?? []).forEach((ind, i) => {
    const target = ind.ref ? REPORT_INDICATORS.find((r) => r.id === ind.ref) : undefined;
    if (target && target.class !== ind.class) {
      out.push({ ruleId: 'monitoring/ref-class-mismatch', pointer: pointer('monitoring', 'indicators', i, 'class'), params: { indicator: ind.id, class: ind.class, ref: target.id, refClass: target.class } });
    }
  });
  return out;
}
