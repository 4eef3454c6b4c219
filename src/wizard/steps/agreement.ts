/** Step 5: the agreement — its form, subject, parties with their signatories, period and scope. */
import { AGREEMENT_FORMS, GOVERNMENT_UNIT, PERSONAL_DATA_PROGRAMS, regionalGovernment } from '../../guide/agreement.js';
import { PROGRAMS } from '../../guide/programs.js';
import type { AgreementParty } from '../../plan/types.js';
import { compact } from '../build.js';
import { asList, asRec, child, type Scope, type Session } from '../session.js';
import { askTextList, catalogChoices, notAfter, notBefore, rootScope, stepIntro, type StepResult, type WizardState } from './common.js';

/** What partyItem needs beyond the party's own scope: partner names and sectors, the form, the regency. */
interface PartyContext {
  names: ReadonlyMap<string, string>;
  governmentUnits: ReadonlySet<string>;
  /** sk-* forms: the decree is signed by the head of region alone; members state no authority of their own. */
  isDecree: boolean;
  regency: string | undefined;
}

/**
 * The document the signatory's authority rests on (the agreement's komparisi cites it): an appointment decree or
 * a power of attorney, who issued it, its number and date. Skipping the kind skips the rest.
 */
async function authorityOf(s: Session, sig: Scope): Promise<Record<string, unknown> | undefined> {
  const au = child(sig, 'authority');
  const kind = await s.choice(au, 'kind', {
    message: 'wizard.q.authorityKind',
    choices: [{ value: 'sk', name: s.m('wizard.choice.authoritySk') }, { value: 'surat-kuasa', name: s.m('wizard.choice.authorityPoa') }],
  });
  if (kind === undefined) return undefined;
  const issuedBy = await s.text(au, 'issuedBy', { message: 'wizard.q.authorityIssuedBy' });
  const number = await s.text(au, 'number', { message: 'wizard.q.authorityNumber', required: true });
  const date = await s.text(au, 'date', { message: 'wizard.q.authorityDate', kind: 'date', required: true, check: notAfter(s.today) });
  return compact({ ...au.current, kind, issuedBy, number, date });
}

async function partyItem(s: Session, ps: Scope, ctx: PartyContext): Promise<AgreementParty | undefined> {
  const sig = child(ps, 'signatory');
  const partnerId = String(ps.current?.partner ?? ps.answers?.partner ?? '');
  const name = await s.text(sig, 'name', { message: 'wizard.q.signatoryName', params: { partner: ctx.names.get(partnerId) ?? partnerId } });
  const position = name === undefined ? undefined : await s.text(sig, 'position', { message: 'wizard.q.signatoryPosition', required: true });
  const idNumber = name === undefined ? undefined : await s.text(sig, 'idNumber', { message: 'wizard.q.signatoryIdNumber' });
  const signs = name !== undefined && !ctx.isDecree;
  const authority = signs ? await authorityOf(s, sig) : undefined;
  // A Kepala Dinas or Kepala Puskesmas signs for the regional government: offered, never written unasked.
  const actsForDefault = ctx.governmentUnits.has(partnerId) && ctx.regency ? regionalGovernment(ctx.regency) : undefined;
  const actsFor = signs
    ? await s.text(sig, 'actsFor', { message: 'wizard.q.actsFor', ...(actsForDefault ? { default: actsForDefault } : {}) })
    : undefined;
  const documentNumber = await s.text(ps, 'documentNumber', { message: 'wizard.q.documentNumber' });
  const partner = String(ps.answers?.partner ?? ps.current?.partner);
  return compact({ ...ps.current, partner, documentNumber, signatory: { ...asRec(ps.current?.signatory), name, position, idNumber, ...(signs ? { authority, actsFor } : {}) } }) as AgreementParty | undefined;
}

/**
 * Whether health or children's data flows between the parties (adds the Kerahasiaan dan Pelindungan Data Pribadi
 * article, UU 27/2022). Asked as ya/tidak; an answers file may say true/false too. Offered as "ya" for programmes
 * that usually exchange such data.
 */
async function personalDataOf(s: Session, sc: Scope, program: string | undefined): Promise<boolean | undefined> {
  const asWord = (v: unknown) => (v === true ? 'ya' : v === false ? 'tidak' : v);
  const scope: Scope = {
    path: sc.path,
    answers: sc.answers && { ...sc.answers, personalData: asWord(sc.answers.personalData) },
    current: sc.current && { ...sc.current, personalData: asWord(sc.current.personalData) },
  };
  const usual = PERSONAL_DATA_PROGRAMS.test(program ?? '');
  const picked = await s.choice(scope, 'personalData', {
    message: 'wizard.q.personalData',
    choices: [{ value: 'ya', name: s.m('wizard.choice.personalDataYes') }, { value: 'tidak', name: s.m('wizard.choice.personalDataNo') }],
    ...(usual ? { default: 'ya' } : {}),
  });
  return picked === undefined ? undefined : picked === 'ya';
}

export async function agreementStep(s: Session, state: WizardState): Promise<StepResult> {
  stepIntro(s, 'agreement');
  const plan = state.plan;
  const sc = child(rootScope(s, state), 'agreement');
  const form = await s.choice(sc, 'form', { message: 'wizard.q.agreementForm', choices: catalogChoices(AGREEMENT_FORMS, s), required: true, default: 'mou' });
  const program = plan.programName ?? PROGRAMS.find((p) => p.id === plan.program)?.label[s.lang] ?? '';
  const subject = await s.text(sc, 'subject', {
    message: 'wizard.q.agreementSubject', required: true,
    default: s.m('wizard.default.subject', { program, region: plan.region?.regency ?? '' }).trim(),
  });

  const partners = (plan.partners ?? []).filter((p) => p.status !== 'withdrawn');
  const known = new Set(partners.map((p) => p.id));
  const names = new Map(partners.map((p) => [p.id, p.name]));
  const ctx: PartyContext = {
    names,
    governmentUnits: new Set(partners.filter((p) => p.sector === 'pemerintah' && GOVERNMENT_UNIT.test(p.name.trim())).map((p) => p.id)),
    isDecree: form?.startsWith('sk-') ?? false,
    regency: plan.region?.regency,
  };
  const currentParties = asList(sc.current?.parties).map(asRec).filter((p) => p !== undefined);
  const answeredParties = asList(sc.answers?.parties);
  const parties: AgreementParty[] = [];
  if (answeredParties.length > 0) {
    for (const [i, a] of answeredParties.entries()) {
      const rec = asRec(a) ?? (typeof a === 'string' ? { partner: a } : undefined);
      if (!rec || typeof rec.partner !== 'string' || !known.has(rec.partner)) {
        s.problems.push(`agreement.parties[${i}].partner: ${s.m('wizard.invalid.unknownPartner', { partner: String(rec?.partner ?? a), known: [...known].join(', ') })}`);
        continue;
      }
      const made = await partyItem(s, { path: `agreement.parties[${i}]`, answers: rec, current: undefined }, ctx);
      if (made) parties.push(made);
    }
  } else if (!s.interactive) {
    for (const p of currentParties as unknown as AgreementParty[]) parties.push(p);
  } else if (partners.length > 0) {
    const preselected = currentParties.length
      ? currentParties.map((p) => String(p.partner))
      : partners.filter((p) => p.status === 'committed' || p.status === 'signed').map((p) => p.id);
    const chosen = await s.multi({ path: 'agreement', answers: undefined, current: { parties: preselected } }, 'parties', {
      message: 'wizard.q.parties', choices: partners.map((p) => ({ value: p.id, name: `${p.name} (${p.id})` })),
    });
    for (const [i, id] of chosen.entries()) {
      const current = currentParties.find((p) => p.partner === id) ?? { partner: id };
      const made = await partyItem(s, { path: `agreement.parties[${i}]`, answers: undefined, current }, ctx);
      if (made) parties.push(made);
    }
  } else {
    s.say(s.m('wizard.agreement.noPartners'));
  }

  const place = await s.text(sc, 'place', { message: 'wizard.q.place', ...(plan.region?.regency ? { default: plan.region.regency.replace(/^(Kabupaten|Kota)\s+/i, '') } : {}) });
  const period = child(sc, 'period');
  const start = await s.text(period, 'start', { message: 'wizard.q.periodStart', kind: 'date', required: true, ...(plan.dates?.start ? { default: plan.dates.start } : {}) });
  const end = await s.text(period, 'end', { message: 'wizard.q.periodEnd', kind: 'date', required: true, check: notBefore(start), ...(plan.dates?.end ? { default: plan.dates.end } : {}) });
  // Partners already marked "signed" need the agreement's signing date: check says so otherwise.
  const signedPartners = (plan.partners ?? []).filter((p) => p.status === 'signed').map((p) => p.id);
  const signedDate = await s.text(sc, 'signedDate', {
    message: signedPartners.length ? 'wizard.q.signedDateNeeded' : 'wizard.q.signedDate', params: { partners: signedPartners.join(', ') },
    kind: 'date', check: notAfter(s.today), ...(signedPartners.length ? { required: true } : {}),
  });
  const purpose = await s.text(sc, 'purpose', { message: 'wizard.q.purpose' });
  const scope = await askTextList(s, sc, 'scope', 'wizard.q.scopeItem');
  const legalBasis = await askTextList(s, sc, 'legalBasis', 'wizard.q.legalBasis');
  const financing = await s.text(sc, 'financing', { message: 'wizard.q.financing' });
  const personalData = await personalDataOf(s, sc, plan.program);
  return {
    agreement: compact({ ...plan.agreement, form, subject, parties, place, signedDate, period: { ...plan.agreement?.period, start, end }, purpose, scope, legalBasis, financing, personalData }) ?? {},
  };
}
