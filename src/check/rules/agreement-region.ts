/**
 * Step 5 as the guide states it: an agreement "antara pihak yang berinisiatif dengan pihak-pihak yang diajak
 * bermitra" (so the initiator is a party), in one of its forms: MoU, Nota Kesepahaman or an SK of the Bupati,
 * Walikota or Camat — the decree of the head of the region the plan is in.
 */
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const AGREEMENT_REGION_RULES = defineRules({
  'agreement/initiator-not-party': 'warning',
  'agreement/sk-region-mismatch': 'error',
  'agreement/sk-camat-no-district': 'warning',
});

type AgreementRegionFinding = FindingOf<typeof AGREEMENT_REGION_RULES>;

type RegionKind = 'kabupaten' | 'kota' | undefined;

/** Kabupaten or kota, read from the regency's name ("Kabupaten Sumedang", "Kab. Gianyar", "Kota Makassar"). */
export function regionKind(regency: string): RegionKind {
  const r = regency.trim().toLowerCase();
  if (/^(kabupaten|kab\.?)\s/.test(r)) return 'kabupaten';
  if (/^kota\s/.test(r)) return 'kota';
  return undefined;
}

export const agreementRegionRules = ruleFamily(AGREEMENT_REGION_RULES, (ctx) => {
  const a = ctx.plan.agreement;
  if (!a || !ctx.counts('agreement')) return [];
  const out: AgreementRegionFinding[] = [];
  const parties = a.parties ?? [];
  const initiator = ctx.plan.initiator;
  if (parties.length > 0 && !parties.some((p) => p.partner === initiator.partner)) {
    out.push({
      ruleId: 'agreement/initiator-not-party', pointer: '/agreement/parties', at: 'key',
      params: { initiator: initiator.name },
      places: { initiatorPlace: initiator.partner ? '/initiator/partner' : '/initiator' },
    });
  }
  const kind = regionKind(ctx.plan.region.regency);
  const expected = kind === 'kota' ? 'sk-walikota' : kind === 'kabupaten' ? 'sk-bupati' : undefined;
  if ((a.form === 'sk-bupati' || a.form === 'sk-walikota') && expected && a.form !== expected) {
    out.push({ ruleId: 'agreement/sk-region-mismatch', pointer: '/agreement/form', params: { form: a.form, regency: ctx.plan.region.regency, expected }, places: { regionPlace: '/region/regency' } });
  }
  if (a.form === 'sk-camat' && !ctx.plan.region.district?.trim()) {
    out.push({ ruleId: 'agreement/sk-camat-no-district', pointer: '/agreement/form', places: { regionPlace: '/region' } });
  }
  return out;
});
