/**
 * The shapes officials submit, as Markdown (render turns it into HTML and DOCX) and CSV. Pure: plans in, text out.
 *
 * - Semester report (laporan semester), the format OPDs send Bappeda for a cross-sector forum (e.g. a kabupaten's
 *   Germas agreement: penanggung jawab, kebijakan, tujuan, kegiatan utama, indikator dan target, alokasi
 *   anggaran): per plan, the plan's indicators with target and realisation; then per partner (OPD, company,
 *   organisation) the person in charge, the policy it acts under, its goals, its main activities in the semester,
 *   and its budget (committed, budgeted for activities it funds) with realisation in the semester and in total.
 * - CSR plan versus realisation (rencana dan realisasi TJSL): per business partner (sector `swasta`), what it
 *   committed, what the work plan budgets from it, and what it delivered (in the period and in total).
 *
 * Money and in-kind: Rupiah are amounts with `amountIdr`; contributions without one are listed as what they are
 * ("126 orang", "tenaga: kader pendamping"), never as Rp 0.
 */
import type { Lang } from '../guide/types.js';
import { msg } from '../guide/messages/index.js';
import { CONTRIBUTION_TYPES } from '../guide/programs.js';
import { ROLES } from '../guide/roles.js';
import { formatNumber, formatRupiah, longDate } from '../locale/format.js';
import { parseIsoDate, dayNumber } from '../locale/dates.js';
import type { Plan, Partner } from '../plan/types.js';
import { indicatorSeries } from './series.js';
import { periodLabel } from './period-label.js';
import type { ReportPeriod } from './period.js';

export interface OfficialInput {
  file: string;
  plan: Plan;
}

const cell = (s: string | number | undefined) => String(s ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const table = (head: string[], rows: string[][]) => [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
const date = (iso: string | undefined, lang: Lang) => {
  const d = parseIsoDate(iso);
  return d ? longDate(d, lang) : '';
};
const within = (iso: string | undefined, from: number, to: number) => {
  const d = dayNumber(iso);
  return d !== undefined && d >= from && d <= to;
};

/** "Rp 150.000.000" for money; "126 orang (tenaga)" or the description for what is given in kind. */
function contributionText(c: { type: string; description: string; amountIdr?: number; quantity?: number; unit?: string }, lang: Lang): string {
  const type = CONTRIBUTION_TYPES.find((t) => t.id === c.type)?.label[lang] ?? c.type;
  if (c.amountIdr !== undefined) return `${c.description} — ${formatRupiah(c.amountIdr, lang)}${c.type !== 'dana' ? ` (${msg(lang, 'official.inKindValue', { type })})` : ''}`;
  if (c.quantity !== undefined) return `${c.description} — ${formatNumber(c.quantity, lang)}${c.unit ? ` ${c.unit}` : ''} (${type})`;
  return `${c.description} (${type})`;
}

function personInCharge(plan: Plan, partner: Partner, lang: Lang): string {
  const signatory = plan.agreement?.parties?.find((p) => p.partner === partner.id)?.signatory;
  const who = partner.contact?.name ? `${partner.contact.name}${partner.contact.position ? `, ${partner.contact.position}` : ''}` : undefined;
  const signs = signatory ? `${signatory.name}, ${signatory.position}` : undefined;
  if (who && signs && !signs.startsWith(partner.contact!.name!)) return `${who}; ${msg(lang, 'official.signedBy', { who: signs })}`;
  return who ?? signs ?? msg(lang, 'official.notFilled');
}

/** The periods' window in day numbers. */
function windowOf(period: ReportPeriod, asOf: string): { from: number; to: number } {
  return { from: dayNumber(period.start)!, to: Math.min(dayNumber(period.end)!, dayNumber(asOf)!) };
}

function indicatorTable(plan: Plan, period: ReportPeriod, asOf: string, lang: Lang): string {
  const { from, to } = windowOf(period, asOf);
  const rows = (plan.monitoring?.indicators ?? []).map((ind) => {
    const s = indicatorSeries(ind, { asOf: to, from });
    const unit = ind.unit ? ` ${ind.unit}` : '';
    const q = (n: number | undefined) => (n === undefined ? '' : ind.unit === 'Rp' ? formatRupiah(n, lang) : `${formatNumber(n, lang, 1)}${unit === ' %' ? '%' : unit}`);
    const realised = s.inPeriod ? `${q(s.inPeriod.value)} (${date(s.inPeriod.date, lang)})` : s.value !== undefined ? `${q(s.value)}${s.valueDate ? ` (${date(s.valueDate, lang)})` : ''} — ${msg(lang, 'official.notMeasuredInPeriod')}` : msg(lang, 'official.noData');
    const pct = s.value !== undefined && ind.target !== undefined && ind.target !== (ind.baseline ?? 0)
      ? `${formatNumber(((s.value - (ind.baseline ?? 0)) / (ind.target - (ind.baseline ?? 0))) * 100, lang, 0)}%` : '';
    return [msg(lang, `official.class.${ind.class}`), ind.name, q(ind.baseline), `${q(ind.target)}${ind.targetDate ? ` (${date(ind.targetDate, lang)})` : ''}`, realised, pct];
  });
  if (rows.length === 0) return msg(lang, 'official.noIndicators');
  return table([msg(lang, 'official.col.class'), msg(lang, 'official.col.indicator'), msg(lang, 'official.col.baseline'), msg(lang, 'official.col.target'), msg(lang, 'official.col.realisation'), msg(lang, 'official.col.achieved')], rows);
}

interface Money {
  committedIdr: number;
  budgetedIdr: number;
  deliveredInPeriodIdr: number;
  deliveredTotalIdr: number;
  inKind: string[];
}

function partnerMoney(plan: Plan, partnerId: string, period: ReportPeriod, asOf: string, lang: Lang): Money {
  const { from, to } = windowOf(period, asOf);
  const contributions = plan.goals?.partnerRoles?.find((r) => r.partner === partnerId)?.contributions ?? [];
  const committedIdr = contributions.reduce((n, c) => n + (c.amountIdr ?? 0), 0);
  const inKind = contributions.filter((c) => c.amountIdr === undefined).map((c) => contributionText(c, lang));
  const budgetedIdr = (plan.workplan?.activities ?? []).filter((a) => a.budget?.fundedBy === partnerId).reduce((n, a) => n + (a.budget?.amountIdr ?? 0), 0);
  const deliveries = (plan.implementation?.deliveries ?? []).filter((d) => d.partner === partnerId && d.amountIdr !== undefined);
  const deliveredInPeriodIdr = deliveries.filter((d) => within(d.date, from, to)).reduce((n, d) => n + d.amountIdr!, 0);
  const deliveredTotalIdr = deliveries.filter((d) => within(d.date, -Infinity, to)).reduce((n, d) => n + d.amountIdr!, 0);
  return { committedIdr, budgetedIdr, deliveredInPeriodIdr, deliveredTotalIdr, inKind };
}

/** "80%", or the over-delivery said as such: "112% (melebihi komitmen Rp 12.000.000)". */
function realisationText(delivered: number, committed: number, lang: Lang): string {
  if (committed === 0) return delivered > 0 ? msg(lang, 'official.withoutCommitment') : '—';
  const pct = `${formatNumber((delivered / committed) * 100, lang, 0)}%`;
  return delivered > committed ? `${pct} (${msg(lang, 'official.overDelivered', { amount: formatRupiah(delivered - committed, lang) })})` : pct;
}

function partnerSection(plan: Plan, partner: Partner, index: number, period: ReportPeriod, asOf: string, lang: Lang): string[] {
  const { from, to } = windowOf(period, asOf);
  const role = plan.goals?.partnerRoles?.find((r) => r.partner === partner.id);
  const roles = (role?.roles ?? []).map((r) => ROLES.find((x) => x.id === r)?.label[lang] ?? r);
  const activities = (plan.workplan?.activities ?? []).filter((a) => a.responsible === partner.id || (a.who ?? []).includes(partner.id));
  const goalIds = new Set(activities.flatMap((a) => a.goals ?? []));
  const goals = (plan.goals?.specific ?? []).filter((g) => goalIds.has(g.id)).map((g) => g.text);
  const log = plan.implementation?.log ?? [];
  const inSemester = activities.filter((a) => {
    const start = dayNumber(a.when?.start);
    const end = dayNumber(a.when?.end) ?? start;
    const logged = log.some((l) => l.activity === a.id && within(l.date, from, to));
    return logged || (start !== undefined && end !== undefined && start <= to && end >= from);
  });
  const statusOf = (id: string) => {
    const entries = log.filter((l) => l.activity === id && within(l.date, -Infinity, to)).sort((x, y) => x.date.localeCompare(y.date));
    const last = entries[entries.length - 1];
    return last ? `${msg(lang, `official.status.${last.status}`)} (${date(last.date, lang)})` : msg(lang, 'official.status.planned');
  };
  const money = partnerMoney(plan, partner.id, period, asOf, lang);
  const out = [
    `#### ${index}. ${cell(partner.name)}`, '',
    table([msg(lang, 'official.col.aspect'), msg(lang, 'official.col.description')], [
      [msg(lang, 'official.row.personInCharge'), personInCharge(plan, partner, lang)],
      [msg(lang, 'official.row.policy'), [...(plan.agreement?.legalBasis ?? []).slice(0, 3), ...(roles.length ? [msg(lang, 'official.roles', { roles: roles.join(', ') })] : [])].join('; ') || msg(lang, 'official.notFilled')],
      [msg(lang, 'official.row.goals'), goals.length ? goals.map((g) => g.replace(/[.;]\s*$/, '')).join('; ') : plan.goals?.general ?? msg(lang, 'official.notFilled')],
    ]), '',
    `**${msg(lang, 'official.mainActivities')}**`, '',
    inSemester.length
      ? table([msg(lang, 'official.col.activity'), msg(lang, 'official.col.when'), msg(lang, 'official.col.status'), msg(lang, 'official.col.budget')], inSemester.map((a) => [
        `${a.what ?? a.id}${a.responsible === partner.id ? ` (${msg(lang, 'official.responsible')})` : ''}`,
        a.when?.start ? `${date(a.when.start, lang)}${a.when.end && a.when.end !== a.when.start ? ` – ${date(a.when.end, lang)}` : ''}` : '',
        statusOf(a.id),
        a.budget ? `${formatRupiah(a.budget.amountIdr, lang)}${a.budget.source ? ` (${a.budget.source})` : ''}` : '',
      ]))
      : msg(lang, 'official.noActivities'),
    '',
    `**${msg(lang, 'official.budget')}**`, '',
    table([msg(lang, 'official.col.item'), msg(lang, 'official.col.amount')], [
      [msg(lang, 'official.row.committed'), money.committedIdr > 0 ? formatRupiah(money.committedIdr, lang) : '—'],
      [msg(lang, 'official.row.budgeted'), money.budgetedIdr > 0 ? formatRupiah(money.budgetedIdr, lang) : '—'],
      [msg(lang, 'official.row.deliveredInPeriod'), formatRupiah(money.deliveredInPeriodIdr, lang)],
      [msg(lang, 'official.row.deliveredTotal'), money.committedIdr > 0 ? `${formatRupiah(money.deliveredTotalIdr, lang)} (${realisationText(money.deliveredTotalIdr, money.committedIdr, lang)})` : formatRupiah(money.deliveredTotalIdr, lang)],
      ...(money.inKind.length ? [[msg(lang, 'official.row.inKind'), money.inKind.join('; ')]] : []),
    ]), '',
  ];
  return out;
}

/** The semester (or any period's) report of one or more plans, in Markdown. */
export function semesterMarkdown(inputs: readonly OfficialInput[], period: ReportPeriod, asOf: string, lang: Lang): string {
  const label = periodLabel(period, lang);
  const out = [`# ${msg(lang, 'official.semester.title', { period: label.toUpperCase() })}`, ''];
  out.push(msg(lang, 'official.semester.window', { start: date(period.start, lang), end: date(period.end < asOf ? period.end : asOf, lang) }), '');
  inputs.forEach(({ plan }, i) => {
    if (i > 0) out.push('---', '');
    out.push(`## ${cell(plan.title)}`, '');
    out.push(table([msg(lang, 'official.col.aspect'), msg(lang, 'official.col.description')], [
      [msg(lang, 'official.row.region'), `${plan.region.regency}${plan.region.regencyCode ? ` (${String(plan.region.regencyCode)})` : ''}, ${plan.region.province}`],
      [msg(lang, 'official.row.initiator'), plan.initiator.name],
      [msg(lang, 'official.row.generalGoal'), plan.goals?.general ?? msg(lang, 'official.notFilled')],
      [msg(lang, 'official.row.agreement'), plan.agreement?.signedDate ? msg(lang, 'official.signedOn', { date: date(plan.agreement.signedDate, lang) }) : msg(lang, 'official.notSigned')],
    ]), '');
    out.push(`### ${msg(lang, 'official.indicators')}`, '', indicatorTable(plan, period, asOf, lang), '');
    out.push(`### ${msg(lang, 'official.perPartner')}`, '');
    const joined = (plan.partners ?? []).filter((p) => p.status === 'committed' || p.status === 'signed');
    joined.forEach((p, j) => out.push(...partnerSection(plan, p, j + 1, period, asOf, lang)));
  });
  out.push(msg(lang, 'official.generated'), '');
  return out.join('\n');
}

export interface CsrRow {
  plan: string;
  file: string;
  partner: string;
  partnerId: string;
  committedIdr: number;
  budgetedIdr: number;
  deliveredInPeriodIdr: number;
  deliveredTotalIdr: number;
  /** delivered total / committed x 100, or null without a Rupiah commitment. */
  realisationPercent: number | null;
  /** Delivered beyond the commitment (never netted against another partner's shortfall). */
  overDeliveredIdr: number;
  inKind: string;
}

/** Business partners (sector swasta) who joined, per plan: committed, budgeted, delivered. */
export function csrRows(inputs: readonly OfficialInput[], period: ReportPeriod, asOf: string, lang: Lang): CsrRow[] {
  return inputs.flatMap(({ file, plan }) => (plan.partners ?? [])
    .filter((p) => p.sector === 'swasta' && (p.status === 'committed' || p.status === 'signed'))
    .map((p): CsrRow => {
      const m = partnerMoney(plan, p.id, period, asOf, lang);
      return {
        plan: plan.title, file, partner: p.name, partnerId: p.id,
        committedIdr: m.committedIdr, budgetedIdr: m.budgetedIdr, deliveredInPeriodIdr: m.deliveredInPeriodIdr, deliveredTotalIdr: m.deliveredTotalIdr,
        realisationPercent: m.committedIdr > 0 ? Math.round((m.deliveredTotalIdr / m.committedIdr) * 10_000) / 100 : null,
        overDeliveredIdr: Math.max(0, m.deliveredTotalIdr - m.committedIdr),
        inKind: m.inKind.join('; '),
      };
    }));
}

export function csrMarkdown(rows: readonly CsrRow[], period: ReportPeriod, asOf: string, lang: Lang): string {
  const out = [`# ${msg(lang, 'official.csr.title')}`, '', msg(lang, 'official.semester.window', { start: date(period.start, lang), end: date(period.end < asOf ? period.end : asOf, lang) }), ''];
  if (rows.length === 0) return [...out, msg(lang, 'official.csr.none'), ''].join('\n');
  out.push(table([
    msg(lang, 'official.col.partner'), msg(lang, 'official.col.plan'), msg(lang, 'official.row.committed'), msg(lang, 'official.row.budgeted'),
    msg(lang, 'official.row.deliveredInPeriod'), msg(lang, 'official.row.deliveredTotal'), msg(lang, 'official.col.realisation'), msg(lang, 'official.row.inKind'),
  ], rows.map((r) => [
    r.partner, r.plan, r.committedIdr ? formatRupiah(r.committedIdr, lang) : '—', r.budgetedIdr ? formatRupiah(r.budgetedIdr, lang) : '—',
    formatRupiah(r.deliveredInPeriodIdr, lang), formatRupiah(r.deliveredTotalIdr, lang), realisationText(r.deliveredTotalIdr, r.committedIdr, lang), r.inKind || '—',
  ])), '');
  // Totals: the shortfall is the sum of each partner's own shortfall, so one partner's surplus never hides another's gap.
  const committed = rows.reduce((n, r) => n + r.committedIdr, 0);
  const delivered = rows.reduce((n, r) => n + r.deliveredTotalIdr, 0);
  const shortfall = rows.reduce((n, r) => n + Math.max(0, r.committedIdr - r.deliveredTotalIdr), 0);
  const surplus = rows.reduce((n, r) => n + r.overDeliveredIdr, 0);
  out.push(msg(lang, 'official.csr.totals', {
    committed: formatRupiah(committed, lang), delivered: formatRupiah(delivered, lang), shortfall: formatRupiah(shortfall, lang), surplus: formatRupiah(surplus, lang),
  }), '', msg(lang, 'official.generated'), '');
  return out.join('\n');
}

export const CSR_CSV_COLUMNS = ['plan', 'file', 'partner_id', 'partner', 'committed_idr', 'budgeted_idr', 'delivered_period_idr', 'delivered_total_idr', 'realisation_percent', 'over_delivered_idr', 'in_kind'] as const;

export function csrCsv(rows: readonly CsrRow[]): string {
  const field = (v: string | number | null) => {
    if (v === null) return '';
    if (typeof v === 'number') return String(v);
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = rows.map((r) => [r.plan, r.file, r.partnerId, r.partner, r.committedIdr, r.budgetedIdr, r.deliveredInPeriodIdr, r.deliveredTotalIdr, r.realisationPercent, r.overDeliveredIdr, r.inKind].map(field).join(','));
  return [CSR_CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
