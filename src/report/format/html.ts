/**
 * The report as one standalone HTML page: inline CSS and inline SVG only (no scripts, fonts or images from
 * elsewhere), so it can be mailed or opened offline. Every text from a plan is escaped.
 */
import { ACTIVITY_STATUSES } from '../../guide/implementation.js';
import type { Lang } from '../../guide/types.js';
import { INDICATOR_CLASS_IDS } from '../../guide/monitoring.js';
import { msg } from '../../guide/messages/index.js';
import { dayNumber } from '../../locale/dates.js';
import { byLabel } from '../build.js';
import type { BreakdownRow, GanttActivity, Indicator, PartnerRow, PlanReport, TargetItem } from '../types.js';
import {
  PLAN_DETAIL_LIMIT, barPercent, changeText, classLabel, formatPercent, formatQuantity, formatRupiah, formatTarget, formatValue,
  headline, roleLabel, rolesUsed, type ReportFormatter,
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
`;

function table(head: string[], rows: string[][], cls = ''): string {
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
}

const td = (s: string, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${s}</td>`;
const noData = (lang: Lang) => `<span class="nodata">${esc(msg(lang, 'report.noData'))}</span>`;

/** A small horizontal bar for a percentage (capped at 100 for the bar, the number says the rest). */
export function svgBar(p: number | null): string {
  if (p === null) return '';
  const w = Math.round(Math.max(0, Math.min(100, p)));
  const colour = p >= 90 ? '#12b76a' : p >= 50 ? '#f79009' : '#f04438';
  return `<svg width="130" height="14" role="img" aria-label="${Math.round(p)}%"><rect x="0" y="2" width="100" height="10" fill="#e4e7eb"/><rect x="0" y="2" width="${w}" height="10" fill="${colour}"/><text x="104" y="11" font-size="10">${Math.round(p)}%</text></svg>`;
}

function indicatorTable(lang: Lang, indicators: readonly Indicator[]): string {
  const rows: string[][] = [];
  for (const cls of INDICATOR_CLASS_IDS) {
    const list = indicators.filter((i) => i.class === cls);
    if (list.length === 0) continue;
    rows.push([`<td colspan="4" class="cls">${esc(classLabel(lang, cls))}</td>`]);
    for (const ind of list) {
      rows.push([
        td(`${esc(ind.label)}<br><code>${esc(ind.id)}</code>`),
        td(ind.value === null ? noData(lang) : esc(formatValue(lang, ind)), 'num'),
        td(esc(formatTarget(lang, ind)), 'num'),
        td(svgBar(barPercent(ind))),
      ]);
    }
  }
  return table([msg(lang, 'report.col.indicator'), msg(lang, 'report.col.value'), msg(lang, 'report.col.target'), msg(lang, 'report.col.achievement')], rows)
    .replace(/<tr><td colspan="4" class="cls">/g, '<tr class="class"><td colspan="4">');
}

function targetTable(lang: Lang, items: readonly TargetItem[], withFile: boolean, outcome: boolean): string {
  const q = (n: number | undefined, unit: string | undefined, date?: string) => td(n === undefined ? '' : `${esc(formatQuantity(lang, n, unit ?? ''))}${date ? `<br><code>${esc(date)}</code>` : ''}`, 'num');
  return table([
    ...(withFile ? [msg(lang, 'report.col.plan')] : []), msg(lang, 'report.col.indicator'), msg(lang, 'report.col.baseline'), msg(lang, 'report.col.actual'),
    msg(lang, 'report.col.target'), msg(lang, outcome ? 'report.col.change' : 'report.col.percent'), msg(lang, 'report.col.expected'), msg(lang, 'report.col.schedule'),
  ], items.map((t) => [
    ...(withFile ? [td(`<code>${esc(t.file)}</code>`)] : []), td(esc(t.name)), q(t.baseline, t.unit, t.baselineDate), q(t.actual, t.unit, t.actualDate), q(t.target, t.unit, t.targetDate),
    td(outcome ? esc(changeText(lang, t)) : t.percentAchieved === null ? noData(lang) : svgBar(t.percentAchieved)),
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

/** The work plan as an SVG Gantt chart: one bar per dated activity, months along the top, a line at as-of. */
export function ganttSvg(lang: Lang, activities: readonly GanttActivity[], asOf: string): string {
  const dated = activities
    .map((a) => ({ a, s: dayNumber(a.start), e: dayNumber(a.end ?? a.start) }))
    .filter((x): x is { a: GanttActivity; s: number; e: number } => x.s !== undefined && x.e !== undefined && x.e >= x.s);
  if (dated.length === 0) return `<p class="nodata">${esc(msg(lang, 'report.noActivities'))}</p>`;
  const asOfDay = dayNumber(asOf)!;
  // Loops, not Math.min(...list): spreading 100,000 arguments overflows the stack.
  const min = dated.reduce((m, x) => (x.s < m ? x.s : m), Infinity);
  const max = dated.reduce((m, x) => (x.e + 1 > m ? x.e + 1 : m), -Infinity);
  const labelW = 320;
  const chartW = 620;
  const rowH = 22;
  const top = 24;
  const x = (d: number) => labelW + ((d - min) / (max - min)) * chartW;
  const parts: string[] = [];
  // Month ticks.
  const first = new Date(min * 86_400_000);
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m++) {
    const d = Date.UTC(y, m, 1) / 86_400_000;
    if (d > max) break;
    if (d >= min) {
      const label = new Date(d * 86_400_000).toISOString().slice(0, 7);
      parts.push(`<line x1="${x(d)}" y1="${top - 4}" x2="${x(d)}" y2="${top + dated.length * rowH}" stroke="#e4e7eb"/><text x="${x(d) + 2}" y="${top - 8}" font-size="10" fill="#616e7c">${label}</text>`);
    }
  }
  dated.forEach(({ a, s, e }, i) => {
    const y = top + i * rowH;
    const title = `${a.label}: ${a.start ?? ''} – ${a.end ?? a.start ?? ''} (${ganttStatusLabel(a.status, lang)})`;
    parts.push(`<text x="0" y="${y + 14}" font-size="12">${esc(a.label.length > 46 ? `${a.label.slice(0, 45)}…` : a.label)}</text>`);
    parts.push(`<rect x="${x(s)}" y="${y + 3}" width="${Math.max(3, x(e + 1) - x(s))}" height="14" rx="2" fill="${STATUS_COLOUR[a.status]}"><title>${esc(title)}</title></rect>`);
  });
  if (asOfDay >= min && asOfDay <= max) {
    parts.push(`<line x1="${x(asOfDay)}" y1="${top - 4}" x2="${x(asOfDay)}" y2="${top + dated.length * rowH}" stroke="#b42318" stroke-dasharray="4 2"/>`);
  }
  const legendY = top + dated.length * rowH + 18;
  let lx = labelW;
  for (const [status, colour] of Object.entries(STATUS_COLOUR)) {
    const word = ganttStatusLabel(status as GanttActivity['status'], lang);
    parts.push(`<rect x="${lx}" y="${legendY - 10}" width="12" height="12" fill="${colour}"/><text x="${lx + 16}" y="${legendY}" font-size="11">${esc(word)}</text>`);
    lx += 110;
  }
  return `<svg width="${labelW + chartW + 20}" height="${legendY + 10}" role="img" aria-label="${esc(msg(lang, 'report.section.gantt'))}">${parts.join('')}</svg>`;
}

function planSection(lang: Lang, p: PlanReport, asOf: string, many: boolean): string {
  const sectors = p.indicators.find((i) => i.id === 'input.partners_by_sector')?.breakdown ?? [];
  const delivered = p.indicators.find((i) => i.id === 'process.contributions_delivered');
  const out = [
    `<section><h3>${esc(p.title)}</h3><p class="meta"><code>${esc(p.file)}</code> · ${esc(p.programLabel)} · ${esc(p.region.regency)}, ${esc(p.region.province)}</p>`,
    // With one plan its indicators are the report's, shown above.
    ...(many ? [indicatorTable(lang, p.indicators)] : []),
    `<h4>${esc(msg(lang, 'report.section.sectors'))}</h4>`, sectorChart(lang, sectors),
    `<h4>${esc(msg(lang, 'report.section.matrix'))}</h4>`, matrix(lang, p.partners),
  ];
  if (delivered?.breakdown?.length) {
    out.push(`<h4>${esc(msg(lang, 'report.section.contributions'))}</h4>`, table(
      [msg(lang, 'report.col.partner'), msg(lang, 'report.col.committed'), msg(lang, 'report.col.delivered'), '%'],
      delivered.breakdown.map((b) => [td(esc(b.label)), td(esc(formatRupiah(lang, b.denominator ?? 0)), 'num'), td(esc(formatRupiah(lang, b.numerator ?? 0)), 'num'), td(b.value === null ? noData(lang) : svgBar(b.value))]),
    ));
  }
  out.push(`<h4>${esc(msg(lang, 'report.section.gantt'))}</h4>`, ganttSvg(lang, p.activities, asOf));
  out.push(`<h4>${esc(msg(lang, 'report.section.questions'))}</h4><dl>${p.questions.map((q) => `<dt><strong>${esc(q.question)}</strong></dt><dd>${q.answer === null ? `<span class="nodata">${esc(msg(lang, 'report.noAnswer'))}</span>` : esc(q.answer)}</dd>`).join('')}</dl></section>`);
  return out.join('\n');
}

export const formatHtml: ReportFormatter = (report) => {
  const { lang } = report;
  const h = headline(report);
  const many = report.plans.length > 1;
  const body: string[] = [`<h1>${esc(h.title)}</h1>`, `<p class="meta">${esc(h.asOf)} · ${esc(h.counts)}</p>`];
  body.push(`<h2>${esc(msg(lang, 'report.section.indicators'))}${many ? ` — ${esc(msg(lang, 'report.total'))}` : ''}</h2>`, indicatorTable(lang, report.indicators));
  const targets = report.indicators.find((i) => i.id === 'output.target_achievement')?.items ?? [];
  const outcomes = report.indicators.find((i) => i.id === 'outcome.health_indicators')?.items ?? [];
  body.push(`<h2>${esc(msg(lang, 'report.section.targets'))}</h2>`, targets.length ? targetTable(lang, targets, many, false) : `<p class="nodata">${esc(msg(lang, 'report.noTargets'))}</p>`);
  body.push(`<h2>${esc(msg(lang, 'report.section.outcomes'))}</h2>`, outcomes.length ? targetTable(lang, outcomes, many, true) : `<p class="nodata">${esc(msg(lang, 'report.noOutcomes'))}</p>`);
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
