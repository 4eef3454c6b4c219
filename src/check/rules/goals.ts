import { ROLES, rolesForPotentials, sectorsForRole } from '../../guide/roles.js';
import { SECTORS } from '../../guide/sectors.js';
import { pointer } from '../../plan/findings.js';
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const GOALS_RULES = defineRules({
  'goals/incomplete': 'warning',
  'goals/partner-without-role': 'warning',
  'goals/no-benefit': 'warning',
  'goals/role-uncovered': 'warning',
  'goals/money-without-amount': 'warning',
});

type GoalFinding = FindingOf<typeof GOALS_RULES>;

export const goalRules = ruleFamily(GOALS_RULES, (ctx) => {
  if (!ctx.counts('goals')) return [];
  const goals = ctx.plan.goals ?? {};
  const entries = goals.partnerRoles ?? [];
  const out: GoalFinding[] = [];
  const missing = [
    !goals.general && 'general',
    !goals.specific?.length && 'specific',
    !entries.length && 'partnerRoles',
  ].filter(Boolean) as string[];
  if (missing.length) out.push({ ruleId: 'goals/incomplete', pointer: ctx.plan.goals ? '/goals' : '', at: 'key', params: { missing: missing.join(', ') } });

  // Unknown partners and repeated ids: references.ts.
  entries.forEach((e, i) => {
    // Mutual benefit holds for every partner in the partnership, with or without roles.
    if (ctx.partnerIds.has(e.partner) && !e.benefit && ctx.partnerById.get(e.partner)?.status !== 'withdrawn') {
      out.push({ ruleId: 'goals/no-benefit', pointer: pointer('goals', 'partnerRoles', i), params: { partner: e.partner } });
    }
    (e.contributions ?? []).forEach((c, j) => {
      if (c.type === 'dana' && c.amountIdr === undefined) {
        out.push({ ruleId: 'goals/money-without-amount', pointer: pointer('goals', 'partnerRoles', i, 'contributions', j), params: { contribution: c.id } });
      }
    });
  });

  const rolesOf = new Map<string, string[]>();
  // Pushed, not copied: copying the list per entry made 25,000 entries of one partner quadratic (69-92 s).
  for (const e of entries) {
    const list = rolesOf.get(e.partner);
    if (list) for (const r of e.roles) list.push(r);
    else rolesOf.set(e.partner, [...e.roles]);
  }
  (ctx.plan.partners ?? []).forEach((p, i) => {
    if (p.status === 'withdrawn' || (rolesOf.get(p.id)?.length ?? 0) > 0) return;
    const suggested = rolesForPotentials(p.potentials ?? SECTORS.find((s) => s.id === p.sector)!.potentials.map((x) => x.id));
    out.push({ ruleId: 'goals/partner-without-role', pointer: pointer('partners', i), params: { partner: p.id, suggested: suggested.slice(0, 3).join(', ') || 'fasilitator' } });
  });

  const active = new Set((ctx.plan.partners ?? []).filter((p) => p.status !== 'withdrawn').map((p) => p.id));
  const covered = new Set(entries.filter((e) => active.has(e.partner)).flatMap((e) => e.roles));
  const reported = new Set<string>();
  // Each needed role in plan order (required roles, then each goal's); the pointer only made for a finding.
  const need = (id: string, at: () => string) => {
    if (covered.has(id) || reported.has(id)) return;
    reported.add(id);
    const role = ROLES.find((r) => r.id === id)!;
    out.push({ ruleId: 'goals/role-uncovered', pointer: at(), params: { role: `${role.id} (${role.label[ctx.language]})`, sectors: sectorsForRole(id).join(', ') } });
  };
  (goals.requiredRoles ?? []).forEach((r, i) => need(r, () => pointer('goals', 'requiredRoles', i)));
  (goals.specific ?? []).forEach((g, i) => (g.roles ?? []).forEach((r, j) => need(r, () => pointer('goals', 'specific', i, 'roles', j))));
  return out;
});
