/**
 * The shapes officials submit: `report --template semester` (per partner/OPD: person in charge, policy, goals,
 * main activities, indicators with target and realisation, budget and realisation) and `--template csr` (plan
 * versus realisation per business partner), in-process through run(argv, io).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { EXAMPLES, runInProcess } from './helpers/cli.js';
import { planText } from './helpers/plans.js';
import { Readable } from 'node:stream';
import { reportWindow } from '../src/commands/report/window.js';
import type { CliIO } from '../src/commands/context.js';

let dir: string;
beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'kemitraan-official-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const r = await runInProcess(args, { cwd: dir });
  // Rupiah keep their number on the same line with a no-break space; compare as plain spaces.
  return { ...r, stdout: r.stdout.replace(/\u00a0/g, ' ') };
}

const SUMEDANG = path.join(EXAMPLES, 'stunting-sumedang.yaml');

describe('semester report', () => {
  test('Markdown in Indonesian: the period in words, indicators with target and realisation, each partner with the Germas format\'s parts', async () => {
    const r = await cli(['report', SUMEDANG, '--template', 'semester', '--period', '2026S1']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md).toContain('# LAPORAN PELAKSANAAN KEMITRAAN BIDANG KESEHATAN SEMESTER I TAHUN 2026');
    expect(md).toContain('Periode pelaporan: 1 Januari 2026 s.d. 30 Juni 2026.');
    // Indicators: the realisation is the value measured in the semester (85 on 30 June), not September's 91.
    expect(md).toMatch(/\| Luaran \| Baduta di desa lokus yang ditimbang dan diukur setiap bulan \| 68% \| 100% \(31 Desember 2026\) \| 85% \(30 Juni 2026\) \| 53% \|/);
    // A plan's own process indicator without ref is there.
    expect(md).toContain('| Proses | Kader posyandu di desa lokus yang sudah dilatih |');
    // Every partner who joined has the five parts.
    const sections = md.split(/^#### /m).slice(1);
    expect(sections.length).toBe(6);
    for (const s of sections) {
      for (const part of ['| Penanggung jawab |', '| Kebijakan |', '| Tujuan |', '**Kegiatan utama dalam periode ini**', '**Anggaran dan realisasi**']) expect(s).toContain(part);
    }
    const bjb = sections.find((s) => s.includes('Bank Pembangunan Daerah Jawa Barat'))!;
    expect(bjb).toContain('| Komitmen (dijanjikan) | Rp 250.000.000 |');
    expect(bjb).toContain('| Realisasi dalam periode | Rp 250.000.000 |');
    // In-kind contributions are shown as what they are, not as Rp 0.
    const kader = sections.find((s) => s.includes('Forum Kader'))!;
    expect(kader).toMatch(/\| Kontribusi nonuang \| .*58|orang/);
  });

  test('DOCX (Word): a valid package whose text carries the title and the parts', async () => {
    const r = await cli(['report', SUMEDANG, '--template', 'semester', '--period', '2026S2', '-o', 'semester.docx']);
    expect(r.code).toBe(0);
    const files = unzipSync(readFileSync(path.join(dir, 'semester.docx')));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('SEMESTER II TAHUN 2026');
    expect(xml).toContain('Penanggung jawab');
    expect(xml).toContain('Anggaran dan realisasi');
  });

  test('needs a period; and says which formats a shape has', async () => {
    const none = await cli(['report', SUMEDANG, '--template', 'semester']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--template semester memerlukan --period');
    const csv = await cli(['report', SUMEDANG, '--template', 'semester', '--period', '2026S1', '-o', 'x.csv']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('pilih docx, html, markdown');
  });
});

describe('CSR plan versus realisation', () => {
  test('CSV per business partner: committed, budgeted, delivered in the period and in total', async () => {
    const r = await cli(['report', SUMEDANG, path.join(EXAMPLES, 'tbc-makassar.yaml'), '--template', 'csr', '--period', '2026', '-o', 'csr.csv']);
    expect(r.code).toBe(0);
    const [head, ...rows] = readFileSync(path.join(dir, 'csr.csv'), 'utf8').trimEnd().split('\r\n');
    expect(head).toBe('plan,file,partner_id,partner,committed_idr,budgeted_idr,delivered_period_idr,delivered_total_idr,realisation_percent,over_delivered_idr,in_kind');
    expect(rows.map((l) => l.split(',').slice(2, 3)[0])).toEqual(['bjb', 'pelindo']);
    expect(rows[0]).toContain(',250000000,216000000,250000000,250000000,100,0,');
  });

  test('one partner\'s surplus is shown as over-delivery and never hides another\'s shortfall in the total', async () => {
    // bjb delivers 300 M of 250 M; a second business partner delivers nothing of its 100 M.
    const text = planText((p) => {
      p.implementation!.deliveries!.find((d) => d.partner === 'bjb')!.amountIdr = 300_000_000;
      p.partners!.push({ id: 'pt-susu', name: 'PT Susu Sehat', sector: 'swasta', status: 'signed', statusDates: { signed: '2026-01-15' } });
      p.goals!.partnerRoles!.push({ partner: 'pt-susu', roles: ['donatur'], contributions: [{ id: 'susu-csr', type: 'dana', description: 'Dana CSR', amountIdr: 100_000_000 }], benefit: 'Citra' });
    });
    writeFileSync(path.join(dir, 'over.yaml'), text);
    const r = await cli(['report', 'over.yaml', '--template', 'csr', '--period', '2026']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('120% (melebihi komitmen Rp 50.000.000)');
    // 350 M committed, 300 M delivered: the shortfall is PT Susu's 100 M, not a netted 50 M.
    expect(r.stdout).toContain('Kekurangan realisasi dihitung per mitra: Rp 100.000.000; realisasi melebihi komitmen: Rp 50.000.000');
  });
});

describe('the report\'s delivered share', () => {
  test('counts each partner up to its own commitment; the surplus is a detail of its own, never netted', async () => {
    const { buildReport } = await import('../src/report/build.js');
    const { examplePlan } = await import('./helpers/plans.js');
    const plan = examplePlan();
    // bjb delivers 50 M more than its 250 M; the others stay as they are.
    plan.implementation!.deliveries!.find((d) => d.partner === 'bjb')!.amountIdr = 300_000_000;
    const before = buildReport([{ file: 'a.yaml', plan: examplePlan() }], [], { asOf: '2026-11-22', lang: 'id', version: 't' });
    const after = buildReport([{ file: 'a.yaml', plan }], [], { asOf: '2026-11-22', lang: 'id', version: 't' });
    const share = (r: typeof before) => r.indicators.find((i) => i.id === 'process.contributions_delivered')!;
    expect(share(after).numerator).toBe(share(before).numerator);
    expect(share(after).value).toBe(share(before).value);
    expect(share(after).details!.find((d) => d.key === 'overDeliveredIdr')!.value).toBe(50_000_000);
    expect(share(after).breakdown!.find((b) => b.key === 'bjb')!.value).toBe(120);
  });
});

/**
 * `report --period` for the period still running is as of today, not as of its last day: a report made on
 * 22 November for 2026S2 is not "per 31 Desember 2026", and December's activities are not yet due.
 */
const io = (today: string): CliIO => ({
  stdout: { write: () => true }, stderr: { write: () => true }, stdin: Readable.from([]) as unknown as CliIO['stdin'],
  cwd: process.cwd(), env: { KEMITRAAN_TODAY: today },
});

describe('the as-of date of a period', () => {
  test('running period: today; past period: its last day; future period: its last day; --as-of wins within it', () => {
    expect(reportWindow({ period: '2026S2' }, io('2026-11-22'), 'id')).toEqual({ asOf: '2026-11-22', period: { id: '2026S2', start: '2026-07-01', end: '2026-12-31' } });
    expect(reportWindow({ period: '2026S1' }, io('2026-11-22'), 'id').asOf).toBe('2026-06-30');
    expect(reportWindow({ period: '2027Q1' }, io('2026-11-22'), 'id').asOf).toBe('2027-03-31');
    expect(reportWindow({ period: '2026S2', asOf: '2026-12-15' }, io('2026-11-22'), 'id').asOf).toBe('2026-12-15');
    expect(reportWindow({ period: '2026S2', asOf: '2027-02-01' }, io('2026-11-22'), 'id').asOf).toBe('2026-12-31');
  });
});
