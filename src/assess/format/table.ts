/** The terminal assessment report: what to discuss first, then dimensions, statements and the change. */
import Table from 'cli-table3';
import { msg } from '../../guide/messages/index.js';
import {
  bandLabel, dimensionLabel, discussLabel, headline, hiddenNote, itemLabel, latestRound, missingLine, num, range, roundLabel, signed,
  type AssessFormatInput,
} from './common.js';

const STYLE = { head: [], border: [] };
/** No rule between rows: the dimension rows already divide the statements. */
const CHARS = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export function formatAssessTable(input: AssessFormatInput): string {
  const { report, instrument, lang } = input;
  const r = latestRound(report);
  const out = [`${msg(lang, 'assess.report.title')}: ${report.plan.title}`];
  if (!r) return `${out[0]}\n${msg(lang, 'assess.report.none')}\n`;
  out.push(headline(input, r), missingLine(lang, r));
  const hidden = hiddenNote(input);
  if (hidden) out.push(hidden);

  out.push('', msg(lang, 'assess.report.toDiscuss', { threshold: num(lang, instrument.disagreementThreshold) }));
  if (r.toDiscuss.length === 0) out.push(`  ${msg(lang, 'assess.report.noDisagreement')}`);
  else {
    const t = new Table({ head: [msg(lang, 'assess.col.statement'), msg(lang, 'assess.col.range')], style: STYLE, chars: CHARS, wordWrap: true, colWidths: [80, 12] });
    for (const d of r.toDiscuss) t.push([discussLabel(input, d), range(lang, d)]);
    out.push(t.toString());
  }

  const partners = report.partners;
  out.push('', msg(lang, 'assess.report.byDimension'));
  const dt = new Table({
    head: [msg(lang, 'assess.col.dimension'), msg(lang, 'assess.col.n'), msg(lang, 'assess.col.mean'), msg(lang, 'assess.col.median'), msg(lang, 'assess.col.range'), msg(lang, 'assess.col.band'), ...partners.map((p) => p.id)],
    style: STYLE, chars: CHARS, wordWrap: true,
  });
  for (const d of r.dimensions) {
    dt.push([dimensionLabel(instrument, d.id, lang), String(d.n), num(lang, d.mean), num(lang, d.median), range(lang, d), bandLabel(instrument, d.band, lang), ...partners.map((p) => num(lang, d.byPartner?.[p.id]))]);
  }
  out.push(dt.toString());

  out.push('', msg(lang, 'assess.report.byItem'));
  const it = new Table({
    head: [msg(lang, 'assess.col.no'), msg(lang, 'assess.col.statement'), msg(lang, 'assess.col.n'), msg(lang, 'assess.col.mean'), msg(lang, 'assess.col.median'), msg(lang, 'assess.col.range'), msg(lang, 'assess.col.na'), msg(lang, 'assess.col.band')],
    style: STYLE, chars: CHARS, wordWrap: true, colWidths: [5, 50, 4, 11, 8, 10, 7, 17],
  });
  for (const d of instrument.dimensions) {
    it.push(['', `== ${dimensionLabel(instrument, d.id, lang)} ==`, '', '', '', '', '', '']);
    for (const i of r.items.filter((x) => x.dimension === d.id)) {
      const l = itemLabel(instrument, i.id, lang);
      it.push([String(l.number), `${l.text}${i.disagreement ? ` [${msg(lang, 'assess.report.discussMark')}]` : ''}`, String(i.n), num(lang, i.mean), num(lang, i.median), range(lang, i), String(i.na), bandLabel(instrument, i.band, lang)]);
    }
  }
  out.push(it.toString());

  if (r.comments.length > 0) {
    out.push('', msg(lang, 'assess.report.comments'));
    for (const c of r.comments) out.push(`  • ${c.partner ? `${c.partner}: ` : ''}${c.text}`);
  }

  if (report.changes && report.rounds.length >= 2) {
    const prev = report.rounds[report.rounds.length - 2]!;
    out.push('', msg(lang, 'assess.report.changes'));
    const ct = new Table({ head: [msg(lang, 'assess.col.dimension'), roundLabel(lang, prev), roundLabel(lang, r), msg(lang, 'assess.col.change')], style: STYLE, chars: CHARS, wordWrap: true });
    for (const c of report.changes) ct.push([dimensionLabel(instrument, c.dimension, lang), num(lang, c.previous), num(lang, c.latest), signed(lang, c.change)]);
    out.push(ct.toString());
  }
  if (input.skipped.length > 0) out.push('', msg(lang, 'assess.report.skipped', { files: input.skipped.join(', ') }));
  out.push('', instrument.bandsNote[lang]);
  return `${out.join('\n')}\n`;
}
