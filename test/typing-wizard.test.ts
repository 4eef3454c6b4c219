/**
 * The wizard with what people type: Indonesian numbers shown back (and asked about when ambiguous), a phone in
 * brackets, a sector guessed from the name, going back to the previous question.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { runInit, EXIT_INTERRUPTED } from '../src/commands/init/run.js';
import { checkLoaded } from '../src/check/engine.js';
import { loadPlanText } from '../src/plan/load.js';
import { run } from '../src/cli/main.js';
import type { CliIO } from '../src/commands/context.js';
import { fullScript, ALL_PARTNER, OUTSIDE_THE_WIZARD } from './helpers/wizard-script.js';
import { Session } from '../src/wizard/session.js';
import { partnerItem } from '../src/wizard/steps/partners.js';
import type { Scope } from '../src/wizard/session.js';
import { FakePrompter, many, BACK, INTERRUPT } from './helpers/fake-prompter.js';

const TODAY = '2026-11-22';

/**
 * What these tests are about: the file reads, matches the schema, and its partners and indicators are whole. (Other
 * steps' readiness rules grow with the catalog and are held by their own tests.)
 */
function readingOrPartnerFindings(findings: readonly { ruleId: string }[]): string[] {
  return findings.map((f) => f.ruleId).filter((id) => /^(parse|schema|partners|monitoring)\//.test(id) && id !== 'monitoring/no-assessment');
}

function session(script: Record<string, unknown>, lang: 'id' | 'en' = 'id') {
  const prompter = new FakePrompter(script);
  return { prompter, s: new Session({ lang, prompter, answers: {}, yes: false, today: TODAY }) };
}
const root: Scope = { path: '', answers: undefined, current: undefined };

describe('numbers typed at the wizard', () => {
  test('21.000 is twenty-one thousand, shown back in words', async () => {
    const { s, prompter } = session({ target: '21.000', 'typing.number.confirm': true });
    expect(await s.frame(() => s.text(root, 'target', { message: 'wizard.q.target8', kind: 'number' }))).toBe(21000);
    expect(prompter.asked.find((a) => a.id === 'typing.number.confirm')?.message).toBe('Maksud Anda 21.000 (dua puluh satu ribu)?');
  });

  test('ambiguous 1.250 refused: typed again as 1,25', async () => {
    const { s, prompter } = session({ baseline: many('1.250', '1,25'), 'typing.number.confirm': false });
    expect(await s.text(root, 'baseline', { message: 'wizard.q.baseline', kind: 'number' })).toBe(1.25);
    expect(prompter.said).toContain('Ketik lagi. Titik memisahkan ribuan (21.000 = dua puluh satu ribu); koma untuk desimal (1,25).');
  });

  test('unambiguous amounts are shown back without asking', async () => {
    const { s, prompter } = session({ a: 'Rp 12.500.000', b: '1,5 miliar', c: '22,4' });
    expect(await s.text(root, 'a', { message: 'wizard.q.deliveryAmount', kind: 'rupiah' })).toBe(12500000);
    expect(await s.text(root, 'b', { message: 'wizard.q.deliveryAmount', kind: 'rupiah' })).toBe(1500000000);
    expect(await s.text(root, 'c', { message: 'wizard.q.baseline', kind: 'number' })).toBe(22.4);
    expect(prompter.said).toEqual(['  = 12.500.000 (dua belas juta lima ratus ribu)', '  = 1.500.000.000 (satu miliar lima ratus juta)']);
    expect(prompter.ids()).not.toContain('typing.number.confirm');
  });

  test('in English the number is shown back the English way', async () => {
    const { s, prompter } = session({ a: '5 juta' }, 'en');
    expect(await s.text(root, 'a', { message: 'wizard.q.deliveryAmount', kind: 'rupiah' })).toBe(5000000);
    expect(prompter.said).toEqual(['  = 5,000,000 (five million)']);
  });

  test('an answers file with "21.000" as text is read the Indonesian way', async () => {
    const s = new Session({ lang: 'id', answers: { target: '21.000' }, yes: false, today: TODAY });
    expect(await s.text({ path: '', answers: s.answers, current: undefined }, 'target', { message: 'wizard.q.target8', kind: 'number' })).toBe(21000);
  });
});

describe('a partner as people enter it', () => {
  test('sector guessed from the name is the default; a phone in brackets is kept as written', async () => {
    const { s, prompter } = session({
      'partners.name': 'Puskesmas Kassi-Kassi', 'partners.contact.phone': '(0411) 873456',
    });
    const p = await s.frame(() => partnerItem(s, { path: 'partners[0]', answers: undefined, current: undefined }, []));
    expect(prompter.asked.find((a) => a.id === 'partners.sector')?.default).toBe('pemerintah');
    expect(p).toMatchObject({ name: 'Puskesmas Kassi-Kassi', id: 'puskesmas-kassi-kassi', sector: 'pemerintah', organisationType: 'dinas', contact: { phone: '(0411) 873456' } });
  });

  test('the person can change the guessed sector', async () => {
    const { s } = session({ 'partners.name': 'PT Semen Tonasa', 'partners.sector': 'cso' });
    const p = await s.frame(() => partnerItem(s, { path: 'partners[0]', answers: undefined, current: undefined }, []));
    expect(p?.sector).toBe('cso');
  });
});

describe('going back to the previous question', () => {
  test('"<" at a typed question re-asks the one before, with its answer offered; nothing else is asked twice', async () => {
    const { s, prompter } = session({
      'partners.name': many('Yayasan Peduli', 'Yayasan Peduli Anak'),
      'partners.id': many('<', 'yayasan-peduli-anak'),
      'partners.address': 'Jl. Mawar 1',
    });
    // name, id, "<" at id → the name again (offered as default), then the id with a new default.
    prompter.asked.length = 0;
    const p = await s.frame(() => partnerItem(s, { path: 'partners[0]', answers: undefined, current: undefined }, []));
    expect(p).toMatchObject({ name: 'Yayasan Peduli Anak', id: 'yayasan-peduli-anak', address: 'Jl. Mawar 1', sector: 'cso' });
    const names = prompter.asked.filter((a) => a.id === 'partners.name');
    expect(names.map((a) => a.default)).toEqual([undefined, 'Yayasan Peduli']);
    expect(prompter.asked.filter((a) => a.id === 'partners.id').map((a) => a.default)).toEqual(['yayasan-peduli', 'yayasan-peduli-anak']);
  });

  test('"« back" at a select re-asks the previous question; replayed answers are not asked again', async () => {
    const { s, prompter } = session({
      'partners.name': 'Posyandu Mawar',
      'partners.sector': many(BACK, 'masyarakat'),
      'partners.id': many('posyandu', 'posyandu-mawar'),
    });
    const p = await s.frame(() => partnerItem(s, { path: 'partners[0]', answers: undefined, current: undefined }, []));
    expect(p).toMatchObject({ id: 'posyandu-mawar', sector: 'masyarakat' });
    expect(prompter.ids().slice(0, 5)).toEqual(['partners.name', 'partners.id', 'partners.sector', 'partners.id', 'partners.sector']);
    expect(prompter.asked.filter((a) => a.id === 'partners.id')[1]!.default).toBe('posyandu');
  });
});

describe('saving after every entry, resuming inside the step, editing one entry', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-resume-'));
  });
  const cli = () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO & { out: string[]; err: string[] } = {
      out, err, stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) },
      stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd: dir, env: { KEMITRAAN_TODAY: TODAY, NO_COLOR: '1' },
    };
    return io;
  };
  const read = () => readFileSync(path.join(dir, 'rencana.yaml'), 'utf8');
  // Rules whose fields the wizard does not ask yet are off (see OUTSIDE_THE_WIZARD); none of them gives an error.
  const checked = (text: string) => checkLoaded(loadPlanText('rencana.yaml', text), { lang: 'id', today: TODAY, config: OUTSIDE_THE_WIZARD });
  const BJB = {
    'partners.name': 'PT Bank BJB Cabang Sumedang', 'partners.id': 'bjb', 'partners.address': 'Jl. Prabu Geusan Ulun No. 41, Sumedang',
    'partners.potentials': ['swasta.dana-csr'], 'partners.status': 'candidate', 'partners.criteria.met': ALL_PARTNER,
  };

  test('Ctrl-C in the middle of the third partner keeps the first two; the next run continues with the third', async () => {
    const first = cli();
    const script = { ...fullScript(), 'partners.address': many('Jl. Kutamaya No. 21, Sumedang', 'Jl. Ir. Soekarno km. 21, Jatinangor', INTERRUPT) };
    expect(await runInit('rencana.yaml', { lang: 'id' }, first, { prompter: new FakePrompter(script) })).toBe(EXIT_INTERRUPTED);
    const stopped = read();
    expect(checked(stopped).plan?.partners?.map((p) => p.id)).toEqual(['dinkes', 'unpad']);
    expect(stopped).toContain('# Langkah ini belum selesai; "kemitraan init" pada berkas ini melanjutkannya. [kemitraan:in-progress]\npartners:');

    const resumed: Record<string, unknown> = { ...fullScript(), ...BJB, 'partners.add': many(true, false) };
    delete resumed['partners.sector']; // Enter: the sector guessed from "PT Bank ..."
    const again = new FakePrompter(resumed);
    expect(await runInit('rencana.yaml', { lang: 'id' }, cli(), { prompter: again })).toBe(0);
    // Offered to continue inside step 2; the two saved partners were kept without a question.
    const menu = again.asked.find((a) => a.id === 'init.existing')!;
    expect(menu.default).toBe('continue');
    expect(again.said).toContain('Melanjutkan: 2 isian sudah tersimpan (Dinas Kesehatan Kabupaten Sumedang (pemerintah); Fakultas Kedokteran Universitas Padjadjaran (akademisi)).');
    expect(again.ids()).not.toContain('partners.menu');
    expect(again.asked.find((a) => a.id === 'partners.sector')?.default).toBe('swasta');
    const text = read();
    expect(text).not.toContain('[kemitraan:in-progress]');
    const r = checked(text);
    expect(r.plan?.partners?.map((p) => p.id)).toEqual(['dinkes', 'unpad', 'bjb']);
    expect(r.plan?.initiator.partner).toBe('dinkes');
    expect(readingOrPartnerFindings(r.findings)).toEqual([]);
  });

  test('--step 2 edits one partner from the menu; the others stay exactly as they were', async () => {
    expect(await runInit('rencana.yaml', { lang: 'id' }, cli(), { prompter: new FakePrompter(fullScript()) })).toBe(0);
    const before = checked(read()).plan!;
    const prompter = new FakePrompter({
      'partners.menu': many('item:1', 'done'), 'partners.item': 'edit',
      'partners.contact.phone': '(022) 7795594', 'partners.add': false,
    });
    expect(await runInit('rencana.yaml', { lang: 'id', step: '2' }, cli(), { prompter })).toBe(0);
    expect(prompter.asked.find((a) => a.id === 'partners.menu')?.choices).toEqual(['item:0', 'item:1', 'item:2', 'done']);
    // Only the chosen partner's questions were asked.
    expect(prompter.asked.filter((a) => a.id === 'partners.name').map((a) => a.default)).toEqual(['Fakultas Kedokteran Universitas Padjadjaran']);
    const after = checked(read());
    expect(readingOrPartnerFindings(after.findings)).toEqual([]);
    expect(after.plan!.partners![1]).toEqual({ ...before.partners![1], contact: { ...before.partners![1]!.contact, phone: '(022) 7795594' } });
    expect(after.plan!.partners![0]).toEqual(before.partners![0]);
    expect(after.plan!.partners![2]).toEqual(before.partners![2]);
  });
});

describe('step 8: measured values once work has started', () => {
  test('each indicator gets a dated value ADDED to its history; the report then shows achievement', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-measure-'));
    const io = (): CliIO & { out: string[] } => {
      const out: string[] = [];
      return { out, stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) }, stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd: dir, env: { KEMITRAAN_TODAY: TODAY, NO_COLOR: '1' } };
    };
    expect(await runInit('rencana.yaml', { lang: 'id' }, io(), { prompter: new FakePrompter({ ...fullScript(), 'monitoring.measure': false }) })).toBe(0);
    const planned = checkLoaded(loadPlanText('rencana.yaml', readFileSync(path.join(dir, 'rencana.yaml'), 'utf8')), { lang: 'id', today: TODAY }).plan!;
    const ids = planned.monitoring!.indicators!.map((i) => i.id);
    expect(ids[0]).toBe('partners-joined');
    // First measurement: 2 partners joined by June; then 3 by November (typed "3"), and the outcome "21,5".
    const first = new FakePrompter({ 'monitoring.indicators.measurement.value': many('2', '', '', '21,5'), 'monitoring.indicators.measurement.date': many('2026-06-30', '2026-10-31') });
    expect(await runInit('rencana.yaml', { lang: 'id', step: '8' }, io(), { prompter: first })).toBe(0);
    const second = new FakePrompter({ 'monitoring.indicators.measurement.value': many('3'), 'monitoring.indicators.measurement.date': many('2026-11-20') });
    expect(await runInit('rencana.yaml', { lang: 'id', step: '8' }, io(), { prompter: second })).toBe(0);
    expect(second.asked.find((a) => a.id === 'monitoring.indicators.measurement.value')?.message).toBe('Capaian terukur: Mitra yang bergabung (berkomitmen atau menandatangani) (mitra); terakhir 2 pada 2026-06-30 (boleh kosong)');
    const r = checkLoaded(loadPlanText('rencana.yaml', readFileSync(path.join(dir, 'rencana.yaml'), 'utf8')), { lang: 'id', today: TODAY, config: OUTSIDE_THE_WIZARD });
    expect(readingOrPartnerFindings(r.findings)).toEqual([]);
    const inds = r.plan!.monitoring!.indicators!;
    expect(inds[0]!.measurements).toEqual([{ date: '2026-06-30', value: 2 }, { date: '2026-11-20', value: 3 }]);
    expect(inds[3]!.measurements).toEqual([{ date: '2026-10-31', value: 21.5 }]);
    expect(inds[1]!.measurements).toBeUndefined();
    const report = io();
    expect(await run(['report', 'rencana.yaml', '--format', 'json'], report)).toBe(0);
    const json = JSON.parse(report.out.join('')) as unknown;
    // The program's own health indicator now has an achievement instead of "tidak ada data".
    expect(JSON.stringify(json)).toMatch(/"id":"prevalensi-stunting","name":"Prevalensi stunting balita","direction":"decrease","baseline":22.4,"target":18,"actual":21.5,"actualDate":"2026-10-31","percentAchieved":20.45/);
  });
});
