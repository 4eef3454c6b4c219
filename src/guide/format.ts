/** `kemitraan guide`: the catalog as text for people and as JSON with every item. Pure functions. */
import { CATALOG_GROUPS, GUIDE_SOURCE, FRAMEWORK, STEPS, SECTORS, ROLES } from './index.js';
import type { CatalogItem, Lang } from './types.js';
import type { StepId } from './steps.js';
import { msg } from './messages/index.js';

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

function itemLines(items: readonly CatalogItem[], lang: Lang, showIds: boolean): string[] {
  const out: string[] = [];
  items.forEach((it, i) => {
    const head = `${String(i + 1).padStart(2)}. `;
    const label = showIds ? `${it.label[lang]}  [${it.id}]` : it.label[lang];
    const [first, ...rest] = wrap(label, '', WIDTH - 8);
    out.push(`    ${head}${first ?? ''}`, ...rest.map((l) => `        ${l}`));
    if (it.description) out.push(...wrap(it.description[lang], '        ', WIDTH));
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
    out.push('', `  ${g.label[lang]}:`);
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
      out.push('', `  ${g.label[lang]}:`, ...itemLines(g.items, lang, false));
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
        return { ...rest, group: g.id, ...(g.step ? { step: g.step } : {}), ...(potentials ? { potentials: (potentials as CatalogItem[]).map((p) => p.id) } : {}) };
      }));
  return JSON.stringify({ source: GUIDE_SOURCE, groups: groups.map((g) => ({ id: g.id, label: g.label, ...(g.step ? { step: g.step } : {}) })), items }, null, 2) + '\n';
}
