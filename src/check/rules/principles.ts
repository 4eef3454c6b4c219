/**
 * The principles and prerequisites of partnership (seed 001) read from the plan where the plan can show them.
 * The guide states principles, not tests: every finding here is the tool's reading, says so, and is an info.
 *  - equity (kesetaraan): one partner responsible for most activities, or holding most of the roles;
 *  - transparency (keterbukaan): a budget that does not name its funding source;
 *  - willingness to sacrifice (kesediaan untuk berkorban): a partner that joined but commits nothing.
 * Mutual benefit is goals/no-benefit.
 */
import { hasJoined } from '../../plan/status.js';
import { pointer } from '../../plan/findings.js';
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const PRINCIPLES_RULES = defineRules({
  'principles/equity-activities': 'info',
  'principles/equity-roles': 'info',
  'principles/partner-commits-nothing': 'info',
  'principles/budget-undisclosed': 'info',
});

type PrincipleFinding = FindingOf<typeof PRINCIPLES_RULES>;

/** At least this many activities or role assignments before "most" means anything. */
const MIN_FOR_SHARE = 4;

export const principleRules = ruleFamily(PRINCIPLES_RULES, (ctx) => {
  const out: PrincipleFinding[] = [];
  const partners = ctx.plan.partners ?? [];
  const joined = new Set(partners.filter((p) => hasJoined(p.status)).map((p) => p.id));
  if (joined.size < 2) return out;

  const activities = ctx.plan.workplan?.activities ?? [];
  const responsible = new Map<string, number>();
  for (const a of activities) if (a.responsible) responsible.set(a.responsible, (responsible.get(a.responsible) ?? 0) + 1);
  for (const [id, n] of responsible) {
    if (activities.length >= MIN_FOR_SHARE && n * 2 > activities.length) {
      out.push({ ruleId: 'principles/equity-activities', pointer: '/workplan/activities', at: 'key', params: { partner: id, count: n, total: activities.length } });
    }
  }
  const entries = ctx.plan.goals?.partnerRoles ?? [];
  const roleCount = entries.reduce((n, e) => n + e.roles.length, 0);
  entries.forEach((e, i) => {
    if (roleCount >= MIN_FOR_SHARE && e.roles.length * 2 > roleCount) {
      out.push({ ruleId: 'principles/equity-roles', pointer: pointer('goals', 'partnerRoles', i, 'roles'), params: { partner: e.partner, count: e.roles.length, total: roleCount } });
    }
    if (joined.has(e.partner) && (e.contributions ?? []).length === 0) {
      out.push({ ruleId: 'principles/partner-commits-nothing', pointer: pointer('goals', 'partnerRoles', i), params: { partner: e.partner } });
    }
  });
  activities.forEach((a, i) => {
    if (!a.budget || a.budget.amountIdr === 0) return;
    // Money from outside the partnership (Dana Desa, a provincial grant) has no funding partner; it still has a source.
    if (!a.budget.source?.trim()) out.push({ ruleId: 'principles/budget-undisclosed', pointer: pointer('workplan', 'activities', i, 'budget'), params: { activity: a.id } });
  });
  return out;
});
