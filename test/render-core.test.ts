import { describe, expect, test } from '@jest/globals';
import { terbilang, numberToWordsEn, ordinalWordsEn, ordinalWordsId } from '../src/locale/words.js';
import { dateInWords, dateRange, monthsBetween } from '../src/render/dates.js';
import { parseIsoDate } from '../src/locale/dates.js';
import { formatList as joinList, formatRupiah as rupiah, longDateWithDay } from '../src/locale/format.js';
import { escapeMarkdown, rupiahInWords } from '../src/render/text.js';
import { parseMarkdown, parseInline } from '../src/render/markdown.js';
import { plainText } from '../src/render/blocks.js';
import { blocksToHtml } from '../src/render/html.js';
import { createRenderer, TemplateError, type TemplateSource } from '../src/render/engine.js';
import { buildMouView } from '../src/render/view-mou.js';
import { buildPksView } from '../src/render/view-pks.js';
import { buildDecreeView } from '../src/render/view-decree.js';
import { buildPlanView } from '../src/render/view-plan.js';
import { renderDocument } from '../src/render/document.js';
import type { Plan } from '../src/plan/types.js';
import { builtInTemplates, loadExample } from './helpers/render.js';

describe('numbers in words', () => {
  test.each([
    [0, 'nol'], [1, 'satu'], [10, 'sepuluh'], [11, 'sebelas'], [15, 'lima belas'], [21, 'dua puluh satu'],
    [100, 'seratus'], [111, 'seratus sebelas'], [250, 'dua ratus lima puluh'], [1000, 'seribu'], [1500, 'seribu lima ratus'],
    [2026, 'dua ribu dua puluh enam'], [11000, 'sebelas ribu'], [100000, 'seratus ribu'], [1000000, 'satu juta'],
    [150000000, 'seratus lima puluh juta'], [367500000, 'tiga ratus enam puluh tujuh juta lima ratus ribu'],
    [1001001, 'satu juta seribu satu'], [2000000000, 'dua miliar'],
  ])('terbilang(%i) = %s', (n, words) => expect(terbilang(n)).toBe(words));

  test.each([[2026, 'two thousand twenty-six'], [115, 'one hundred fifteen'], [150000000, 'one hundred fifty million'], [0, 'zero']])(
    'English %i', (n, words) => expect(numberToWordsEn(n)).toBe(words));

  test.each([[1, 'first'], [2, 'second'], [12, 'twelfth'], [15, 'fifteenth'], [21, 'twenty-first'], [30, 'thirtieth']])(
    'English ordinal %i', (n, words) => expect(ordinalWordsEn(n)).toBe(words));

  test('Indonesian party ordinals', () => {
    expect([1, 2, 5, 12].map(ordinalWordsId)).toEqual(['kesatu', 'kedua', 'kelima', 'kedua belas']);
  });
});

describe('dates', () => {
  // 1 January 2026 is a Thursday, so the 15th is too; 1 February 2026 a Sunday.
  test('day names and the date in words', () => {
    expect(longDateWithDay(parseIsoDate('2026-01-15')!, 'id')).toBe('Kamis, 15 Januari 2026');
    expect(longDateWithDay(parseIsoDate('2026-02-01')!, 'en')).toBe('Sunday, 1 February 2026');
    expect(dateInWords(parseIsoDate('2026-01-15')!, 'id')).toEqual({ dayName: 'Kamis', dayWords: 'lima belas', monthName: 'Januari', yearWords: 'dua ribu dua puluh enam', numeric: '15-01-2026' });
    expect(dateInWords(parseIsoDate('2026-01-15')!, 'en').dayWords).toBe('fifteenth');
  });
  test('not a date is undefined, never an exception', () => {
    for (const bad of ['2026-02-30', '2026-13-01', 'kemarin', '', 42, undefined, null, {}]) expect(parseIsoDate(bad)).toBeUndefined();
  });
  test('ranges and months', () => {
    expect(dateRange(parseIsoDate('2026-03-10'), parseIsoDate('2026-03-12'), 'id')).toBe('10 s.d. 12 Maret 2026');
    expect(dateRange(parseIsoDate('2026-02-03'), parseIsoDate('2026-02-03'), 'id')).toBe('3 Februari 2026');
    expect(dateRange(parseIsoDate('2025-12-01'), parseIsoDate('2026-01-31'), 'en')).toBe('1 December 2025 to 31 January 2026');
    expect(monthsBetween(parseIsoDate('2026-01-01')!, parseIsoDate('2026-12-31')!)).toBe(12);
  });
});

describe('text helpers', () => {
  test('Rupiah', () => {
    expect(rupiah(150000000, 'id')).toBe('Rp\u00a0150.000.000');
    expect(rupiah(1500, 'en')).toBe('IDR\u00a01,500');
    expect(rupiahInWords(12500000, 'id')).toBe('dua belas juta lima ratus ribu rupiah');
  });
  test('lists joined with dan/and', () => {
    expect(joinList(['a'], 'id')).toBe('a');
    expect(joinList(['a', 'b'], 'id')).toBe('a dan b');
    expect(joinList(['a', 'b', 'c'], 'id')).toBe('a, b, dan c');
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
  });
  test('plan text cannot open Markdown blocks or inline markup', () => {
    expect(escapeMarkdown('# judul')).toBe('\\# judul');
    expect(escapeMarkdown('1. satu')).toBe('1\\. satu');
    expect(escapeMarkdown('- butir')).toBe('\\- butir');
    expect(escapeMarkdown('a\n\n# b | c')).toBe('a \\# b \\| c');
    expect(escapeMarkdown('<b>*x*</b> [l](u)')).toBe('\\<b\\>\\*x\\*\\</b\\> \\[l\\](u)');
    // Whatever was escaped reads back as the original text.
    const nasty = '<script>alert(1)</script> | **x** _y_ `z` [a](b) \\ & #';
    expect(plainText(parseInline(escapeMarkdown(nasty)))).toBe(nasty);
  });
});

describe('Markdown reader and HTML writer', () => {
  test('tables with alignment and escaped pipes', () => {
    const [table] = parseMarkdown('| A | B |\n|---|---:|\n| x \\| y | **2** |\n');
    expect(table).toMatchObject({ type: 'table', align: [undefined, 'right'] });
    const html = blocksToHtml(parseMarkdown('| A | B |\n|---|---:|\n| x \\| y | **2** |\n'));
    expect(html).toContain('<td>x | y</td><td class="right"><strong>2</strong></td>');
  });
  test('raw HTML is text, and directives set a class', () => {
    const html = blocksToHtml(parseMarkdown('<!-- kemitraan:center -->\n<script>x</script><br>line 2\n'));
    expect(html).toBe('<p class="center">&lt;script&gt;x&lt;/script&gt;<br>line 2</p>\n');
  });
});

const MINIMAL: Plan = {
  schemaVersion: 1, title: 'Rencana minimal', program: 'imunisasi',
  region: { province: 'Jawa Tengah', regency: 'Kota Semarang' }, initiator: { name: 'Puskesmas Candi' },
};

describe('view models', () => {
  test('the Nota Kesepahaman view: komparisi with authority, no binding amounts, the term once', () => {
    const { view } = buildMouView(loadExample('stunting-sumedang.yaml'), 'id', 'x.yaml');
    expect(view.parties.map((p) => p.ordinal)).toEqual(['PIHAK PERTAMA', 'PIHAK KEDUA', 'PIHAK KETIGA', 'PIHAK KEEMPAT', 'PIHAK KELIMA']);
    const dinkes = view.parties[0]!;
    expect(dinkes.komparisi).toContain('berdasarkan Keputusan Bupati Sumedang Nomor 821\\.2/Kep.112-BKPSDM/2025 tanggal 3 Maret 2025');
    expect(dinkes.komparisi).toContain('untuk dan atas nama Pemerintah Kabupaten Sumedang');
    expect(dinkes.signatory.nip).toBe('19720510 199803 1 004');
    // Amounts are settled in the PKS, not in the Nota Kesepahaman.
    expect(dinkes.obligations.some((o) => o.includes('rupiah'))).toBe(false);
    expect(view.period).toEqual({ start: '15 Januari 2026', end: '31 Desember 2026' });
    expect(view.monitoring.indicators.join(' ')).not.toMatch(/\d{4,}|\d\.\d/);
    expect(view.opening.dayName).toBe('Kamis');
    // The activities a party is responsible for continue the sentence after the colon: no capital mid-sentence.
    expect(dinkes.obligations).toContain('bertanggung jawab atas pelaksanaan kegiatan: orientasi program percepatan pencegahan stunting bagi para mitra dan rapat koordinasi bulanan kemitraan');
  });

  test('the PKS view carries amounts, how each moves, and the court', () => {
    const { view, missing } = buildPksView(loadExample('stunting-sumedang.yaml'), 'id', 'x.yaml');
    expect(view.parties.map((p) => p.name)).toEqual(['Dinas Kesehatan Kabupaten Sumedang', 'PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk Cabang Sumedang']);
    // 150 (APBD) + 250 (CSR spent directly) million.
    expect(view.contributionTotal?.words).toBe('empat ratus juta rupiah');
    expect(view.contributions.map((c) => c.channel)).toEqual(['APBD (DPA perangkat daerah)', 'Dibelanjakan langsung']);
    expect(view.channels.map((c) => c.number)).toEqual([3, 4]);
    expect(view.dispute.court).toBe('Pengadilan Negeri Sumedang');
    expect(missing).toEqual([]);
  });

  test('an sk-* form is a Keputusan signed by the head alone, members in the Lampiran', () => {
    const { view } = buildDecreeView(loadExample('imunisasi-lombok-timur.yaml'), 'id', 'x.yaml');
    expect(view.head).toBe('BUPATI LOMBOK TIMUR');
    expect(view.dictums.map((d) => d.label)).toEqual(['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA']);
    expect(view.considerations.at(-1)).toContain('dalam huruf a dan huruf b');
    expect(view.members).toHaveLength(8);
    expect(view.signatory).toBe('H. Lalu Muhammad Sukri, S.Sos, M.Si');
  });

  test('the work plan view orders by date and totals per partner and source', () => {
    const { view } = buildPlanView(loadExample('stunting-sumedang.yaml'), 'id', 'x.yaml');
    const firsts = view.activities.map((a) => a.number);
    expect(firsts).toEqual([1, 2, 3, 4, 5, 6]);
    expect(view.groups.map((g) => g.label)).toEqual(['Februari 2026', 'Maret 2026', 'April 2026']);
    // 12.5 + 18 + 36 million from dinkes; 216 million CSR from bjb; sum of all six budgets is 367.5 million.
    expect(view.byPartner.find((t) => t.name === 'Dinas Kesehatan Kabupaten Sumedang')?.amount).toBe('Rp\u00a066.500.000');
    expect(view.bySource.find((t) => t.name === 'BOK')?.amount).toBe('Rp\u00a048.500.000');
    expect(view.total.amount).toBe('Rp\u00a0367.500.000');
    const orientasi = view.activities.find((a) => a.id === 'orientasi-mitra')!;
    expect(orientasi.who.startsWith('**Dinas Kesehatan Kabupaten Sumedang** (penanggung jawab)')).toBe(true);
  });

  test('an activity serving several goals lists them as clauses, not "2026.; Jumlah"', () => {
    const plan = loadExample('imunisasi-lombok-timur.yaml');
    const { view } = buildPlanView(plan, 'id', 'x.yaml');
    const goals = view.activities.map((a) => a.goals ?? '').filter((g) => g.includes(';'));
    expect(goals.length).toBeGreaterThan(0);
    for (const g of goals) expect(g).not.toMatch(/[.;]\s*;|[.;]$/);
  });

  test('a subject typed with a final full stop is a title without it: no "Stunting.." nor "Stunting. pada tanggal"', () => {
    const plan = loadExample('stunting-sumedang.yaml');
    plan.agreement!.subject = 'Kerja Sama Percepatan Pencegahan Stunting. ';
    delete plan.agreement!.pks!.subject;
    const mou = buildMouView(plan, 'id', 'x.yaml').view;
    expect(mou.titleLines.at(-1)).toBe('KERJA SAMA PERCEPATAN PENCEGAHAN STUNTING');
    expect(mou.recitals.at(-1)).toMatch(/Stunting\.$/);
    const pks = buildPksView(plan, 'id', 'x.yaml').view;
    expect(pks.recitals.join('\n')).toContain('Stunting pada tanggal 15 Januari 2026');
    expect(buildPlanView(plan, 'id', 'x.yaml').view.annex?.at(-1)).toBe('TENTANG KERJA SAMA PERCEPATAN PENCEGAHAN STUNTING');
  });

  test('a plan with only the required fields gives placeholders and a list of gaps', () => {
    const mou = buildMouView(MINIMAL, 'id', 'x.yaml');
    expect(mou.missing.map((m) => m.pointer)).toEqual(expect.arrayContaining(['/agreement/subject', '/agreement/signedDate', '/agreement/parties']));
    expect(mou.view.subject).toBe('[belum diisi]');
    const plan = buildPlanView(MINIMAL, 'en', 'x.yaml');
    expect(plan.missing.map((m) => m.pointer)).toContain('/workplan/activities');
  });
});

describe('templates', () => {
  const templates = builtInTemplates();
  const override = (name: string, text: string): TemplateSource[] =>
    [...templates.filter((t) => t.name !== name), { name, kind: templates.find((t) => t.name === name)?.kind ?? 'partial', file: `my/${name}.md.hbs`, text }];

  test('every format renders the minimal plan without "undefined"', () => {
    const renderer = createRenderer(templates, 'id');
    for (const doc of ['mou', 'pks', 'plan'] as const) {
      for (const format of ['md', 'html'] as const) {
        const out = renderDocument(renderer, MINIMAL, doc, format, 'id', 'min.yaml');
        if (doc !== 'plan') expect(out.content).toContain('[belum diisi]');
        expect(out.missing.length).toBeGreaterThan(0);
        expect(out.content).not.toMatch(/undefined|\[object Object\]|NaN/);
      }
    }
  });

  test('a cumulative list ends its last but one item with "; dan" (Lampiran II UU 12/2011); Mengingat does not', () => {
    const renderer = createRenderer(templates, 'id');
    const md = renderDocument(renderer, loadExample('stunting-sumedang.yaml'), 'mou', 'md', 'id', 'x.yaml').content as string;
    const scope = md.split('\n').filter((l) => /^\d\. (edukasi|penguatan|pemberian|penelitian)/.test(l)).map((l) => l.replace(/^.*?(;?( dan)?\.?)$/, '$1'));
    expect(scope).toEqual([';', ';', '; dan', '.']);
    expect(md).toContain('Percepatan Penurunan Stunting;\n3. Peraturan Menteri');
    const one = loadExample('stunting-sumedang.yaml');
    one.agreement!.objectives = ['Satu tujuan saja.'];
    expect(renderDocument(renderer, one, 'mou', 'md', 'id', 'x.yaml').content).toContain('1. satu tujuan saja.\n');
  });

  test('a missing variable names the template, its line and the variable', () => {
    const renderer = createRenderer(override('signatures', 'ok\n\n{{parties.length}}\n  {{nosuch.thing}}\n'), 'id');
    let error: unknown;
    try {
      renderDocument(renderer, loadExample('stunting-sumedang.yaml'), 'mou', 'md', 'id', 'x.yaml');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({ file: 'my/signatures.md.hbs', line: 4 });
    expect((error as TemplateError).detail).toContain('"nosuch.thing"');
  });

  test('a syntax error is reported when the templates are loaded, in the reader\'s words', () => {
    expect(() => createRenderer(override('mou', '# x\n{{foo}\nmore\n'), 'en')).toThrow('my/mou.md.hbs:2: Handlebars syntax is wrong or incomplete near "# x{{foo}": check that every {{ is closed with }} (or {{{ with }}})');
    expect(() => createRenderer(override('mou', '# x\n{{foo}\nmore\n'), 'id')).toThrow('my/mou.md.hbs:2: penulisan Handlebars salah atau tidak lengkap di dekat "# x{{foo}"');
    expect(() => createRenderer(override('mou', '{{#each partners}}\nx\n'), 'id')).toThrow(/^my\/mou\.md\.hbs:\d+: ada blok \{\{#…\}\} atau \{\{else\}\} yang belum ditutup/);
    expect(() => createRenderer(override('mou', '{{#each partners}}x{{/if}}\n'), 'id')).toThrow('my/mou.md.hbs:1: blok {{#each}} ditutup dengan {{/if}}: penutupnya harus {{/each}}');
  });

  test('templates cannot reach prototypes; denied access is a warning, not a crash', () => {
    const renderer = createRenderer(override('mou', 'A{{constructor}}B{{lookup this "__proto__"}}C{{#with constructor}}{{name}}{{/with}}D{{toString}}E\n'), 'en');
    const out = renderDocument(renderer, loadExample('stunting-sumedang.yaml'), 'mou', 'md', 'en', 'x.yaml');
    expect(out.content).toBe('ABCDE\n');
    // constructor and __proto__ are denied silently by Handlebars; other inherited names are denied with a warning.
    expect(out.warnings.join(' ')).toContain('"toString"');
    // Going further through a denied property is a template error, not access.
    const deeper = createRenderer(override('mou', '{{this.constructor.name}}'), 'en');
    expect(() => renderDocument(deeper, MINIMAL, 'mou', 'md', 'en', 'x.yaml')).toThrow(TemplateError);
  });

  test('a template compiled once serves every renderer: each with its own language, a changed text compiled anew', () => {
    const plan = loadExample('stunting-sumedang.yaml');
    const text = 'Nilai: {{rupiah 1500000}} {{t "doc.placeholder"}}\n';
    const [id, en, again] = [createRenderer(override('mou', text), 'id'), createRenderer(override('mou', text), 'en'), createRenderer(override('mou', text), 'id')];
    const rendered = [id, en, again].map((r, i) => renderDocument(r, plan, 'mou', 'md', i === 1 ? 'en' : 'id', 'x.yaml').content);
    expect(rendered[0]).toMatch(/^Nilai: Rp\s?1\.500\.000 /);
    expect(rendered[1]).not.toBe(rendered[0]);
    expect(rendered[2]).toBe(rendered[0]);
    const changed = createRenderer(override('mou', text.replace('Nilai', 'Jumlah')), 'id');
    expect(renderDocument(changed, plan, 'mou', 'md', 'id', 'x.yaml').content).toBe(String(rendered[0]).replace('Nilai', 'Jumlah'));
    // A partial and a page with the same text are compiled apart: only the page escapes HTML.
    const html = '{{title}}';
    const page = createRenderer([...templates.filter((t) => t.name !== 'page'), { name: 'page', kind: 'page', file: 'my/page.html.hbs', text: html }, { name: 'raw', kind: 'document', file: 'my/raw.md.hbs', text: html }], 'id');
    expect(page.render('page', { title: '<b>' }).text).toBe('&lt;b&gt;');
    expect(page.render('raw', { title: '<b>' }).text).toBe('<b>');
  });

  test('the log helper is gone (templates cannot write to the console)', () => {
    const renderer = createRenderer(override('mou', '{{log "x"}}'), 'en');
    expect(() => renderDocument(renderer, MINIMAL, 'mou', 'md', 'en', 'x.yaml')).toThrow(TemplateError);
  });
});
