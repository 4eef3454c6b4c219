/** What every assessment-report format shares: numbers in the reader's language, labels, the round's headline. */
import type { Lang } from '../../guide/types.js';
import type { Instrument } from '../../guide/instruments/index.js';
import { msg } from '../../guide/messages/index.js';
import { formatNumber } from '../../locale/format.js';
import type { AssessmentReport, RoundResult, Stats } from '../aggregate.js';

export interface AssessFormatInput {
  report: AssessmentReport;
  instrument: Instrument;
  lang: Lang;
  toolVersion: string;
  /** Files not counted (with problems), for the reader to know what is missing. */
  skipped: readonly string[];
}

export type AssessFormatter = (input: AssessFormatInput) => string;

/** 3,67 in Indonesian, 3.67 in English; "—" for no value. */
export function num(lang: Lang, x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined) return '—';
  return formatNumber(x, lang, digits);
}

/** A signed change: +0,5 / −1,25 / 0. */
export function signed(lang: Lang, x: number | null | undefined): string {
  if (x === null || x === undefined) return '—';
  const r = Math.round(x * 100) / 100;
  return r > 0 ? `+${num(lang, r)}` : r < 0 ? `−${num(lang, -r)}` : num(lang, 0);
}

export function range(lang: Lang, s: Pick<Stats, 'min' | 'max'>): string {
  return s.min === null ? '—' : `${num(lang, s.min)}–${num(lang, s.max)}`;
}

export function bandLabel(instrument: Instrument, id: string | null, lang: Lang): string {
  if (id === null) return msg(lang, 'assess.report.noAnswers');
  return instrument.bands.find((b) => b.id === id)?.label[lang] ?? id;
}

export function dimensionLabel(instrument: Instrument, id: string, lang: Lang): string {
  return instrument.dimensions.find((d) => d.id === id)?.label[lang] ?? id;
}

/** An item's printed number (as on the form) and its statement. */
export function itemLabel(instrument: Instrument, id: string, lang: Lang): { number: number; text: string } {
  const ordered = instrument.dimensions.flatMap((d) => instrument.items.filter((i) => i.dimension === d.id));
  const i = ordered.findIndex((x) => x.id === id);
  return { number: i + 1, text: ordered[i]?.text[lang] ?? id };
}

/** The latest round, which every format details; earlier rounds appear in the comparison. */
export function latestRound(report: AssessmentReport): RoundResult | undefined {
  return report.rounds[report.rounds.length - 1];
}

export function roundLabel(_lang: Lang, r: RoundResult): string {
  const span = r.from === r.to ? r.from : `${r.from} – ${r.to}`;
  return r.id === r.from ? span : `${r.id} (${span})`;
}

/** One line saying whose answers these are. */
export function headline(input: AssessFormatInput, r: RoundResult): string {
  const { lang, report } = input;
  return msg(lang, 'assess.report.headline', { round: roundLabel(lang, r), respondents: r.respondents, partners: r.answered.length, instrument: report.instrument.id, version: report.instrument.version });
}

export function missingLine(lang: Lang, r: RoundResult): string {
  return r.missing.length === 0 ? msg(lang, 'assess.report.allAnswered') : msg(lang, 'assess.report.missing', { partners: r.missing.map((p) => `${p.name} (${p.id})`).join(', ') });
}

/** Why per-partner figures are not shown, when they are not. */
export function hiddenNote(input: AssessFormatInput): string | undefined {
  const { report, lang, instrument } = input;
  if (report.hiddenPartners === 'anonymous') return msg(lang, 'assess.report.hiddenAnonymous');
  if (report.hiddenPartners === 'few-respondents') return msg(lang, 'assess.report.hiddenFew', { min: instrument.minRespondentsForPartnerColumns });
  return undefined;
}

export function discussLabel(input: AssessFormatInput, d: RoundResult['toDiscuss'][number]): string {
  const { instrument, lang } = input;
  if (d.kind === 'dimension') return `${msg(lang, 'assess.report.dimension')}: ${dimensionLabel(instrument, d.id, lang)}`;
  const it = itemLabel(instrument, d.id, lang);
  return `${it.number}. ${it.text}`;
}
