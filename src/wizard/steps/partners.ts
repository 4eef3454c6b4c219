/**
 * Step 2: potential partners, one by one — name, id, sector (each shown with its potentials), the potentials it
 * brings, organisation type, contact, status and the 13 partner criteria. It starts by asking which roles the
 * idea needs and names the sectors whose potentials suggest them, and ends by naming needs still uncovered.
 */
import { PARTNER_CRITERIA } from '../../guide/criteria.js';
import { ROLES } from '../../guide/roles.js';
import { SECTORS, type SectorId } from '../../guide/sectors.js';
import { guessSector } from '../../guide/sector-names.js';
import { ORGANISATION_TYPES, PARTNER_STATUSES, IDENTIFICATION_METHODS, INITIATOR_NOTE } from '../../guide/programs.js';
import { rolesForPotentials, sectorsForRole } from '../../guide/roles.js';
import type { Partner } from '../../plan/types.js';
import { compact } from '../build.js';
import { slugify, uniqueId } from '../validate.js';
import { asRec, child, type Rec, type Scope, type Session } from '../session.js';
import { askCriteria, catalogChoices, notAfter, rootScope, stepIntro, type StepResult, type WizardState } from './common.js';

/** The organisation type a sector's partners most often have, offered first. */
const TYPE_FOR_SECTOR: Record<SectorId, string> = {
  pemerintah: 'dinas', akademisi: 'perguruan-tinggi', cso: 'lsm', masyarakat: 'kelompok-masyarakat', swasta: 'perusahaan', internasional: 'organisasi-internasional',
};

/** The potentials a partner brings, or its whole sector's when none are listed. */
export function partnerPotentials(p: Pick<Partner, 'sector' | 'potentials'>): string[] {
  if (p.potentials?.length) return [...p.potentials];
  return SECTORS.find((x) => x.id === p.sector)?.potentials.map((x) => x.id) ?? [];
}

/** Needed roles that no listed partner's potentials suggest yet. */
export function uncoveredRoles(needed: readonly string[], partners: readonly Pick<Partner, 'sector' | 'potentials'>[]): string[] {
  const covered = new Set(partners.flatMap((p) => rolesForPotentials(partnerPotentials(p))));
  return needed.filter((r) => !covered.has(r));
}

function sectorLabels(s: Session, ids: readonly string[]): string {
  return ids.map((id) => SECTORS.find((x) => x.id === id)?.label[s.lang] ?? id).join(', ');
}

/**
 * Something computed over a list that only grows (the entries so far), updated with the new entries only; a list
 * that shrank or starts differently is computed afresh.
 */
function growing<T, S>(init: () => S, add: (state: S, item: T) => void): (items: readonly T[]) => S {
  let state = init();
  let seen = 0;
  let first: T | undefined;
  return (items) => {
    if (items.length < seen || (seen > 0 && items[0] !== first)) {
      state = init();
      seen = 0;
    }
    for (; seen < items.length; seen++) add(state, items[seen]!);
    first = items[0];
    return state;
  };
}

export async function partnerItem(s: Session, sc: Scope, done: readonly Partner[], suggestedSector?: string, takenIds?: ReadonlySet<string>): Promise<Partner | undefined> {
  const name = await s.text(sc, 'name', { message: 'wizard.q.partnerName', required: true });
  if (name === undefined) return undefined;
  const taken = takenIds ?? new Set(done.map((p) => p.id));
  const id = await s.text(sc, 'id', {
    message: 'wizard.q.partnerId', kind: 'id', required: true, always: true,
    default: uniqueId(slugify(String(name)), taken),
    check: (v) => (taken.has(String(v)) ? 'wizard.invalid.duplicateId' : undefined),
  });
  // The name usually says the sector ("Puskesmas ...", "PT ...", "Yayasan ..."): offered first, the person decides.
  const guessed = guessSector(String(name)) ?? suggestedSector;
  const sector = await s.choice(sc, 'sector', {
    message: 'wizard.q.sector', required: true,
    choices: SECTORS.map((x) => ({ value: x.id, name: x.label[s.lang], description: `${s.m('wizard.partners.potentials')}: ${x.potentials.map((p) => p.label[s.lang]).join('; ')}` })),
    ...(guessed ? { default: guessed } : {}),
  });
  const sectorItem = SECTORS.find((x) => x.id === sector);
  const potentials = sectorItem
    ? await s.multi(sc, 'potentials', { message: 'wizard.q.potentials', params: { sector: sectorItem.label[s.lang] }, choices: catalogChoices(sectorItem.potentials, s) })
    : [];
  const organisationType = await s.choice(sc, 'organisationType', {
    message: 'wizard.q.organisationType', choices: catalogChoices(ORGANISATION_TYPES, s),
    ...(sectorItem ? { default: TYPE_FOR_SECTOR[sectorItem.id] } : {}),
  });
  // "Lainnya" (other) is only useful with the type written out; check asks for it too.
  const organisationTypeOther = organisationType === 'lainnya'
    ? await s.text(sc, 'organisationTypeOther', { message: 'wizard.q.organisationTypeOther', required: true })
    : undefined;
  // The agreement names where each party is based ("berkedudukan di ..."), so ask here where partners are entered.
  const address = await s.text(sc, 'address', { message: 'wizard.q.partnerAddress' });
  const contact = child(sc, 'contact');
  const contactName = await s.text(contact, 'name', { message: 'wizard.q.contactName' });
  const contactPosition = await s.text(contact, 'position', { message: 'wizard.q.contactPosition' });
  const phone = await s.text(contact, 'phone', { message: 'wizard.q.phone', kind: 'phone' });
  const email = await s.text(contact, 'email', { message: 'wizard.q.email', kind: 'email' });
  const status = await s.choice(sc, 'status', { message: 'wizard.q.partnerStatus', choices: catalogChoices(PARTNER_STATUSES, s), required: true, default: 'candidate', always: true });
  // check follows each partner's status through the plan by its date (who may carry, fund or sign what, when).
  const statusDates = child(sc, 'statusDates');
  const statusDate = status !== undefined && status !== 'candidate'
    ? await s.text(statusDates, String(status), { message: 'wizard.q.statusDate', params: { status: PARTNER_STATUSES.find((x) => x.id === status)?.label[s.lang] ?? String(status) }, kind: 'date', check: notAfter(s.today) })
    : undefined;
  const identifiedBy = await s.multi(sc, 'identifiedBy', { message: 'wizard.q.identifiedBy', choices: catalogChoices(IDENTIFICATION_METHODS, s) });
  const criteria = await askCriteria(s, sc, PARTNER_CRITERIA, 'wizard.partners.criteria');
  const current = sc.current ?? {};
  return compact({
    ...current, ...sc.answers,
    id, name, sector, organisationType, organisationTypeOther, address,
    contact: { ...asRec(current.contact), name: contactName, position: contactPosition, phone, email },
    potentials, criteria, status, identifiedBy,
    statusDates: { ...asRec(current.statusDates), ...(statusDate !== undefined ? { [String(status)]: statusDate } : {}) },
  }) as unknown as Partner;
}

export async function partnersStep(s: Session, state: WizardState): Promise<StepResult> {
  stepIntro(s, 'partners', [
    `${s.m('wizard.partners.how')}: ${IDENTIFICATION_METHODS.map((m) => m.label[s.lang]).join(', ')}. ${INITIATOR_NOTE.label[s.lang]}.`,
  ]);
  const root = rootScope(s, state);
  const plan = state.plan;

  // What the idea needs: roles, and the sectors whose potentials offer them (kept for step 3).
  let needed = state.neededRoles ?? plan.goals?.requiredRoles ?? [];
  if (s.interactive) {
    needed = await s.multi({ path: 'partners', answers: undefined, current: { needs: needed } }, 'needs', {
      message: 'wizard.partners.needs',
      choices: ROLES.map((r) => ({ value: r.id, name: r.label[s.lang], ...(r.description ? { description: r.description[s.lang] } : {}) })),
    });
    for (const r of needed) {
      const role = ROLES.find((x) => x.id === r)!;
      s.say(s.m('wizard.partners.suggestSectors', { role: role.label[s.lang], sectors: sectorLabels(s, sectorsForRole(r)) }));
    }
    state.neededRoles = needed;
  }
  // Updated with each new entry only: recomputed over all entries for each new one, 8,000 partners were quadratic.
  const covered = growing(() => new Set<string>(), (set, p: Partner) => { for (const r of rolesForPotentials(partnerPotentials(p))) set.add(r); });
  const firstSuggestion = (done: readonly Partner[]) => {
    const roles = covered(done);
    const gap = needed.find((r) => !roles.has(r));
    return gap ? sectorsForRole(gap)[0] : undefined;
  };
  const takenIds = growing(() => new Set<string>(), (set, p: Partner) => set.add(p.id));

  // The initiator usually is a party itself: offer it as the first partner, named already.
  const before: Partner[] = [];
  let initiatorPartner: string | undefined;
  const initiatorName = plan.initiator?.name;
  if (s.interactive && initiatorName && !plan.initiator?.partner && !(plan.partners ?? []).length && !Array.isArray(s.answers.partners)) {
    if (await s.confirm('partners.initiator', 'wizard.partners.addInitiator', { name: initiatorName }, true)) {
      const draft: Rec = { name: initiatorName, sector: 'pemerintah', status: 'committed' };
      const made = await partnerItem(s, { path: 'partners[0]', answers: undefined, current: draft }, []);
      if (made) {
        before.push(made);
        initiatorPartner = made.id;
      }
    }
  }
  const withInitiator = (partners: readonly Partner[]): StepResult => ({
    partners, ...(initiatorPartner ? { initiator: { ...plan.initiator, partner: initiatorPartner } } : {}),
  });
  if (before.length > 0) await s.onProgress?.(withInitiator(before));
  const listed = await s.list<Partner>(root, 'partners', {
    add: 'wizard.partners.add', label: (p) => `${String(p.name ?? p.id)} (${String(p.sector ?? '')})`, addFirst: before.length === 0, countFrom: before.length,
    partial: (items) => withInitiator([...before, ...items]),
  }, (sc, done) => {
    const all = before.length ? [...before, ...done] : done;
    return partnerItem(s, { ...sc, path: sc.path.replace(/\[(\d+)\]$/, (_, n: string) => `[${Number(n) + before.length}]`) }, all, firstSuggestion(all), takenIds(all));
  });
  const partners = [...before, ...listed];

  const gaps = uncoveredRoles(needed, partners);
  for (const r of gaps) {
    const role = ROLES.find((x) => x.id === r)!;
    s.say(s.m('wizard.partners.uncovered', { role: role.label[s.lang], sectors: sectorLabels(s, sectorsForRole(r)) }));
  }
  return withInitiator(partners);
}
