/**
 * The partnership types (seed 004) and pillars (seed 001) a plan shows, derived from its partners' sectors and
 * organisation types. This is the tool's reading — the texts name the types and pillars but give no test — and
 * the readiness summary says so. Withdrawn partners do not count.
 */
import type { Plan } from '../plan/types.js';
import type { RuleId } from '../guide/messages/rules.js';
import { hasJoined } from '../plan/status.js';

export interface PlanReading {
  /** partnership-type ids */
  types: string[];
  /** pillar ids */
  pillars: string[];
  /**
   * The three principles (seed 001): whether the plan shows a concern about each (rule ids of the findings), and
   * whether it holds what those rules read at all (`shown`): a plan without two joined partners, roles or
   * budgets shows no principle yet — "no concern" there is no sign that the principle is kept.
   */
  principles: { principle: string; concerns: string[]; shown: boolean }[];
}

/** The findings that speak to each principle (the tool's reading); an id that is no rule does not compile. */
export const PRINCIPLE_RULES: Record<string, readonly RuleId[]> = {
  kesetaraan: ['principles/equity-activities', 'principles/equity-roles'],
  keterbukaan: ['principles/budget-undisclosed', 'workplan/budget-funder-no-money', 'workplan/budget-above-commitment', 'implementation/delivery-above-commitment'],
  'saling-menguntungkan': ['goals/no-benefit', 'principles/partner-commits-nothing'],
};

/** Organisation types of the health sector itself (for the pillar "within the health sector"). */
const HEALTH_TYPES = new Set(['puskesmas', 'rumah-sakit', 'klinik']);
/** Organisation types the wider pillar names: business, NGOs and mass organisations, professional organisations. */
const WIDER_TYPES = new Set(['perusahaan', 'lsm', 'organisasi-keagamaan', 'organisasi-profesi']);

export function readPlan(plan: Plan, ruleIds: readonly string[] = []): PlanReading {
  const fired = new Set(ruleIds);
  const shown = principlesShown(plan);
  const principles = Object.entries(PRINCIPLE_RULES).map(([principle, rules]) => ({ principle, concerns: rules.filter((r) => fired.has(r)), shown: shown[principle] ?? false }));
  const partners = (plan.partners ?? []).filter((p) => p.status !== 'withdrawn');
  const sectors = new Set(partners.map((p) => p.sector));
  const types: string[] = [];
  if (sectors.has('pemerintah') && sectors.has('swasta')) types.push('pemerintah-swasta');
  if (sectors.size >= 3) types.push('multi-sektor');
  if (sectors.has('masyarakat')) types.push('berbasis-masyarakat');
  if (sectors.has('internasional')) types.push('internasional');
  const pillars: string[] = [];
  if (partners.some((p) => HEALTH_TYPES.has(p.organisationType ?? ''))) pillars.push('lintas-program');
  if (partners.filter((p) => p.sector === 'pemerintah').length >= 2) pillars.push('lintas-sektor');
  if (partners.some((p) => p.sector === 'swasta' || p.sector === 'cso' || WIDER_TYPES.has(p.organisationType ?? ''))) pillars.push('lebih-luas');
  return { types, pillars, principles };
}

/**
 * Whether the plan holds what each principle's rules read (src/check/rules/principles.ts and the rules named in
 * PRINCIPLE_RULES): sharing between at least two joined partners of roles or activities (equity); budgets of
 * activities (transparency); partners' roles with what they give and get (mutual benefit).
 */
function principlesShown(plan: Plan): Record<string, boolean> {
  const partnership = (plan.partners ?? []).filter((p) => hasJoined(p.status)).length >= 2;
  const roles = (plan.goals?.partnerRoles ?? []).length > 0;
  const activities = plan.workplan?.activities ?? [];
  return {
    kesetaraan: partnership && (roles || activities.length > 0),
    keterbukaan: activities.some((a) => a.budget !== undefined),
    'saling-menguntungkan': roles,
  };
}
