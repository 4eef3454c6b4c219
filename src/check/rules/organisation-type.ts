/** Organisation type is a catalog choice; "lainnya" (other) needs the type written out. */
import type { RawFinding } from '../../plan/findings.js';
import { pointer } from '../../plan/findings.js';
import type { RuleContext } from './context.js';

export function organisationTypeRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  (ctx.plan.partners ?? []).forEach((p, i) => {
    if (p.organisationType === 'lainnya' && !p.organisationTypeOther?.trim()) {
      out.push({ ruleId: 'partners/organisation-type-other', pointer: pointer('partners', i, 'organisationType'), params: { partner: p.id } });
    }
  });
  return out;
}
