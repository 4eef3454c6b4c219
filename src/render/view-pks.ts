/**
 * The view model of the Perjanjian Kerja Sama that follows a Nota Kesepahaman or a Keputusan: between the
 * initiator and one partner or several (agreement.pks.parties, else the agreement's parties), with rights and
 * obligations from the roles and contributions, the amounts and how each moves (APBD, hibah with an NPHD, or
 * spent directly), reporting, termination, and disputes settled by musyawarah, mediation and then a named
 * Pengadilan Negeri. Pure: plan in, view out.
 */
import type { Lang } from '../guide/types.js';
import { msg, type MessageId } from '../guide/messages/index.js';
import type { ContributionChannel, Plan } from '../plan/types.js';
import { Gaps, type MissingField } from './missing.js';
import {
  agreementTitle, buildParties, countWords, formNames, implementationClauses, legalBasis, lowerFirst, noStop, opening, optionalArticles, partySources, recitals, signatureRows, subjectText, term,
  type OpeningView, type PartyView, type SignatureCell,
} from './view-agreement.js';
import { indicatorLines } from './view-mou.js';
import { parseIsoDate } from '../locale/dates.js';
import { formatRupiah, formatList, longDate } from '../locale/format.js';
import { escapeMarkdown, rupiahInWords } from './text.js';

export interface PksContributionView {
  party: string;
  description: string;
  value: string;
  channel: string;
}

export interface PksView {
  doc: 'pks';
  lang: Lang;
  source: string;
  formName: string;
  titleLines: string[];
  subject: string;
  numbers: { ordinal: string; number: string }[];
  opening: OpeningView;
  parties: PartyView[];
  partyList: string;
  recitals: string[];
  legalBasis: string[];
  purpose: string;
  objectives: string[];
  scope: string[];
  implementation: { clauses: string[] };
  financing?: string;
  contributions: PksContributionView[];
  contributionTotal?: { amount: string; words: string };
  /** One sentence per way money moves among these contributions. */
  channels: { number: number; text: string }[];
  period: { start: string; end: string };
  monitoring: { frequency: string; indicators: string[] };
  personalData: boolean;
  ip: boolean;
  correspondence: string[];
  dispute: { deliberation: string; court: string };
  copies: { count: string; words: string };
  place: string;
  signedDate: string;
  signatureRows: SignatureCell[][];
}

const CHANNELS: readonly ContributionChannel[] = ['apbd', 'hibah', 'langsung'];

export function buildPksView(plan: Plan, lang: Lang, source: string): { view: PksView; missing: MissingField[] } {
  const gaps = new Gaps(lang);
  const agreement = plan.agreement ?? {};
  const pks = agreement.pks ?? {};
  const names = formNames('pks', lang);
  const subject = gaps.text(subjectText(pks.subject ?? agreement.subject), pks.subject === undefined && agreement.subject === undefined ? '/agreement/pks/subject' : '/agreement/subject');
  const naming = agreement.partyNaming ?? 'pertama';

  // Its own parties, or those of the agreement it follows: then each still needs a PKS number of its own.
  const own = (pks.parties?.length ?? 0) > 0;
  const sources = own ? partySources(plan, pks.parties, '/agreement/pks/parties', gaps) : partySources(plan, agreement.parties, '/agreement/parties', gaps);
  const parties = buildParties(plan, sources, { lang, naming, withAmounts: true }, gaps);
  if (!own) for (const p of parties) p.documentNumber = gaps.gap('/agreement/pks/parties');

  const place = gaps.text(pks.place ?? agreement.place, pks.place === undefined && agreement.place === undefined ? '/agreement/pks/place' : '/agreement/place');
  const { opening: open, signedDate } = opening(pks.signedDate, '/agreement/pks/signedDate', place, lang, gaps);

  // The instrument this PKS follows, in the recitals.
  const form = agreement.form ?? 'nota-kesepahaman';
  const before = formNames(form, lang);
  const agreed = parseIsoDate(agreement.signedDate);
  const followUp = before.key === 'sk'
    ? msg(lang, 'render.doc.pks.recital.decree', { number: gaps.text(agreement.decree?.number, '/agreement/decree/number'), subject: gaps.text(subjectText(agreement.subject), '/agreement/subject') })
    : msg(lang, 'render.doc.pks.recital.mou', { formName: before.name, subject: gaps.text(subjectText(agreement.subject), '/agreement/subject'), date: agreed ? longDate(agreed, lang) : gaps.gap('/agreement/signedDate') });

  // Contributions of these parties with a money value, and how each moves.
  const contributions: PksContributionView[] = [];
  const used = new Set<ContributionChannel>();
  let sum = 0;
  sources.forEach((s, i) => {
    const rolesIndex = (plan.goals?.partnerRoles ?? []).findIndex((r) => r.partner === s.partnerId);
    (plan.goals?.partnerRoles?.[rolesIndex]?.contributions ?? []).forEach((c, j) => {
      if (c.amountIdr === undefined) return;
      sum += c.amountIdr;
      if (c.channel) used.add(c.channel);
      contributions.push({
        party: parties[i]!.ordinal,
        description: escapeMarkdown(noStop(c.description)),
        value: formatRupiah(c.amountIdr, lang),
        channel: c.channel ? msg(lang, `render.doc.pks.channel.${c.channel}` as MessageId) : gaps.gap(`/goals/partnerRoles/${rolesIndex}/contributions/${j}/channel`),
      });
    });
  });

  const frequency = plan.monitoring?.schedule?.frequency;
  const optional = optionalArticles(plan, sources);
  const orGap = (items: string[], pointer: string) => (items.length > 0 ? items : [gaps.gap(pointer)]);
  const activities = plan.workplan?.activities ?? [];

  const view: PksView = {
    doc: 'pks',
    lang,
    source: escapeMarkdown(source),
    formName: names.name,
    titleLines: agreementTitle(names.title, parties, subject, lang),
    subject,
    numbers: parties.map((p) => ({ ordinal: p.ordinal, number: p.documentNumber })),
    opening: open,
    parties,
    partyList: formatList(parties.map((p) => `**${p.ordinal}**`), lang),
    recitals: recitals(plan, names.name, subject, [followUp], lang),
    legalBasis: legalBasis(plan, gaps),
    purpose: agreement.purpose ? escapeMarkdown(noStop(lowerFirst(agreement.purpose))) : gaps.text(plan.goals?.general ? noStop(lowerFirst(plan.goals.general)) : undefined, '/agreement/purpose'),
    objectives: orGap((agreement.objectives?.length ? agreement.objectives : (plan.goals?.specific ?? []).map((g) => g.text)).filter((x) => x.trim()).map((x) => escapeMarkdown(noStop(lowerFirst(x)))), '/agreement/objectives'),
    scope: orGap((agreement.scope?.length ? agreement.scope : activities.flatMap((a) => (a.what ? [a.what] : []))).filter((x) => x.trim()).map((x) => escapeMarkdown(noStop(lowerFirst(x)))), '/agreement/scope'),
    implementation: { clauses: implementationClauses(plan, names.name, true, lang) },
    ...(agreement.financing ? { financing: escapeMarkdown(noStop(agreement.financing)) } : {}),
    contributions,
    ...(contributions.length > 0 ? { contributionTotal: { amount: formatRupiah(sum, lang), words: rupiahInWords(sum, lang) } } : {}),
    channels: CHANNELS.filter((c) => used.has(c)).map((c, i) => ({ number: i + (contributions.length > 0 ? 3 : 2), text: msg(lang, `render.doc.pks.channelClause.${c}` as MessageId) })),
    period: term(plan, lang, gaps, pks.period),
    monitoring: { frequency: msg(lang, `render.doc.monitoring.frequency.${frequency ?? 'none'}`), indicators: indicatorLines(plan, lang) },
    personalData: optional.personalData,
    ip: optional.ip,
    correspondence: parties.map((p) => p.correspondence),
    dispute: {
      deliberation: agreement.disputeSettlement ? escapeMarkdown(noStop(agreement.disputeSettlement)) : noStop(msg(lang, 'render.doc.dispute.default', { formName: names.name })),
      court: gaps.text(pks.court, '/agreement/pks/court'),
    },
    copies: countWords(parties.length, lang),
    place,
    signedDate,
    signatureRows: signatureRows(parties),
  };
  return { view, missing: gaps.missing };
}
