import { describe, expect, test } from '@jest/globals';
import { Session } from '../src/wizard/session.js';
import { runWizard, WIZARD_STEPS, STEP_RUNS, type WizardState } from '../src/wizard/run.js';
import { runRules, summarize, resolveFindings } from '../src/check/engine.js';
import { CHECK_RULES } from '../src/check/rules/index.js';
import { validatePlanSchema } from '../src/check/schema.js';
import type { Plan } from '../src/plan/types.js';
import { FakePrompter, many } from './helpers/fake-prompter.js';
import { fullScript, ALL_PARTNER, OUTSIDE_THE_WIZARD } from './helpers/wizard-script.js';

const TODAY = '2026-11-22';

async function runAll(script: Record<string, unknown>, lang: 'id' | 'en' = 'id') {
  const prompter = new FakePrompter(script);
  const s = new Session({ lang, prompter, answers: {}, yes: false, today: TODAY });
  const state: WizardState = { plan: {} };
  const saves: string[] = [];
  const entries: string[] = [];
  const result = await runWizard(s, state, WIZARD_STEPS, {
    save: async (step, sections, outcome) => {
      if (outcome === 'partial') entries.push(`${step}:${JSON.stringify(sections).length}`);
      else saves.push(step);
    },
  }, { gate: true });
  return { prompter, s, plan: state.plan as unknown as Plan, saves, entries, result };
}

function summaryOf(plan: Plan) {
  const raw = runRules(plan, TODAY);
  const at = { file: 'x', locate: () => ({ line: 1, column: 1 }) };
  const findings = resolveFindings(raw, CHECK_RULES, at, { lang: 'id', today: TODAY, config: OUTSIDE_THE_WIZARD });
  const errors = resolveFindings(raw, CHECK_RULES, at, { lang: 'id', today: TODAY }).filter((f) => f.severity === 'error');
  return { findings, errors, summary: summarize(plan, findings) };
}

describe('the wizard, driven through every step with a fake prompter', () => {
  test('a whole plan: schema-valid, and every filled step complete by the check rules', async () => {
    const { plan, saves, entries, result, prompter } = await runAll(fullScript());
    expect(validatePlanSchema(plan)).toEqual([]);
    // Saved after every step, a skipped one included, and after every partner, activity and indicator.
    expect(saves).toEqual(['basics', 'idea', 'partners', 'goals', 'readiness', 'agreement', 'workplan', 'implementation', 'monitoring']);
    expect(entries.map((e) => e.split(':')[0])).toEqual(['partners', 'partners', 'partners', 'workplan', 'workplan', 'monitoring', 'monitoring', 'monitoring', 'monitoring']);
    expect(result.skipped).toEqual(['implementation']);
    const { summary, findings, errors } = summaryOf(plan);
    const status = Object.fromEntries(summary.map((x) => [x.step, x.status]));
    expect(errors).toEqual([]);
    expect(findings.map((f) => f.ruleId)).toEqual([]);
    expect(status).toEqual({
      idea: 'complete', partners: 'complete', goals: 'complete', readiness: 'complete',
      agreement: 'complete', workplan: 'complete', implementation: 'empty', monitoring: 'complete',
    });
    // Every step's questions were asked, in the guide's order.
    const firstOf = (prefix: string) => prompter.ids().findIndex((id) => id.startsWith(prefix));
    const order = ['program', 'idea.problem', 'partners.needs', 'goals.general', 'readiness.criteria.met', 'agreement.form', 'workplan.mechanism', 'monitoring.schedule.frequency'].map(firstOf);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('basics: derived defaults (initiator, title) and the dates', async () => {
    const { plan, prompter } = await runAll(fullScript());
    expect(plan.initiator).toEqual({ name: 'Dinas Kesehatan Kabupaten Sumedang', partner: 'dinkes' });
    expect(plan.title).toBe('Kemitraan Pencegahan stunting Kabupaten Sumedang 2026');
    expect(plan.dates).toEqual({ created: TODAY, start: '2026-01-01', end: '2026-12-31' });
    expect(plan.region).toEqual({ province: 'Jawa Barat', provinceCode: '32', regency: 'Kabupaten Sumedang', regencyCode: '32.11', district: 'Sumedang Utara' });
    expect(prompter.asked.find((a) => a.id === 'initiator.name')?.default).toBe('Dinas Kesehatan Kabupaten Sumedang');
  });

  test('basics: a regency not on the Kemendagri list is answered with the list, the nearest name first', async () => {
    const { plan, prompter } = await runAll({ ...fullScript(), 'region.regency': 'Kabupaten Sumednag' });
    const offered = prompter.asked.find((a) => a.id === 'basics.region.regency.official')!;
    expect(offered.message).toBe('"Kabupaten Sumednag" tidak ada dalam daftar wilayah Kemendagri. Pilih nama resminya:');
    expect(offered.default).toBe('32.11');
    expect(offered.choices).toHaveLength(27 + 1); // the province's 27 kabupaten/kota, and keeping the name as typed
    expect(plan.region).toMatchObject({ regency: 'Kabupaten Sumedang', regencyCode: '32.11' });
    const kept = await runAll({ ...fullScript(), 'region.regency': 'Kabupaten Sumednag', 'basics.region.regency.official': '\u0000keep' });
    expect(kept.plan.region).toMatchObject({ regency: 'Kabupaten Sumednag' });
    expect(kept.plan.region.regencyCode).toBeUndefined();
  });

  test('idea: problem, target, criteria checklist with a note', async () => {
    const { plan } = await runAll(fullScript());
    expect(plan.idea?.problem).toMatch(/22,4%/);
    expect(plan.idea?.criteria?.['payung-hukum']).toEqual({ status: 'met', note: 'Perpres 72/2021' });
    expect(plan.idea?.criteria?.['relevan-visi-misi']).toBe('met');
  });

  test('idea: criteria not ticked are asked about, with a note on the gap', async () => {
    const script = { ...fullScript(), 'idea.criteria.met': ['relevan-visi-misi'], 'idea.criteria.status': many('partial', 'unmet'), 'idea.criteria.payung-hukum.note': 'Perbup belum terbit', 'idea.criteria.addNotes': false };
    const { plan, prompter } = await runAll(script);
    expect(plan.idea?.criteria).toEqual({ 'relevan-visi-misi': 'met', 'payung-hukum': { status: 'partial', note: 'Perbup belum terbit' }, 'manfaat-bersama': 'unmet' });
    // Nine criteria were not ticked: each one asked once.
    expect(prompter.ids().filter((id) => id === 'idea.criteria.status')).toHaveLength(9);
  });

  test('partners: the initiator is offered first, ids derive from names, sectors show their potentials', async () => {
    const { plan, prompter } = await runAll(fullScript());
    expect(plan.partners?.map((p) => [p.id, p.sector, p.status])).toEqual([['dinkes', 'pemerintah', 'committed'], ['unpad', 'akademisi', 'committed'], ['bjb', 'swasta', 'candidate']]);
    const unpadIdQuestion = prompter.asked.filter((a) => a.id === 'partners.id')[1]!;
    expect(unpadIdQuestion.default).toBe('fakultas-kedokteran-universitas');
    expect(plan.partners?.[0]?.organisationType).toBe('dinas');
    expect(plan.partners?.[1]?.organisationType).toBe('perguruan-tinggi');
    expect(plan.partners?.[1]?.criteria).toEqual(Object.fromEntries(ALL_PARTNER.map((c) => [c, 'met'])));
    const sectorQuestion = prompter.asked.find((a) => a.id === 'partners.sector')!;
    expect(sectorQuestion.choices).toEqual(['pemerintah', 'akademisi', 'cso', 'masyarakat', 'swasta', 'internasional']);
  });

  test('partners: suggests sectors for the roles the idea needs, and names needs still uncovered', async () => {
    const script = { ...fullScript(), 'partners.needs': ['donatur', 'penggerak-masyarakat'] };
    const { prompter } = await runAll(script);
    expect(prompter.said).toContain('  Untuk peran Penggerak masyarakat, cari mitra dari sektor: Organisasi masyarakat sipil (CSO), Masyarakat/Komunitas');
    // None of dinkes, unpad, bjb brings a potential that suggests community mobilising.
    expect(prompter.said.some((l) => l.startsWith('Catatan: belum ada calon mitra') && l.includes('Penggerak masyarakat'))).toBe(true);
    expect(prompter.said.some((l) => l.startsWith('Catatan: belum ada calon mitra') && l.includes('Donatur'))).toBe(false);
  });

  test('goals: roles suggested by each partner\'s potentials are ticked; contributions and benefits', async () => {
    const { plan, prompter } = await runAll(fullScript());
    const roleQuestions = prompter.asked.filter((a) => a.id === 'goals.partnerRoles.roles');
    // pemerintah.prioritas-anggaran suggests inisiator and donatur; pemerintah.dana-personalia pendukung-sumber-daya.
    expect(roleQuestions[0]!.default).toEqual(['inisiator', 'donatur', 'pendukung-sumber-daya']);
    expect(roleQuestions[1]!.default).toEqual(['pembimbing-teknis']);
    expect(plan.goals?.partnerRoles?.map((e) => e.partner)).toEqual(['dinkes', 'unpad', 'bjb']);
    expect(plan.goals?.partnerRoles?.[0]?.contributions).toEqual([{ id: 'dinkes-dana', type: 'dana', description: 'Dana BOK untuk posyandu', amountIdr: 150000000 }]);
    expect(plan.goals?.partnerRoles?.[2]?.contributions?.[0]?.amountIdr).toBe(250000000);
    expect(plan.goals?.requiredRoles).toEqual(['donatur', 'pembimbing-teknis']);
    expect(plan.goals?.specific).toEqual([{ id: 't1', text: '100% baduta di desa lokus ditimbang setiap bulan', roles: ['donatur'] }]);
  });

  test('agreement: committed partners preselected as parties, period defaults to the plan dates', async () => {
    const { plan, prompter } = await runAll(fullScript());
    expect(prompter.asked.find((a) => a.id === 'agreement.parties')?.default).toEqual(['dinkes', 'unpad']);
    expect(plan.agreement?.parties).toEqual([
      { partner: 'dinkes', signatory: { name: 'dr. H. Ahmad Fauzi', position: 'Kepala Dinas Kesehatan', actsFor: 'Pemerintah Kabupaten Sumedang',
        authority: { kind: 'sk', issuedBy: 'Bupati Sumedang', number: '821.2/Kep.45-BKPSDM/2024', date: '2024-03-04' } } },
      { partner: 'unpad', signatory: { name: 'Prof. Siti Rahmawati', position: 'Dekan Fakultas Kedokteran',
        authority: { kind: 'surat-kuasa', issuedBy: 'Rektor Universitas Padjadjaran', number: '1234/UN6.RKT/KP/2025', date: '2025-11-03' } } },
    ]);
    expect(plan.agreement?.period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(plan.agreement?.scope).toEqual(['Edukasi gizi keluarga', 'Penguatan kapasitas kader']);
    expect(plan.agreement?.form).toBe('nota-kesepahaman');
    expect(plan.agreement?.personalData).toBe(true);
  });

  test('agreement: the Kepala Dinas is offered as acting for the regency, the university\'s dean is offered nothing', async () => {
    const { prompter } = await runAll(fullScript());
    const actsFor = prompter.asked.filter((a) => a.id === 'agreement.parties.signatory.actsFor');
    expect(actsFor.map((a) => a.default)).toEqual(['Pemerintah Kabupaten Sumedang', undefined]);
    expect(actsFor[0]!.message).toMatch(/^Bertindak untuk dan atas nama/);
    const kinds = prompter.asked.filter((a) => a.id === 'agreement.parties.signatory.authority.kind');
    expect(kinds[0]!.choices).toEqual(['sk', 'surat-kuasa', '']);
  });

  test('agreement: without an authority, check warns agreement/no-authority; a dean acting for the unit is the person\'s to say', async () => {
    const script = { ...fullScript(), 'agreement.parties.signatory.authority.kind': many('', 'sk'), 'agreement.parties.signatory.actsFor': many('-', '') };
    const { plan, prompter } = await runAll(script);
    // Skipping the kind skips the rest of the authority's questions for that signatory.
    expect(prompter.ids().filter((id) => id === 'agreement.parties.signatory.authority.number')).toHaveLength(1);
    expect(plan.agreement?.parties?.[0]?.signatory).toEqual({ name: 'dr. H. Ahmad Fauzi', position: 'Kepala Dinas Kesehatan' });
    const { findings } = summaryOf(plan);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['agreement/no-authority', 'warning'], ['agreement/acts-for-unit', 'warning']]);
  });

  test('agreement: personal data is asked as ya/tidak, offered as "ya" only for programmes that exchange such data', async () => {
    const no = await runAll({ ...fullScript(), 'agreement.personalData': 'tidak' });
    expect(no.plan.agreement?.personalData).toBe(false);
    expect(no.prompter.asked.find((a) => a.id === 'agreement.personalData')).toMatchObject({ default: 'ya', choices: ['ya', 'tidak', ''] });
    const other = await runAll({ ...fullScript(), program: 'phbs-sekolah' });
    expect(other.prompter.asked.find((a) => a.id === 'agreement.personalData')?.default).toBe('');
    expect(other.plan.agreement?.personalData).toBeUndefined();
  });

  test('agreement from an answers file: authority and actsFor as written, personalData as true/false or ya/tidak', async () => {
    const plan = { program: 'tbc', region: { regency: 'Kota Bandung' }, partners: [{ id: 'pkm', name: 'Puskesmas Garuda', sector: 'pemerintah', status: 'committed' }] };
    const signatory = { name: 'dr. Ani', position: 'Kepala Puskesmas', actsFor: 'Pemerintah Kota Bandung', authority: { kind: 'sk', number: '800/12/2025', date: '2025-01-06' } };
    for (const [given, expected] of [[true, true], ['tidak', false], [false, false]] as const) {
      const answers = { agreement: { form: 'mou', subject: 'Penanggulangan TBC', parties: [{ partner: 'pkm', signatory }], period: { start: '2026-01-01', end: '2026-12-31' }, personalData: given } };
      const s = new Session({ lang: 'id', answers, yes: false, today: TODAY });
      const out = await STEP_RUNS.agreement(s, { plan } as unknown as WizardState);
      expect(s.problems).toEqual([]);
      expect(out.agreement).toMatchObject({ personalData: expected, parties: [{ partner: 'pkm', signatory }] });
    }
  });

  test('agreement: a decree (sk-*) asks no authority of its members: the head of region signs it alone', async () => {
    const { prompter, plan } = await runAll({ ...fullScript(), 'agreement.form': 'sk-bupati' });
    expect(prompter.ids()).not.toContain('agreement.parties.signatory.authority.kind');
    expect(prompter.ids()).not.toContain('agreement.parties.signatory.actsFor');
    expect(plan.agreement?.parties?.[0]?.signatory).toEqual({ name: 'dr. H. Ahmad Fauzi', position: 'Kepala Dinas Kesehatan' });
  });

  test('workplan: activities with 5W1H; an end date before the start is refused as typed', async () => {
    const script = { ...fullScript(), 'workplan.activities.when.end': many('2026-01-01', '2026-02-03') };
    const { plan, prompter } = await runAll(script);
    expect(prompter.rejected.map((r) => [r.id, r.value])).toEqual([['workplan.activities.when.end', '2026-01-01']]);
    expect(plan.workplan?.activities?.[0]).toMatchObject({
      id: 'orientasi-program-bagi', kind: 'peningkatan-kapasitas', who: ['dinkes', 'unpad'], responsible: 'dinkes',
      when: { start: '2026-02-03', end: '2026-02-03' },
    });
    expect(plan.workplan?.plannedMeetingsPerMonth).toBe(1);
  });

  test('workplan: offers the capacity-building and coordination activities the guide asks for when missing', async () => {
    const script = { ...fullScript(), 'workplan.plannedMeetingsPerMonth': '', 'workplan.activities.kind': many('program', 'program', 'peningkatan-kapasitas', 'koordinasi'),
      'workplan.activities.what': many('A', 'B', 'C', 'D') };
    const { prompter, plan } = await runAll(script);
    expect(prompter.ids()).toContain('workplan.activities.peningkatan-kapasitas');
    expect(prompter.ids()).toContain('workplan.activities.koordinasi');
    expect(plan.workplan?.activities?.map((a) => a.kind)).toEqual(['program', 'program', 'peningkatan-kapasitas', 'koordinasi']);
  });

  test('monitoring: guide indicators per class with baseline and target; own indicators', async () => {
    const { plan } = await runAll(fullScript());
    expect(plan.monitoring?.schedule).toEqual({ frequency: 'quarterly' });
    expect(plan.monitoring?.indicators).toEqual([
      { ref: 'input.partners_joined', id: 'partners-joined', class: 'input', name: 'Mitra yang bergabung (berkomitmen atau menandatangani)', unit: 'mitra', baseline: 0, target: 3 },
      { ref: 'process.meetings_held', id: 'meetings-held', class: 'process', name: 'Pertemuan yang terlaksana', unit: 'pertemuan', target: 11 },
      { ref: 'output.target_achievement', id: 'target-achievement', class: 'output', name: 'Target program yang tercapai atau sesuai jadwal', unit: '%', target: 100 },
      { id: 'prevalensi-stunting', class: 'outcome', name: 'Prevalensi stunting balita', direction: 'decrease', baseline: 22.4, target: 18 },
    ]);
  });

  test('implementation: activities done, meetings and products; future dates refused', async () => {
    const script = {
      ...fullScript(), 'implementation.gate': 'fill',
      'implementation.log.add': many(true, false), 'implementation.log.activity': 'orientasi-program-bagi', 'implementation.log.date': many('2026-12-01', '2026-02-03'), 'implementation.log.participants': '32',
      'implementation.meetings.add': many(true, false), 'implementation.meetings.date': '2026-03-03', 'implementation.meetings.attendees': ['dinkes', 'unpad'],
      'implementation.products.add': many(true, false), 'implementation.products.name': 'Modul pelatihan kader',
      'monitoring.questions.sesuai-rencana': 'Sesuai rencana',
    };
    const { plan, prompter } = await runAll(script);
    expect(prompter.rejected.map((r) => r.value)).toEqual(['2026-12-01']);
    expect(plan.implementation).toEqual({
      log: [{ activity: 'orientasi-program-bagi', date: '2026-02-03', status: 'done', participants: 32 }],
      meetings: [{ date: '2026-03-03', attendees: ['dinkes', 'unpad'] }],
      products: [{ name: 'Modul pelatihan kader' }],
    });
    // With work under way, the four monitoring questions are asked.
    expect(plan.monitoring?.questions).toEqual({ 'sesuai-rencana': 'Sesuai rencana' });
  });

  test('implementation: deliveries are chosen from the committed contributions and count against them', async () => {
    // The contribution ids are derived by step 3; learn them from a plain run first.
    const planned = (await runAll(fullScript())).plan;
    const money = planned.goals!.partnerRoles!.flatMap((e) => (e.contributions ?? []).map((c) => ({ partner: e.partner, c }))).find((x) => x.c.type === 'dana')!;
    const script = {
      ...fullScript(), 'implementation.gate': 'fill',
      'implementation.log.add': false, 'implementation.meetings.add': false, 'implementation.products.add': false,
      'implementation.deliveries.add': many(true, false),
      'implementation.deliveries.contribution': money.c.id,
      'implementation.deliveries.date': many('2027-01-01', '2026-06-30'),
      'implementation.deliveries.amountIdr': '90.000.000',
    };
    const { plan, prompter } = await runAll(script);
    expect(prompter.rejected.map((r) => r.value)).toEqual(['2027-01-01']);
    expect(plan.implementation?.deliveries).toEqual([{ partner: money.partner, contribution: money.c.id, date: '2026-06-30', amountIdr: 90000000 }]);
    // The delivery is valid against the rules: the partner committed that contribution. (The script signs no
    // agreement, which is said once, at the agreement.)
    expect(runRules(plan, TODAY).filter((f) => f.ruleId.startsWith('implementation/')).map((f) => f.ruleId)).toEqual(['implementation/agreement-unsigned']);
  });

  test('a step can be skipped and the run stopped; nothing after the stop is asked', async () => {
    const script = { ...fullScript(), 'idea.gate': 'skip', 'partners.gate': 'quit' };
    const { result, plan, prompter } = await runAll(script);
    expect(result).toEqual({ done: ['basics'], skipped: ['idea'], stopped: true });
    expect(plan.idea).toEqual({});
    expect(prompter.ids().some((id) => id.startsWith('goals.'))).toBe(false);
  });

  test('English prompts with --lang en', async () => {
    const { prompter } = await runAll(fullScript(), 'en');
    expect(prompter.asked.find((a) => a.id === 'program')?.message).toBe('Which health program should the partnership speed up?');
    expect(prompter.asked.find((a) => a.id === 'title')?.default).toBe('Partnership for Stunting prevention Kabupaten Sumedang 2026');
  });

  test('revisiting a step offers the current answers as defaults and keeps what is not changed', async () => {
    const first = await runAll(fullScript());
    const prompter = new FakePrompter({ 'readiness.criteria.met': ['komunikasi-dua-arah'], 'readiness.criteria.status': 'partial' });
    const s = new Session({ lang: 'id', prompter, answers: {}, yes: false, today: TODAY });
    const state: WizardState = { plan: structuredClone(first.plan) as WizardState['plan'] };
    const out = await STEP_RUNS.readiness(s, state);
    // The team is listed in a menu; Enter goes on and keeps it.
    expect(prompter.asked.find((a) => a.id === 'readiness.team.menu')).toMatchObject({ message: 'Sudah ada 1 isian. Pilih satu untuk diubah atau dihapus, atau lanjut:', default: 'done', choices: ['item:0', 'done'] });
    expect(out.readiness).toEqual({ criteria: { 'komunikasi-dua-arah': 'met', ...Object.fromEntries(['memahami-hambatan', 'rencana-kerja', 'pembagian-kerja', 'tidak-superior', 'menerima-saran', 'fleksibel', 'mengerahkan-sumber-daya', 'memberi-imbalan', 'kekompakan', 'sinkronisasi'].map((c) => [c, 'partial'])) }, team: [{ name: 'dr. Rina Kartikasari' }] });
    // The checklist showed what was met before.
    expect(prompter.asked.find((a) => a.id === 'readiness.criteria.met')?.default).toHaveLength(11);
  });
});

describe('explanations fit the terminal', () => {
  test('wrapToWidth breaks at spaces, never inside a word, and keeps indentation and line breaks', async () => {
    const { wrapToWidth } = await import('../src/wizard/inquirer.js');
    const text = 'Pertama, program kesehatan yang ingin dipercepat lewat kemitraan, wilayahnya, dan pihak yang berinisiatif (inisiator).\n  - butir pendek';
    const out = wrapToWidth(text, 40);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(out.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    expect(out.split('\n').pop()).toBe('  - butir pendek');
    expect(out).toContain('(inisiator).');
  });
});
