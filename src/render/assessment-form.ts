/**
 * The printable form, for partners who answer on paper: the same statements, one table per dimension with a box
 * per scale point. Built as document blocks, so the render module's writers make the HTML page and the DOCX.
 */
import type { Lang } from '../guide/types.js';
import { msg } from '../guide/messages/index.js';
import type { FormModel } from '../guide/instruments/index.js';
import type { Block, Inline } from './blocks.js';
import { blocksToHtml, escapeHtml } from './html.js';
import { blocksToDocx } from './docx.js';

/** Who the printed form is for. */
export interface PaperFormFacts {
  planTitle: string;
  partner: string;
  partnerName: string;
  lang: Lang;
}

const BOX = '☐';
const run = (text: string, bold = false): Inline => [{ text, ...(bold ? { bold } : {}) }];

export function paperFormBlocks(form: FormModel, facts: PaperFormFacts): Block[] {
  const { lang } = facts;
  const blank = '______________________________';
  const blocks: Block[] = [
    { type: 'heading', level: 1, content: run(form.instrument.title[lang]) },
    { type: 'paragraph', content: [{ text: `${msg(lang, 'assess.form.plan')}: `, bold: true }, { text: facts.planTitle }] },
    { type: 'paragraph', content: [{ text: `${msg(lang, 'assess.form.partner')}: `, bold: true }, { text: `${facts.partnerName} (${facts.partner})` }] },
    ...(['assess.form.nameLabel', 'assess.form.positionLabel', 'assess.form.dateLabel'] as const).map((id): Block => ({
      type: 'paragraph', className: 'field', content: [{ text: `${msg(lang, id)}: `, bold: true }, { text: blank }],
    })),
    { type: 'paragraph', content: run(form.instrument.description[lang]) },
    { type: 'paragraph', content: run(msg(lang, 'assess.form.paperHowTo')) },
    {
      type: 'table', className: 'scale', header: form.scale.points.map((p) => run(String(p.value), true)).concat([run(msg(lang, 'assess.form.naShort'), true)]),
      align: [...form.scale.points.map(() => 'center' as const), 'center'],
      rows: [form.scale.points.map((p) => run(p.label[lang])).concat([run(form.scale.notApplicable.label[lang])])],
    },
  ];
  for (const d of form.dimensions) {
    blocks.push({ type: 'heading', level: 2, content: run(d.label[lang]) });
    blocks.push({
      type: 'table', className: 'items',
      header: [run(msg(lang, 'assess.form.no')), run(msg(lang, 'assess.form.statement')), ...form.scale.points.map((p) => run(String(p.value))), run(msg(lang, 'assess.form.naShort'))],
      align: ['right', undefined, ...form.scale.points.map(() => 'center' as const), 'center'],
      rows: d.items.map((i) => [run(String(i.number)), run(i.text[lang]), ...form.scale.points.map(() => run(BOX)), run(BOX)]),
    });
  }
  blocks.push({ type: 'heading', level: 2, content: run(msg(lang, 'assess.form.commentsHeading')) });
  for (let i = 0; i < 4; i++) blocks.push({ type: 'paragraph', className: 'line', content: run('_'.repeat(90)) });
  blocks.push({ type: 'paragraph', className: 'attribution', content: run(form.instrument.attribution[lang]) });
  blocks.push({ type: 'paragraph', className: 'attribution', content: run(msg(lang, 'assess.form.paperReturn', { partner: facts.partner })) });
  return blocks;
}

const PAGE_CSS = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #111; max-width: 180mm; margin: 0 auto; }
h1 { font-size: 15pt; margin: 0 0 8pt; } h2 { font-size: 12pt; margin: 14pt 0 4pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
th, td { border: 1px solid #888; padding: 3pt 5pt; vertical-align: top; }
th { background: #eee; } .center { text-align: center; } .right { text-align: right; }
table.items td.center { font-size: 14pt; width: 9mm; padding: 0; vertical-align: middle; }
table.items tr { break-inside: avoid; }
p.field { margin: 9pt 0; }
table.scale td { font-size: 9pt; }
p.line { color: #999; margin: 10pt 0; overflow: hidden; white-space: nowrap; }
p.attribution { font-size: 8.5pt; color: #555; }
`;

export function paperFormHtml(form: FormModel, facts: PaperFormFacts): string {
  const blocks = paperFormBlocks(form, facts);
  return `<!DOCTYPE html>\n<html lang="${facts.lang}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(form.instrument.title[facts.lang])} — ${escapeHtml(facts.partnerName)}</title>\n<style>${PAGE_CSS}</style>\n</head>\n<body>\n${blocksToHtml(blocks)}</body>\n</html>\n`;
}

export function paperFormDocx(form: FormModel, facts: PaperFormFacts): Uint8Array {
  return blocksToDocx(paperFormBlocks(form, facts), { title: `${form.instrument.title[facts.lang]} — ${facts.partnerName}`, lang: facts.lang });
}
