import { pointer } from '../../plan/findings.js';
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const AGREEMENT_RULES = defineRules({
  'agreement/incomplete': 'warning',
  'agreement/party-not-partner': 'error',
  'agreement/signed-partner-not-party': 'warning',
  'agreement/too-few-parties': 'warning',
  'agreement/party-no-address': 'warning',
  'agreement/no-signatory': 'warning',
});

type AgreementFinding = FindingOf<typeof AGREEMENT_RULES>;

export const agreementRules = ruleFamily(AGREEMENT_RULES, (ctx) => {
  if (!ctx.counts('agreement')) return [];
  const a = ctx.plan.agreement ?? {};
  const parties = a.parties ?? [];
  const out: AgreementFinding[] = [];
  const missing = [
    !a.form && 'form',
    !a.subject && 'subject',
    !parties.length && 'parties',
    !(a.period?.start && a.period?.end) && 'period',
  ].filter(Boolean) as string[];
  if (missing.length) out.push({ ruleId: 'agreement/incomplete', pointer: ctx.plan.agreement ? '/agreement' : '', at: 'key', params: { missing: missing.join(', ') } });
  if (parties.length === 1) out.push({ ruleId: 'agreement/too-few-parties', pointer: '/agreement/parties', at: 'key', params: { count: 1 } });

  const known = [...ctx.partnerIds].join(', ');
  parties.forEach((party, i) => {
    const partner = ctx.partnerById.get(party.partner);
    if (!partner) out.push({ ruleId: 'agreement/party-not-partner', pointer: pointer('agreement', 'parties', i, 'partner'), params: { partner: party.partner, known } });
    // A withdrawn or not-yet-joined party: see partner-status.ts.
    if (partner && !partner.address) {
      const index = (ctx.plan.partners ?? []).indexOf(partner);
      out.push({ ruleId: 'agreement/party-no-address', pointer: pointer('partners', index), params: { partner: party.partner } });
    }
    // A Keputusan is signed by the head alone (agreement.decree): its members sign nothing.
    if (!party.signatory && !a.form?.startsWith('sk-')) out.push({ ruleId: 'agreement/no-signatory', pointer: pointer('agreement', 'parties', i), params: { partner: party.partner } });
  });
  const partyIds = new Set(parties.map((p) => p.partner));
  if (parties.length > 0) {
    (ctx.plan.partners ?? []).forEach((p, i) => {
      if (p.status === 'signed' && !partyIds.has(p.id)) {
        out.push({ ruleId: 'agreement/signed-partner-not-party', pointer: pointer('partners', i, 'status'), params: { partner: p.id } });
      }
    });
  }
  // The period's two dates in order: plan.ts, with every pair of dates.
  return out;
});
