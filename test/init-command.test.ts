import { describe, expect, test, beforeEach } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { runInit, schemaReference, EXIT_INTERRUPTED } from '../src/commands/init/run.js';
import { checkLoaded, nextAdvice } from '../src/check/engine.js';
import { loadPlanText } from '../src/plan/load.js';
import { UsageError, type CliIO } from '../src/commands/context.js';
import { FakePrompter, many } from './helpers/fake-prompter.js';
import { fullScript, OUTSIDE_THE_WIZARD } from './helpers/wizard-script.js';
import { EXAMPLES } from './helpers/cli.js';
import { run } from '../src/cli/main.js';
import { PlanEditError, setSection } from '../src/plan/edit.js';
import { parse } from 'yaml';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-init-'));
});

function io(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err,
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    stdin: Readable.from([]) as unknown as CliIO['stdin'],
    cwd: dir,
    env: { KEMITRAAN_TODAY: '2026-11-22', NO_COLOR: '1' },
  };
}

const read = (f = 'rencana.yaml') => readFileSync(path.join(dir, f), 'utf8');
/** Check with the rules about what is done outside the wizard turned off (see OUTSIDE_THE_WIZARD). */
const check = (text: string) => checkLoaded(loadPlanText('rencana.yaml', text), { lang: 'id', today: '2026-11-22', config: OUTSIDE_THE_WIZARD });
/** Check with every rule: a plan the wizard wrote has no error. */
const errorsOf = (text: string) => checkLoaded(loadPlanText('rencana.yaml', text), { lang: 'id', today: '2026-11-22' }).findings.filter((f) => f.severity === 'error');

describe('kemitraan init (in-process, fake terminal)', () => {
  test('writes a whole plan with a schema header that passes check; prints the readiness summary and the next step', async () => {
    const cli = io();
    const code = await runInit('rencana.yaml', { lang: 'id' }, cli, { prompter: new FakePrompter(fullScript()) });
    expect(code).toBe(0);
    const text = read();
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+plan\.schema\.json$/);
    const r = check(text);
    // Everything check needs was asked in its step: no error from any rule, no finding at all from the others.
    expect(errorsOf(text)).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(r.plan?.partners?.map((p) => p.statusDates?.committed)).toEqual(['2025-12-01', '2025-12-10', undefined]);
    expect(r.plan?.workplan?.mechanism).toContain('Sekretariat');
    expect(r.plan?.workplan?.activities?.map((a) => a.targetGroup)).toEqual(['Perwakilan seluruh mitra', 'Ibu hamil di desa lokus']);
    expect(r.summary?.filter((x) => x.status !== 'complete').map((x) => x.step)).toEqual(['implementation']);
    const out = cli.out.join('');
    expect(out).toContain('Rencana tersimpan di rencana.yaml.');
    expect(out).toContain('Kesiapan per langkah');
    // The advice names the most serious open problem (with every rule on), else the next step not started.
    const all = checkLoaded(loadPlanText('rencana.yaml', text), { lang: 'id', today: '2026-11-22' });
    const advice = nextAdvice(all.summary!, all.findings)!;
    if (advice.finding) expect(out).toContain(`Yang paling perlu dibereskan — langkah ${advice.step.number}. `);
    if (advice.finding) expect(out).toContain(`${advice.finding.message} (baris ${advice.finding.line}) — kemitraan init --step ${advice.step.number} rencana.yaml`);
    else expect(out).toContain('Langkah berikutnya: 7. Melaksanakan kerja sama — kemitraan init --step 7 rencana.yaml');
    // Each step under its heading comment, in the guide's order.
    const headings = text.split('\n').filter((l) => l.startsWith('# Langkah'));
    expect(headings.map((h) => h.slice(10, 11))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(readdirSync(dir)).toEqual(['rencana.yaml']);
  });

  test('partners marked signed: the wizard asks each status date and requires the signing date; check agrees', async () => {
    const script = {
      ...fullScript(),
      'partners.status': many('signed', 'signed', 'candidate'),
      'partners.statusDates.signed': many('2026-01-15', '2026-01-15'),
      // An empty answer and a date in the future are refused; then the real date.
      'agreement.signedDate': many('', '2027-01-01', '2026-01-15'),
    };
    const prompter = new FakePrompter(script);
    expect(await runInit('rencana.yaml', { lang: 'id' }, io(), { prompter })).toBe(0);
    expect(prompter.rejected.filter((r) => r.id === 'agreement.signedDate').map((r) => r.value)).toEqual(['', '2027-01-01']);
    expect(prompter.asked.find((a) => a.id === 'agreement.signedDate')!.message).toContain('dinkes, unpad');
    const r = check(read());
    expect(r.plan?.partners?.map((p) => p.statusDates)).toEqual([{ signed: '2026-01-15' }, { signed: '2026-01-15' }, undefined]);
    expect(r.plan?.agreement?.signedDate).toBe('2026-01-15');
    expect(r.findings).toEqual([]);
  });

  test('an organisation type "lainnya" is asked what it is', async () => {
    const script = { ...fullScript(), 'partners.organisationType': many('dinas', 'lainnya', 'perusahaan'), 'partners.organisationTypeOther': 'Lembaga penelitian' };
    expect(await runInit('rencana.yaml', { lang: 'id' }, io(), { prompter: new FakePrompter(script) })).toBe(0);
    const r = check(read());
    expect(r.plan?.partners?.[1]).toMatchObject({ organisationType: 'lainnya', organisationTypeOther: 'Lembaga penelitian' });
    expect(r.findings).toEqual([]);
  });

  test('Ctrl-C in step 3 exits 130, keeps steps 0-2 on disk; running again continues at step 3', async () => {
    const cli = io();
    const code = await runInit('rencana.yaml', { lang: 'id' }, cli, { prompter: new FakePrompter(fullScript(), { interruptAt: 'goals.general' }) });
    expect(code).toBe(EXIT_INTERRUPTED);
    expect(cli.err.join('')).toContain('Dibatalkan. Langkah dan isian daftar yang sudah selesai tersimpan di rencana.yaml');
    const saved = check(read());
    expect(saved.plan?.partners?.map((p) => p.id)).toEqual(['dinkes', 'unpad', 'bjb']);
    expect(saved.plan?.goals).toBeUndefined();

    const again = new FakePrompter(fullScript());
    const code2 = await runInit('rencana.yaml', { lang: 'id' }, io(), { prompter: again });
    expect(code2).toBe(0);
    const existing = again.asked.find((a) => a.id === 'init.existing')!;
    expect(existing.default).toBe('continue');
    expect(again.ids()).not.toContain('program');
    expect(again.ids()).not.toContain('idea.problem');
    expect(again.ids()[1]).toBe('goals.gate');
    const final = check(read());
    expect(final.findings).toEqual([]);
    expect(final.plan?.goals?.general).toBe('Mempercepat penurunan stunting di Kabupaten Sumedang');
  });

  test('Ctrl-C before the first step is saved writes nothing', async () => {
    const cli = io();
    const code = await runInit('rencana.yaml', { lang: 'id' }, cli, { prompter: new FakePrompter(fullScript(), { interruptAt: 'region.regency' }) });
    expect(code).toBe(EXIT_INTERRUPTED);
    expect(existsSync(path.join(dir, 'rencana.yaml'))).toBe(false);
    expect(cli.err.join('')).toContain('tidak ada yang ditulis');
  });

  test('an existing file is never overwritten without confirmation', async () => {
    writeFileSync(path.join(dir, 'rencana.yaml'), '# mine\ntitle: x\n');
    const before = read();
    expect(await runInit('rencana.yaml', { lang: 'id' }, io(), { prompter: new FakePrompter({ 'init.existing': 'cancel' }) })).toBe(0);
    expect(read()).toBe(before);
    expect(await runInit('rencana.yaml', { lang: 'id' }, io(), { prompter: new FakePrompter({ 'init.existing': 'overwrite', 'init.overwrite': false }) })).toBe(0);
    expect(read()).toBe(before);
    // Without a terminal: refused, exit 2, file untouched.
    const cli = io();
    expect(await runInit('rencana.yaml', { lang: 'id', yes: true }, cli)).toBe(2);
    expect(cli.err.join('')).toContain('rencana.yaml sudah ada; tidak ditimpa');
    expect(read()).toBe(before);
    // Confirmed: replaced.
    expect(await runInit('rencana.yaml', { lang: 'id' }, io(), { prompter: new FakePrompter({ ...fullScript(), 'init.existing': 'overwrite', 'init.overwrite': true }) })).toBe(0);
    expect(read()).not.toContain('# mine');
    // --force: replaced without asking.
    writeFileSync(path.join(dir, 'rencana.yaml'), '# mine\ntitle: x\n');
    expect(await runInit('rencana.yaml', { lang: 'id', yes: true, force: true, region: 'Jawa Barat/Kabupaten Garut' }, io())).toBe(0);
    expect(read()).toContain('regency: Kabupaten Garut');
  });

  test('--step rewrites only its section: the user\'s comments and formatting elsewhere stay byte-for-byte', async () => {
    const original = readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8')
      .replace('# Langkah 5 — kesepakatan\n', '# Langkah 5 — kesepakatan\n# catatan saya: draf kedua sudah dikirim ke bagian hukum\n');
    writeFileSync(path.join(dir, 'rencana.yaml'), original);
    const prompter = new FakePrompter({ 'readiness.criteria.met': ['komunikasi-dua-arah'], 'readiness.criteria.status': 'partial', 'readiness.team.menu': many('item:0', 'item:0', 'item:0', 'done'), 'readiness.team.item': 'remove', 'readiness.team.add': false });
    const code = await runInit('rencana.yaml', { lang: 'id', step: 'persiapan' }, io(), { prompter });
    expect(code).toBe(0);
    const text = read();
    const start = original.indexOf('\nreadiness:') + 1;
    const end = original.indexOf('\n\n# Langkah 5');
    expect(text.slice(0, start)).toBe(original.slice(0, start));
    expect(text.endsWith(original.slice(end))).toBe(true);
    const r = check(text);
    expect(r.plan?.readiness?.criteria?.['rencana-kerja']).toBe('partial');
    // The note kept from before, the team removed.
    expect(r.plan?.readiness?.criteria?.['memberi-imbalan']).toEqual({ status: 'partial', note: 'Piagam penghargaan bupati untuk mitra dan kader teladan.' });
    expect(r.plan?.readiness?.team).toBeUndefined();
    // Only readiness questions were asked.
    expect(prompter.ids().every((id) => id.startsWith('readiness.'))).toBe(true);
  });

  test.each(['0', '1', '2', '3', '4', '5', '6', '7', '8'])('--step %s where every answer is kept (Enter throughout) leaves the file byte-identical', async (step) => {
    copyFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), path.join(dir, 'rencana.yaml'));
    const before = read();
    const prompter = new FakePrompter({});
    expect(await runInit('rencana.yaml', { lang: 'id', step }, io(), { prompter })).toBe(0);
    expect(prompter.asked.length).toBeGreaterThan(0);
    expect(read()).toBe(before);
  });

  test('--step on a file that does not exist is a usage error', async () => {
    await expect(runInit('nope.yaml', { lang: 'id', step: '1' }, io(), { prompter: new FakePrompter({}) })).rejects.toThrow(UsageError);
    await expect(runInit('rencana.yaml', { lang: 'id', step: 'sembilan' }, io())).rejects.toThrow(/langkah "sembilan" tidak dikenal/);
  });
});

describe('schemaReference', () => {
  test('relative inside the project that installed kemitraan, or inside the package', () => {
    expect(schemaReference('/home/a/proj/plans/x.yaml', '/home/a/proj/node_modules/kemitraan/schemas/plan.schema.json')).toBe('../node_modules/kemitraan/schemas/plan.schema.json');
    expect(schemaReference('/repo/examples/x.yaml', '/repo/schemas/plan.schema.json')).toBe('../schemas/plan.schema.json');
  });
  test('an absolute file: URL for a global install or an npx cache', () => {
    expect(schemaReference('/home/a/proj/x.yaml', '/usr/lib/node_modules/kemitraan/schemas/plan.schema.json')).toBe('file:///usr/lib/node_modules/kemitraan/schemas/plan.schema.json');
    expect(schemaReference('/home/a/proj/x.yaml', '/home/a/.npm/_npx/1a2b/node_modules/kemitraan/schemas/plan.schema.json')).toBe('file:///home/a/.npm/_npx/1a2b/node_modules/kemitraan/schemas/plan.schema.json');
  });
});

/**
 * `init --step` on a plan written as JSON (check reads it, with a remark): the remark is no reason to refuse
 * the plan, and a section that cannot be rewritten is explained in the reader's language, not in English.
 */
// A plan with its basics and step 1 complete (the example's idea), as JSON on one line.
const JSON_PLAN = JSON.stringify({
  schemaVersion: 1, title: 'Kemitraan Pencegahan Stunting Kabupaten Garut 2026', program: 'stunting',
  region: { province: 'Jawa Barat', provinceCode: '32', regency: 'Kabupaten Garut', regencyCode: '32.05' },
  initiator: { name: 'Dinas Kesehatan Kabupaten Garut' },
  idea: (parse(readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8')) as { idea: unknown }).idea,
});

function memoryIo(cwd: string) {
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) },
    stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd, env: { KEMITRAAN_TODAY: '2026-11-22', NO_COLOR: '1', CI: '1' },
  };
  return { io, err };
}

describe('init --step on a JSON plan', () => {
  test('an unchanged step: written nothing, exit 0 (the JSON remark is no schema error)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-json-'));
    const json = JSON_PLAN;
    writeFileSync(path.join(dir, 'rencana.json'), json);
    const { io, err } = memoryIo(dir);
    expect(await run(['init', '--step', '1', '--yes', 'rencana.json'], io)).toBe(0);
    expect(err.join('')).not.toContain('tidak sesuai skema');
    expect(readFileSync(path.join(dir, 'rencana.json'), 'utf8')).toBe(json);
  });

  test('a section that cannot be spliced into JSON: said in Indonesian, exit 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-json-'));
    writeFileSync(path.join(dir, 'rencana.json'), JSON_PLAN);
    writeFileSync(path.join(dir, 'jawaban.yaml'), 'idea:\n  problem: Masalah baru\n');
    const { io, err } = memoryIo(dir);
    expect(await run(['init', '--step', '1', '--answers', 'jawaban.yaml', 'rencana.json'], io)).toBe(2);
    expect(err.join('')).toContain('rencana.json:1:1: bagian ini tidak dapat ditulis ulang tanpa mengubah bagian lain (rencana tidak ditulis sebagai YAML berblok');
    expect(err.join('')).not.toMatch(/block mapping/);
  });

  test('PlanEditError says its reason in either language', () => {
    let caught: unknown;
    try { setSection('{title: T}', 'idea', {}); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(PlanEditError);
    expect((caught as PlanEditError).describe('en')).toMatch(/^the plan is not written as block YAML/);
  });
});
