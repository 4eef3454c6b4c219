/**
 * The view model of the 5W1H work plan: activities grouped by the month they start (undated ones last), each
 * with what, why, who (the responsible partner marked), where, when, how, target group and budget; totals per
 * funding partner and per funding source. Pure: plan in, view out.
 */
import type { Lang } from '../guide/types.js';
import { msg } from '../guide/messages/index.js';
import { ACTIVITY_KINDS } from '../guide/workplan.js';
import { IMPLEMENTATION_ACTIVITIES } from '../guide/implementation.js';
import { PROGRAMS } from '../guide/programs.js';
import type { Activity, Plan } from '../plan/types.js';
import { Gaps, type MissingField } from './missing.js';
import { formNames, noStop, subjectText } from './view-agreement.js';
import { dateRange } from './dates.js';
import { parseIsoDate } from '../locale/dates.js';
import { formatPercent, formatRupiah, formatNumber, monthYear } from '../locale/format.js';
import { escapeMarkdown, rupiahInWords } from './text.js';

export interface ActivityView {
  number: number;
  id: string;
  what: string;
  why: string;
  /** "Dinas Kesehatan (penanggung jawab), UNICEF". */
  who: string;
  whoList: { name: string; responsible: boolean }[];
  responsible: string;
  where: string;
  when: string;
  how: string;
  targetGroup: string;
  budget: string;
  source: string;
  fundedBy: string;
  kind?: string;
  goals?: string;
  /** "Jumlah kader terlatih (target 120 orang)". */
  output?: string;
  /** The cost breakdown (volume x unit x price), when the plan gives one. */
  costs?: { description: string; volume: string; unit: string; price: string; amount: string }[];
}

export interface TotalView {
  name: string;
  activities: number;
  amount: string;
  share: string;
}

export interface PlanView {
  doc: 'plan';
  /** "LAMPIRAN / NOTA KESEPAHAMAN ... / NOMOR ... / TENTANG ...": the agreement this plan is annexed to. */
  annex?: string[];
  lang: Lang;
  source: string;
  title: string;
  program: string;
  region: string;
  initiator: string;
  period?: string;
  goal?: string;
  mechanism?: string;
  meetingsPerMonth?: number;
  groups: { label: string; activities: ActivityView[] }[];
  activities: ActivityView[];
  byPartner: TotalView[];
  bySource: TotalView[];
  total: { amount: string; words: string; activities: number };
}

/** Sort key: start date (or end), undated last, then the plan's own order. */
function startKey(a: Activity): string {
  return parseIsoDate(a.when?.start) ? a.when!.start! : parseIsoDate(a.when?.end) ? a.when!.end! : '9999';
}

function percent(part: number, whole: number, lang: Lang): string {
  if (whole <= 0) return '-';
  // One decimal for every row, so that the column reads at one precision ("6,0%" beside "4,5%").
  return formatPercent((part / whole) * 100, lang, 1, 1);
}

function outputText(output: NonNullable<Activity['output']>, lang: Lang): string {
  const unit = output.unit ? (output.unit === '%' ? '%' : ` ${escapeMarkdown(output.unit)}`) : '';
  const target = output.target !== undefined ? ` (${msg(lang, 'render.doc.monitoring.target', { target: `${formatNumber(output.target, lang)}${unit}` })})` : '';
  return `${escapeMarkdown(output.indicator)}${target}`;
}

/**
 * The agreement this plan is the Lampiran of: the PKS when the plan has one (it carries the amounts), else the
 * agreement its form names (Nota Kesepahaman or Keputusan). No agreement yet: no annex heading.
 */
function annexOf(plan: Plan, lang: Lang): { annex?: string[] } {
  const agreement = plan.agreement;
  if (!agreement?.form && !agreement?.pks) return {};
  const subject = subjectText(agreement.pks?.subject ?? agreement.subject);
  const about = subject ? escapeMarkdown(subject).toUpperCase() : msg(lang, 'render.doc.placeholder');
  let form: string;
  let number: string | undefined;
  if (agreement.pks) {
    form = formNames('pks', lang).title;
    number = agreement.pks.parties?.[0]?.documentNumber;
  } else if (agreement.form!.startsWith('sk-')) {
    const area = (agreement.form === 'sk-camat' ? plan.region?.district : plan.region?.regency)?.replace(/^(kabupaten|kab\.|kota|kecamatan)\s+/i, '');
    const head = msg(lang, `render.doc.decree.head.${agreement.form as 'sk-bupati'}`, { area: area ? escapeMarkdown(area) : msg(lang, 'render.doc.placeholder') });
    form = msg(lang, 'render.doc.decree.title', { head: head.toUpperCase() });
    number = agreement.decree?.number;
  } else {
    form = formNames(agreement.form!, lang).title;
    number = agreement.parties?.[0]?.documentNumber;
  }
  return {
    annex: [
      msg(lang, 'render.doc.plan.annex'),
      form,
      msg(lang, 'render.doc.plan.annexNumber', { number: number ? escapeMarkdown(number) : msg(lang, 'render.doc.placeholder') }),
      `${msg(lang, 'render.doc.about')} ${about}`,
    ],
  };
}

export function buildPlanView(plan: Plan, lang: Lang, source: string): { view: PlanView; missing: MissingField[] } {
  const gaps = new Gaps(lang);
  const partners = plan.partners ?? [];
  const partnerName = (id: string) => escapeMarkdown(partners.find((p) => p.id === id)?.name ?? id);
  const indexed = (plan.workplan?.activities ?? []).map((a, index) => ({ a, index }));
  const ordered = [...indexed].sort((x, y) => startKey(x.a).localeCompare(startKey(y.a)) || x.index - y.index);

  const activities: ActivityView[] = ordered.map(({ a, index }, n) => {
    const at = `/workplan/activities/${index}`;
    const who = (a.who ?? []).map((id) => ({ name: partnerName(id), responsible: id === a.responsible }));
    // The responsible partner first: it is the one to call.
    who.sort((x, y) => Number(y.responsible) - Number(x.responsible));
    const mark = msg(lang, 'render.doc.plan.responsibleMark');
    const start = parseIsoDate(a.when?.start);
    const end = parseIsoDate(a.when?.end);
    const range = dateRange(start, end, lang);
    const schedule = a.when?.schedule ? escapeMarkdown(a.when.schedule) : undefined;
    const when = range && schedule ? `${range} (${schedule})` : (range ?? schedule ?? gaps.gap(`${at}/when`));
    const kind = ACTIVITY_KINDS.find((k) => k.id === a.kind)?.label[lang];
    const category = IMPLEMENTATION_ACTIVITIES.find((c) => c.id === a.category)?.label[lang];
    const goalTexts = (a.goals ?? []).map((g) => plan.goals?.specific?.find((s) => s.id === g)?.text ?? g);
    return {
      number: n + 1,
      id: escapeMarkdown(a.id),
      what: gaps.text(a.what, `${at}/what`),
      why: gaps.text(a.why, `${at}/why`),
      who: who.length > 0 ? who.map((w) => (w.responsible ? `**${w.name}** ${mark}` : w.name)).join(', ') : gaps.gap(`${at}/who`),
      whoList: who,
      responsible: a.responsible ? partnerName(a.responsible) : gaps.gap(`${at}/responsible`),
      where: gaps.text(a.where, `${at}/where`),
      when,
      how: gaps.text(a.how, `${at}/how`),
      targetGroup: gaps.text(a.targetGroup, `${at}/targetGroup`),
      budget: a.budget ? formatRupiah(a.budget.amountIdr, lang) : gaps.gap(`${at}/budget`),
      source: a.budget ? gaps.text(a.budget.source, `${at}/budget/source`) : gaps.mdPlaceholder,
      // Money from a source that is not a partner (Dana Desa, APBD) has no funding partner: that is not a gap.
      fundedBy: a.budget
        ? a.budget.fundedBy ? partnerName(a.budget.fundedBy) : a.budget.source ? msg(lang, 'render.doc.plan.outside', { source: escapeMarkdown(a.budget.source) }) : gaps.gap(`${at}/budget/fundedBy`)
        : gaps.mdPlaceholder,
      ...(kind || category ? { kind: escapeMarkdown([kind, category].filter(Boolean).join(' — ')) } : {}),
      ...(goalTexts.length > 0 ? { goals: goalTexts.map((t) => escapeMarkdown(noStop(t))).join('; ') } : {}),
      ...(a.output ? { output: outputText(a.output, lang) } : {}),
      ...(a.budget?.items?.length ? {
        costs: a.budget.items.map((item) => ({
          description: escapeMarkdown(item.description),
          volume: formatNumber(item.volume, lang),
          unit: escapeMarkdown(item.unit),
          price: formatRupiah(item.unitPriceIdr, lang),
          amount: formatRupiah(item.volume * item.unitPriceIdr, lang),
        })),
      } : {}),
    };
  });

  const groups: PlanView['groups'] = [];
  ordered.forEach(({ a }, n) => {
    const d = parseIsoDate(startKey(a));
    const label = d ? monthYear(d, lang) : msg(lang, 'render.doc.plan.undated');
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.activities.push(activities[n]!);
    else groups.push({ label, activities: [activities[n]!] });
  });

  // Totals: by the partner who pays and by the funding source, in order of amount.
  const total = (plan.workplan?.activities ?? []).reduce((s, a) => s + (a.budget?.amountIdr ?? 0), 0);
  const tally = (keyOf: (a: Activity) => string | undefined, label: (k: string) => string): TotalView[] => {
    const sums = new Map<string, { amount: number; activities: number }>();
    for (const a of plan.workplan?.activities ?? []) {
      if (!a.budget) continue;
      const k = keyOf(a) ?? '';
      const cur = sums.get(k) ?? { amount: 0, activities: 0 };
      sums.set(k, { amount: cur.amount + a.budget.amountIdr, activities: cur.activities + 1 });
    }
    return [...sums.entries()]
      .sort((x, y) => y[1].amount - x[1].amount || x[0].localeCompare(y[0]))
      .map(([k, v]) => ({ name: k === '' ? msg(lang, 'render.doc.plan.outsideTotal') : label(k), activities: v.activities, amount: formatRupiah(v.amount, lang), share: percent(v.amount, total, lang) }));
  };

  const program = plan.program === 'lainnya' && plan.programName ? plan.programName : (PROGRAMS.find((p) => p.id === plan.program)?.label[lang] ?? plan.program);
  const region = [plan.region?.village, plan.region?.district, plan.region?.regency, plan.region?.province].filter((x): x is string => !!x);
  const periodStart = parseIsoDate(plan.dates?.start ?? plan.agreement?.period?.start);
  const periodEnd = parseIsoDate(plan.dates?.end ?? plan.agreement?.period?.end);
  const period = dateRange(periodStart, periodEnd, lang);

  const view: PlanView = {
    doc: 'plan',
    ...annexOf(plan, lang),
    lang,
    source: escapeMarkdown(source),
    title: gaps.text(plan.title, '/title'),
    program: gaps.text(program, '/program'),
    region: region.length > 0 ? escapeMarkdown(region.join(', ')) : gaps.gap('/region'),
    initiator: gaps.text(plan.initiator?.name, '/initiator/name'),
    ...(period ? { period } : {}),
    ...(plan.goals?.general ? { goal: escapeMarkdown(plan.goals.general) } : {}),
    ...(plan.workplan?.mechanism ? { mechanism: escapeMarkdown(plan.workplan.mechanism) } : {}),
    ...(plan.workplan?.plannedMeetingsPerMonth !== undefined ? { meetingsPerMonth: plan.workplan.plannedMeetingsPerMonth } : {}),
    groups,
    activities,
    byPartner: tally((a) => a.budget?.fundedBy, partnerName),
    bySource: tally((a) => a.budget?.source?.trim() || undefined, escapeMarkdown),
    total: { amount: formatRupiah(total, lang), words: rupiahInWords(total, lang), activities: activities.length },
  };
  if (activities.length === 0) gaps.gap('/workplan/activities');
  return { view, missing: gaps.missing };
}
