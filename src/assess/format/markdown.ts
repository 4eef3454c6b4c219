/** The assessment report in Markdown: what to discuss, a partner × dimension table, statements, the change. */
import { msg } from '../../guide/messages/index.js';
import { bandOf } from '../aggregate.js';
import {
  bandLabel, dimensionLabel, discussLabel, headline, hiddenNote, itemLabel, latestRound, missingLine, num, range, roundLabel, signed,
  type AssessFormatInput,
} from './common.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: readonly string[], rows: readonly string[][], align?: readonly ('l' | 'r')[]) =>
  [row(head), `|${head.map((_, i) => (align?.[i] === 'r' ? ' ---: ' : ' --- ')).join('|')}|`, ...rows.map(row)].join('\n');

export function formatAssessMarkdown(input: AssessFormatInput): string {
  const { report, instrument, lang } = input;
  const r = latestRound(report);
  const out = [`# ${msg(lang, 'assess.report.title')}: ${report.plan.title}`, ''];
  if (!r) return `${out.join('\n')}${msg(lang, 'assess.report.none')}\n`;
  out.push(headline(input, r), '', missingLine(lang, r), '');
  const hidden = hiddenNote(input);
  if (hidden) out.push(`> ${hidden}`, '');

  out.push(`## ${msg(lang, 'assess.report.toDiscuss', { threshold: num(lang, instrument.disagreementThreshold) })}`, '');
  out.push(r.toDiscuss.length === 0 ? msg(lang, 'assess.report.noDisagreement')
    : table([msg(lang, 'assess.col.statement'), msg(lang, 'assess.col.range')], r.toDiscuss.map((d) => [discussLabel(input, d), range(lang, d)])));
  out.push('');

  out.push(`## ${msg(lang, 'assess.report.byDimension')}`, '');
  out.push(table(
    [msg(lang, 'assess.col.dimension'), msg(lang, 'assess.col.n'), msg(lang, 'assess.col.mean'), msg(lang, 'assess.col.median'), msg(lang, 'assess.col.range'), msg(lang, 'assess.col.band')],
    r.dimensions.map((d) => [dimensionLabel(instrument, d.id, lang), String(d.n), num(lang, d.mean), num(lang, d.median), range(lang, d), bandLabel(instrument, d.band, lang)]),
    ['l', 'r', 'r', 'r', 'r', 'l'],
  ), '');

  if (report.partners.length > 0) {
    out.push(`## ${msg(lang, 'assess.report.heatmap')}`, '');
    out.push(table(
      [msg(lang, 'assess.col.partner'), ...instrument.dimensions.map((d) => d.label[lang])],
      report.partners.map((p) => [p.name, ...r.dimensions.map((d) => {
        const v = d.byPartner?.[p.id] ?? null;
        return v === null ? '—' : `${num(lang, v)} (${bandLabel(instrument, bandOf(instrument, v)?.id ?? null, lang)})`;
      })]),
    ), '');
  }

  out.push(`## ${msg(lang, 'assess.report.byItem')}`, '');
  out.push(table(
    [msg(lang, 'assess.col.no'), msg(lang, 'assess.col.statement'), msg(lang, 'assess.col.n'), msg(lang, 'assess.col.mean'), msg(lang, 'assess.col.median'), msg(lang, 'assess.col.range'), msg(lang, 'assess.col.na'), msg(lang, 'assess.col.band')],
    r.items.map((i) => {
      const l = itemLabel(instrument, i.id, lang);
      return [String(l.number), `${l.text}${i.disagreement ? ` **[${msg(lang, 'assess.report.discussMark')}]**` : ''}`, String(i.n), num(lang, i.mean), num(lang, i.median), range(lang, i), String(i.na), bandLabel(instrument, i.band, lang)];
    }),
    ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
  ), '');

  if (r.comments.length > 0) {
    out.push(`## ${msg(lang, 'assess.report.comments')}`, '', ...r.comments.map((c) => `- ${c.partner ? `**${c.partner}:** ` : ''}${c.text.replace(/\r?\n/g, ' ')}`), '');
  }

  if (report.changes && report.rounds.length >= 2) {
    const prev = report.rounds[report.rounds.length - 2]!;
    out.push(`## ${msg(lang, 'assess.report.changes')}`, '');
    out.push(table(
      [msg(lang, 'assess.col.dimension'), roundLabel(lang, prev), roundLabel(lang, r), msg(lang, 'assess.col.change')],
      report.changes.map((c) => [dimensionLabel(instrument, c.dimension, lang), num(lang, c.previous), num(lang, c.latest), signed(lang, c.change)]),
      ['l', 'r', 'r', 'r'],
    ), '');
  }
  if (input.skipped.length > 0) out.push(msg(lang, 'assess.report.skipped', { files: input.skipped.join(', ') }), '');
  out.push(`_${instrument.bandsNote[lang]}_`, '');
  return out.join('\n');
}
