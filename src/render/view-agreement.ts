/**
 * What the Nota Kesepahaman, the Perjanjian Kerja Sama and the Keputusan share: the parties with their
 * komparisi (authority and for whom they act), recitals, the term, correspondence addresses, which optional
 * articles apply, and the signature blocks. Pure: plan in, view pieces out; plan text is Markdown-escaped and
 * every gap is noted with its JSON pointer.
 */
import type { Lang } from '../guide/types.js';
import { ROLES } from '../guide/roles.js';
import { msg, type MessageId } from '../guide/messages/index.js';
import type { AgreementForm, AgreementParty, Partner, Plan } from '../plan/types.js';
import type { Gaps } from './missing.js';
import { dateInWords } from './dates.js';
import { parseIsoDate } from '../locale/dates.js';
import { formatRupiah, formatList, formatNumber, longDate } from '../locale/format.js';
import { escapeMarkdown, rupiahInWords } from './text.js';
import { numberToWords, ordinalWords } from '../locale/words.js';

export type FormKey = 'nota-kesepahaman' | 'pks' | 'sk';

export interface SignatoryView {
  name: string;
  position: string;
  /** "19720510 199803 1 004": only a civil servant's NIP is printed. */
  nip?: string;
}

export interface PartyView {
  /** 1-based. */
  number: number;
  /** "PIHAK PERTAMA" / "FIRST PARTY". */
  ordinal: string;
  name: string;
  address: string;
  documentNumber: string;
  signatory: SignatoryView;
  /** The party's line in the opening: who signs, on what authority, for whom. */
  komparisi: string;
  roles: string;
  obligations: string[];
  rights: string[];
  /** The correspondence line of the Korespondensi article. */
  correspondence: string;
}

export interface SignatureCell {
  ordinal: string;
  name: string;
  signatory: SignatoryView;
}

/** Lower-cases a sentence's first letter unless it starts an acronym or a name ("UNICEF", "Dinas"). */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) && !/^(Dinas|Pemerintah|Bupati|Wali|Camat|Kabupaten|Kota|Kecamatan|Puskesmas|Universitas)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** List items read as one clause each; the derived ones drop their own final full stop. */
export function noStop(s: string): string {
  return s.trim().replace(/[.;]+$/, '');
}

/**
 * The subject of an instrument, as it stands after "TENTANG" in the title and after "tentang" mid-sentence: without
 * a final full stop (a title ends without punctuation, Lampiran II UU 12/2011), so "Stunting." never reads
 * "Stunting.." or "Stunting. pada tanggal".
 */
export function subjectText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : noStop(value);
}

/** "PIHAK PERTAMA" or "PIHAK KESATU" by agreement.partyNaming; "FIRST PARTY" in English. */
export function partyOrdinal(n: number, lang: Lang, naming: 'pertama' | 'kesatu'): string {
  const word = lang === 'id' && n === 1 && naming === 'pertama' ? 'pertama' : ordinalWords(n, lang);
  return msg(lang, 'render.doc.party', { ordinal: word.toUpperCase() });
}

/** A NIP is 18 digits: birth date, appointment month, sex, serial. Anything else is not printed. */
export function groupNip(raw: string | undefined): string | undefined {
  const digits = (raw ?? '').replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) return undefined;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

export interface PartySource {
  entry: AgreementParty | undefined;
  partner: Partner | undefined;
  partnerId: string;
  /** Pointer of the party entry (/agreement/parties/0 or /agreement/pks/parties/0). */
  pointer: string;
}

/** The parties listed at `pointer`; without any, the partners who committed or signed (noted as a gap). */
export function partySources(plan: Plan, listed: readonly AgreementParty[] | undefined, pointer: string, gaps: Gaps): PartySource[] {
  const partners = plan.partners ?? [];
  if (listed && listed.length > 0) {
    return listed.map((p, index) => ({ entry: p, partner: partners.find((x) => x.id === p.partner), partnerId: p.partner, pointer: `${pointer}/${index}` }));
  }
  gaps.gap(pointer);
  const committed = partners.filter((p) => p.status === 'committed' || p.status === 'signed');
  const sources = committed.map((p) => ({ entry: undefined, partner: p, partnerId: p.id, pointer }));
  return sources.length > 0 ? sources : [{ entry: undefined, partner: undefined, partnerId: '', pointer }];
}

/** "berdasarkan Keputusan Bupati Sumedang Nomor ... tanggal ..., " or the placeholder. */
function authorityClause(source: PartySource, lang: Lang, gaps: Gaps): string {
  const authority = source.entry?.signatory?.authority;
  const at = `${source.pointer}/signatory/authority`;
  if (!authority) return msg(lang, 'render.doc.komparisi.authority.missing', { gap: gaps.gap(at) });
  const date = parseIsoDate(authority.date);
  return msg(lang, `render.doc.komparisi.authority.${authority.kind}` as MessageId, {
    issuedBy: authority.issuedBy ? ` ${escapeMarkdown(authority.issuedBy)}` : '',
    number: gaps.text(authority.number, `${at}/number`),
    date: date ? longDate(date, lang) : gaps.gap(`${at}/date`),
  });
}

export interface PartyOptions {
  lang: Lang;
  naming: 'pertama' | 'kesatu';
  /** Obligations with amounts (PKS) or without (Nota Kesepahaman: the PKS settles them). */
  withAmounts: boolean;
}

export function buildParties(plan: Plan, sources: readonly PartySource[], options: PartyOptions, gaps: Gaps): PartyView[] {
  const { lang } = options;
  const activities = plan.workplan?.activities ?? [];
  const partners = plan.partners ?? [];
  return sources.map((s, i) => {
    const entry = s.entry;
    const partnerIndex = s.partner ? partners.indexOf(s.partner) : -1;
    const partnerPointer = partnerIndex >= 0 ? `/partners/${partnerIndex}` : `${s.pointer}/partner`;
    const roles = plan.goals?.partnerRoles?.find((r) => r.partner === s.partnerId);
    const obligations: string[] = [];
    for (const roleId of roles?.roles ?? []) {
      const role = ROLES.find((r) => r.id === roleId);
      if (role) {
        obligations.push(msg(lang, 'render.doc.rights.asRole', {
          role: escapeMarkdown(role.label[lang].toLowerCase()), description: escapeMarkdown(noStop(lowerFirst(role.description?.[lang] ?? ''))),
        }));
      }
    }
    for (const c of roles?.contributions ?? []) {
      const description = escapeMarkdown(noStop(lowerFirst(c.description)));
      if (c.amountIdr !== undefined && options.withAmounts) obligations.push(msg(lang, 'render.doc.rights.contributionAmount', { description, amount: formatRupiah(c.amountIdr, lang), words: rupiahInWords(c.amountIdr, lang) }));
      else if (c.quantity !== undefined) obligations.push(msg(lang, 'render.doc.rights.contributionQuantity', { description, quantity: `${formatNumber(c.quantity, lang)}${c.unit ? ` ${escapeMarkdown(c.unit)}` : ''}` }));
      else obligations.push(msg(lang, 'render.doc.rights.contribution', { description }));
    }
    // After "kegiatan:" the names continue the sentence (lower case, as the contributions above), names kept.
    const responsibleFor = activities.filter((a) => a.responsible === s.partnerId && a.what).map((a) => escapeMarkdown(noStop(lowerFirst(a.what!))));
    if (responsibleFor.length > 0) obligations.push(msg(lang, 'render.doc.rights.activities', { activities: formatList(responsibleFor, lang) }));
    for (const o of entry?.obligations ?? []) if (o.trim()) obligations.push(escapeMarkdown(noStop(lowerFirst(o))));
    obligations.push(msg(lang, 'render.doc.rights.report'));

    const rights: string[] = [msg(lang, 'render.doc.rights.info'), msg(lang, 'render.doc.rights.involved')];
    if (roles?.benefit) rights.push(msg(lang, 'render.doc.rights.benefit', { benefit: escapeMarkdown(noStop(lowerFirst(roles.benefit))) }));
    for (const r of entry?.rights ?? []) if (r.trim()) rights.push(escapeMarkdown(noStop(lowerFirst(r))));

    const signatory = entry?.signatory;
    const sigPointer = `${s.pointer}/signatory`;
    const name = gaps.text(s.partner?.name, s.partner ? `${partnerPointer}/name` : `${s.pointer}/partner`);
    const address = gaps.text(s.partner?.address, `${partnerPointer}/address`);
    const ordinal = partyOrdinal(i + 1, lang, options.naming);
    const sigName = gaps.text(signatory?.name, signatory ? `${sigPointer}/name` : sigPointer);
    const position = gaps.text(signatory?.position, signatory ? `${sigPointer}/position` : sigPointer);
    const nip = groupNip(signatory?.idNumber);
    const komparisi = msg(lang, 'render.doc.komparisi', {
      signatory: sigName,
      position,
      address,
      authority: authorityClause(s, lang, gaps),
      actsFor: signatory?.actsFor ? escapeMarkdown(signatory.actsFor) : name,
      ordinal,
    });

    const contact = s.partner?.contact;
    const contactParts = [
      contact?.name ? msg(lang, 'render.doc.correspondence.person', { name: escapeMarkdown(contact.name), position: contact.position ? `, ${escapeMarkdown(contact.position)}` : '' }) : '',
      contact?.phone ? msg(lang, 'render.doc.correspondence.phone', { phone: escapeMarkdown(contact.phone) }) : '',
      contact?.email ? msg(lang, 'render.doc.correspondence.email', { email: escapeMarkdown(contact.email) }) : '',
    ].filter(Boolean);
    const correspondence = msg(lang, 'render.doc.correspondence.line', {
      ordinal, name, address,
      contact: contactParts.length > 0 ? contactParts.join('; ') : gaps.gap(`${partnerPointer}/contact`),
    });

    return {
      number: i + 1,
      ordinal,
      name,
      address,
      documentNumber: gaps.text(entry?.documentNumber, `${s.pointer}/documentNumber`),
      signatory: { name: sigName, position, ...(nip ? { nip } : {}) },
      komparisi,
      roles: formatList((roles?.roles ?? []).map((id) => escapeMarkdown(ROLES.find((r) => r.id === id)?.label[lang] ?? id)), lang),
      obligations,
      rights,
      correspondence,
    };
  });
}

/** The title lines of an agreement between parties: FORM / ANTARA / A, / B / DAN / C / TENTANG / SUBJECT. */
export function agreementTitle(formTitle: string, parties: readonly PartyView[], subject: string, lang: Lang): string[] {
  const lines = [formTitle, msg(lang, 'render.doc.between')];
  parties.forEach((p, i) => {
    if (i > 0 && i === parties.length - 1) lines.push(msg(lang, 'render.doc.and'));
    lines.push(p.name.toUpperCase() + (i < parties.length - 2 ? ',' : ''));
  });
  lines.push(msg(lang, 'render.doc.about'), subject.toUpperCase());
  return lines;
}

export interface OpeningView { dayName: string; dayWords: string; monthName: string; yearWords: string; numeric: string; place: string }

export function opening(date: unknown, datePointer: string, place: string, lang: Lang, gaps: Gaps): { opening: OpeningView; signedDate: string } {
  const signed = parseIsoDate(date);
  const words = signed ? dateInWords(signed, lang) : undefined;
  const g = () => gaps.gap(datePointer);
  return {
    opening: {
      dayName: words?.dayName ?? g(), dayWords: words?.dayWords ?? g(), monthName: words?.monthName ?? g(),
      yearWords: words?.yearWords ?? g(), numeric: words?.numeric ?? g(), place,
    },
    signedDate: signed ? longDate(signed, lang) : g(),
  };
}

/**
 * The recitals: the plan's own (agreement.recitals), or what the plan says about the problem and the purpose,
 * ending with the resolve to make this instrument.
 */
export function recitals(plan: Plan, formName: string, subject: string, extra: string[], lang: Lang): string[] {
  const own = (plan.agreement?.recitals ?? []).filter((r) => r.trim()).map((r) => msg(lang, 'render.doc.recital', { text: escapeMarkdown(noStop(lowerFirst(r.replace(/^bahwa\s+/i, '')))) }));
  const out = own.length > 0 ? own : [
    ...(plan.idea?.problem ? [msg(lang, 'render.doc.recital.problem', { problem: escapeMarkdown(noStop(lowerFirst(plan.idea.problem))) })] : []),
    ...(plan.agreement?.purpose || plan.goals?.general
      ? [msg(lang, 'render.doc.recital.purpose', { purpose: escapeMarkdown(noStop(lowerFirst((plan.agreement?.purpose ?? plan.goals?.general)!))) })]
      : []),
  ];
  out.push(...extra);
  out.push(msg(lang, 'render.doc.recital.resolve', { formName, subject }));
  return out;
}

export function legalBasis(plan: Plan, gaps: Gaps): string[] {
  const items = (plan.agreement?.legalBasis ?? []).filter((x) => x.trim()).map((x) => escapeMarkdown(noStop(x)));
  return items.length > 0 ? items : [gaps.gap('/agreement/legalBasis')];
}

/** The term, stated once: "sejak tanggal ... sampai dengan tanggal ...". */
export function term(plan: Plan, lang: Lang, gaps: Gaps, own?: { start?: string; end?: string }): { start: string; end: string } {
  const period = own?.start || own?.end ? own : plan.agreement?.period;
  const at = own?.start || own?.end ? '/agreement/pks/period' : '/agreement/period';
  const start = parseIsoDate(period?.start);
  const end = parseIsoDate(period?.end);
  return {
    start: start ? longDate(start, lang) : gaps.gap(`${at}/start`),
    end: end ? longDate(end, lang) : gaps.gap(`${at}/end`),
  };
}

/** Which optional articles apply to these parties. */
export function optionalArticles(plan: Plan, sources: readonly PartySource[]): { personalData: boolean; ip: boolean } {
  const academic = sources.some((s) => s.partner?.sector === 'akademisi');
  return { personalData: plan.agreement?.personalData === true, ip: academic };
}

/** Signature cells two to a row; an odd last party gets a row of its own (centred by the writers). */
export function signatureRows(parties: readonly PartyView[]): SignatureCell[][] {
  const cells = parties.map((p) => ({ ordinal: p.ordinal, name: p.name, signatory: p.signatory }));
  const rows: SignatureCell[][] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push(cells.slice(i, i + 2));
  return rows;
}

/** "2 (dua)": a count with its words, as agreements write them. */
export function countWords(n: number, lang: Lang): { count: string; words: string } {
  return { count: formatNumber(n, lang), words: numberToWords(n, lang) };
}

/** The name of an agreement form inside sentences and in titles. */
export function formNames(form: AgreementForm | 'pks', lang: Lang): { key: FormKey; name: string; title: string } {
  const key: FormKey = form === 'pks' ? 'pks' : form.startsWith('sk-') ? 'sk' : 'nota-kesepahaman';
  return { key, name: msg(lang, `render.doc.formName.${key}`), title: msg(lang, `render.doc.form.${key}`) };
}

/** The numbered paragraphs of the Pelaksanaan article: the work plan, the working mechanism, the meetings. */
export function implementationClauses(plan: Plan, formName: string, annexed: boolean, lang: Lang): string[] {
  const clauses = [msg(lang, annexed ? 'render.doc.implementation.annex' : 'render.doc.implementation.plan', { formName })];
  if (plan.workplan?.mechanism) clauses.push(`${msg(lang, 'render.doc.implementation.mechanism', { mechanism: escapeMarkdown(noStop(plan.workplan.mechanism)) })}.`);
  const meetings = plan.workplan?.plannedMeetingsPerMonth;
  if (meetings !== undefined && meetings > 0) {
    const c = countWords(meetings, lang);
    clauses.push(msg(lang, 'render.doc.implementation.meetings', { count: c.count, countWords: c.words }));
  }
  return clauses;
}
