import type { RawFinding } from '../../plan/findings.js';
import { pointer } from '../../plan/findings.js';
import type { RuleContext } from './context.js';
import { dateOrder } from './plan.js';

export function agreementRules(ctx: RuleContext): RawFinding[] {
  if (!ctx.counts('agreement')) return [];
  const a = ctx.plan.agreement ?? {};
  const parties = a.parties ?? [];
  const out: RawFinding[] = [];
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
  out.push(...dateOrder(
    { label: 'agreement.period.start', date: a.period?.start, at: ['agreement', 'period', 'start'] },
    { label: 'agreement.period.end', date: a.period?.end, at: ['agreement', 'period', 'end'] },
  ));
  return out;
}
