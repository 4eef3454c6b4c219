/**
 * The assessment report as one standalone HTML page: what to discuss first, a partner × dimension heat map
 * coloured by band (with the numbers in the cells, so it reads in black and white too), statements, the change.
 */
import { msg } from '../../guide/messages/index.js';
import { bandOf } from '../aggregate.js';
import {
  bandLabel, dimensionLabel, discussLabel, headline, hiddenNote, itemLabel, latestRound, missingLine, num, range, roundLabel, signed,
  type AssessFormatInput,
} from './common.js';

export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Band colours, best band first; an instrument with more bands reuses the last. */
const BAND_COLOURS = ['#c8e6c9', '#fff3b0', '#f5c2bd'];

const CSS = `
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #111; max-width: 190mm; margin: 12mm auto; }
h1 { font-size: 16pt; } h2 { font-size: 12.5pt; margin-top: 16pt; }
table { border-collapse: collapse; margin: 4pt 0 10pt; } th, td { border: 1px solid #999; padding: 3pt 6pt; vertical-align: top; }
th { background: #eee; text-align: left; } td.n { text-align: right; white-space: nowrap; }
table.heat { width: 100%; } table.heat tbody th { width: 58mm; font-weight: normal; } table.heat td { text-align: center; vertical-align: middle; }
table.heat th.dim { font-weight: normal; font-size: 9pt; text-align: center; } table.heat tr:last-child th { font-weight: bold; }
.discuss { color: #a40000; font-weight: bold; } .note { color: #555; font-size: 9pt; }
.legend span { display: inline-block; padding: 2pt 8pt; margin-right: 6pt; border: 1px solid #999; }
@media print { body { margin: 0 auto; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

export function formatAssessHtml(input: AssessFormatInput): string {
  const { report, instrument, lang } = input;
  const r = latestRound(report);
  const colour = (band: string | null) => {
    const i = instrument.bands.findIndex((b) => b.id === band);
    return i < 0 ? '#ffffff' : BAND_COLOURS[Math.min(i, BAND_COLOURS.length - 1)]!;
  };
  const body: string[] = [`<h1>${esc(msg(lang, 'assess.report.title'))}: ${esc(report.plan.title)}</h1>`];
  if (!r) body.push(`<p>${esc(msg(lang, 'assess.report.none'))}</p>`);
  else {
    body.push(`<p>${esc(headline(input, r))}</p>`, `<p>${esc(missingLine(lang, r))}</p>`);
    const hidden = hiddenNote(input);
    if (hidden) body.push(`<p class="note">${esc(hidden)}</p>`);

    body.push(`<h2>${esc(msg(lang, 'assess.report.toDiscuss', { threshold: num(lang, instrument.disagreementThreshold) }))}</h2>`);
    body.push(r.toDiscuss.length === 0 ? `<p>${esc(msg(lang, 'assess.report.noDisagreement'))}</p>`
      : `<table><thead><tr><th>${esc(msg(lang, 'assess.col.statement'))}</th><th>${esc(msg(lang, 'assess.col.range'))}</th></tr></thead><tbody>${r.toDiscuss.map((d) => `<tr><td>${esc(discussLabel(input, d))}</td><td class="n discuss">${esc(range(lang, d))}</td></tr>`).join('')}</tbody></table>`);

    body.push(`<h2>${esc(msg(lang, 'assess.report.heatmap'))}</h2>`);
    const legend = instrument.bands.map((b) => `<span style="background:${colour(b.id)}">${esc(b.label[lang])}</span>`).join('');
    const dims = instrument.dimensions;
    const heatRows = [
      ...report.partners.map((p) => `<tr><th>${esc(p.name)}</th>${r.dimensions.map((d) => {
        const v = d.byPartner?.[p.id] ?? null;
        return `<td style="background:${colour(bandOf(instrument, v)?.id ?? null)}">${esc(num(lang, v))}</td>`;
      }).join('')}</tr>`),
      `<tr><th>${esc(msg(lang, 'assess.report.allPartners'))}</th>${r.dimensions.map((d) => `<td style="background:${colour(d.band)}"><strong>${esc(num(lang, d.mean))}</strong></td>`).join('')}</tr>`,
    ];
    body.push(`<table class="heat"><thead><tr><th>${esc(msg(lang, 'assess.col.partner'))}</th>${dims.map((d) => `<th class="dim">${esc(d.label[lang])}</th>`).join('')}</tr></thead><tbody>${heatRows.join('')}</tbody></table>`);
    body.push(`<p class="legend">${legend}</p>`);

    body.push(`<h2>${esc(msg(lang, 'assess.report.byDimension'))}</h2>`);
    const head = (cols: string[]) => `<thead><tr>${cols.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>`;
    body.push(`<table>${head([msg(lang, 'assess.col.dimension'), msg(lang, 'assess.col.n'), msg(lang, 'assess.col.mean'), msg(lang, 'assess.col.median'), msg(lang, 'assess.col.range'), msg(lang, 'assess.col.band')])}<tbody>${r.dimensions.map((d) =>
      `<tr><td>${esc(dimensionLabel(instrument, d.id, lang))}</td><td class="n">${d.n}</td><td class="n">${esc(num(lang, d.mean))}</td><td class="n">${esc(num(lang, d.median))}</td><td class="n${d.disagreement ? ' discuss' : ''}">${esc(range(lang, d))}</td><td style="background:${colour(d.band)}">${esc(bandLabel(instrument, d.band, lang))}</td></tr>`).join('')}</tbody></table>`);

    body.push(`<h2>${esc(msg(lang, 'assess.report.byItem'))}</h2>`);
    body.push(`<table>${head([msg(lang, 'assess.col.no'), msg(lang, 'assess.col.statement'), msg(lang, 'assess.col.n'), msg(lang, 'assess.col.mean'), msg(lang, 'assess.col.median'), msg(lang, 'assess.col.range'), msg(lang, 'assess.col.na'), msg(lang, 'assess.col.band')])}<tbody>${
      dims.map((d) => `<tr><th colspan="8">${esc(d.label[lang])}</th></tr>${r.items.filter((i) => i.dimension === d.id).map((i) => {
        const l = itemLabel(instrument, i.id, lang);
        return `<tr><td class="n">${l.number}</td><td>${esc(l.text)}${i.disagreement ? ` <span class="discuss">[${esc(msg(lang, 'assess.report.discussMark'))}]</span>` : ''}</td><td class="n">${i.n}</td><td class="n">${esc(num(lang, i.mean))}</td><td class="n">${esc(num(lang, i.median))}</td><td class="n${i.disagreement ? ' discuss' : ''}">${esc(range(lang, i))}</td><td class="n">${i.na}</td><td style="background:${colour(i.band)}">${esc(bandLabel(instrument, i.band, lang))}</td></tr>`;
      }).join('')}`).join('')}</tbody></table>`);

    if (r.comments.length > 0) {
      body.push(`<h2>${esc(msg(lang, 'assess.report.comments'))}</h2>`, `<ul>${r.comments.map((c) => `<li>${c.partner ? `<strong>${esc(c.partner)}:</strong> ` : ''}${esc(c.text)}</li>`).join('')}</ul>`);
    }

    if (report.changes && report.rounds.length >= 2) {
      const prev = report.rounds[report.rounds.length - 2]!;
      body.push(`<h2>${esc(msg(lang, 'assess.report.changes'))}</h2>`);
      body.push(`<table>${head([msg(lang, 'assess.col.dimension'), roundLabel(lang, prev), roundLabel(lang, r), msg(lang, 'assess.col.change')])}<tbody>${report.changes.map((c) =>
        `<tr><td>${esc(dimensionLabel(instrument, c.dimension, lang))}</td><td class="n">${esc(num(lang, c.previous))}</td><td class="n">${esc(num(lang, c.latest))}</td><td class="n">${esc(signed(lang, c.change))}</td></tr>`).join('')}</tbody></table>`);
    }
  }
  if (input.skipped.length > 0) body.push(`<p class="note">${esc(msg(lang, 'assess.report.skipped', { files: input.skipped.join(', ') }))}</p>`);
  body.push(`<p class="note">${esc(instrument.bandsNote[lang])}</p>`, `<p class="note">${esc(instrument.attribution[lang])} — kemitraan ${esc(input.toolVersion)}</p>`);
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${esc(msg(lang, 'assess.report.title'))}: ${esc(report.plan.title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
