/**
 * Metrics into the guide's indicators, in one language: each with its stable id, class, label, value, unit and
 * target. Rates are computed here, from summed numerators and denominators (never from averaged rates).
 */
import type { Lang } from '../guide/types.js';
import { REPORT_INDICATORS, type IndicatorId, type ReportIndicator } from '../guide/monitoring.js';
import { SECTORS } from '../guide/sectors.js';
import { msg } from '../guide/messages/index.js';
import type { Metrics, TargetRow } from './metrics.js';
import type { BreakdownRow, Detail, Indicator, TargetItem } from './types.js';

/** The indicators that belong to a partner, the only ones `--by sector|partner` can split. */
export const PARTNER_LEVEL_INDICATORS: readonly IndicatorId[] = REPORT_INDICATORS.filter((d) => d.partnerLevel).map((d) => d.id);

export const round = (n: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

const ratio = (num: number, den: number, scale = 100): number | null => (den > 0 ? round((num / den) * scale) : null);

function targetOf(def: ReportIndicator, m: Metrics): number | undefined {
  const t = m.indicatorTargets[def.id];
  // A total has a target only when every plan in it set one; a partial sum would look like a real target.
  if (!t || t.plans < m.plans) return undefined;
  if (def.target.kind !== 'weighted') return round(t.sum);
  if (t.weight > 0) return round(t.weighted / t.weight);
  return m.plans === 1 ? t.sum : undefined;
}

export function scheduleLabel(lang: Lang, s: TargetRow['schedule']): string {
  return msg(lang, `report.schedule.${s}`);
}

export function targetItem(row: TargetRow, lang: Lang): TargetItem {
  return {
    ...row,
    percentAchieved: row.percentAchieved === null ? null : round(row.percentAchieved),
    expectedPercent: row.expectedPercent === null ? null : round(row.expectedPercent),
    change: row.change === null ? null : round(row.change, 4),
    scheduleLabel: scheduleLabel(lang, row.schedule),
  };
}

export interface IndicatorOptions {
  /** Break contributions down per partner (one plan, or a group of partners). */
  perPartner: boolean;
  /** Only these indicator ids (for partner-level groups). */
  only?: readonly IndicatorId[];
}

/** What the computation of an indicator gives; its catalog entry adds id, class, label, unit and target. */
type Computed = Omit<Indicator, 'id' | 'class' | 'label' | 'unit' | 'status' | 'target' | 'percentOfTarget'> & { value: number | null };

interface ComputeContext {
  lang: Lang;
  /** Break contributions down per partner. */
  perPartner: boolean;
  /** The catalog entry's unit in the reader's language. */
  unit: string;
  detail: (key: Parameters<typeof msg>[1], value: number, unit: string) => Detail;
}

/**
 * How each indicator of the catalog (guide/monitoring.ts REPORT_INDICATORS) is computed from summed metrics.
 * The type asks for exactly one entry per catalog id: an indicator cannot be forgotten or misspelt here.
 */
const COMPUTE: { readonly [K in IndicatorId]: (m: Metrics, c: ComputeContext) => Computed } = {
  'input.partners_listed': (m) => ({ value: m.partnersListed }),
  'input.partners_joined': (m) => ({ value: m.partnersJoined }),
  'input.partners_by_sector': (m, { lang }) => ({
    value: m.partnersJoined,
    breakdown: SECTORS.filter((s) => (m.listedBySector[s.id] ?? 0) > 0).map((s): BreakdownRow => ({
      key: s.id, label: s.label[lang], value: m.joinedBySector[s.id] ?? 0, extra: { listed: m.listedBySector[s.id] ?? 0 },
    })),
  }),
  'input.resources_committed': (m, { lang, detail }) => ({
    value: m.committedIdr,
    details: [
      detail('report.detail.contributions', m.contributionsCommitted, msg(lang, 'report.unit.contributions')),
      detail('report.detail.withAmount', m.contributionsWithAmount, msg(lang, 'report.unit.contributions')),
      ...Object.entries(m.quantities).sort(([a], [b]) => a.localeCompare(b)).map(([unit, q]): Detail => ({ key: `quantity:${unit}`, label: msg(lang, 'report.detail.quantity'), value: round(q), unit })),
    ],
  }),
  'process.contributions_delivered': (m, { lang, perPartner, detail }) => ({
    // Each partner counts up to its own commitment; what it gave beyond that is shown apart, never netted.
    value: ratio(m.deliveredIdr - m.overDeliveredIdr, m.committedIdr), numerator: m.deliveredIdr - m.overDeliveredIdr, denominator: m.committedIdr,
    details: [
      detail('report.detail.deliveredIdr', m.deliveredIdr, 'Rp'),
      ...(m.overDeliveredIdr > 0 ? [detail('report.detail.overDeliveredIdr', m.overDeliveredIdr, 'Rp')] : []),
      detail('report.detail.contributionsDelivered', m.contributionsDelivered, msg(lang, 'report.unit.contributions')),
      detail('report.detail.contributions', m.contributionsCommitted, msg(lang, 'report.unit.contributions')),
    ],
    ...(perPartner ? {
      breakdown: m.partners.filter((p) => p.joined).map((p): BreakdownRow => ({
        key: p.id, label: p.name, value: ratio(p.deliveredIdr, p.committedIdr), numerator: p.deliveredIdr, denominator: p.committedIdr,
        extra: { contributionsDelivered: p.contributionsDelivered, contributionsCommitted: p.contributionsCommitted },
      })),
    } : {}),
  }),
  'process.meetings_held': (m) => ({ value: m.meetingsHeld }),
  'process.meetings_per_month': (m, { lang, unit, detail }) => ({
    value: ratio(m.periodMeetings, m.periodMonths, 1), numerator: m.periodMeetings, denominator: round(m.periodMonths, 4),
    details: [
      detail('report.detail.periodMonths', m.periodMonths, msg(lang, 'report.unit.months')),
      // Meetings are whole: "40 pertemuan", not "39,89 pertemuan".
      ...(m.plannedMonths > 0 ? [detail('report.detail.expectedMeetings', Math.round(m.expectedMeetings), unit.split('/')[0]!)] : []),
    ],
  }),
  'process.activities_planned': (m, { unit, detail }) => ({ value: m.activitiesPlanned, details: [detail('report.detail.activitiesDue', m.activitiesDue, unit)] }),
  'process.activities_done': (m) => ({ value: m.activitiesDone }),
  'process.activities_on_schedule': (m) => ({ value: ratio(m.activitiesOnTime, m.activitiesScheduled), numerator: m.activitiesOnTime, denominator: m.activitiesScheduled }),
  'process.partners_active': (m) => ({ value: m.partnersActive, numerator: m.partnersActive, denominator: m.partnersJoined }),
  'output.products': (m) => ({ value: m.products }),
  'output.target_achievement': (m, { lang, detail }) => {
    const assessed = m.targets.filter((t) => t.schedule === 'reached' || t.schedule === 'ahead' || t.schedule === 'behind');
    const onTrack = assessed.filter((t) => t.schedule !== 'behind').length;
    return {
      value: ratio(onTrack, assessed.length), numerator: onTrack, denominator: assessed.length,
      details: [
        detail('report.detail.targets', m.targets.length, msg(lang, 'report.unit.targets')),
        detail('report.detail.reached', m.targets.filter((t) => t.schedule === 'reached').length, msg(lang, 'report.unit.targets')),
      ],
      items: m.targets.map((t) => targetItem(t, lang)),
    };
  },
  'outcome.health_indicators': (m, { lang }) => {
    const withData = m.outcomes.filter((o) => o.improved !== null);
    const improved = withData.filter((o) => o.improved).length;
    return {
      value: withData.length > 0 ? improved : null, numerator: improved, denominator: withData.length,
      items: m.outcomes.map((o) => targetItem(o, lang)),
    };
  },
};

export function indicatorsFrom(m: Metrics, lang: Lang, options: IndicatorOptions): Indicator[] {
  const detail = (key: Parameters<typeof msg>[1], value: number, unit: string): Detail => ({ key: key.replace(/^report\.detail\./, ''), label: msg(lang, key), value: round(value), unit });
  const out: Indicator[] = [];
  for (const def of REPORT_INDICATORS) {
    if (options.only && !options.only.includes(def.id)) continue;
    const unit = def.unit[lang];
    const ind = {
      id: def.id, class: def.class, label: def.label[lang], unit: unit || msg(lang, 'report.unit.indicators'),
      ...COMPUTE[def.id](m, { lang, perPartner: options.perPartner, unit, detail }),
    };
    const target = targetOf(def, m);
    const withTarget = target === undefined ? {} : {
      target,
      ...(ind.value !== null && target !== 0 ? { percentOfTarget: round((ind.value / target) * 100) } : {}),
    };
    out.push({ ...ind, status: ind.value === null ? 'no-data' : 'ok', ...withTarget } as Indicator);
  }
  return out;
}

