/** Organisation type is a catalog choice; "lainnya" (other) needs the type written out. */
import { pointer } from '../../plan/findings.js';
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const ORGANISATION_TYPE_RULES = defineRules({
  'partners/organisation-type-other': 'warning',
});

type OrganisationTypeFinding = FindingOf<typeof ORGANISATION_TYPE_RULES>;

export const organisationTypeRules = ruleFamily(ORGANISATION_TYPE_RULES, (ctx) => {
  const out: OrganisationTypeFinding[] = [];
  (ctx.plan.partners ?? []).forEach((p, i) => {
    if (p.organisationType === 'lainnya' && !p.organisationTypeOther?.trim()) {
      out.push({ ruleId: 'partners/organisation-type-other', pointer: pointer('partners', i, 'organisationType'), params: { partner: p.id } });
    }
  });
  return out;
});
