/**
 * The signed agreement as a legal text and as the frame of the work plan (issue 12): each signatory's authority
 * and for whom they act, NIP rather than NIK, the Keputusan's number and signatory (sk-* forms name no signatory
 * per member), responsible partners and funders who are not parties, and commitments versus the budget.
 */
import { pointer } from '../../plan/findings.js';
import type { AgreementParty } from '../../plan/types.js';
import { formatRupiah } from '../../locale/format.js';
import { GOVERNMENT_UNIT, PERSONAL_DATA_PROGRAMS } from '../../guide/agreement.js';
import { ruleFamily, type RuleContext } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const AGREEMENT_FORM_RULES = defineRules({
  'agreement/no-authority': 'warning',
  'agreement/acts-for-unit': 'warning',
  'agreement/id-number-not-nip': 'warning',
  'agreement/decree-incomplete': 'warning',
  'workplan/responsible-not-party': 'warning',
  'workplan/funder-not-party': 'warning',
  'agreement/commitment-unbudgeted': 'warning',
  'workplan/budget-uncommitted': 'warning',
  'workplan/budget-over-commitment': 'warning',
  'workplan/cost-items-mismatch': 'warning',
  'agreement/personal-data-undeclared': 'info',
});

type AgreementFormFinding = FindingOf<typeof AGREEMENT_FORM_RULES>;


function partyRules(ctx: RuleContext, parties: readonly AgreementParty[], base: string[], isDecree: boolean): AgreementFormFinding[] {
  const out: AgreementFormFinding[] = [];
  parties.forEach((party, i) => {
    const signatory = party.signatory;
    if (!signatory) return;
    const at = [...base, i, 'signatory'];
    const partner = ctx.partnerById.get(party.partner);
    if (!isDecree && !signatory.authority) out.push({ ruleId: 'agreement/no-authority', pointer: pointer(...at), at: 'key', params: { partner: party.partner } });
    if (!isDecree && !signatory.actsFor && partner && partner.sector === 'pemerintah' && GOVERNMENT_UNIT.test(partner.name.trim())) {
      out.push({ ruleId: 'agreement/acts-for-unit', pointer: pointer(...at), at: 'key', params: { partner: party.partner, region: ctx.plan.region?.regency ?? 'Kabupaten/Kota ...' } });
    }
    if (signatory.idNumber !== undefined && !/^\d{18}$/.test(signatory.idNumber.replace(/\s+/g, ''))) {
      out.push({ ruleId: 'agreement/id-number-not-nip', pointer: pointer(...at, 'idNumber'), params: { partner: party.partner } });
    }
  });
  return out;
}

export const agreementFormRules = ruleFamily(AGREEMENT_FORM_RULES, (ctx) => {
  if (!ctx.counts('agreement')) return [];
  const a = ctx.plan.agreement ?? {};
  const out: AgreementFormFinding[] = [];
  const isDecree = a.form?.startsWith('sk-') ?? false;
  out.push(...partyRules(ctx, a.parties ?? [], ['agreement', 'parties'], isDecree));
  out.push(...partyRules(ctx, a.pks?.parties ?? [], ['agreement', 'pks', 'parties'], false));

  if (isDecree) {
    const missing = [!a.decree?.number && 'decree.number', !a.decree?.signatory?.name && 'decree.signatory.name'].filter(Boolean) as string[];
    if (missing.length > 0) out.push({ ruleId: 'agreement/decree-incomplete', pointer: a.decree ? '/agreement/decree' : '/agreement/form', at: 'key', params: { form: a.form!, missing: missing.join(', ') } });
  }
  if (a.personalData === undefined && PERSONAL_DATA_PROGRAMS.test(ctx.plan.program ?? '') && ctx.plan.agreement) {
    out.push({ ruleId: 'agreement/personal-data-undeclared', pointer: '/agreement', at: 'key' });
  }

  // The work plan is the agreement's annex: who carries and who pays should be parties.
  const partyIds = new Set((a.parties ?? []).map((p) => p.partner));
  const activities = ctx.plan.workplan?.activities ?? [];
  if (partyIds.size > 0) {
    activities.forEach((act, i) => {
      if (act.responsible && ctx.partnerIds.has(act.responsible) && !partyIds.has(act.responsible)) {
        out.push({ ruleId: 'workplan/responsible-not-party', pointer: pointer('workplan', 'activities', i, 'responsible'), params: { activity: act.id, partner: act.responsible } });
      }
      const funder = act.budget?.fundedBy;
      if (funder && ctx.partnerIds.has(funder) && !partyIds.has(funder)) {
        out.push({ ruleId: 'workplan/funder-not-party', pointer: pointer('workplan', 'activities', i, 'budget', 'fundedBy'), params: { activity: act.id, partner: funder } });
      }
    });
  }

  // Cost breakdowns add up to the amount they explain.
  activities.forEach((act, i) => {
    const items = act.budget?.items;
    if (!items?.length) return;
    const sum = items.reduce((s, it) => s + it.volume * it.unitPriceIdr, 0);
    if (Math.round(sum) !== act.budget!.amountIdr) {
      out.push({ ruleId: 'workplan/cost-items-mismatch', pointer: pointer('workplan', 'activities', i, 'budget', 'items'), at: 'key', params: { activity: act.id, items: formatRupiah(sum, ctx.language), amount: formatRupiah(act.budget!.amountIdr, ctx.language) } });
    }
  });

  // Commitments against the budget, per party: money promised and never budgeted, budget nobody promised.
  if (partyIds.size > 0 && activities.length > 0) {
    const budgeted = new Map<string, { amount: number; first: number }>();
    activities.forEach((act, i) => {
      const f = act.budget?.fundedBy;
      if (!f || !partyIds.has(f)) return;
      const cur = budgeted.get(f);
      budgeted.set(f, { amount: (cur?.amount ?? 0) + act.budget!.amountIdr, first: cur?.first ?? i });
    });
    const roles = ctx.plan.goals?.partnerRoles ?? [];
    for (const id of partyIds) {
      const r = roles.findIndex((x) => x.partner === id);
      const contributions = roles[r]?.contributions ?? [];
      const committed = contributions.reduce((s, c) => s + (c.amountIdr ?? 0), 0);
      const spent = budgeted.get(id);
      contributions.forEach((c, j) => {
        if (c.type === 'dana' && (c.amountIdr ?? 0) > 0 && !spent) {
          out.push({ ruleId: 'agreement/commitment-unbudgeted', pointer: pointer('goals', 'partnerRoles', r, 'contributions', j), params: { partner: id, partnerId: id, contribution: c.id, amount: formatRupiah(c.amountIdr!, ctx.language) } });
        }
      });
      if (spent && committed === 0) {
        out.push({ ruleId: 'workplan/budget-uncommitted', pointer: pointer('workplan', 'activities', spent.first, 'budget', 'fundedBy'), params: { partner: id, amount: formatRupiah(spent.amount, ctx.language) } });
      } else if (spent && spent.amount > committed) {
        out.push({ ruleId: 'workplan/budget-over-commitment', pointer: pointer('workplan', 'activities', spent.first, 'budget', 'fundedBy'), params: { partner: id, budgeted: formatRupiah(spent.amount, ctx.language), committed: formatRupiah(committed, ctx.language) } });
      }
    }
  }
  return out;
});
