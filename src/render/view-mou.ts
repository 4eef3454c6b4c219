/**
 * The view model of the Nota Kesepahaman (agreement.form `mou` or `nota-kesepahaman`): a preliminary agreement
 * with intent, scope, how it is carried out, term, general financing and a Tindak Lanjut article; binding
 * amounts and detailed rights and obligations belong to the Perjanjian Kerja Sama (view-pks.ts). Forms sk-*
 * are a Keputusan (view-decree.ts). Pure: plan in, view out.
 */
import type { Lang } from '../guide/types.js';
import { msg } from '../guide/messages/index.js';
import type { AgreementForm, Plan } from '../plan/types.js';
import { Gaps, type MissingField } from './missing.js';
import {
  agreementTitle, buildParties, countWords, formNames, implementationClauses, legalBasis, lowerFirst, noStop, opening, optionalArticles, partySources, recitals, signatureRows, subjectText, term,
  type OpeningView, type PartyView, type SignatureCell,
} from './view-agreement.js';
import { formatList, formatNumber, formatPercent, formatRupiah } from '../locale/format.js';
import { escapeMarkdown } from './text.js';

export type { PartyView, SignatureCell } from './view-agreement.js';

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
  opening: OpeningView;
  parties: PartyView[];
  /** "PIHAK PERTAMA, PIHAK KEDUA, dan PIHAK KETIGA". */
  partyList: string;
  recitals: string[];
  legalBasis: string[];
  purpose: string;
  objectives: string[];
  scope: string[];
  /** "PIHAK PERTAMA: penggerak dan penyandang dana" per party: roles, not obligations. */
  roles: string[];
  implementation: { clauses: string[]; rolesClause: number };
  financing?: string;
  period: { start: string; end: string };
  monitoring: { frequency: string; indicators: string[] };
  personalData: boolean;
  ip: boolean;
  correspondence: string[];
  dispute: string;
  copies: { count: string; words: string };
  place: string;
  signedDate: string;
  signatureRows: SignatureCell[][];
}

/** An indicator with its target in the document's number format: "Cakupan ... (target 85%)". */
export function indicatorLines(plan: Plan, lang: Lang): string[] {
  return (plan.monitoring?.indicators ?? []).map((ind) => {
    let target = '';
    if (ind.target !== undefined) {
      const unit = ind.unit?.trim();
      const value = unit && /^(rp|idr|rupiah)$/i.test(unit) ? formatRupiah(ind.target, lang)
        : unit === '%' ? formatPercent(ind.target, lang, 2)
          : `${formatNumber(ind.target, lang)}${unit ? ` ${escapeMarkdown(unit)}` : ''}`;
      target = ` (${msg(lang, 'render.doc.monitoring.target', { target: value })})`;
    }
    return `${escapeMarkdown(noStop(ind.name))}${target}`;
  });
}

export function buildMouView(plan: Plan, lang: Lang, source: string): { view: MouView; missing: MissingField[] } {
  const gaps = new Gaps(lang);
  const agreement = plan.agreement ?? {};
  const form: AgreementForm = agreement.form ?? 'nota-kesepahaman';
  const names = formNames(form, lang);
  const subject = gaps.text(subjectText(agreement.subject), '/agreement/subject');
  const activities = plan.workplan?.activities ?? [];
  const naming = agreement.partyNaming ?? 'pertama';

  const sources = partySources(plan, agreement.parties, '/agreement/parties', gaps);
  const parties = buildParties(plan, sources, { lang, naming, withAmounts: false }, gaps);
  const place = gaps.text(agreement.place, '/agreement/place');
  const { opening: open, signedDate } = opening(agreement.signedDate, '/agreement/signedDate', place, lang, gaps);
  const orGap = (items: string[], pointer: string) => (items.length > 0 ? items : [gaps.gap(pointer)]);
  const frequency = plan.monitoring?.schedule?.frequency;
  const optional = optionalArticles(plan, sources);
  const clauses = implementationClauses(plan, names.name, !agreement.pks, lang);

  const view: MouView = {
    doc: 'mou',
    lang,
    source: escapeMarkdown(source),
    form,
    formName: names.name,
    titleLines: agreementTitle(names.title, parties, subject, lang),
    subject,
    numbers: parties.map((p) => ({ ordinal: p.ordinal, number: p.documentNumber })),
    opening: open,
    parties,
    partyList: formatList(parties.map((p) => `**${p.ordinal}**`), lang),
    recitals: recitals(plan, names.name, subject, [], lang),
    legalBasis: legalBasis(plan, gaps),
    purpose: agreement.purpose ? escapeMarkdown(noStop(lowerFirst(agreement.purpose))) : gaps.text(plan.goals?.general ? noStop(lowerFirst(plan.goals.general)) : undefined, '/agreement/purpose'),
    objectives: orGap((agreement.objectives?.length ? agreement.objectives : (plan.goals?.specific ?? []).map((g) => g.text)).filter((x) => x.trim()).map((x) => escapeMarkdown(noStop(lowerFirst(x)))), '/agreement/objectives'),
    scope: orGap((agreement.scope?.length ? agreement.scope : activities.flatMap((a) => (a.what ? [a.what] : []))).filter((x) => x.trim()).map((x) => escapeMarkdown(noStop(lowerFirst(x)))), '/agreement/scope'),
    roles: parties.filter((p) => p.roles).map((p) => msg(lang, 'render.doc.implementation.role', { ordinal: p.ordinal, roles: p.roles.toLowerCase() })),
    implementation: { clauses, rolesClause: clauses.length + 1 },
    ...(agreement.financing ? { financing: escapeMarkdown(noStop(agreement.financing)) } : {}),
    period: term(plan, lang, gaps),
    monitoring: { frequency: msg(lang, `render.doc.monitoring.frequency.${frequency ?? 'none'}`), indicators: indicatorLines(plan, lang) },
    personalData: optional.personalData,
    ip: optional.ip,
    correspondence: parties.map((p) => p.correspondence),
    dispute: agreement.disputeSettlement ? escapeMarkdown(noStop(agreement.disputeSettlement)) : noStop(msg(lang, 'render.doc.dispute.default', { formName: names.name })),
    copies: countWords(parties.length, lang),
    place,
    signedDate,
    signatureRows: signatureRows(parties),
  };
  return { view, missing: gaps.missing };
}
