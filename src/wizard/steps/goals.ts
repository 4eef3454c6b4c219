/**
 * Step 3: the general goal, the specific goals, and for each partner its roles (the 12, with those its
 * potentials suggest ticked and marked), its contributions and the benefit it gets in return.
 */
import { ROLES } from '../../guide/roles.js';
import { SECTORS } from '../../guide/sectors.js';
import { CONTRIBUTION_TYPES } from '../../guide/programs.js';
import { GOAL_PARTS } from '../../guide/programs.js';
import { rolesForPotentials } from '../../guide/roles.js';
import type { Contribution, Partner, PartnerRoles, SpecificGoal } from '../../plan/types.js';
import { compact } from '../build.js';
import { uniqueId } from '../validate.js';
import { asList, asRec, child, type Scope, type Session, type Rec } from '../session.js';
import { catalogChoices, rootScope, stepIntro, type StepResult, type WizardState } from './common.js';
import { partnerPotentials } from './partners.js';

function roleChoices(s: Session, suggested: readonly string[] = []) {
  return ROLES.map((r) => ({
    value: r.id,
    name: suggested.includes(r.id) ? `${r.label[s.lang]} ${s.m('wizard.goals.suggested')}` : r.label[s.lang],
    ...(r.description ? { description: r.description[s.lang] } : {}),
  }));
}

async function contributionItem(s: Session, sc: Scope, partner: string, taken: Set<string>): Promise<Contribution | undefined> {
  const type = await s.choice(sc, 'type', { message: 'wizard.q.contributionType', choices: catalogChoices(CONTRIBUTION_TYPES, s), required: true });
  const description = await s.text(sc, 'description', { message: 'wizard.q.contributionDescription', required: true });
  const amountIdr = await s.text(sc, 'amountIdr', { message: type === 'dana' ? 'wizard.q.amountMoney' : 'wizard.q.amountValue', kind: 'rupiah', required: type === 'dana' });
  const quantity = type === 'dana' ? undefined : await s.text(sc, 'quantity', { message: 'wizard.q.quantity', kind: 'number' });
  const unit = quantity === undefined ? undefined : await s.text(sc, 'unit', { message: 'wizard.q.unit' });
  const currentId = typeof sc.current?.id === 'string' ? sc.current.id : undefined;
  if (currentId) taken.delete(currentId);
  const id = await s.text(sc, 'id', {
    message: 'wizard.q.contributionId', kind: 'id', required: true, always: true,
    default: uniqueId(`${partner}-${type ?? 'lainnya'}`, taken),
    check: (v) => (taken.has(String(v)) ? 'wizard.invalid.duplicateId' : undefined),
  });
  if (id !== undefined) taken.add(String(id));
  return compact({ ...sc.current, id, type, description, amountIdr, quantity, unit }) as Contribution | undefined;
}

export async function goalsStep(s: Session, state: WizardState): Promise<StepResult> {
  stepIntro(s, 'goals', GOAL_PARTS.map((g, i) => `${i + 1}. ${g.label[s.lang]}`));
  const sc = child(rootScope(s, state), 'goals');
  const general = await s.text(sc, 'general', { message: 'wizard.q.generalGoal', required: true });
  const specific = await s.list<SpecificGoal>(sc, 'specific', { add: 'wizard.goals.addSpecific', label: (g) => String(g.text ?? g.id) }, async (gs, done) => {
    const text = await s.text(gs, 'text', { message: 'wizard.q.specificGoal', params: { n: done.length + 1 }, required: true });
    if (text === undefined) return undefined;
    const taken = new Set(done.map((g) => g.id));
    const id = await s.text(gs, 'id', {
      message: 'wizard.q.goalId', kind: 'id', required: true, always: true, default: uniqueId(`t${done.length + 1}`, taken),
      check: (v) => (taken.has(String(v)) ? 'wizard.invalid.duplicateId' : undefined),
    });
    const roles = await s.multi(gs, 'roles', { message: 'wizard.q.goalRoles', choices: roleChoices(s) });
    return compact({ ...gs.current, id, text, roles }) as SpecificGoal | undefined;
  });
  const requiredRoles = await s.multi(sc, 'requiredRoles', { message: 'wizard.q.requiredRoles', choices: roleChoices(s), preselected: state.neededRoles ?? [] });

  const partners: Partner[] = (state.plan.partners ?? []).filter((p) => p.status !== 'withdrawn');
  const answeredEntries = asList(sc.answers?.partnerRoles).map(asRec);
  // Looked up by partner id (the first entry of each wins, as a search would find it): searching the lists once
  // per partner made an answers file with 8,000 partners quadratic.
  const partnerIds = new Set(partners.map((p) => p.id));
  const known = knownList(partners.map((p) => p.id));
  for (const [i, e] of answeredEntries.entries()) {
    if (!e || !partnerIds.has(e.partner as string)) {
      s.problems.push(`goals.partnerRoles[${i}].partner: ${s.m('wizard.invalid.unknownPartner', { partner: String(e?.partner ?? ''), known })}`);
    }
  }
  const currentEntries = asList(sc.current?.partnerRoles).map(asRec);
  const answeredFor = firstByPartner(answeredEntries);
  const currentFor = firstByPartner(currentEntries);
  const taken = new Set<string>();
  for (const e of [...answeredEntries, ...currentEntries]) for (const c of asList(e?.contributions)) { const id = asRec(c)?.id; if (typeof id === 'string') taken.add(id); }
  const partnerRoles: PartnerRoles[] = [];
  if (partners.length === 0) s.say(s.m('wizard.goals.noPartners'));
  for (const [i, p] of partners.entries()) {
    const answers = answeredFor.get(p.id);
    const current = currentFor.get(p.id);
    if (!s.interactive && !answers) {
      if (current) partnerRoles.push(current as unknown as PartnerRoles);
      continue;
    }
    const ps: Scope = { path: `goals.partnerRoles[${i}]`, answers, current };
    const sector = SECTORS.find((x) => x.id === p.sector);
    s.say('');
    s.say(s.m('wizard.goals.partnerHeading', { name: p.name, sector: sector?.label[s.lang] ?? p.sector }));
    const suggested = rolesForPotentials(partnerPotentials(p));
    const roles = await s.multi(ps, 'roles', { message: 'wizard.q.partnerRoles', params: { name: p.name }, choices: roleChoices(s, suggested), preselected: suggested });
    const contributions = await s.list<Contribution>(ps, 'contributions', {
      add: 'wizard.goals.addContribution', addParams: { name: p.name }, label: (c) => String(c.description ?? c.id),
    }, (cs) => contributionItem(s, cs, p.id, taken));
    const benefit = await s.text(ps, 'benefit', { message: 'wizard.q.benefit', params: { name: p.name } });
    const entry = compact({ ...current, partner: p.id, roles, contributions, benefit }) as PartnerRoles | undefined;
    if (entry && (roles.length > 0 || contributions.length > 0)) partnerRoles.push({ ...entry, roles });
  }
  return { goals: compact({ ...state.plan.goals, general, specific, requiredRoles, partnerRoles }) ?? {} };
}

function firstByPartner(entries: readonly (Rec | undefined)[]): Map<unknown, Rec> {
  const out = new Map<unknown, Rec>();
  for (const e of entries) if (e && !out.has(e.partner)) out.set(e.partner, e);
  return out;
}

/** The known ids named in a message: a few, not thousands (each message would repeat them all). */
function knownList(ids: readonly string[]): string {
  return ids.length > 20 ? `${ids.slice(0, 20).join(', ')}, … (${ids.length})` : ids.join(', ');
}
