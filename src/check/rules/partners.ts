import type { RuleId } from '../../guide/messages/rules.js';
import { PARTNER_CRITERIA } from '../../guide/criteria.js';
import { SECTORS, SECTOR_IDS } from '../../guide/sectors.js';
import type { PartnerStatus } from '../../plan/types.js';
import type { RawFinding } from '../../plan/findings.js';
import { pointer } from '../../plan/findings.js';
import type { RuleContext } from './context.js';
import { criteriaFindings, tallyCriteria } from './criteria.js';
import { hasJoined } from '../../plan/status.js';
import { dateOrder } from './plan.js';

const STATUS_ORDER: PartnerStatus[] = ['candidate', 'invited', 'committed', 'signed', 'withdrawn'];

export function partnerRules(ctx: RuleContext): RawFinding[] {
  if (!ctx.counts('partners')) return [];
  const partners = ctx.plan.partners ?? [];
  const out: RawFinding[] = [];
  if (partners.length === 0) {
    out.push({ ruleId: 'partners/none', pointer: ctx.plan.partners ? '/partners' : '', at: 'key' });
    return out;
  }
  partners.forEach((p, i) => {
    const sector = SECTORS.find((s) => s.id === p.sector)!;
    (p.potentials ?? []).forEach((pot, j) => {
      if (!pot.startsWith(`${p.sector}.`)) {
        out.push({ ruleId: 'partners/potential-sector', pointer: pointer('partners', i, 'potentials', j), params: { potential: pot, sector: sector.label[ctx.language], sectorId: p.sector } });
      }
    });
    if (p.status !== 'withdrawn') {
      const rules: Record<'unassessed' | 'unmet' | 'mostlyUnmet', RuleId> = { unassessed: 'partners/criteria-unassessed', unmet: 'partners/criterion-unmet', mostlyUnmet: 'partners/criteria-mostly-unmet' };
      // A partner that joined without any criterion assessed was never weighed against step 2: a warning.
      const noneAssessed = tallyCriteria(PARTNER_CRITERIA, p.criteria).unassessed.length === PARTNER_CRITERIA.length;
      if (noneAssessed && hasJoined(p.status)) rules.unassessed = 'partners/joined-unassessed';
      out.push(...criteriaFindings(PARTNER_CRITERIA, p.criteria, ['partners', i], rules, ctx.language, { partner: p.id, status: `word.status.${p.status}` }));
    }
    const dates = p.statusDates ?? {};
    const present = STATUS_ORDER.filter((s) => dates[s]);
    for (let k = 1; k < present.length; k++) {
      const a = present[k - 1]!;
      const b = present[k]!;
      out.push(...dateOrder(
        { label: a, date: dates[a], at: ['partners', i, 'statusDates', a] },
        { label: b, date: dates[b], at: ['partners', i, 'statusDates', b] },
        'partners/status-dates-order', { partner: p.id },
      ));
    }
  });
  const sectors = new Set(partners.map((p) => p.sector));
  if (partners.length >= 2 && sectors.size === 1) {
    const only = [...sectors][0]!;
    out.push({
      ruleId: 'partners/single-sector', pointer: '/partners', at: 'key',
      params: { sector: only, others: SECTOR_IDS.filter((s) => s !== only).join(', ') },
    });
  }
  return out;
}
