/**
 * `kemitraan assess` end to end, in-process through run(argv, io): a form for every joined partner of an example
 * plan, answers written by the test, the report's numbers against hand-computed ones, bad files giving located
 * findings, and `check` reading the plan's assessments.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { EXAMPLES, ROOT } from './helpers/cli.js';
import { createAjv } from '../src/check/schema.js';
import { runInProcess } from './helpers/memory-io.js';
import { DEFAULT_INSTRUMENT } from '../src/guide/instruments/index.js';

const ITEMS = DEFAULT_INSTRUMENT.items.map((i) => i.id);
const JOINED = ['dinkes', 'unpad', 'aisyiyah', 'forum-kader', 'bjb'];
let dir: string;
const cli = (args: string[], env: Record<string, string> = {}) => runInProcess(args, { cwd: dir, env });

/** Fills a file written by `assess new`: every answer `value`, except those in `except`; and the date. */
function fill(file: string, date: string, value: number | 'na', except: Record<string, number | 'na'> = {}): void {
  let text = readFileSync(file, 'utf8');
  text = text.replace(/^date: \S+/m, `date: ${date}`);
  text = text.replace(/^ {2}([a-z-]+):.*$/gm, (line, id: string) => (ITEMS.includes(id) ? `  ${id}: ${except[id] ?? value}` : line));
  writeFileSync(file, text);
}

/** Writes a form for a partner into a round's folder and fills it. */
async function answer(round: string, partner: string, date: string, value: number, except: Record<string, number | 'na'> = {}): Promise<void> {
  const file = path.join(dir, 'assessments', round, `${partner}.yaml`);
  const r = await cli(['assess', 'new', 'plan.yaml', '--partner', partner, '-o', file]);
  expect(r.code).toBe(0);
  fill(file, date, value, except);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-assess-'));
  // UNICEF is only invited here: it may not answer.
  const plan = readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8').replace(/(- id: unicef[\s\S]*?\n {4}status: )committed/, '$1invited');
  writeFileSync(path.join(dir, 'plan.yaml'), plan);
  // Round 1 (March): every joined partner answers 3 to everything.
  for (const p of JOINED) await answer('2026-03', p, '2026-03-10', 3);
  // Round 2 (September): bjb does not answer; dinkes and forum-kader disagree 5 against 1 on the use of funds.
  await answer('2026-09', 'dinkes', '2026-09-15', 4, { 'keterbukaan-dana': 5 });
  await answer('2026-09', 'unpad', '2026-09-16', 4);
  await answer('2026-09', 'aisyiyah', '2026-09-17', 3);
  await answer('2026-09', 'forum-kader', '2026-09-18', 5, { 'keterbukaan-dana': 1, 'pemantauan-kinerja-spm': 'na' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('assess new', () => {
  test('each joined partner gets a file: the schema modeline, each statement as a comment above its answer', async () => {
    const r = await cli(['assess', 'new', 'plan.yaml', '--partner', 'unpad']);
    expect(r.code).toBe(0);
    const file = path.join(dir, 'assessments', 'plan', 'unpad.yaml');
    expect(r.stdout).toContain(path.join('assessments', 'plan', 'unpad.yaml'));
    expect(r.stdout).toContain('monitoring.assessments: [assessments/plan/]');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/assessment\.schema\.json$/);
    expect(text).toContain('instrument: { id: panduan-2019, version: 1 }');
    expect(text).toContain('plan: Kemitraan Percepatan Pencegahan Stunting Kabupaten Sumedang 2026');
    expect(text).toMatch(/ {2}partner: unpad {3}# Fakultas Kedokteran Universitas Padjadjaran/);
    expect(text).toContain('date: 2026-11-22');
    expect(text).toContain('  # 1. Keputusan penting dalam kemitraan ini diambil bersama oleh semua mitra.\n  kesetaraan-keputusan:\n');
    for (const id of ITEMS) expect(text).toContain(`\n  ${id}:\n`);
    // A second respondent of the same partner gets the next free name; nothing is overwritten.
    const again = await cli(['assess', 'new', 'plan.yaml', '--partner', 'unpad']);
    expect(again.code).toBe(0);
    expect(existsSync(path.join(dir, 'assessments', 'plan', 'unpad-2.yaml'))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(text);
    const explicit = await cli(['assess', 'new', 'plan.yaml', '--partner', 'unpad', '-o', file]);
    expect(explicit.code).toBe(2);
    expect(explicit.stderr).toContain('--force');
    rmSync(path.join(dir, 'assessments', 'plan'), { recursive: true });
  });

  test('only partners who joined; an unknown partner names those who did (exit 2)', async () => {
    const invited = await cli(['assess', 'new', 'plan.yaml', '--partner', 'unicef']);
    expect(invited.code).toBe(2);
    expect(invited.stderr).toContain('belum bergabung (status invited)');
    const unknown = await cli(['assess', 'new', 'plan.yaml', '--partner', 'unicf', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('partner "unicf" is not in the plan; partners who joined: dinkes, unpad, aisyiyah, forum-kader, bjb');
  });

  test('a printable HTML and DOCX form with every statement and a box per scale point', async () => {
    const html = await cli(['assess', 'new', 'plan.yaml', '--partner', 'bjb', '-o', 'form-bjb.html', '--lang', 'en']);
    expect(html.code).toBe(0);
    const page = readFileSync(path.join(dir, 'form-bjb.html'), 'utf8');
    expect(page).toContain('<html lang="en">');
    for (const i of DEFAULT_INSTRUMENT.items) expect(page).toContain(i.text.en.replace(/'/g, '&#39;'));
    expect(page.match(/☐/g)).toHaveLength(30 * 6);
    const docx = await cli(['assess', 'new', 'plan.yaml', '--partner', 'bjb', '-o', 'form-bjb.docx']);
    expect(docx.code).toBe(0);
    const zip = unzipSync(readFileSync(path.join(dir, 'form-bjb.docx')));
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml).toContain('Para mitra saling percaya dan saling menghormati.');
    expect(xml.match(/☐/g)).toHaveLength(30 * 6);
  });
});

describe('assess report', () => {
  interface Json {
    partners: { id: string }[];
    hiddenPartners?: string;
    rounds: { id: string; respondents: number; missing: { id: string }[]; toDiscuss: { kind: string; id: string; min: number; max: number }[]; items: { id: string; n: number; mean: number; median: number; min: number; max: number; band: string; disagreement: boolean; na: number }[]; dimensions: { id: string; n: number; mean: number; byPartner?: Record<string, number> }[] }[];
    changes: { dimension: string; previous: number; latest: number; change: number }[];
  }
  const json = async (extra: string[] = []) => {
    const r = await cli(['assess', 'report', 'plan.yaml', 'assessments/', '--format', 'json', ...extra]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Json;
  };

  test('the numbers, computed by hand; the 1-vs-5 disagreement first; the partner who did not answer', async () => {
    const report = await json();
    expect(report.rounds.map((r) => [r.id, r.respondents])).toEqual([['2026-03-10', 5], ['2026-09-15', 4]]);
    const latest = report.rounds[1]!;
    // Use of funds: 5 (dinkes), 4 (unpad), 3 (aisyiyah), 1 (forum-kader): mean 13/4, median (3 + 4) / 2.
    expect(latest.items.find((i) => i.id === 'keterbukaan-dana')).toMatchObject({ n: 4, mean: 3.25, median: 3.5, min: 1, max: 5, band: 'perlu-perhatian', disagreement: true });
    expect(latest.toDiscuss).toEqual([{ kind: 'item', id: 'keterbukaan-dana', min: 1, max: 5, spread: 4 }]);
    // forum-kader said "na" to the SPM statement: 3 answers (4, 4, 3), mean 11/3.
    const spm = latest.items.find((i) => i.id === 'pemantauan-kinerja-spm')!;
    expect(spm).toMatchObject({ n: 3, na: 1, median: 4 });
    expect(spm.mean).toBeCloseTo(11 / 3, 10);
    // Transparency: dinkes (4 + 5 + 4) / 3, unpad 4, aisyiyah 3, forum-kader (5 + 1 + 5) / 3 -> mean 15 / 4.
    const transparency = latest.dimensions.find((d) => d.id === 'keterbukaan')!;
    expect(transparency.mean).toBeCloseTo(3.75, 10);
    expect(transparency.byPartner!.dinkes).toBeCloseTo(13 / 3, 10);
    expect(transparency.byPartner!['forum-kader']).toBeCloseTo(11 / 3, 10);
    expect(latest.missing.map((p) => p.id)).toEqual(['bjb']);
    expect(report.partners.map((p) => p.id)).toEqual(['dinkes', 'unpad', 'aisyiyah', 'forum-kader']);
  });

  test('the change between the two rounds, per dimension', async () => {
    const { changes } = await json();
    // Everyone answered 3 in March. Equity in September: 4, 4, 3, 5 -> 4 (+1); transparency 3.75 (+0.75).
    expect(changes.find((c) => c.dimension === 'kesetaraan')).toEqual({ dimension: 'kesetaraan', previous: 3, latest: 4, change: 1 });
    const t = changes.find((c) => c.dimension === 'keterbukaan')!;
    expect(t.previous).toBe(3);
    expect(t.change).toBeCloseTo(0.75, 10);
  });

  test('--anonymous: no per-partner figures anywhere', async () => {
    const report = await json(['--anonymous']);
    expect(report.hiddenPartners).toBe('anonymous');
    expect(report.partners).toEqual([]);
    expect(JSON.stringify(report.rounds)).not.toContain('byPartner');
    const md = await cli(['assess', 'report', 'plan.yaml', 'assessments/', '--format', 'markdown', '--anonymous']);
    expect(md.stdout).not.toContain('Mitra × dimensi');
    expect(md.stdout).toContain('Kolom per mitra tidak ditampilkan (--anonymous).');
  });

  test('markdown: to discuss first, the partner × dimension table, the missing partner, the change; in Indonesian numbers', async () => {
    const r = await cli(['assess', 'report', 'plan.yaml', 'assessments/', '--format', 'markdown']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    const order = ['## Untuk dibicarakan', '## Per dimensi', '## Mitra × dimensi', '## Per pernyataan', '## Perubahan antarputaran'].map((h) => md.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md).toContain('| 5. Penggunaan dana dan sumber daya kemitraan diketahui oleh semua mitra. | 1–5 |');
    expect(md).toContain('Mitra yang bergabung tetapi belum menjawab: PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk Cabang Sumedang (bjb)');
    // Median of 3, 3.67, 4, 4.33 is (3.67 + 4) / 2.
    expect(md).toContain('| Keterbukaan | 4 | 3,75 | 3,83 | 3–4,33 | Perlu perhatian |');
    expect(md).toMatch(/\| Forum Kader[^|]*\| 5 \(Kekuatan\) \| 3,67 \(Perlu perhatian\) \|/);
    expect(md).toContain('| Keterbukaan | 3 | 3,75 | +0,75 |');
  });

  test('English, and the other formats: table, csv, html with the heat map', async () => {
    const en = await cli(['assess', 'report', 'plan.yaml', 'assessments/', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('To discuss: answers differ by 3 points or more');
    expect(en.stdout).toContain('Partners who joined but have not answered: PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk Cabang Sumedang (bjb)');
    expect(en.stdout).toContain('3.75');
    const csv = await cli(['assess', 'report', 'plan.yaml', 'assessments/', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('round,kind,id,label,partner,n,mean,median,min,max,band,disagreement,na,unanswered,previous,change');
    expect(lines).toContain('2026-09-15,item,keterbukaan-dana,Penggunaan dana dan sumber daya kemitraan diketahui oleh semua mitra.,,4,3.25,3.5,1,5,perlu-perhatian,true,0,0,,');
    expect(lines).toContain('2026-09-15,missing,bjb,PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk Cabang Sumedang,bjb,,,,,,,,,,,');
    const html = await cli(['assess', 'report', 'plan.yaml', 'assessments/', '-o', 'report.html']);
    expect(html.code).toBe(0);
    const page = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(page).toContain('<table class="heat">');
    expect(page).toMatch(/<th>Forum Kader[^<]*<\/th><td style="background:#c8e6c9">5<\/td>/);
  });

  test('fewer than three respondents: no per-partner columns', async () => {
    const r = await cli(['assess', 'report', 'plan.yaml', 'assessments/2026-09/dinkes.yaml', 'assessments/2026-09/unpad.yaml', '--format', 'json']);
    const report = JSON.parse(r.stdout) as Json;
    expect(report.hiddenPartners).toBe('few-respondents');
    expect(report.partners).toEqual([]);
  });
});

describe('assess check', () => {
  test('bad files give located findings with rule ids and exit 1; good ones exit 0', async () => {
    const bad = path.join(dir, 'bad.yaml');
    const good = readFileSync(path.join(dir, 'assessments', '2026-09', 'unpad.yaml'), 'utf8');
    writeFileSync(bad, good
      .replace('partner: unpad', 'partner: unpadj')
      .replace('instrument: { id: panduan-2019, version: 1 }', 'instrument: { id: panduan-2019, version: 2 }')
      .replace('kesetaraan-keputusan: 4', 'kesetaraan-keputusan: 7')
      .replace('kesetaraan-suara: 4', 'kesetaran-suara: 4'));
    const lineOf = (needle: string) => readFileSync(bad, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
    const r = await cli(['assess', 'check', 'bad.yaml', '--plan', 'plan.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { file: string; findings: { ruleId: string; line: number; column: number }[] }[] };
    const found = out.files[0]!.findings.map((f) => `${f.ruleId}@${f.line}`);
    expect(found).toEqual(expect.arrayContaining([
      `assess/instrument-version@${lineOf('version: 2')}`,
      `assess/not-a-partner@${lineOf('partner: unpadj')}`,
    ]));
    // With another version the answers are not read against this one's items.
    writeFileSync(bad, readFileSync(bad, 'utf8').replace('version: 2', 'version: 1'));
    const r2 = await cli(['assess', 'check', 'bad.yaml', '--plan', 'plan.yaml']);
    expect(r2.code).toBe(1);
    expect(r2.stdout).toContain(`${lineOf('kesetaraan-keputusan: 7')}:25`);
    expect(r2.stdout).toMatch(/assess\/out-of-range/);
    expect(r2.stdout).toContain(`${lineOf('kesetaran-suara')}:3`);
    expect(r2.stdout).toContain('mungkin "kesetaraan-suara"');
    const en = await cli(['assess', 'check', 'bad.yaml', '--plan', 'plan.yaml', '--lang', 'en', '--format', 'github']);
    expect(en.stdout).toContain(`::error file=bad.yaml,line=${lineOf('kesetaraan-keputusan: 7')}`);
    expect(en.stdout).toContain('is off the scale');
    const ok = await cli(['assess', 'check', 'assessments/', '--plan', 'plan.yaml']);
    expect(ok.code).toBe(0);
    // The report skips the bad file, names it, and exits 1.
    const rep = await cli(['assess', 'report', 'plan.yaml', 'assessments/', 'bad.yaml', '--format', 'json']);
    expect(rep.code).toBe(1);
    expect(rep.stderr).toContain('bad.yaml: dilewati');
    expect((JSON.parse(rep.stdout) as { skipped: string[] }).skipped).toEqual(['bad.yaml']);
    rmSync(bad);
  });

  test('a YAML error is a located parse finding, exit 1', async () => {
    writeFileSync(path.join(dir, 'broken.yaml'), 'instrument: { id: panduan-2019\nanswers:\n  a: 1\n');
    const r = await cli(['assess', 'check', 'broken.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/parse\/syntax/);
    rmSync(path.join(dir, 'broken.yaml'));
  });
});

describe('check reads the plan\'s assessments', () => {
  let planDir: string;
  const planText = () => readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
  beforeAll(() => {
    planDir = path.join(dir, 'with-assessments');
    mkdirSync(planDir);
    writeFileSync(path.join(planDir, 'plan.yaml'), `${planText()}  assessments: [penilaian/, tidak-ada/]\n`);
    mkdirSync(path.join(planDir, 'penilaian'));
    for (const p of ['dinkes', 'unpad', 'aisyiyah']) {
      copyFileSync(path.join(dir, 'assessments', '2026-09', `${p}.yaml`), path.join(planDir, 'penilaian', `${p}.yaml`));
      // Everyone rates transparency 2: (2 + 2 + 2) / 3 = 2, in the concern band.
      fill(path.join(planDir, 'penilaian', `${p}.yaml`), '2026-10-01', 4, { 'keterbukaan-informasi': 2, 'keterbukaan-dana': 2, 'keterbukaan-masalah': 2 });
    }
  });

  test('a signed agreement and no assessment: an info finding that says it is the tool\'s reading', async () => {
    const r = await cli(['check', 'plan.yaml', '--format', 'json']);
    const f = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string; severity: string; message: string }[] }[] }).files[0]!.findings;
    const info = f.find((x) => x.ruleId === 'monitoring/no-assessment')!;
    expect(info.severity).toBe('info');
    expect(info.message).toContain('bacaan alat ini, bukan ketentuan panduan');
  });

  test('the latest round in the concern band: a warning per dimension at monitoring.assessments', async () => {
    const r = await runInProcess(['check', 'with-assessments/plan.yaml', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(r.stdout) as { files: { findings: { ruleId: string; severity: string; message: string; line: number }[]; summary: { step: string; status: string }[] }[] }).files[0]!;
    const line = planText().split('\n').length;
    const mine = findings.findings.filter((f) => f.ruleId.startsWith('monitoring/'));
    expect(mine.map((f) => `${f.ruleId} ${f.severity} ${f.line}`)).toEqual([
      `monitoring/assessment-concern warning ${line}`,
      `monitoring/assessment-missing warning ${line}`,
    ]);
    expect(mine[0]!.message).toBe('Penilaian para mitra (2026-10-01): "Keterbukaan" rata-rata 2, pita "Mengkhawatirkan" (bacaan alat ini, bukan ketentuan panduan)');
    expect(findings.summary.find((s) => s.step === 'monitoring')!.status).toBe('incomplete');
    expect(r.code).toBe(0);
    const strict = await runInProcess(['check', 'with-assessments/plan.yaml', '--fail-on', 'warning'], { cwd: dir });
    expect(strict.code).toBe(1);
  });

  test('report shows the latest dimension scores next to the indicators, in every format', async () => {
    const r = await runInProcess(['report', 'with-assessments/plan.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { assessments: { file: string; round: string; respondents: number; missing: string[]; dimensions: { id: string; mean: number; band: string; change: number | null }[] }[] };
    const validate = createAjv().compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'report.schema.json'), 'utf8')));
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    expect(report.assessments).toHaveLength(1);
    const a = report.assessments[0]!;
    expect([a.file, a.round, a.respondents, a.missing]).toEqual(['with-assessments/plan.yaml', '2026-10-01', 3, ['forum-kader', 'bjb']]);
    expect(a.dimensions.find((d) => d.id === 'keterbukaan')).toEqual({ id: 'keterbukaan', label: 'Keterbukaan', mean: 2, band: 'kekhawatiran', bandLabel: 'Mengkhawatirkan', change: null });
    const md = await runInProcess(['report', 'with-assessments/plan.yaml', '--format', 'markdown', '--lang', 'en'], { cwd: dir });
    expect(md.stdout).toContain('## The partners\' assessment (latest round 2026-10-01)');
    expect(md.stdout).toContain('| Transparency | 2 | Concern | — |');
    const table = await runInProcess(['report', 'with-assessments/plan.yaml'], { cwd: dir });
    expect(table.stdout).toMatch(/Keterbukaan +2 +Mengkhawatirkan/);
    const html = await runInProcess(['report', 'with-assessments/plan.yaml', '--format', 'html'], { cwd: dir });
    expect(html.stdout.indexOf('<section class="assessment">')).toBeLessThan(html.stdout.lastIndexOf('<footer>'));
    expect(md.stdout.indexOf('## The partners\' assessment')).toBeLessThan(md.stdout.lastIndexOf('\n---\n'));
    const csv = await runInProcess(['report', 'with-assessments/plan.yaml', '--format', 'csv'], { cwd: dir });
    expect(csv.stdout).toContain('plan,with-assessments/plan.yaml,,assessment.keterbukaan,2026-10-01,assessment,Keterbukaan,2,1-5,');
    // `assess report PLAN` alone reads the assessments the plan names.
    const own = await runInProcess(['assess', 'report', 'with-assessments/plan.yaml', '--format', 'json'], { cwd: dir });
    expect(own.stderr).toContain('tidak-ada');
    expect(own.code).toBe(1);
    expect((JSON.parse(own.stdout) as { rounds: { respondents: number }[] }).rounds.map((r) => r.respondents)).toEqual([3]);
    const swapped = await runInProcess(['assess', 'report', 'with-assessments/penilaian/unpad.yaml', 'with-assessments/plan.yaml'], { cwd: dir });
    expect(swapped.code).toBe(2);
    expect(swapped.stderr).toContain('adalah berkas penilaian, bukan rencana');
    const none = await runInProcess(['assess', 'report', 'plan.yaml'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('monitoring.assessments');
    // A plan without assessments: the report is what it was.
    const plain = await runInProcess(['report', 'plan.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(plain.stdout)).not.toHaveProperty('assessments');
  });

  test('a folder holding plans and assessments: each file is checked as what it is', async () => {
    const r = await runInProcess(['check', 'with-assessments/', '--format', 'json'], { cwd: dir });
    const files = (JSON.parse(r.stdout) as { files: { file: string; findings: { ruleId: string }[] }[] }).files;
    expect(files.map((f) => f.file).sort()).toEqual(['with-assessments/penilaian/aisyiyah.yaml', 'with-assessments/penilaian/dinkes.yaml', 'with-assessments/penilaian/unpad.yaml', 'with-assessments/plan.yaml']);
    expect(files.filter((f) => f.file.includes('penilaian')).flatMap((f) => f.findings)).toEqual([]);
    expect(readdirSync(planDir)).toContain('plan.yaml');
  });
});
