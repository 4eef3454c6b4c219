/**
 * The view model of the agreement (MoU / Nota Kesepahaman / annex to a decree): everything the template needs,
 * already in words, in the document's language, with plan text Markdown-escaped and gaps filled with the
 * placeholder. Pure: plan in, view out.
 */
import type { Lang } from '../guide/types.js';
import { ROLES } from '../guide/roles.js';
import { msg } from '../guide/messages/index.js';
import type { AgreementForm, Partner, Plan } from '../plan/types.js';
import { dateInWords, monthsBetween } from './dates.js';
import { parseIsoDate } from '../locale/dates.js';
import { formatList, formatNumber, formatPercent, formatRupiah, longDate } from '../locale/format.js';
import { Gaps, type MissingField } from './missing.js';
import { escapeMarkdown, rupiahInWords } from './text.js';
import { numberToWords, ordinalWords } from '../locale/words.js';

export interface SignatoryView {
  name: string;
  position: string;
  idNumber?: string;
}

export interface PartyView {
  /** 1-based. */
  number: number;
  /** "PIHAK KESATU" / "FIRST PARTY". */
  ordinal: string;
  name: string;
  address: string;
  documentNumber: string;
  signatory: SignatoryView;
  roles: string;
  obligations: string[];
  rights: string[];
}

export interface ContributionView {
  party: string;
  description: string;
  value: string;
}

export interface MouView {
  doc: 'mou';
  lang: Lang;
  /** The plan file's name, for the draft note. */
  source: string;
  form: AgreementForm;
  /** "Nota Kesepahaman": used inside sentences. */
  formName: string;
  /** Lines of the centred title, upper case. */
  titleLines: string[];
  subject: string;
  numbers: { ordinal: string; number: string }[];
  opening: { dayName: string; dayWords: string; monthName: string; yearWords: string; numeric: string; place: string };
  parties: PartyView[];
  /** "PIHAK KESATU, PIHAK KEDUA dan PIHAK KETIGA". */
  partyList: string;
  legalBasis: string[];
  purpose: string;
  objectives: string[];
  scope: string[];
  implementation: { activityCount: number; activityCountWords: string; mechanism?: string; meetingsPerMonth?: number; meetingsWords?: string };
  financing: string;
  contributions: ContributionView[];
  contributionTotal?: { amount: string; words: string };
  period: { start: string; end: string; months: string; monthsWords: string };
  monitoring: { frequency: string; indicators: string[] };
  dispute: string;
  copies: { count: number; words: string };
  place: string;
  signedDate: string;
  /** Signature blocks two by two, as they are laid out on the page. */
  signaturePairs: PartyView[][];
}

const FORM_KEYS: Record<AgreementForm, 'mou' | 'nota-kesepahaman' | 'sk'> = {
  mou: 'mou', 'nota-kesepahaman': 'nota-kesepahaman', 'sk-bupati': 'sk', 'sk-walikota': 'sk', 'sk-camat': 'sk',
};

/** List items read as one sentence each; the derived ones drop their own final full stop. */
function noStop(s: string): string {
  return s.trim().replace(/[.;]+$/, '');
}

/** "menggalang dukungan ..." from "Menggalang dukungan ...", but "UNICEF ..." stays as it is. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** The region name a decree carries: "Kabupaten Sumedang" -> "SUMEDANG". */
function areaName(plan: Plan, form: AgreementForm): string | undefined {
  const raw = form === 'sk-camat' ? plan.region?.district : plan.region?.regency;
  if (!raw) return undefined;
  return raw.replace(/^(kabupaten|kab\.|kota|kecamatan)\s+/i, '');
}

function partyOrdinal(n: number, lang: Lang): string {
  return msg(lang, 'render.doc.party', { ordinal: ordinalWords(n, lang).toUpperCase() });
}

interface PartySource {
  partner: Partner | undefined;
  partnerId: string;
  /** Pointer of the agreement party entry, when the party comes from agreement.parties. */
  pointer?: string;
  index?: number;
}

/** The parties: those of the agreement; without any, the partners who committed or signed (noted as a gap). */
function partySources(plan: Plan, gaps: Gaps): PartySource[] {
  const partners = plan.partners ?? [];
  const listed = plan.agreement?.parties ?? [];
  if (listed.length > 0) {
    return listed.map((p, index) => ({ partner: partners.find((x) => x.id === p.partner), partnerId: p.partner, pointer: `/agreement/parties/${index}`, index }));
  }
  gaps.gap('/agreement/parties');
  const committed = partners.filter((p) => p.status === 'committed' || p.status === 'signed');
  return committed.map((p) => ({ partner: p, partnerId: p.id }));
}

/** An indicator's target as readers write it: "Rp 495.000.000", "1,5%", "6.000 orang". */
function targetText(target: number, unit: string | undefined, lang: Lang): string {
  if (unit === 'Rp' || unit === 'IDR') return formatRupiah(target, lang);
  if (unit === '%') return formatPercent(target, lang, 2);
  return unit ? `${formatNumber(target, lang)} ${unit}` : formatNumber(target, lang);
}

export function buildMouView(plan: Plan, lang: Lang, source: string): { view: MouView; missing: MissingField[] } {
  const gaps = new Gaps(lang);
  const agreement = plan.agreement ?? {};
  const form: AgreementForm = agreement.form ?? 'nota-kesepahaman';
  const formKey = FORM_KEYS[form];
  const formName = msg(lang, `render.doc.formName.${formKey}`);
  const subject = gaps.text(agreement.subject, '/agreement/subject');
  const activities = plan.workplan?.activities ?? [];
  const rolesOf = (id: string) => plan.goals?.partnerRoles?.find((r) => r.partner === id);

  const sources = partySources(plan, gaps);
  if (sources.length === 0) sources.push({ partner: undefined, partnerId: '' });
  const parties: PartyView[] = sources.map((s, i) => {
    const entry = s.index !== undefined ? agreement.parties?.[s.index] : undefined;
    const partnerPointer = s.partner ? `/partners/${(plan.partners ?? []).indexOf(s.partner)}` : (s.pointer ?? '/partners');
    const roles = rolesOf(s.partnerId);
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
      const description = escapeMarkdown(lowerFirst(c.description));
      if (c.amountIdr !== undefined) obligations.push(msg(lang, 'render.doc.rights.contributionAmount', { description, amount: formatRupiah(c.amountIdr, lang), words: rupiahInWords(c.amountIdr, lang) }));
      else if (c.quantity !== undefined) obligations.push(msg(lang, 'render.doc.rights.contributionQuantity', { description, quantity: escapeMarkdown(`${c.quantity}${c.unit ? ` ${c.unit}` : ''}`) }));
      else obligations.push(msg(lang, 'render.doc.rights.contribution', { description }));
    }
    const responsibleFor = activities.filter((a) => a.responsible === s.partnerId && a.what).map((a) => escapeMarkdown(a.what!));
    if (responsibleFor.length > 0) obligations.push(msg(lang, 'render.doc.rights.activities', { activities: formatList(responsibleFor, lang) }));
    for (const o of entry?.obligations ?? []) if (o.trim()) obligations.push(escapeMarkdown(o));
    obligations.push(msg(lang, 'render.doc.rights.report'));

    const rights: string[] = [msg(lang, 'render.doc.rights.info'), msg(lang, 'render.doc.rights.involved')];
    if (roles?.benefit) rights.push(msg(lang, 'render.doc.rights.benefit', { benefit: escapeMarkdown(noStop(lowerFirst(roles.benefit))) }));
    for (const r of entry?.rights ?? []) if (r.trim()) rights.push(escapeMarkdown(r));

    const signatory = entry?.signatory;
    const sigPointer = `${s.pointer ?? '/agreement/parties'}/signatory`;
    return {
      number: i + 1,
      ordinal: partyOrdinal(i + 1, lang),
      name: gaps.text(s.partner?.name, s.partner ? `${partnerPointer}/name` : (s.pointer ? `${s.pointer}/partner` : '/agreement/parties')),
      address: gaps.text(s.partner?.address, `${partnerPointer}/address`),
      documentNumber: gaps.text(entry?.documentNumber, `${s.pointer ?? '/agreement/parties'}/documentNumber`),
      signatory: {
        name: gaps.text(signatory?.name, signatory ? `${sigPointer}/name` : sigPointer),
        position: gaps.text(signatory?.position, signatory ? `${sigPointer}/position` : sigPointer),
        ...(signatory?.idNumber ? { idNumber: escapeMarkdown(signatory.idNumber) } : {}),
      },
      roles: formatList((roles?.roles ?? []).map((id) => escapeMarkdown(ROLES.find((r) => r.id === id)?.label[lang] ?? id)), lang),
      obligations,
      rights,
    };
  });

  const titleLines: string[] = [];
  if (formKey === 'sk') {
    const area = areaName(plan, form);
    titleLines.push(msg(lang, `render.doc.decree.${form as 'sk-bupati'}`, { area: area ? escapeMarkdown(area.toUpperCase()) : gaps.gap(form === 'sk-camat' ? '/region/district' : '/region/regency') }));
  }
  titleLines.push(msg(lang, `render.doc.form.${formKey}`), msg(lang, 'render.doc.between'));
  parties.forEach((p, i) => {
    if (i > 0 && i === parties.length - 1) titleLines.push(msg(lang, 'render.doc.and'));
    titleLines.push(p.name.toUpperCase() + (i < parties.length - 2 ? ',' : ''));
  });
  titleLines.push(msg(lang, 'render.doc.about'), subject.toUpperCase());

  const signed = parseIsoDate(agreement.signedDate);
  const words = signed ? dateInWords(signed, lang) : undefined;
  const dateGap = () => gaps.gap('/agreement/signedDate');
  const place = gaps.text(agreement.place, '/agreement/place');

  const contributions: ContributionView[] = [];
  let contributionSum = 0;
  for (const p of sources.map((s, i) => ({ s, view: parties[i]! }))) {
    for (const c of rolesOf(p.s.partnerId)?.contributions ?? []) {
      if (c.amountIdr === undefined) continue;
      contributionSum += c.amountIdr;
      contributions.push({ party: p.view.ordinal, description: escapeMarkdown(c.description), value: formatRupiah(c.amountIdr, lang) });
    }
  }

  const start = parseIsoDate(agreement.period?.start);
  const end = parseIsoDate(agreement.period?.end);
  const months = start && end ? monthsBetween(start, end) : undefined;
  const frequency = plan.monitoring?.schedule?.frequency;
  const meetings = plan.workplan?.plannedMeetingsPerMonth;

  // A list the agreement needs but the plan leaves empty shows one placeholder item.
  const orGap = (items: string[], pointer: string) => (items.length > 0 ? items : [gaps.gap(pointer)]);

  const view: MouView = {
    doc: 'mou',
    lang,
    source: escapeMarkdown(source),
    form,
    formName,
    titleLines,
    subject,
    numbers: parties.map((p) => ({ ordinal: p.ordinal, number: p.documentNumber })),
    opening: {
      dayName: words?.dayName ?? dateGap(),
      dayWords: words?.dayWords ?? dateGap(),
      monthName: words?.monthName ?? dateGap(),
      yearWords: words?.yearWords ?? dateGap(),
      numeric: words?.numeric ?? dateGap(),
      place,
    },
    parties,
    partyList: formatList(parties.map((p) => `**${p.ordinal}**`), lang),
    legalBasis: orGap((agreement.legalBasis ?? []).filter((x) => x.trim()).map(escapeMarkdown), '/agreement/legalBasis'),
    purpose: agreement.purpose ? escapeMarkdown(lowerFirst(agreement.purpose)) : gaps.text(plan.goals?.general ? lowerFirst(plan.goals.general) : undefined, '/agreement/purpose'),
    objectives: orGap((agreement.objectives?.length ? agreement.objectives : (plan.goals?.specific ?? []).map((g) => g.text)).filter((x) => x.trim()).map(escapeMarkdown), '/agreement/objectives'),
    scope: orGap((agreement.scope?.length ? agreement.scope : activities.flatMap((a) => (a.what ? [a.what] : []))).filter((x) => x.trim()).map(escapeMarkdown), '/agreement/scope'),
    implementation: {
      activityCount: activities.length,
      activityCountWords: numberToWords(activities.length, lang),
      ...(plan.workplan?.mechanism ? { mechanism: escapeMarkdown(plan.workplan.mechanism) } : {}),
      ...(meetings !== undefined ? { meetingsPerMonth: meetings, meetingsWords: numberToWords(meetings, lang) } : {}),
    },
    financing: gaps.text(agreement.financing, '/agreement/financing'),
    contributions,
    ...(contributions.length > 0 ? { contributionTotal: { amount: formatRupiah(contributionSum, lang), words: rupiahInWords(contributionSum, lang) } } : {}),
    period: {
      start: start ? longDate(start, lang) : gaps.gap('/agreement/period/start'),
      end: end ? longDate(end, lang) : gaps.gap('/agreement/period/end'),
      months: months !== undefined ? String(months) : gaps.gap('/agreement/period'),
      monthsWords: months !== undefined ? numberToWords(months, lang) : gaps.mdPlaceholder,
    },
    monitoring: {
      frequency: msg(lang, `render.doc.monitoring.frequency.${frequency ?? 'none'}`),
      indicators: (plan.monitoring?.indicators ?? []).map((ind) => {
        const target = ind.target !== undefined ? ` (${msg(lang, 'render.doc.monitoring.target', { target: targetText(ind.target, ind.unit, lang) })})` : '';
        return escapeMarkdown(ind.name + target);
      }),
    },
    dispute: agreement.disputeSettlement ? escapeMarkdown(agreement.disputeSettlement) : msg(lang, 'render.doc.dispute.default', { formName }),
    copies: { count: parties.length, words: numberToWords(parties.length, lang) },
    place,
    signedDate: signed ? longDate(signed, lang) : dateGap(),
    signaturePairs: [],
  };
  for (let i = 0; i < parties.length; i += 2) view.signaturePairs.push(parties.slice(i, i + 2));
  return { view, missing: gaps.missing };
}
