/**
 * What people type, read the Indonesian way: numbers, phone numbers, a sector from a partner's name, the prompts'
 * words, and check's advice on numbers a hand-edited plan holds as YAML reads them rather than as written.
 */
import { describe, expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { render } from '@inquirer/testing';
import confirm from '@inquirer/confirm';
import select from '@inquirer/select';
import { readNumber, readWholeNumber, numberTextFix } from '../src/locale/parse.js';
import { readPhone } from '../src/plan/phone.js';
import { guessSector } from '../src/guide/sector-names.js';
import { parseAnswer } from '../src/wizard/validate.js';
import { keysHelpTip, confirmTheme } from '../src/wizard/inquirer.js';
import { thousandsFindings } from '../src/check/number-text.js';
import { checkLoaded } from '../src/check/engine.js';
import { loadPlanText } from '../src/plan/load.js';
import { buildProgram, run } from '../src/cli/main.js';
import { SUBCOMMANDS, withCommandName } from '../src/cli/command-name.js';
import type { CliIO } from '../src/commands/context.js';
import { readFileSync, mkdtempSync, copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { indentationAdvice } from '../src/plan/yaml-advice.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXAMPLES } from './helpers/cli.js';
import { isoDateFromText } from '../src/locale/dates.js';
import { booleanTextFix } from '../src/locale/parse.js';

describe('numbers as Indonesians type them', () => {
  test.each([
    ['21.000', 21000, true],
    ['1.250', 1250, true],
    ['12.500.000', 12500000, false],
    ['22,4', 22.4, false],
    ['22.4', 22.4, false],
    ['Rp 5.000.000', 5000000, false],
    ['Rp. 150.000,-', 150000, false],
    ['5 juta', 5000000, false],
    ['1,5 miliar', 1500000000, false],
    ['2,3 juta', 2300000, false],
    ['500rb', 500000, false],
    ['1.250,5', 1250.5, false],
    ['1,250,000', 1250000, false],
    ['12 500 000', 12500000, false],
    ['1,250', 1.25, true],
    ['15%', 15, false],
    ['-3', -3, false],
    ['18', 18, false],
  ])('%s reads as %d (ambiguous: %s)', (typed, value, ambiguous) => {
    expect(readNumber(typed)).toMatchObject({ value, ambiguous });
  });

  test.each(['abc', '1.2.3', '12.50.000', '5 meter', '1..2', ''])('%s is not a number', (typed) => {
    expect(readNumber(typed)).toBeUndefined();
  });

  test('plain digits are not "interpreted"; separators, currency and words are', () => {
    expect(readNumber('22,4')!.interpreted).toBe(false);
    expect(readNumber('21.000')!.interpreted).toBe(true);
    expect(readNumber('5 juta')!.interpreted).toBe(true);
  });

  test('a whole number reads "1,250" as 1250 but keeps it marked ambiguous', () => {
    expect(readWholeNumber('1,250')).toEqual({ value: 1250, ambiguous: true, interpreted: true });
    expect(parseAnswer('integer', '1.250')).toMatchObject({ ok: true, value: 1250 });
    expect(parseAnswer('rupiah', '1,5 miliar')).toMatchObject({ ok: true, value: 1500000000 });
    expect(parseAnswer('number', '21.000')).toMatchObject({ ok: true, value: 21000 });
    expect(parseAnswer('rupiah', '22,4')).toMatchObject({ ok: false, problem: 'wizard.invalid.rupiah' });
  });

  test('the fix check shows for a number written as text', () => {
    expect(numberTextFix('Rp 12.500.000')).toBe('12500000');
    expect(numberTextFix('22,4')).toBe('22.4');
    expect(numberTextFix('lima')).toBeUndefined();
  });
});

describe('phone numbers as people write them', () => {
  test.each(['(0281) 632123', '+62 812-3456-7890', '0812 3456 7890', '0812.3456.7890', '021-5201590'])('%s is a phone number', (typed) => {
    expect(readPhone(typed)).toBe(typed);
    expect(parseAnswer('phone', typed)).toEqual({ ok: true, value: typed });
  });
  test('runs of spaces are tidied', () => expect(readPhone(' 0812   3456 7890 ')).toBe('0812 3456 7890'));
  test.each(['telp 0812', '12', 'abc-def', '(((((', '+62'])('%s is not', (typed) => expect(readPhone(typed)).toBeUndefined());
  test('the schema accepts the bracketed form the wizard writes', () => {
    const text = readFileSync(path.join(EXAMPLES, 'tbc-makassar.yaml'), 'utf8').replace(/phone: [^,}\n]+/, 'phone: (0411) 873456');
    expect(text).toContain('phone: (0411) 873456');
    const findings = checkLoaded(loadPlanText('x.yaml', text), { lang: 'id', today: '2026-11-22' }).findings;
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a sector guessed from a partner\'s name', () => {
  test.each([
    ['Kecamatan Tallo', 'pemerintah'], ['Dinas Kesehatan Kota Makassar', 'pemerintah'], ['Puskesmas Kassi-Kassi', 'pemerintah'],
    ['Universitas Hasanuddin', 'akademisi'], ['Politeknik Kesehatan Makassar', 'akademisi'], ['STIKes Nani Hertoro', 'akademisi'],
    ['PT Semen Tonasa', 'swasta'], ['CV Maju Jaya', 'swasta'], ['Bank Sulselbar', 'swasta'],
    ['TP PKK Kecamatan Tallo', 'masyarakat'], ['Karang Taruna Desa Cibeusi', 'masyarakat'], ['Posyandu Mawar', 'masyarakat'],
    ['Yayasan Peduli Anak', 'cso'], ['Pimpinan Daerah Aisyiyah Makassar', 'cso'], ['PC NU Makassar', 'cso'],
    ['UNICEF Indonesia', 'internasional'], ['WHO Country Office', 'internasional'],
    // Unicode case folding, as the patterns match: a long s is an s, the Kelvin sign a k (guessSector looks for
    // the words in the lower-cased name before it runs their patterns).
    ['ſTIKes Nani Hertoro', 'akademisi'], ['\u212Aader Mawar', 'masyarakat'],
  ])('%s → %s', (name, sector) => expect(guessSector(name)).toBe(sector));
  test('no guess without a telling word; abbreviations only in capitals', () => {
    expect(guessSector('Masjid Raya Makassar')).toBeUndefined();
    expect(guessSector('Kebun Pt. who')).toBeUndefined();
  });
});

describe('the prompts in the person\'s language', () => {
  test('key hints under select and checkbox', () => {
    expect(keysHelpTip('id', false)([['↑↓', 'navigate'], ['⏎', 'select']])).toBe('↑↓ pindah • ⏎ pilih');
    expect(keysHelpTip('id', true)([['↑↓', 'navigate'], ['space', 'select'], ['⏎', 'submit']])).toBe('↑↓ pindah • spasi centang • ⏎ selesai');
    expect(keysHelpTip('en', true)([['space', 'select']])).toBe('space select');
  });

  test('a real select prompt shows the Indonesian hint', async () => {
    const { answer, events, getScreen } = await render(select, { message: 'Sektor?', choices: [{ value: 'a', name: 'A' }], theme: { style: { keysHelpTip: keysHelpTip('id', false) } } });
    expect(getScreen()).toContain('↑↓ pindah • ⏎ pilih');
    events.keypress('enter');
    await expect(answer).resolves.toBe('a');
  });

  test.each([
    ['ya', true, 'Ya'], ['y', true, 'Ya'], ['tidak', false, 'Tidak'], ['t', false, 'Tidak'], ['n', false, 'Tidak'], ['yes', true, 'Ya'], ['', true, 'Ya'],
  ])('yes/no: "%s" is %s, echoed as %s', async (typed, value, echoed) => {
    const { answer, events, getScreen } = await render(confirm, { message: 'Tambah mitra?', default: true, theme: confirmTheme('id') });
    if (typed) events.type(typed);
    events.keypress('enter');
    await expect(answer).resolves.toBe(value);
    expect(getScreen()).toContain(`Tambah mitra? ${echoed}`);
  });

  test('yes/no: anything else is refused with a message in Indonesian', async () => {
    const { answer, events, getScreen } = await render(confirm, { message: 'Tambah mitra?', default: true, theme: confirmTheme('id') });
    events.type('mungkin');
    events.keypress('enter');
    await Promise.resolve();
    expect(getScreen()).toContain('Jawab "ya" atau "tidak" (y/t)');
    events.keypress('backspace');
    for (let i = 0; i < 7; i++) events.keypress('backspace');
    events.type('t');
    events.keypress('enter');
    await expect(answer).resolves.toBe(false);
  });
});

const TODAY = '2026-11-22';
const planText = () => readFileSync(path.join(EXAMPLES, 'tbc-makassar.yaml'), 'utf8');

describe('check: numbers in a hand-edited plan', () => {
  test('target: 1.200 (YAML reads 1.2) is a warning that says what to write', () => {
    const text = planText().replace('target: 12, targetDate: 2027-06-30', 'target: 1.200, targetDate: 2027-06-30');
    const r = checkLoaded(loadPlanText('x.yaml', text), { lang: 'id', today: TODAY });
    const f = r.findings.filter((x) => x.ruleId === 'schema/number-thousands');
    expect(f).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l.includes('target: 1.200,')) + 1;
    expect(f[0]).toMatchObject({ severity: 'warning', line, message: '1.200 dibaca sebagai angka 1.2: dalam YAML titik adalah tanda desimal' });
    expect(f[0]!.hint).toBe('Bila maksudnya ribuan (1200), tulis target: 1200 tanpa titik; bila memang 1.2, tulis 1.2.');
    expect(text.split('\n')[line - 1]!.slice(f[0]!.column - 1)).toMatch(/^1\.200,/);
  });

  test('block style, lists and quoted text', () => {
    const text = 'a:\n  target: 21.000\n  list:\n    - 1.250\n  quoted: "21.000"\n  words: Target 21.000 orang\n  notes: |\n    21.000\n';
    const data = { a: { target: 21, list: [1.25], quoted: '21.000', words: 'Target 21.000 orang', notes: '21.000\n' } };
    expect(thousandsFindings(text, data).map((f) => [f.position!.line, f.params!.fix])).toEqual([[2, 'target: 21000'], [4, '1250']]);
  });

  test('amountIdr: Rp 12.500.000 gets the exact fix', () => {
    const text = planText().replace(/amountIdr: 150000000([,} ])/, 'amountIdr: Rp 12.500.000$1');
    expect(text).toContain('amountIdr: Rp 12.500.000');
    const r = checkLoaded(loadPlanText('x.yaml', text), { lang: 'id', today: TODAY });
    // The only schema finding: the number written as text, with the exact fix.
    expect(r.findings.filter((f) => f.ruleId.startsWith('schema/'))).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'schema/number-text', message: 'Angka ditulis sebagai teks: "Rp 12.500.000"' });
    expect(r.findings[0]!.hint).toContain('amountIdr: 12500000');
  });

  test('through the command: exit 1 and both findings, in English too', async () => {
    const text = planText().replace(/amountIdr: 150000000([,} ])/, 'amountIdr: 5 juta$1').replace('target: 12, targetDate: 2027-06-30', 'target: 1.200, targetDate: 2027-06-30');
    expect(text).toContain('amountIdr: 5 juta');
    expect(text).toContain('target: 1.200,');
    const out: string[] = [];
    const io: CliIO = {
      stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) },
      stdin: Readable.from([text]) as unknown as CliIO['stdin'], cwd: EXAMPLES, env: { KEMITRAAN_TODAY: TODAY, NO_COLOR: '1' },
    };
    const code = await run(['check', '-', '--lang', 'en'], io);
    expect(code).toBe(1);
    const shown = out.join('');
    expect(shown).toContain('amountIdr: 5000000');
    expect(shown).toContain('If you meant thousands (1200), write target: 1200 without the dot');
  });
});

describe('commands people can copy and outputs that are what their names say', () => {
  function memoryIo(cwd: string, env: Record<string, string> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = {
      stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) },
      stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd, env: { KEMITRAAN_TODAY: TODAY, NO_COLOR: '1', ...env },
    };
    return { io, out, err };
  }

  test.each([
    [['render', 'mou', 'plan.yaml', '-o', 'mou.pdf'], 'mou.pdf: render tidak menulis format ini; ekstensi yang didukung: .md, .markdown, .html, .htm, .docx'],
    [['render', 'mou', 'plan.yaml', '-o', 'dokumen.doc'], 'dokumen.doc: render tidak menulis format ini'],
    [['render', 'plan', 'plan.yaml', '-o', 'rencana.pdf', '--format', 'html'], 'rencana.pdf: render tidak menulis format ini'],
    [['report', 'plan.yaml', '-o', 'laporan.xlsx'], 'laporan.xlsx: report tidak menulis format ini; ekstensi yang didukung: .txt, .json, .md, .markdown, .csv, .html, .htm (untuk Excel: .csv)'],
    [['report', 'plan.yaml', '-o', 'laporan.pdf', '--format', 'html'], 'laporan.pdf: report tidak menulis format ini'],
  ])('%j is a usage error: exit 2, nothing written, the supported extensions named', async (argv, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-o-'));
    copyFileSync(path.join(EXAMPLES, 'tbc-makassar.yaml'), path.join(dir, 'plan.yaml'));
    const { io, err } = memoryIo(dir);
    expect(await run(argv, io)).toBe(2);
    expect(err.join('')).toContain(message);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  test('help says [opsi] and [perintah] in Indonesian, with the columns still aligned', async () => {
    const { io, out } = memoryIo(EXAMPLES);
    expect(await run(['--help'], io)).toBe(0);
    const help = out.join('');
    expect(help).toContain('Penggunaan: kemitraan [opsi] [perintah]');
    expect(help).not.toMatch(/\[options\]|\[command\]|display help/);
    const starts = help.split('\n').filter((l) => /^ {2}(init|check|schema|help) /.test(l)).map((l) => l.search(/\S/g) + l.slice(2).search(/ {2}\S/) + 4);
    expect(new Set(starts).size).toBe(1);
  });

  test('started through npx, every printed hint says npx kemitraan', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-npx-'));
    const { io, out } = memoryIo(dir, { npm_command: 'exec' });
    expect(await run(['init', '--yes', '--program', 'tbc', '--region', 'Sulawesi Selatan/Kota Makassar', 'r.yaml'], io)).toBe(0);
    const text = out.join('');
    expect(text).toContain('npx kemitraan init --step 1 r.yaml');
    expect(text).not.toMatch(/(?<!npx )kemitraan (init|check) /);
    const plain = memoryIo(dir);
    expect(await run(['init', '--yes', '--force', '--program', 'tbc', '--region', 'Sulawesi Selatan/Kota Makassar', 'r.yaml'], plain.io)).toBe(0);
    expect(plain.out.join('')).toContain(' kemitraan init --step 1 r.yaml');
    expect(plain.out.join('')).not.toContain('npx');
  });

  test('hints of every command are rewritten: the list of command names is the CLI\'s own', async () => {
    const program = buildProgram({ io: memoryIo(tmpdir()).io, lang: 'id', setExitCode: () => {} });
    expect(SUBCOMMANDS.split('|').sort()).toEqual(program.commands.map((c) => c.name()).filter((n) => n !== 'help').sort());
    expect(withCommandName('Buat formulir dengan `kemitraan assess new`; lalu kemitraan ui r.yaml', 'npx kemitraan'))
      .toBe('Buat formulir dengan `npx kemitraan assess new`; lalu npx kemitraan ui r.yaml');
  });
});

describe('YAML reading problems in the person\'s language, with the fix', () => {
  const base = () => planText().split('\n');
  const at = (lines: string[], pattern: RegExp) => lines.findIndex((l) => pattern.test(l));
  const checkText = (text: string, lang: 'id' | 'en' = 'id') => checkLoaded(loadPlanText('x.yaml', text), { lang, today: TODAY }).findings;

  test('a line indented one space too far: pointed at itself, with the spaces it should have', () => {
    const lines = base();
    const i = at(lines, /^ {4}organisationType: /);
    lines[i] = ` ${lines[i]}`;
    const f = checkText(lines.join('\n'));
    expect(f).toEqual([expect.objectContaining({ ruleId: 'parse/indent', line: i + 1, column: 1, message: `Baris ini menjorok 5 spasi dan tidak sejajar dengan baris ${i}` })]);
    expect(f[0]!.hint).toBe('Jadikan 4 spasi: isian yang setingkat harus sejajar persis, isian di dalamnya menjorok lebih dalam.');
  });

  test.each([[3, 4], [2, 4]])('a field indented %d instead of %d spaces inside a list entry', (found, expected) => {
    const lines = base();
    const i = at(lines, /^ {4}organisationType: /);
    lines[i] = lines[i]!.replace(/^ {4}/, ' '.repeat(found));
    const f = checkText(lines.join('\n'), 'en');
    expect(f).toEqual([expect.objectContaining({ ruleId: 'parse/indent', line: i + 1, message: `This line is indented ${found} spaces and does not line up with line ${i}` })]);
    expect(f[0]!.hint).toContain(`Make it ${expected} spaces`);
  });

  test('a tab after spaces', () => {
    const lines = base();
    const i = at(lines, /^ {4}organisationType: /);
    lines[i] = lines[i]!.replace(/^ {4}/, '  \t');
    expect(checkText(lines.join('\n'))).toEqual([expect.objectContaining({ ruleId: 'parse/tab', line: i + 1, column: 3, message: 'Karakter tab dipakai untuk indentasi (sering tersembunyi setelah spasi)' })]);
  });

  test('text with a comma inside { … }: the line shown back with the quotes added', () => {
    const lines = base();
    const i = at(lines, /contact: \{ name: "dr\. Andi Nurul Fadhilah, M\.Kes"/);
    lines[i] = lines[i]!.replace('name: "dr. Andi Nurul Fadhilah, M.Kes"', 'name: dr. Andi Nurul Fadhilah, S.Kep, Ns, M.Kes');
    const f = checkText(lines.join('\n')).filter((x) => x.severity !== 'info');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'schema/flow-comma', line: i + 1, message: 'Teks yang berisi koma di dalam { … } terpotong: "S.Kep" terbaca sebagai isian tersendiri' });
    expect(f[0]!.hint).toBe(`Beri tanda kutip pada teks yang berisi koma, jadi baris ini:\n${lines[i]!.trim().replace('name: dr. Andi Nurul Fadhilah, S.Kep, Ns, M.Kes', 'name: "dr. Andi Nurul Fadhilah, S.Kep, Ns, M.Kes"')}`);
  });

  test('an unknown field that is not a comma split stays an unknown field', () => {
    const text = planText().replace(/contact: \{ name: ("dr\. Andi Nurul Fadhilah, M\.Kes")/, 'contact: { nama: $1');
    expect(checkText(text).map((f) => f.ruleId)).toContain('schema/additional-property');
  });

  test('valid plans get no advice: every example reads as before', () => {
    for (const f of readdirSync(EXAMPLES).filter((x) => x.endsWith('.yaml'))) {
      expect(indentationAdvice(readFileSync(path.join(EXAMPLES, f), 'utf8'))).toBeUndefined();
    }
  });

  test('--answers: a misindented line and Indonesian thousands are usage errors that show the fix; nothing written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-answers-'));
    const out: string[] = [];
    const io: CliIO = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) }, stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd: dir, env: { KEMITRAAN_TODAY: TODAY, NO_COLOR: '1' } };
    writeFileSync(path.join(dir, 'a.yaml'), 'program: tbc\nregion: { province: Sulawesi Selatan, regency: Kota Makassar }\nmonitoring:\n  indicators:\n    - { class: output, name: Kader terlatih, target: 1.250 }\n');
    expect(await run(['init', '--answers', 'a.yaml', 'r.yaml'], io)).toBe(2);
    expect(out.join('')).toContain('a.yaml:5:54: 1.250 dibaca sebagai angka 1.25: dalam YAML titik adalah tanda desimal. Bila maksudnya ribuan (1250), tulis target: 1250 tanpa titik');
    out.length = 0;
    writeFileSync(path.join(dir, 'b.yaml'), 'program: tbc\nregion:\n  province: Sulawesi Selatan\n   regency: Kota Makassar\n');
    expect(await run(['init', '--answers', 'b.yaml', 'r.yaml'], io)).toBe(2);
    expect(out.join('')).toContain('b.yaml:4:1: berkas jawaban tidak dapat dibaca: Baris ini menjorok 3 spasi dan tidak sejajar dengan baris 3. Jadikan 2 spasi');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });
});

describe('terminal output fits the terminal', () => {
  const terminal = (columns: number | undefined) => {
    const out: string[] = [];
    const io: CliIO = {
      stdout: { write: (s: string) => out.push(s), isTTY: columns !== undefined, ...(columns ? { columns } : {}) }, stderr: { write: (s: string) => out.push(s) },
      stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd: EXAMPLES, env: { KEMITRAAN_TODAY: TODAY, NO_COLOR: '1' },
    };
    return { io, text: () => out.join('') };
  };
  const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));
  const messy = () => planText().replace(/amountIdr: 150000000([,} ])/, 'amountIdr: Rp 150.000.000$1').replace(/contact: \{ name: "dr\. Andi Nurul Fadhilah, M\.Kes"/, 'contact: { name: dr. Andi Nurul Fadhilah, M.Kes');

  test.each([80, 120])('check at %d columns: findings, hints and the readiness table wrap within it', async (columns) => {
    const t = terminal(columns);
    t.io.stdin = Readable.from([messy()]) as unknown as CliIO['stdin'];
    expect(await run(['check', '-'], t.io)).toBe(1);
    // Every line fits but the fixed YAML line, which is printed whole so that it can be copied as it is.
    const copyLine = /^ {24}contact: \{ name: "dr\. Andi Nurul Fadhilah, M\.Kes", position: .*\}$/m;
    expect(t.text()).toMatch(copyLine);
    expect(widest(t.text().replace(copyLine, ''))).toBeLessThanOrEqual(columns);
    expect(t.text()).toContain('schema/flow-comma');
    // Nothing lost in the wrapping: the fix is all there.
    expect(t.text().replace(/\n +/g, ' ')).toContain('amountIdr: 150000000');
  });

  test('check piped (no terminal): lines stay whole for grep and logs', async () => {
    const t = terminal(undefined);
    t.io.stdin = Readable.from([messy()]) as unknown as CliIO['stdin'];
    await run(['check', '-'], t.io);
    expect(widest(t.text())).toBeGreaterThan(120);
  });

  test.each([80, 120])('report at %d columns: every table fits; nothing is cut', async (columns) => {
    const t = terminal(columns);
    expect(await run(['report', 'tbc-makassar.yaml'], t.io)).toBe(0);
    expect(widest(t.text())).toBeLessThanOrEqual(columns);
    expect(t.text()).not.toContain('…');
    // "Rp 678.000.000" (with its no-break space) stays whole.
    expect(t.text()).toMatch(/Rp\u00a0678\.000\.000/);
  });

  test('a table too wide for the terminal is stacked: one block per row, "column: value"', async () => {
    const t = terminal(50);
    await run(['report', 'tbc-makassar.yaml'], t.io);
    expect(widest(t.text())).toBeLessThanOrEqual(50);
    expect(t.text()).toMatch(/Mitra yang bergabung \(berkomitmen atau\nmenandatangani\)\n {4}Nilai: 6 mitra\n {4}Target: 7 mitra/);
    const wide = terminal(120);
    await run(['report', 'tbc-makassar.yaml'], wide.io);
    expect(wide.text()).toContain('┌');
  });
});

/**
 * Yes/no and dates typed the Indonesian way into a hand-edited plan: `check` says what was meant and the exact
 * line to write, instead of "should be ya/tidak" to someone who wrote `ya`.
 */
{
  const TODAY = '2026-11-22';
  const example = readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8');

  describe('dates and yes/no as typed', () => {
    test.each([
      ['15 Januari 2026', '2026-01-15'],
      ['Kamis, 15 Jan 2026', '2026-01-15'],
      ['1 Agustus 2026', '2026-08-01'],
      ['15/01/2026', '2026-01-15'],
      ['05-02-2026', '2026-02-05'],
      ['15.01.2026', '2026-01-15'],
      ['2026/01/15', '2026-01-15'],
      ['2026-1-5', '2026-01-05'],
      ['30 Februari 2026', undefined],
      ['13/13/2026', undefined],
      ['besok', undefined],
    ])('%s is %s', (text, iso) => expect(isoDateFromText(text)).toBe(iso));

    test.each([['ya', 'true'], ['Tidak', 'false'], ['y', 'true'], ['t', 'false'], ['mungkin', undefined]])('%s is %s', (text, fix) => {
      expect(booleanTextFix(text)).toBe(fix);
    });

    test('check names the value typed and the line to write, in both languages', () => {
      const text = example.replace('personalData: true', 'personalData: ya').replace('signedDate: 2026-01-15', 'signedDate: 15 Januari 2026');
      expect(text).toContain('personalData: ya');
      expect(text).toContain('signedDate: 15 Januari 2026');
      const id = checkLoaded(loadPlanText('x.yaml', text), { lang: 'id', today: TODAY });
      const schema = id.findings.filter((f) => f.ruleId.startsWith('schema/'));
      expect(schema.map((f) => [f.ruleId, f.message, f.hint])).toEqual([
        ['schema/boolean-text', 'Ya/tidak ditulis sebagai teks: "ya"', 'Dalam berkas rencana ya ditulis true dan tidak ditulis false: personalData: true.'],
        ['schema/date-text', 'Tanggal tidak ditulis sebagai TTTT-BB-HH: "15 Januari 2026"', 'Tulis tahun-bulan-hari dengan angka: signedDate: 2026-01-15 (periksa bahwa ini tanggal yang dimaksud).'],
      ]);
      expect(schema[0]!.line).toBe(text.split('\n').findIndex((l) => l.includes('personalData: ya')) + 1);
      const en = checkLoaded(loadPlanText('x.yaml', text), { lang: 'en', today: TODAY });
      expect(en.findings.filter((f) => f.ruleId.startsWith('schema/')).map((f) => f.message)).toEqual([
        'Yes/no written as text: "ya"', 'A date not written as YYYY-MM-DD: "15 Januari 2026"',
      ]);
    });
  });

  describe('the wizard and --answers name the ISO date of a date typed the Indonesian way', () => {
    test('15/01/2026 is refused with the exact date to type; nonsense keeps the general message', async () => {
      const { parseAnswer } = await import('../src/wizard/validate.js');
      const { msg } = await import('../src/guide/messages/index.js');
      const r = parseAnswer('date', '15/01/2026');
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(msg('id', r.problem, r.params)).toBe('Tanggal ditulis TTTT-BB-HH: ketik 2026-01-15 (bila maksudnya tanggal 15 bulan 1 tahun 2026).');
      expect(msg('en', r.problem, r.params)).toBe('Dates are written YYYY-MM-DD: type 2026-01-15 (if you mean day 15 of month 1 of 2026).');
      expect(parseAnswer('date', 'besok')).toEqual({ ok: false, problem: 'wizard.invalid.date' });
      expect(parseAnswer('date', '2026-01-15')).toEqual({ ok: true, value: '2026-01-15' });
    });
  });

  describe('a constant written as text', () => {
    test('schemaVersion: "1" shows what was written, with its quotes', () => {
      const text = example.replace(/^schemaVersion: 1$/m, 'schemaVersion: "1"');
      expect(text).toContain('schemaVersion: "1"');
      const r = checkLoaded(loadPlanText('x.yaml', text), { lang: 'id', today: TODAY });
      expect(r.findings.filter((f) => f.ruleId === 'schema/const').map((f) => [f.message, f.hint])).toEqual([['Nilai harus 1, tertulis "1"', 'Tulis 1.']]);
    });
  });
}
