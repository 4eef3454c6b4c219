import { PARTNER_CRITERIA } from '../../guide/criteria.js';
import { SECTORS, SECTOR_IDS } from '../../guide/sectors.js';
import type { PartnerStatus } from '../../plan/types.js';
import { pointer } from '../../plan/findings.js';
import { ruleFamily } from './context.js';
import { criteriaFindings, tallyCriteria } from './criteria.js';
import { hasJoined } from '../../plan/status.js';
import { dateOrder } from './plan.js';
import { defineRules, type FindingOf, type RuleIdOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const PARTNERS_RULES = defineRules({
  'partners/none': 'warning',
  'partners/potential-sector': 'warning',
  'partners/criteria-unassessed': 'info',
  'partners/criterion-unmet': 'warning',
  'partners/status-dates-order': 'error',
  'partners/single-sector': 'info',
  'partners/criteria-mostly-unmet': 'warning',
  'partners/joined-unassessed': 'warning',
});

type PartnerFinding = FindingOf<typeof PARTNERS_RULES>;

const STATUS_ORDER: PartnerStatus[] = ['candidate', 'invited', 'committed', 'signed', 'withdrawn'];

export const partnerRules = ruleFamily(PARTNERS_RULES, (ctx) => {
  if (!ctx.counts('partners')) return [];
  const partners = ctx.plan.partners ?? [];
  const out: PartnerFinding[] = [];
  if (partners.length === 0) {
    out.push({ ruleId: 'partners/none', pointer: ctx.plan.partners ? '/partners' : '', at: 'key' });
    return out;
  }
  partners.forEach((p, i) => {
    (p.potentials ?? []).forEach((pot, j) => {
      if (!pot.startsWith(`${p.sector}.`)) {
        const sector = SECTORS.find((s) => s.id === p.sector)!;
        out.push({ ruleId: 'partners/potential-sector', pointer: pointer('partners', i, 'potentials', j), params: { potential: pot, sector: sector.label[ctx.language], sectorId: p.sector } });
      }
    });
    if (p.status !== 'withdrawn') {
      const rules: Record<'unassessed' | 'unmet' | 'mostlyUnmet', RuleIdOf<typeof PARTNERS_RULES>> = { unassessed: 'partners/criteria-unassessed', unmet: 'partners/criterion-unmet', mostlyUnmet: 'partners/criteria-mostly-unmet' };
      // A partner that joined without any criterion assessed was never weighed against step 2: a warning.
      const tally = tallyCriteria(PARTNER_CRITERIA, p.criteria);
      if (tally.unassessed.length === PARTNER_CRITERIA.length && hasJoined(p.status)) rules.unassessed = 'partners/joined-unassessed';
      for (const f of criteriaFindings(PARTNER_CRITERIA, p.criteria, ['partners', i], rules, ctx.language, { partner: p.id, status: `word.status.${p.status}` }, tally)) out.push(f);
    }
    const dates = p.statusDates;
    if (!dates) return;
    const present = STATUS_ORDER.filter((s) => dates[s]);
    for (let k = 1; k < present.length; k++) {
      const a = present[k - 1]!;
      const b = present[k]!;
      if (dates[b]! >= dates[a]!) continue; // in order: dateOrder's own test, before making its arguments
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
});
