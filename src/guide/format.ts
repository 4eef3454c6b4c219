/** `kemitraan guide`: the catalog as text for people and as JSON with every item. Pure functions. */
import { CATALOG_GROUPS, GUIDE_SOURCE, FRAMEWORK, STEPS, SECTORS, ROLES } from './index.js';
import type { CatalogItem, Lang } from './types.js';
import type { StepId } from './steps.js';
import { msg } from './messages/index.js';
import { ORIGINS, addedByTool, originOf } from './origins.js';

const WIDTH = 88;

export function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** "(sumber: …)" for a group whose items all come from one place; otherwise each item says its own. */
function groupHeading(label: string, items: readonly CatalogItem[], lang: Lang): string {
  const origins = new Set(items.map(originOf));
  return origins.size === 1 ? `  ${label} (${msg(lang, 'guide.origin')}: ${ORIGINS[[...origins][0]!][lang]}):` : `  ${label}:`;
}

function itemLines(items: readonly CatalogItem[], lang: Lang, showIds: boolean): string[] {
  const out: string[] = [];
  const mixed = new Set(items.map(originOf)).size > 1;
  items.forEach((it, i) => {
    const head = `${String(i + 1).padStart(2)}. `;
    const origin = mixed ? `  (${ORIGINS[originOf(it)][lang]})` : '';
    const label = (showIds ? `${it.label[lang]}  [${it.id}]` : it.label[lang]) + origin;
    const [first, ...rest] = wrap(label, '', WIDTH - 8);
    out.push(`    ${head}${first ?? ''}`, ...rest.map((l) => `        ${l}`));
    // A description the tool wrote for an item from the guide says so.
    const toolDescription = addedByTool(it).includes('description') && originOf(it) !== 'tool';
    if (it.description) out.push(...wrap(it.description[lang] + (toolDescription ? ` (${ORIGINS.tool[lang]})` : ''), '        ', WIDTH));
  });
  return out;
}

function stepText(step: StepId, lang: Lang): string[] {
  const s = STEPS.find((x) => x.id === step)!;
  const out = [`${msg(lang, 'guide.step', { number: s.number })}: ${s.label[lang]}  [${s.id} / ${s.alias}]`];
  if (s.description) out.push(...wrap(s.description[lang], '  '));
  const framework = FRAMEWORK.filter((f) => f.steps.includes(step)).map((f) => f.label[lang]);
  if (framework.length) out.push(`  ${msg(lang, 'guide.framework')}: ${framework.join(', ')}`);
  for (const g of CATALOG_GROUPS.filter((x) => x.step === step)) {
    if (g.id === 'potentials') continue; // shown under each sector
    out.push('', groupHeading(g.label[lang], g.id === 'sectors' ? [...SECTORS, ...SECTORS.flatMap((x) => x.potentials)] : g.items, lang));
    if (g.id === 'sectors') {
      for (const sec of SECTORS) {
        out.push(`    ${sec.label[lang]}  [${sec.id}]`);
        for (const p of sec.potentials) {
          const [first, ...rest] = wrap(`${p.label[lang]}  [${p.id}]`, '', WIDTH - 8);
          out.push(`      - ${first ?? ''}`, ...rest.map((l) => `        ${l}`));
        }
      }
    } else if (g.id === 'roles') {
      out.push(...itemLines(ROLES, lang, true));
    } else out.push(...itemLines(g.items, lang, true));
  }
  return out;
}

export function guideText(lang: Lang, step?: StepId): string {
  const out: string[] = [];
  if (step) out.push(...stepText(step, lang));
  else {
    out.push(...wrap(GUIDE_SOURCE[lang], ''), '');
    for (const s of STEPS) out.push(...stepText(s.id, lang), '', '');
    out.push(msg(lang, 'guide.foundations'));
    for (const g of CATALOG_GROUPS.filter((x) => !x.step && x.id !== 'steps')) {
      out.push('', groupHeading(g.label[lang], g.items, lang), ...itemLines(g.items, lang, false));
    }
  }
  out.push('', ...wrap(`${msg(lang, 'guide.source')}: ${GUIDE_SOURCE[lang]}`, ''));
  return out.join('\n') + '\n';
}

/** Every item with id, kind, group, both labels (and descriptions), plus kind-specific fields. */
export function guideJson(step?: StepId): string {
  const groups = CATALOG_GROUPS.filter((g) => !step || g.step === step || (g.id === 'steps'));
  const items = groups.flatMap((g) =>
    g.items
      .filter((it) => g.id !== 'steps' || !step || it.id === step)
      .map((it) => {
        const { potentials, ...rest } = it as CatalogItem & { potentials?: unknown };
        const added = addedByTool(it);
        return {
          ...rest, origin: originOf(it), ...(added.length ? { addedByTool: added } : {}),
          group: g.id, ...(g.step ? { step: g.step } : {}), ...(potentials ? { potentials: (potentials as CatalogItem[]).map((p) => p.id) } : {}),
        };
      }));
  return JSON.stringify({ source: GUIDE_SOURCE, origins: ORIGINS, groups: groups.map((g) => ({ id: g.id, label: g.label, ...(g.step ? { step: g.step } : {}) })), items }, null, 2) + '\n';
}
