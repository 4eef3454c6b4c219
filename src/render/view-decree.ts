/**
 * The view model of a Keputusan Bupati / Wali Kota / Camat (agreement.form sk-*): number, TENTANG, Menimbang,
 * Mengingat, MEMUTUSKAN, Menetapkan, the dictums KESATU, KEDUA, ..., signed by the head alone; the partnership's
 * members and their roles and duties in the Lampiran. Pure: plan in, view out.
 */
import type { Lang } from '../guide/types.js';
import { msg, type MessageId } from '../guide/messages/index.js';
import type { AgreementForm, Plan } from '../plan/types.js';
import { Gaps, type MissingField } from './missing.js';
import { buildParties, legalBasis, lowerFirst, noStop, opening, partySources, subjectText } from './view-agreement.js';
import { formatList } from '../locale/format.js';
import { escapeMarkdown } from './text.js';
import { ordinalWords } from '../locale/words.js';

export interface MemberView {
  number: number;
  /** The member body, and who represents it (by position). */
  name: string;
  representative?: string;
  roles: string;
  tasks: string;
}

export interface DecreeView {
  doc: 'decree';
  lang: Lang;
  source: string;
  form: AgreementForm;
  /** "BUPATI SUMEDANG". */
  head: string;
  /** "Keputusan Bupati Sumedang": inside sentences. */
  decreeName: string;
  number: string;
  subject: string;
  considerations: string[];
  legalBasis: string[];
  dictums: { label: string; text: string; items?: string[] }[];
  place: string;
  signedDate: string;
  signatory: string;
  members: MemberView[];
}

/** The region name a decree carries: "Kabupaten Sumedang" -> "Sumedang". */
function areaName(plan: Plan, form: AgreementForm): string | undefined {
  const raw = form === 'sk-camat' ? plan.region?.district : plan.region?.regency;
  if (!raw) return undefined;
  return raw.replace(/^(kabupaten|kab\.|kota|kecamatan)\s+/i, '').trim();
}

export function buildDecreeView(plan: Plan, lang: Lang, source: string): { view: DecreeView; missing: MissingField[] } {
  const gaps = new Gaps(lang);
  const agreement = plan.agreement ?? {};
  const form = (agreement.form ?? 'sk-bupati') as 'sk-bupati' | 'sk-walikota' | 'sk-camat';
  const area = areaName(plan, form);
  const areaText = area ? escapeMarkdown(area) : gaps.gap(form === 'sk-camat' ? '/region/district' : '/region/regency');
  const headTitle = msg(lang, `render.doc.decree.head.${form}` as MessageId, { area: areaText });
  const decreeName = msg(lang, 'render.doc.decree.name', { head: headTitle });
  const subject = gaps.text(subjectText(agreement.subject), '/agreement/subject');
  const decree = agreement.decree ?? {};

  const sources = partySources(plan, agreement.parties, '/agreement/parties', gaps);
  // The members' duties are written without amounts: the decree forms a team; money belongs to a PKS or NPHD.
  const scratch = new Gaps(lang);
  const parties = buildParties(plan, sources, { lang, naming: 'pertama', withAmounts: false }, scratch);
  const members: MemberView[] = sources.map((s, i) => {
    const p = parties[i]!;
    const partnerIndex = s.partner ? (plan.partners ?? []).indexOf(s.partner) : -1;
    return {
      number: i + 1,
      name: gaps.text(s.partner?.name, partnerIndex >= 0 ? `/partners/${partnerIndex}/name` : `${s.pointer}/partner`),
      ...(s.entry?.signatory?.position ? { representative: escapeMarkdown(s.entry.signatory.position) } : {}),
      roles: p.roles || gaps.gap(`/goals/partnerRoles`),
      // The last derived obligation is the generic duty to report, said once in a dictum instead.
      tasks: p.obligations.slice(0, -1).join('; ') || msg(lang, 'render.doc.decree.member.defaultTask'),
    };
  });

  const considerations = (agreement.recitals ?? []).filter((r) => r.trim()).map((r) => msg(lang, 'render.doc.recital', { text: escapeMarkdown(noStop(lowerFirst(r.replace(/^bahwa\s+/i, '')))) }));
  if (considerations.length === 0) {
    if (plan.idea?.problem) considerations.push(msg(lang, 'render.doc.recital.problem', { problem: escapeMarkdown(noStop(lowerFirst(plan.idea.problem))) }));
    const purpose = agreement.purpose ?? plan.goals?.general;
    considerations.push(msg(lang, 'render.doc.decree.consider.purpose', { purpose: purpose ? escapeMarkdown(noStop(lowerFirst(purpose))) : gaps.gap('/agreement/purpose') }));
  }
  const letters = considerations.map((_, i) => `${msg(lang, 'render.doc.decree.letter')} ${String.fromCharCode(97 + i)}`);
  considerations.push(msg(lang, 'render.doc.decree.consider.resolve', { letters: formatList(letters, lang), decreeName, subject }));

  const period = plan.agreement?.period;
  const tasks = (decree.tasks ?? []).filter((t) => t.trim()).map((t) => escapeMarkdown(noStop(lowerFirst(t))));
  const scope = (agreement.scope ?? []).filter((t) => t.trim()).map((t) => escapeMarkdown(noStop(lowerFirst(t))));
  const frequency = plan.monitoring?.schedule?.frequency;
  const endDate = opening(period?.end, '/agreement/period/end', '', lang, gaps).signedDate;
  const dictumTexts: { text: string; items?: string[] }[] = [
    { text: msg(lang, 'render.doc.decree.dictum.form', { subject }) },
    { text: msg(lang, 'render.doc.decree.dictum.tasks', { subject }), items: tasks.length > 0 ? tasks : scope.length > 0 ? scope : [gaps.gap('/agreement/decree/tasks')] },
    { text: msg(lang, 'render.doc.decree.dictum.report', { head: headTitle, frequency: msg(lang, `render.doc.monitoring.frequency.${frequency ?? 'none'}`) }) },
    { text: msg(lang, 'render.doc.decree.dictum.financing', { financing: agreement.financing ? escapeMarkdown(noStop(lowerFirst(agreement.financing))) : msg(lang, 'render.doc.decree.financing.default') }) },
    { text: msg(lang, 'render.doc.decree.dictum.effective', { decreeName, end: endDate }) },
  ];
  const place = gaps.text(agreement.place, '/agreement/place');
  const view: DecreeView = {
    doc: 'decree',
    lang,
    source: escapeMarkdown(source),
    form,
    head: headTitle.toUpperCase(),
    decreeName,
    number: gaps.text(decree.number, '/agreement/decree/number'),
    subject,
    considerations,
    legalBasis: legalBasis(plan, gaps),
    dictums: dictumTexts.map((d, i) => ({ label: ordinalWords(i + 1, lang).toUpperCase(), ...d })),
    place,
    signedDate: opening(agreement.signedDate, '/agreement/signedDate', place, lang, gaps).signedDate,
    signatory: gaps.text(decree.signatory?.name, '/agreement/decree/signatory'),
    members,
  };
  return { view, missing: gaps.missing };
}
