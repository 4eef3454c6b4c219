/**
 * The whole report, pure: schema-valid plans (with their file names) and the skipped files in, the Report out.
 * Each plan gets its own indicators; the set gets indicators computed from the summed metrics; `--by` groups
 * get theirs from the sum of their plans (program, region) or of their partners (sector, partner).
 */
import type { Lang } from '../guide/types.js';
import { MONITORING_QUESTIONS } from '../guide/monitoring.js';
import { PARTNER_STATUSES, PROGRAMS } from '../guide/programs.js';
import { SECTORS } from '../guide/sectors.js';
import { msg } from '../guide/messages/index.js';
import type { Plan } from '../plan/types.js';
import { canonicalRegionCode, findProvince, findRegency } from '../guide/regions.js';
import { onOrBefore } from './dates.js';
import { dayNumber } from '../locale/dates.js';
import { planSeries } from './series.js';
import { planMetrics, type Metrics, type PartnerMetrics } from './metrics.js';
import { groupBy, partnerSubsetMetrics, sumMetrics } from './aggregate.js';
import { indicatorsFrom, PARTNER_LEVEL_INDICATORS } from './indicators.js';
import type { Answer, GanttActivity, GroupBy, GroupReport, PartnerRow, PlanReport, Report, SkippedPlan } from './types.js';

export interface ReportInput {
  file: string;
  plan: Plan;
}

export interface BuildOptions {
  asOf: string;
  /** A reporting period (--period): events count from its first day to as-of. */
  period?: { id: string; start: string; end: string };
  lang: Lang;
  by?: GroupBy;
  version: string;
  /**
   * Whether each plan gets its own indicators, answers, Gantt and partner rows. False where the format will not
   * show them (many plans in table, markdown and html): thousands of unused sections are most of the memory.
   */
  planSections?: boolean;
  /**
   * Whether each plan's per-partner numbers are kept for the set: needed for one plan's per-partner breakdown and
   * for `--by sector|partner`, otherwise only their sums are.
   */
  partnerDetail?: boolean;
}

const label = (items: readonly { id: string; label: { id: string; en: string } }[], id: string, lang: Lang) =>
  items.find((i) => i.id === id)?.label[lang] ?? id;

export function programKey(plan: Plan): string {
  return plan.program === 'lainnya' && plan.programName ? `lainnya/${plan.programName}` : plan.program;
}

export function programLabel(plan: Plan, lang: Lang): string {
  return plan.program === 'lainnya' && plan.programName ? plan.programName : label(PROGRAMS, plan.program, lang);
}

const normalise = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The plan's region with its Kemendagri codes: as written when valid, else looked up by the names. */
export function regionOf(plan: Plan): PlanReport['region'] {
  const { province, regency } = plan.region;
  const given = (c: string | number | undefined, depth: number) => {
    const code = typeof c === 'string' ? canonicalRegionCode(c) : undefined;
    return code !== undefined && code.split('.').length === depth ? code : undefined;
  };
  const provinceCode = given(plan.region.provinceCode, 1) ?? findProvince(province)?.code;
  const regencyCode = given(plan.region.regencyCode, 2) ?? findRegency(regency, provinceCode)?.code;
  return { province, regency, ...(provinceCode ? { provinceCode } : {}), ...(regencyCode ? { regencyCode } : {}) };
}

function ganttOf(plan: Plan, asOf: number): GanttActivity[] {
  const log = (plan.implementation?.log ?? []).filter((l) => onOrBefore(l.date, asOf));
  const logOf = groupBy(log, (l) => l.activity);
  return (plan.workplan?.activities ?? []).map((a) => {
    const entries = [...(logOf.get(a.id) ?? [])].sort((x, y) => dayNumber(x.date)! - dayNumber(y.date)!);
    const latest = entries[entries.length - 1];
    const done = entries.find((l) => l.status === 'done');
    const plannedEnd = dayNumber(a.when?.end) ?? dayNumber(a.when?.start);
    return {
      id: a.id,
      label: a.what ?? a.id,
      ...(a.when?.start ? { start: a.when.start } : {}),
      ...(a.when?.end ? { end: a.when.end } : {}),
      status: done ? 'done' : latest?.status ?? 'planned',
      ...(done && plannedEnd !== undefined ? { onTime: dayNumber(done.date)! <= plannedEnd } : {}),
    };
  });
}

function partnerRows(partners: readonly PartnerMetrics[], lang: Lang): PartnerRow[] {
  return partners.map((p) => ({
    id: p.id, name: p.name, sector: p.sector, sectorLabel: label(SECTORS, p.sector, lang),
    status: p.status, statusLabel: label(PARTNER_STATUSES, p.status, lang), roles: p.roles,
  }));
}

function answers(plan: Plan, lang: Lang): Answer[] {
  return MONITORING_QUESTIONS.map((q) => {
    const a = plan.monitoring?.questions?.[q.id]?.trim();
    return { id: q.id, question: q.label[lang], answer: a ? a : null };
  });
}

function groups(by: GroupBy, parts: readonly PlanPart[], lang: Lang): GroupReport[] {
  if (by === 'program' || by === 'region') {
    // Regions are grouped by their Kemendagri code (so "Kab. Sumedang" and "Kabupaten Sumedang" are one group),
    // by name where a plan's region is not on the official list.
    const provinces = new Set(parts.map((i) => i.report.region.provinceCode ?? normalise(i.report.region.province)));
    const byProvince = provinces.size > 1;
    const regionKey = (p: PlanReport) => (byProvince ? p.region.provinceCode ?? normalise(p.region.province) : p.region.regencyCode ?? normalise(p.region.regency));
    const regionLabel = (p: PlanReport) => {
      const [name, code] = byProvince ? [p.region.province, p.region.provinceCode] : [p.region.regency, p.region.regencyCode];
      return code ? `${name} (${code})` : name;
    };
    const keyOf = (p: PlanReport) => (by === 'program' ? p.program : regionKey(p));
    const grouped = groupBy(parts, (i) => keyOf(i.report));
    return [...grouped.entries()].map(([key, members]) => {
      const first = members[0]!.report;
      const m = sumMetrics(members.map((x) => x.metrics));
      return { key, label: by === 'program' ? first.programLabel : regionLabel(first), plans: m.plans, indicators: indicatorsFrom(m, lang, { perPartner: false }) };
    }).sort((a, b) => (by === 'region' ? a.key.localeCompare(b.key) : a.label.localeCompare(b.label)));
  }
  const partners = parts.flatMap((i) => i.metrics.partners);
  if (by === 'sector') {
    return SECTORS.map((s) => ({ s, members: partners.filter((p) => p.sector === s.id) }))
      .filter(({ members }) => members.length > 0)
      .map(({ s, members }) => {
        const m = partnerSubsetMetrics(members);
        return { key: s.id, label: s.label[lang], plans: m.plans, indicators: indicatorsFrom(m, lang, { perPartner: false, only: PARTNER_LEVEL_INDICATORS }) };
      });
  }
  // Partners are plan-local ids; across plans the same organisation is recognised by its name.
  const grouped = groupBy(partners, (p) => normalise(p.name));
  return [...grouped.entries()].map(([key, members]) => {
    const m = partnerSubsetMetrics(members);
    return { key, label: members[0]!.name, plans: m.plans, indicators: indicatorsFrom(m, lang, { perPartner: false, only: PARTNER_LEVEL_INDICATORS }) };
  }).sort((a, b) => a.label.localeCompare(b.label));
}

/** One plan's share of a report: its raw numbers (to be summed) and its own section. Plain data, so it can be
 * computed in a worker thread and sent back. */
export interface PlanPart {
  metrics: Metrics;
  report: PlanReport;
  /** The plan itself, when the caller asked for it (the official report shapes). */
  plan?: Plan;
}

export function planPart(input: ReportInput, options: BuildOptions): PlanPart {
  const { lang } = options;
  const asOf = dayNumber(options.asOf)!;
  const metrics = planMetrics(input.plan, options.asOf, input.file, options.period?.start);
  const sections = options.planSections !== false;
  return {
    metrics: options.partnerDetail === false ? { ...metrics, partners: [] } : metrics,
    report: {
      file: input.file,
      title: input.plan.title,
      program: programKey(input.plan),
      programLabel: programLabel(input.plan, lang),
      region: regionOf(input.plan),
      indicators: sections ? indicatorsFrom(metrics, lang, { perPartner: true }) : [],
      series: sections ? planSeries(input.plan, { asOf, ...(options.period ? { from: dayNumber(options.period.start)! } : {}) }) : [],
      questions: sections ? answers(input.plan, lang) : [],
      activities: sections ? ganttOf(input.plan, asOf) : [],
      partners: sections ? partnerRows(metrics.partners, lang) : [],
    },
  };
}

/** The whole report from the plans' parts: the set's indicators come from the summed numbers, never averages. */
export function assembleReport(parts: readonly PlanPart[], skipped: readonly SkippedPlan[], options: BuildOptions): Report {
  const { lang } = options;
  const total = sumMetrics(parts.map((c) => c.metrics));
  return {
    tool: 'kemitraan',
    version: options.version,
    asOf: options.asOf,
    ...(options.period ? { period: options.period } : {}),
    lang,
    ...(options.by ? { by: options.by } : {}),
    summary: { plans: parts.length, skipped: skipped.length },
    indicators: indicatorsFrom(total, lang, { perPartner: parts.length === 1 }),
    questions: MONITORING_QUESTIONS.map((q) => ({ id: q.id, question: q.label[lang], answered: total.questionsAnswered[q.id] ?? 0, plans: total.plans })),
    plans: parts.map((p) => p.report),
    ...(options.by ? { groups: groups(options.by, parts, lang) } : {}),
    skipped: [...skipped],
  };
}

export function buildReport(inputs: readonly ReportInput[], skipped: readonly SkippedPlan[], options: BuildOptions): Report {
  return assembleReport(inputs.map((input) => planPart(input, options)), skipped, options);
}

/** The words for a `--by` dimension. */
export function byLabel(by: GroupBy, lang: Lang): string {
  return msg(lang, `report.by.${by}`);
}

