/**
 * The report as data: what every formatter (table, json, markdown, csv, html) renders, and what the JSON output
 * is (documented by schemas/report.schema.json). Texts are already in the chosen language.
 */
import type { Lang } from '../guide/types.js';
import type { IndicatorClass } from '../guide/monitoring.js';
import type { TargetRow } from './metrics.js';

/** Per-plan sections (Gantt, matrix, answers) in markdown/html/table are shown up to this many plans. */
export const PLAN_DETAIL_LIMIT = 20;

/** The dimensions `report --by` groups plans by (the CLI's choices come from here). */
export const GROUP_BY = ['sector', 'program', 'region', 'partner'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** A part of an indicator: a sector, a partner. */
export interface BreakdownRow {
  key: string;
  label: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
  /** Extra numbers for this row (e.g. partners listed next to partners joined). */
  extra?: Record<string, number>;
}

/** A supporting number of an indicator (e.g. contributions counted, months of the period). */
export interface Detail {
  key: string;
  label: string;
  value: number;
  unit: string;
}

/** A program target or health indicator of one plan, assessed at the as-of date, with its schedule in words. */
export interface TargetItem extends TargetRow {
  /** The schedule in words. */
  scheduleLabel: string;
}

export interface Indicator {
  id: string;
  class: IndicatorClass;
  label: string;
  unit: string;
  /** `no-data` when there is nothing to compute the value from (the value is then null). */
  status: 'ok' | 'no-data';
  value: number | null;
  /** For rates: the summed numerator and denominator the value was computed from. */
  numerator?: number;
  denominator?: number;
  target?: number;
  /** value / target x 100. */
  percentOfTarget?: number;
  details?: Detail[];
  breakdown?: BreakdownRow[];
  items?: TargetItem[];
}

export interface QuestionSummary {
  id: string;
  question: string;
  /** Plans that recorded an answer. */
  answered: number;
  plans: number;
}

export interface Answer {
  id: string;
  question: string;
  answer: string | null;
}

export interface GanttActivity {
  id: string;
  label: string;
  start?: string;
  end?: string;
  /** Latest log status on or before as-of, or `planned`. */
  status: 'planned' | 'done' | 'in-progress' | 'postponed' | 'cancelled';
  /** True when the activity is done on or before its planned end. */
  onTime?: boolean;
}

export interface PartnerRow {
  id: string;
  name: string;
  sector: string;
  sectorLabel: string;
  /** Status at the as-of date. */
  status: string;
  statusLabel: string;
  roles: string[];
}

/** One dated value of a monitoring indicator. */
export interface SeriesPoint {
  date: string;
  value: number;
}

/** A monitoring indicator of a plan over time (src/report/series.ts). */
export interface IndicatorSeries {
  id: string;
  class: IndicatorClass;
  name: string;
  unit?: string;
  /** The guide's indicator it sets the target of, if any. */
  ref?: string;
  direction: 'increase' | 'decrease';
  baseline?: number;
  target?: number;
  targetDate?: string;
  source?: string;
  /** Dated values up to as-of, oldest first. */
  points: SeriesPoint[];
  /** The value at as-of (and its date, unless it is an undated `actual`). */
  value?: number;
  valueDate?: string;
  /** The value before: at the end of the previous period (with --period), else the one before the latest. */
  previous?: SeriesPoint;
  /** value - previous.value. */
  change?: number;
  /** The latest value dated inside the reporting period (--period). */
  inPeriod?: SeriesPoint;
}

export interface PlanReport {
  file: string;
  title: string;
  program: string;
  programLabel: string;
  /** Names as written; Kemendagri codes as written or, when left out, found by the names. */
  region: { province: string; regency: string; provinceCode?: string; regencyCode?: string };
  indicators: Indicator[];
  /** Every monitoring indicator of the plan over time (own input/process ones included). */
  series: IndicatorSeries[];
  questions: Answer[];
  activities: GanttActivity[];
  partners: PartnerRow[];
}

export interface GroupReport {
  key: string;
  label: string;
  plans: number;
  indicators: Indicator[];
}

export interface SkippedFinding {
  line: number;
  column: number;
  ruleId: string;
  message: string;
}

export interface SkippedPlan {
  file: string;
  findings: SkippedFinding[];
}

export interface Report {
  tool: 'kemitraan';
  version: string;
  asOf: string;
  /** The reporting period (--period), in DHIS2 notation, with its first and last day. */
  period?: { id: string; start: string; end: string };
  lang: Lang;
  by?: GroupBy;
  /** Plans reported on (skipped ones are not counted) and plans skipped. */
  summary: { plans: number; skipped: number };
  /** Indicators of the whole set of plans given. */
  indicators: Indicator[];
  questions: QuestionSummary[];
  /** Each plan with its own indicators. */
  plans: PlanReport[];
  groups?: GroupReport[];
  skipped: SkippedPlan[];
}
