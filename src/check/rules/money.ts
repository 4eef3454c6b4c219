/**
 * Money and the principle of transparency (keterbukaan, seed 001): what the work plan spends on a partner's
 * account should be backed by what that partner committed, and deliveries should not exceed commitments
 * without saying so. A commitment's Rupiah is its `amountIdr`, money or the value of an in-kind contribution
 * (how the plan file defines it); this reading is the tool's.
 */
import { formatRupiah, formatPercent } from '../../locale/format.js';
import { pointer } from '../../plan/findings.js';
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const MONEY_RULES = defineRules({
  'workplan/budget-funder-no-money': 'warning',
  'workplan/budget-above-commitment': 'warning',
  'implementation/delivery-above-commitment': 'warning',
});

type MoneyFinding = FindingOf<typeof MONEY_RULES>;

export const moneyRules = ruleFamily(MONEY_RULES, (ctx) => {
  const out: MoneyFinding[] = [];
  const lang = ctx.language;
  const entries = ctx.plan.goals?.partnerRoles ?? [];
  const committed = new Map<string, { idr: number; at: string }>();
  entries.forEach((e, i) => {
    const idr = (e.contributions ?? []).reduce((n, c) => n + (c.amountIdr ?? 0), 0);
    const prev = committed.get(e.partner);
    committed.set(e.partner, { idr: (prev?.idr ?? 0) + idr, at: prev?.at ?? pointer('goals', 'partnerRoles', i) });
  });

  // Budgets by funder, in plan order, so the finding sits where the funder's total first passes its commitment.
  // Funders who are parties to the agreement are judged against their commitments by agreement-form.ts
  // (workplan/budget-uncommitted, workplan/budget-over-commitment); here the others, and every funder while
  // there are no parties yet.
  const parties = new Set((ctx.plan.agreement?.parties ?? []).map((p) => p.partner));
  const spent = new Map<string, number>();
  (ctx.plan.workplan?.activities ?? []).forEach((a, i) => {
    const funder = a.budget?.fundedBy;
    if (!funder || !ctx.partnerIds.has(funder) || !a.budget!.amountIdr || parties.has(funder)) return;
    const before = spent.get(funder) ?? 0;
    const after = before + a.budget!.amountIdr;
    spent.set(funder, after);
    const c = committed.get(funder);
    const at = pointer('workplan', 'activities', i, 'budget', 'fundedBy');
    if (!c || c.idr === 0) {
      out.push({ ruleId: 'workplan/budget-funder-no-money', pointer: at, params: { partner: funder, activity: a.id, amount: formatRupiah(a.budget!.amountIdr, lang) }, ...(c ? { places: { commitPlace: c.at } } : {}) });
    } else if (before <= c.idr && after > c.idr) {
      out.push({ ruleId: 'workplan/budget-above-commitment', pointer: at, params: { partner: funder, activity: a.id, budget: formatRupiah(after, lang), committed: formatRupiah(c.idr, lang) }, places: { commitPlace: c.at } });
    }
  });

  // Deliveries against each committed contribution: Rupiah, else quantity.
  const contributions = new Map(entries.flatMap((e, i) => (e.contributions ?? []).map((c, j) => [c.id, { c, at: pointer('goals', 'partnerRoles', i, 'contributions', j) }] as const)));
  const delivered = new Map<string, { idr: number; qty: number }>();
  (ctx.plan.implementation?.deliveries ?? []).forEach((d, i) => {
    const target = d.contribution ? contributions.get(d.contribution) : undefined;
    if (!target) return;
    const sum = delivered.get(d.contribution!) ?? { idr: 0, qty: 0 };
    const before = { ...sum };
    sum.idr += d.amountIdr ?? 0;
    sum.qty += d.quantity ?? 0;
    delivered.set(d.contribution!, sum);
    const { c } = target;
    const over = c.amountIdr ? before.idr <= c.amountIdr && sum.idr > c.amountIdr && { done: formatRupiah(sum.idr, lang), of: formatRupiah(c.amountIdr, lang), share: sum.idr / c.amountIdr }
      : c.quantity ? before.qty <= c.quantity && sum.qty > c.quantity && { done: `${sum.qty} ${c.unit ?? ''}`.trim(), of: `${c.quantity} ${c.unit ?? ''}`.trim(), share: sum.qty / c.quantity }
        : false;
    if (over) {
      out.push({
        ruleId: 'implementation/delivery-above-commitment', pointer: pointer('implementation', 'deliveries', i),
        params: { contribution: c.id, partner: d.partner, delivered: over.done, committed: over.of, percent: formatPercent(over.share * 100, lang, 0) },
        places: { commitPlace: target.at },
      });
    }
  });
  return out;
});
