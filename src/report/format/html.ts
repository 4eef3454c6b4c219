/**
 * The report as one standalone HTML page: inline CSS and inline SVG only (no scripts, fonts or images from
 * elsewhere), so it can be mailed or opened offline. Every text from a plan is escaped.
 */
import { ACTIVITY_STATUSES } from '../../guide/implementation.js';
import type { Lang } from '../../guide/types.js';
import { INDICATOR_CLASS_IDS } from '../../guide/monitoring.js';
import { msg } from '../../guide/messages/index.js';
import { dayNumber } from '../../locale/dates.js';
import { monthName } from '../../locale/format.js';
import { byLabel } from '../build.js';
import type { BreakdownRow, GanttActivity, Indicator, PartnerRow, PlanReport, TargetItem } from '../types.js';
import {
  PLAN_DETAIL_LIMIT, barPercent, changeText, classLabel, contributionRow, formatDate, formatNumber, formatPercent, formatQuantity, formatTarget, formatValue,
  headline, roleLabel, rolesUsed, titleOf, toneOf, type ReportFormatter, type Tone,
} from './common.js';

export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1f2933;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #e4e7eb;padding-bottom:.2rem}h3{margin-top:2rem}
.meta{color:#616e7c}table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}
th,td{border:1px solid #d9e2ec;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f0f4f8}
td.num{text-align:right;white-space:nowrap}tr.class td{background:#e6f6ff;font-weight:600}code{color:#616e7c;font-size:.8rem}
.nodata{color:#9aa5b1;font-style:italic}.behind{color:#b42318}.ahead,.reached{color:#067647}.check{text-align:center;color:#067647}
table.matrix{font-size:.8rem}table.matrix th.role{vertical-align:bottom;padding:.4rem .15rem;width:1.6rem}
table.matrix th.role span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
svg text{font-family:inherit}footer{margin-top:3rem;color:#9aa5b1;font-size:.85rem}
.legend{color:#52606d;font-size:.85rem;margin:.2rem 0 1rem}.over{color:#1849a9}
svg.gantt,svg.sectors{max-width:100%;height:auto}
@page{size:A4;margin:1.6cm 1.4cm 1.8cm;@bottom-center{content:counter(page) " / " counter(pages);font-size:9pt;color:#616e7c}}
@media print{body{margin:0;max-width:none;font-size:10pt}section.plan{break-before:page}h1,h2,h3,h4{break-after:avoid;page-break-after:avoid}
h2+*,h3+*,h4+*{break-before:avoid}tr,svg,.legend,dl>*{break-inside:avoid}table{font-size:9pt}
table.matrix{font-size:7pt;table-layout:fixed}table.matrix th.role{width:auto;padding:.2rem 0}table.matrix td,table.matrix th{padding:.15rem .2rem;overflow-wrap:break-word}}
`;

function table(head: string[], rows: string[][], cls = ''): string {
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
}

const td = (s: string, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${s}</td>`;
const noData = (lang: Lang) => `<span class="nodata">${esc(msg(lang, 'report.noData'))}</span>`;

/** A small horizontal bar for a percentage (capped at 100 for the bar, the number says the rest). */
const TONE_COLOUR: Record<Tone, string> = { good: '#12b76a', bad: '#f04438', neutral: '#98a2b3', plain: '#2e90fa' };

export function svgBar(p: number | null, tone: Tone = 'plain'): string {
  if (p === null) return '';
  const w = Math.round(Math.max(0, Math.min(100, p)));
  const colour = TONE_COLOUR[tone];
  return `<svg width="140" height="14" role="img" aria-label="${Math.round(p)}%"><rect x="0" y="2" width="100" height="10" fill="#e4e7eb"/><rect x="0" y="2" width="${w}" height="10" fill="${colour}"/><text x="104" y="11" font-size="10">${Math.round(p)}%</text></svg>`;
}

function indicatorTable(lang: Lang, indicators: readonly Indicator[]): string {
  const rows: string[][] = [];
  for (const cls of INDICATOR_CLASS_IDS) {
    const list = indicators.filter((i) => i.class === cls);
    if (list.length === 0) continue;
    rows.push([`<td colspan="4" class="cls">${esc(classLabel(lang, cls))}</td>`]);
    for (const ind of list) {
      rows.push([
        td(esc(ind.label)),
        td(ind.value === null ? noData(lang) : esc(formatValue(lang, ind)), 'num'),
        td(esc(formatTarget(lang, ind)), 'num'),
        td(svgBar(barPercent(ind))),
      ]);
    }
  }
  return table([msg(lang, 'report.col.indicator'), msg(lang, 'report.col.value'), msg(lang, 'report.col.target'), msg(lang, 'report.col.achievement')], rows)
    .replace(/<tr><td colspan="4" class="cls">/g, '<tr class="class"><td colspan="4">');
}

function targetTable(lang: Lang, items: readonly TargetItem[], planTitle: ((file: string) => string) | undefined, outcome: boolean): string {
  const withFile = planTitle !== undefined;
  const q = (n: number | undefined, unit: string | undefined, date?: string) => td(n === undefined ? '' : `${esc(formatQuantity(lang, n, unit ?? ''))}${date ? `<br><small>${esc(formatDate(date, lang))}</small>` : ''}`, 'num');
  return table([
    ...(withFile ? [msg(lang, 'report.col.plan')] : []), msg(lang, 'report.col.indicator'), msg(lang, 'report.col.baseline'), msg(lang, 'report.col.actual'),
    msg(lang, 'report.col.target'), msg(lang, outcome ? 'report.col.change' : 'report.col.percent'), msg(lang, 'report.col.expected'), msg(lang, 'report.col.schedule'),
  ], items.map((t) => [
    ...(withFile ? [td(esc(planTitle!(t.file)))] : []), td(esc(t.name)), q(t.baseline, t.unit, t.baselineDate), q(t.actual, t.unit, t.actualDate), q(t.target, t.unit, t.targetDate),
    td(outcome ? esc(changeText(lang, t)) : t.percentAchieved === null ? noData(lang) : svgBar(t.percentAchieved, toneOf(t.schedule))),
    td(t.expectedPercent === null ? '' : esc(formatPercent(lang, t.expectedPercent)), 'num'),
    td(`<span class="${esc(t.schedule)}">${esc(t.scheduleLabel)}</span>`),
  ]));
}

/** Partners by sector as horizontal bars: listed (light) and joined (dark). */
export function sectorChart(lang: Lang, rows: readonly BreakdownRow[]): string {
  if (rows.length === 0) return `<p class="nodata">${esc(msg(lang, 'report.noPartners'))}</p>`;
  const max = Math.max(1, ...rows.map((r) => r.extra?.listed ?? 0));
  const labelW = 300;
  const barW = 360;
  const rowH = 24;
  const h = rows.length * rowH + 28;
  const bars = rows.map((r, i) => {
    const y = i * rowH + 4;
    const listed = r.extra?.listed ?? 0;
    const joined = r.value ?? 0;
    return `<text x="0" y="${y + 13}" font-size="12">${esc(r.label)}</text>`
      + `<rect x="${labelW}" y="${y}" width="${(listed / max) * barW}" height="16" fill="#bae6fd"/>`
      + `<rect x="${labelW}" y="${y}" width="${(joined / max) * barW}" height="16" fill="#0369a1"/>`
      + `<text x="${labelW + barW + 8}" y="${y + 13}" font-size="12">${joined} / ${listed}</text>`;
  }).join('');
  const legendY = rows.length * rowH + 20;
  const legend = `<rect x="${labelW}" y="${legendY - 10}" width="12" height="12" fill="#0369a1"/><text x="${labelW + 16}" y="${legendY}" font-size="11">${esc(msg(lang, 'report.col.joined'))}</text>`
    + `<rect x="${labelW + 120}" y="${legendY - 10}" width="12" height="12" fill="#bae6fd"/><text x="${labelW + 136}" y="${legendY}" font-size="11">${esc(msg(lang, 'report.col.listed'))}</text>`;
  return `<svg width="${labelW + barW + 60}" height="${h}" role="img" aria-label="${esc(msg(lang, 'report.section.sectors'))}">${bars}${legend}</svg>`;
}

function matrix(lang: Lang, partners: readonly PartnerRow[]): string {
  if (partners.length === 0) return `<p class="nodata">${esc(msg(lang, 'report.noPartners'))}</p>`;
  const roles = rolesUsed(partners);
  // Up to 12 role columns: their headers are set vertically so the matrix fits the page width.
  const head = [msg(lang, 'report.col.partner'), msg(lang, 'report.col.sector'), msg(lang, 'report.col.status')].map((h) => `<th>${esc(h)}</th>`)
    .concat(roles.map((r) => `<th class="role"><span>${esc(roleLabel(lang, r))}</span></th>`));
  const rows = partners.map((p) => [td(esc(p.name)), td(esc(p.sectorLabel)), td(esc(p.statusLabel)), ...roles.map((r) => td(p.roles.includes(r) ? '✔' : '', 'check'))]);
  return `<table class="matrix"><thead><tr>${head.join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
}

/** The activity statuses' words come from the catalog; "planned" (no log entry yet) is the report's own. */
function ganttStatusLabel(status: GanttActivity['status'], lang: Lang): string {
  if (status === 'planned') return msg(lang, 'report.activity.planned');
  return ACTIVITY_STATUSES.find((x) => x.id === status)?.label[lang] ?? status;
}

const STATUS_COLOUR: Record<GanttActivity['status'], string> = {
  done: '#12b76a', 'in-progress': '#2e90fa', planned: '#98a2b3', postponed: '#f79009', cancelled: '#f04438',
};

/** Words of a label in lines of at most `width` characters (a word longer than that is cut). */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, width - 1)}…`;
  return kept;
}

/**
 * The work plan as an SVG Gantt chart: one numbered bar per dated activity (the number is the activity's place
 * in the 5W1H work plan), its label wrapped on up to two lines, months along the top, a labelled line at as-of,
 * and a key of the statuses. Scales to the page width; nothing is clipped.
 */
export function ganttSvg(lang: Lang, activities: readonly GanttActivity[], asOf: string): string {
  const dated = activities
    .map((a, index) => ({ a, n: index + 1, s: dayNumber(a.start), e: dayNumber(a.end ?? a.start) }))
    .filter((x): x is { a: GanttActivity; n: number; s: number; e: number } => x.s !== undefined && x.e !== undefined && x.e >= x.s);
  if (dated.length === 0) return `<p class="nodata">${esc(msg(lang, 'report.noActivities'))}</p>`;
  const asOfDay = dayNumber(asOf)!;
  // Loops, not Math.min(...list): spreading 100,000 arguments overflows the stack.
  const min = dated.reduce((m, x) => (x.s < m ? x.s : m), Infinity);
  const max = dated.reduce((m, x) => (x.e + 1 > m ? x.e + 1 : m), -Infinity);
  const labelW = 380;
  const chartW = 560;
  const rightPad = 60;
  const rowH = 34;
  const top = 40;
  const x = (d: number) => labelW + ((d - min) / (max - min)) * chartW;
  const parts: string[] = [];
  const first = new Date(min * 86_400_000);
  const months: number[] = [];
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m++) {
    const d = Date.UTC(y, m, 1) / 86_400_000;
    if (d > max) break;
    if (d >= min) months.push(d);
  }
  // Label every month when there is room, else every second or third.
  const step = Math.max(1, Math.ceil(months.length / 12));
  months.forEach((d, i) => {
    parts.push(`<line x1="${x(d)}" y1="${top - 6}" x2="${x(d)}" y2="${top + dated.length * rowH}" stroke="#e4e7eb"/>`);
    if (i % step === 0) {
      const date = new Date(d * 86_400_000);
      const label = `${monthName(date.getUTCMonth() + 1, lang).slice(0, 3)} ${String(date.getUTCFullYear()).slice(2)}`;
      parts.push(`<text x="${x(d) + 2}" y="${top - 10}" font-size="12" fill="#3e4c59">${esc(label)}</text>`);
    }
  });
  dated.forEach(({ a, n, s, e }, i) => {
    const y = top + i * rowH;
    const title = `${n}. ${a.label}: ${formatDate(a.start, lang)} – ${formatDate(a.end ?? a.start, lang)} (${ganttStatusLabel(a.status, lang)})`;
    const lines = wrap(`${n}. ${a.label}`, 52, 2);
    parts.push(`<text x="0" y="${y + (lines.length === 1 ? 21 : 14)}" font-size="13">${lines.map((l, j) => `<tspan x="0" dy="${j === 0 ? 0 : 15}">${esc(l)}</tspan>`).join('')}</text>`);
    parts.push(`<rect x="${x(s)}" y="${y + 8}" width="${Math.max(3, x(e + 1) - x(s))}" height="16" rx="2" fill="${STATUS_COLOUR[a.status]}"><title>${esc(title)}</title></rect>`);
  });
  const bottom = top + dated.length * rowH;
  if (asOfDay >= min && asOfDay <= max) {
    const ax = x(asOfDay);
    parts.push(`<line x1="${ax}" y1="${top - 6}" x2="${ax}" y2="${bottom}" stroke="#b42318" stroke-width="2" stroke-dasharray="5 3"/>`);
    parts.push(`<text x="${ax}" y="${bottom + 16}" font-size="12" fill="#b42318" text-anchor="middle">${esc(`${msg(lang, 'report.gantt.asOf')}: ${formatDate(asOf, lang)}`)}</text>`);
  }
  const legendY = bottom + 40;
  let lx = 0;
  for (const [status, colour] of Object.entries(STATUS_COLOUR)) {
    const word = ganttStatusLabel(status as GanttActivity['status'], lang);
    parts.push(`<rect x="${lx}" y="${legendY - 11}" width="13" height="13" fill="${colour}"/><text x="${lx + 18}" y="${legendY}" font-size="12">${esc(word)}</text>`);
    lx += 30 + word.length * 7;
  }
  parts.push(`<line x1="${lx}" y1="${legendY - 11}" x2="${lx}" y2="${legendY + 2}" stroke="#b42318" stroke-width="2" stroke-dasharray="5 3"/><text x="${lx + 6}" y="${legendY}" font-size="12">${esc(msg(lang, 'report.gantt.asOf'))}</text>`);
  const width = labelW + chartW + rightPad;
  const height = legendY + 12;
  return `<svg class="gantt" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(msg(lang, 'report.section.gantt'))}">${parts.join('')}</svg><p class="legend">${esc(msg(lang, 'report.gantt.key'))}</p>`;
}

/** The plan's monitoring indicators over time: a small line chart of the measured values, the value at as-of,
 * the previous value and the change. */
function sparkline(points: readonly { date: string; value: number }[]): string {
  if (points.length < 2) return '';
  const w = 120;
  const h = 28;
  const days = points.map((p) => dayNumber(p.date)!);
  const vals = points.map((p) => p.value);
  // Loops, not Math.min(...list): a hostile plan may carry 100,000 measurements.
  const lo = (xs: number[]) => xs.reduce((m, x) => (x < m ? x : m), Infinity);
  const hi = (xs: number[]) => xs.reduce((m, x) => (x > m ? x : m), -Infinity);
  const [d0, d1] = [lo(days), hi(days)];
  const [v0, v1] = [lo(vals), hi(vals)];
  const px = (d: number) => 4 + ((d - d0) / Math.max(1, d1 - d0)) * (w - 8);
  const py = (v: number) => h - 4 - ((v - v0) / Math.max(1e-9, v1 - v0 || 1)) * (h - 8);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(days[i]!).toFixed(1)},${py(p.value).toFixed(1)}`).join(' ');
  const dots = points.map((p, i) => `<circle cx="${px(days[i]!).toFixed(1)}" cy="${py(p.value).toFixed(1)}" r="2.2" fill="#1849a9"/>`).join('');
  return `<svg width="${w}" height="${h}" role="img" aria-label="${esc(points.map((p) => `${p.date}: ${p.value}`).join(', '))}"><path d="${path}" fill="none" stroke="#2e90fa" stroke-width="1.6"/>${dots}</svg>`;
}

function seriesTable(lang: Lang, series: PlanReport['series']): string {
  if (series.length === 0) return '';
  const q = (n: number | undefined, unit: string | undefined) => (n === undefined ? '' : formatQuantity(lang, n, unit ?? ''));
  return table([
    msg(lang, 'report.col.ownIndicator'), msg(lang, 'report.col.class'), msg(lang, 'report.col.series'), msg(lang, 'report.col.valueAsOf'),
    msg(lang, 'report.col.previous'), msg(lang, 'report.col.changeSince'), msg(lang, 'report.col.target'),
  ], series.map((s) => [
    td(esc(s.name)), td(esc(classLabel(lang, s.class))),
    td(s.points.length >= 2 ? sparkline(s.points) : s.points.length === 1 ? `<small>${esc(formatDate(s.points[0]!.date, lang))}</small>` : noData(lang)),
    td(s.value === undefined ? noData(lang) : `${esc(q(s.value, s.unit))}${s.valueDate ? `<br><small>${esc(formatDate(s.valueDate, lang))}</small>` : ''}`, 'num'),
    td(s.previous ? `${esc(q(s.previous.value, s.unit))}<br><small>${esc(formatDate(s.previous.date, lang))}</small>` : '', 'num'),
    td(s.change === undefined ? '' : esc(`${s.change > 0 ? '+' : ''}${formatNumber(lang, s.change, 1)}`), 'num'),
    td(esc(q(s.target, s.unit)), 'num'),
  ]));
}

function legend(lang: Lang): string {
  return `<p class="legend">${esc(msg(lang, 'report.legend.bars'))}</p>`;
}

function planSection(lang: Lang, p: PlanReport, asOf: string, many: boolean): string {
  const sectors = p.indicators.find((i) => i.id === 'input.partners_by_sector')?.breakdown ?? [];
  const delivered = p.indicators.find((i) => i.id === 'process.contributions_delivered');
  const out = [
    `<section class="plan"><h3>${esc(p.title)}</h3><p class="meta">${esc(p.programLabel)} · ${esc(p.region.regency)}${p.region.regencyCode ? ` (${esc(p.region.regencyCode)})` : ''}, ${esc(p.region.province)}</p>`,
    // With one plan its indicators are the report's, shown above.
    ...(many ? [indicatorTable(lang, p.indicators)] : []),
    `<h4>${esc(msg(lang, 'report.section.sectors'))}</h4>`, sectorChart(lang, sectors),
    `<h4>${esc(msg(lang, 'report.section.matrix'))}</h4>`, matrix(lang, p.partners),
  ];
  if (delivered?.breakdown?.length) {
    out.push(`<h4>${esc(msg(lang, 'report.section.contributions'))}</h4>`, table(
      [msg(lang, 'report.col.partner'), msg(lang, 'report.col.committed'), msg(lang, 'report.col.delivered'), '%'],
      delivered.breakdown.map((b) => {
        const row = contributionRow(lang, b);
        const share = b.value === null
          ? (row.inKind ? `<span class="nodata">${esc(row.inKind)}</span>` : noData(lang))
          : `${svgBar(b.value)}${b.value > 100 ? ` <span class="over">${esc(msg(lang, 'report.overDelivered'))}</span>` : ''}`;
        return [td(esc(b.label)), td(esc(row.committed), 'num'), td(esc(row.delivered), 'num'), td(share)];
      }),
    ));
  }
  if (p.series.length) out.push(`<h4>${esc(msg(lang, 'report.section.series'))}</h4>`, seriesTable(lang, p.series));
  out.push(`<h4>${esc(msg(lang, 'report.section.gantt'))}</h4>`, ganttSvg(lang, p.activities, asOf));
  out.push(`<h4>${esc(msg(lang, 'report.section.questions'))}</h4><dl>${p.questions.map((q) => `<dt><strong>${esc(q.question)}</strong></dt><dd>${q.answer === null ? `<span class="nodata">${esc(msg(lang, 'report.noAnswer'))}</span>` : esc(q.answer)}</dd>`).join('')}</dl></section>`);
  return out.join('\n');
}

export const formatHtml: ReportFormatter = (report) => {
  const { lang } = report;
  const h = headline(report);
  const many = report.plans.length > 1;
  const body: string[] = [`<h1>${esc(h.title)}</h1>`, `<p class="meta">${esc(h.asOf)} · ${esc(h.counts)}</p>`];
  body.push(`<h2>${esc(msg(lang, 'report.section.indicators'))}${many ? ` — ${esc(msg(lang, 'report.total'))}` : ''}</h2>`, indicatorTable(lang, report.indicators), legend(lang));
  const targets = report.indicators.find((i) => i.id === 'output.target_achievement')?.items ?? [];
  const outcomes = report.indicators.find((i) => i.id === 'outcome.health_indicators')?.items ?? [];
  body.push(`<h2>${esc(msg(lang, 'report.section.targets'))}</h2>`, targets.length ? targetTable(lang, targets, many ? titleOf(report) : undefined, false) + legend(lang) : `<p class="nodata">${esc(msg(lang, 'report.noTargets'))}</p>`);
  body.push(`<h2>${esc(msg(lang, 'report.section.outcomes'))}</h2>`, outcomes.length ? targetTable(lang, outcomes, many ? titleOf(report) : undefined, true) : `<p class="nodata">${esc(msg(lang, 'report.noOutcomes'))}</p>`);
  if (many) {
    const sectors = report.indicators.find((i) => i.id === 'input.partners_by_sector')?.breakdown ?? [];
    body.push(`<h2>${esc(msg(lang, 'report.section.sectors'))}</h2>`, sectorChart(lang, sectors));
    body.push(`<h2>${esc(msg(lang, 'report.section.questions'))}</h2><ul>${report.questions.map((q) => `<li>${esc(q.question)} — ${esc(msg(lang, 'report.answered', { answered: q.answered, plans: q.plans }))}</li>`).join('')}</ul>`);
  }
  if (report.groups && report.by) {
    const ids = report.groups[0]?.indicators.map((i) => i.id).filter((id) => id !== 'input.partners_by_sector') ?? [];
    const labels = ids.map((id) => report.groups![0]!.indicators.find((i) => i.id === id)!.label);
    body.push(`<h2>${esc(msg(lang, 'report.section.groups', { by: byLabel(report.by, lang) }))}</h2>`, table(
      [msg(lang, 'report.col.group'), msg(lang, 'report.col.plans'), ...labels],
      report.groups.map((g) => [td(esc(g.label)), td(String(g.plans), 'num'), ...ids.map((id) => {
        const ind = g.indicators.find((i) => i.id === id)!;
        return td(ind.value === null ? noData(lang) : esc(formatValue(lang, ind)), 'num');
      })]),
    ));
  }
  if (report.plans.length > PLAN_DETAIL_LIMIT) {
    body.push(`<h2>${esc(msg(lang, 'report.section.plans'))}</h2><p>${esc(msg(lang, 'report.plansOmitted', { limit: PLAN_DETAIL_LIMIT, plans: report.plans.length }))}</p>`);
  } else {
    if (many) body.push(`<h2>${esc(msg(lang, 'report.section.plans'))}</h2>`);
    for (const p of report.plans) body.push(planSection(lang, p, report.asOf, many));
  }
  if (report.skipped.length > 0) {
    body.push(`<h2 class="behind">${esc(msg(lang, 'report.section.skipped'))}</h2><ul>${report.skipped.map((s) => {
      const f = s.findings[0];
      return `<li><code>${esc(s.file)}</code>${f ? ` — ${f.line}:${f.column} <code>${esc(f.ruleId)}</code> ${esc(f.message)}` : ''}</li>`;
    }).join('')}</ul>`);
  }
  body.push(`<footer>${esc(msg(lang, 'report.generatedBy', { version: report.version }))}</footer>`);
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(h.title)} — ${esc(report.asOf)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
};
