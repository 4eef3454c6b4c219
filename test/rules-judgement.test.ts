/**
 * The guide's judgement of a plan, rule by rule: partner status followed through the plan, signing before
 * implementation, criteria thresholds. Each rule has plans it must fire on and plans it must leave alone, in
 * Indonesian and English (test/helpers/judgement-cases.ts).
 */
import { describe, expect, test } from '@jest/globals';
import { ruleTester } from './helpers/rule-tester.js';
import { JUDGEMENT_CASES } from './helpers/judgement-cases.js';
import { GUIDE_CONTENT_CASES } from './helpers/guide-content-cases.js';
import { checkPlan } from './helpers/plans.js';
import { nextAdvice, stageReadiness } from '../src/check/engine.js';
import { Readable } from 'node:stream';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../src/cli/main.js';
import type { CliIO } from '../src/commands/context.js';
import { EXAMPLES } from './helpers/cli.js';
import { checkLoaded } from '../src/check/engine.js';
import { loadPlanText } from '../src/plan/load.js';

for (const [ruleId, cases] of Object.entries({ ...JUDGEMENT_CASES, ...GUIDE_CONTENT_CASES })) ruleTester(ruleId, cases);

describe('criteria threshold and readiness', () => {
  test('an idea with every criterion partial is not complete, and step 2 is not ready to begin', () => {
    const { result } = checkPlan((p) => { for (const k of Object.keys(p.idea!.criteria!)) p.idea!.criteria![k] = 'partial'; });
    const idea = result.summary!.find((s) => s.step === 'idea')!;
    expect(idea.status).toBe('incomplete');
    expect(idea.criteria).toEqual({ met: 0, total: 10, needed: 5 });
    expect(stageReadiness(result.summary!, 'partners').ready).toBe(false);
  });

  test('the message says the threshold is the tool\'s reading, in both languages', () => {
    const edit = (p: Parameters<Parameters<typeof checkPlan>[0]>[0]) => { for (const k of Object.keys(p.idea!.criteria!)) p.idea!.criteria![k] = 'partial'; };
    const id = checkPlan(edit).result.findings.find((f) => f.ruleId === 'idea/criteria-mostly-unmet')!;
    const en = checkPlan(edit, { lang: 'en' }).result.findings.find((f) => f.ruleId === 'idea/criteria-mostly-unmet')!;
    expect(id.message).toContain('bacaan alat');
    expect(en.message).toContain('this tool\'s reading');
  });

  test('a committed partner with no criteria assessed is a warning, not an info', () => {
    const { result } = checkPlan((p) => { delete p.partners![5]!.criteria; });
    const hits = result.findings.filter((f) => f.message.includes('unicef') && f.ruleId.startsWith('partners/'));
    expect(hits.map((h) => [h.ruleId, h.severity])).toEqual([['partners/joined-unassessed', 'warning']]);
  });
});

describe('organisation type is a catalog choice', () => {
  test('free text is a schema finding that lists the choices', () => {
    const { result } = checkPlan((p) => { p.partners![1]!.organisationType = 'universitas negeri'; });
    const hit = result.findings.find((f) => f.ruleId === 'schema/enum')!;
    expect(hit.pointer).toBe('/partners/1/organisationType');
    expect(hit.hint).toContain('perguruan-tinggi');
    expect(hit.hint).toContain('lainnya');
  });
});

describe('the "next step" advice points at the most serious open problem', () => {
  test('an error in a later step before an honestly unmet criterion of step 1', () => {
    const { result } = checkPlan((p) => {
      p.idea!.criteria!['teknologi'] = { status: 'unmet', note: 'Belum ada aplikasi; dicatat manual di buku KIA.' };
      p.workplan!.activities![0]!.who!.push('dinsos');
    });
    const next = nextAdvice(result.summary!, result.findings)!;
    expect(next.step.step).toBe('workplan');
    expect(next.finding!.ruleId).toBe('workplan/unknown-partner');
  });

  test('a warning that asks for a change before a criterion recorded as unmet', () => {
    const { result } = checkPlan((p) => {
      p.idea!.criteria!['teknologi'] = { status: 'unmet', note: 'Belum ada aplikasi.' };
      delete p.workplan!.mechanism;
    });
    expect(nextAdvice(result.summary!, result.findings)!.finding!.ruleId).toBe('workplan/no-mechanism');
  });

  test('among equals, the earliest step', () => {
    const { result } = checkPlan((p) => { delete p.workplan!.mechanism; delete p.goals!.general; });
    expect(nextAdvice(result.summary!, result.findings)!.step.step).toBe('goals');
  });

  test('with no findings, nothing to fix; an early plan gets the first step not started', () => {
    expect(nextAdvice(checkPlan(() => {}).result.summary!, [])).toBeUndefined();
    const { result } = checkPlan((p) => {
      for (const k of ['goals', 'readiness', 'agreement', 'workplan', 'implementation', 'monitoring'] as const) delete p[k];
      for (const x of p.partners!) if (x.status === 'signed') { x.status = 'committed'; delete x.statusDates!.signed; }
    });
    expect(nextAdvice(result.summary!, result.findings)).toEqual({ step: expect.objectContaining({ step: 'goals', status: 'empty' }) });
  });
});

/**
 * When the partners' own assessment rates a principle's dimension a concern, check's reading of that principle
 * must not tick it: "Kesetaraan ✔" two lines under "Kesetaraan rata-rata 1, Mengkhawatirkan" contradicted itself.
 */
describe('principles read with the partners\' assessment', () => {
  test('every answer of the latest round 1: each principle shows the assessment concern, no tick', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-assessed-'));
    cpSync(path.join(EXAMPLES, 'imunisasi-lombok-timur.yaml'), path.join(dir, 'rencana.yaml'));
    cpSync(path.join(EXAMPLES, 'assessments', 'imunisasi-lombok-timur'), path.join(dir, 'assessments', 'imunisasi-lombok-timur'), { recursive: true });
    const latest = path.join(dir, 'assessments', 'imunisasi-lombok-timur', '2026-09');
    for (const f of readdirSync(latest)) {
      const file = path.join(latest, f);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {2}[a-z-]+:) [1-5]$/gm, '$1 1'));
    }
    const out: string[] = [];
    const io: CliIO = {
      stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true },
      stdin: Readable.from([]) as unknown as CliIO['stdin'], cwd: dir, env: { KEMITRAAN_TODAY: '2026-11-22', NO_COLOR: '1' },
    };
    await run(['check', 'rencana.yaml'], io);
    const text = out.join('');
    expect(text).toContain('"Kesetaraan" rata-rata 1');
    expect(text.split('\n').find((l) => l.includes('Prinsip:'))).toBe('  Prinsip: Kesetaraan (equity) (monitoring/assessment-concern); Keterbukaan (transparency) (monitoring/assessment-concern); Azas manfaat bersama (mutual benefit) (monitoring/assessment-concern)');
  });
});

/**
 * The readiness summary's reading of the three principles: a plan that holds nothing the principle rules read
 * (no two joined partners, no roles, no budgets) shows no principle yet — not a green tick for each.
 */
const TODAY = '2026-11-22';
// What `init` writes after the basics, before any step: valid, and nothing in it to judge a principle by.
const BASICS = [
  'schemaVersion: 1', 'title: Kemitraan Pencegahan Stunting Kabupaten Garut 2026', 'program: stunting',
  'region: { province: Jawa Barat, provinceCode: "32", regency: Kabupaten Garut, regencyCode: "32.05" }', 'initiator: { name: Dinas Kesehatan Kabupaten Garut }',
  'dates: { start: 2026-01-15, end: 2026-12-31 }', '',
].join('\n');

describe('principles in the reading', () => {
  test('a plan with only its basics shows no principle; a full example shows all three', () => {
    const empty = checkLoaded(loadPlanText('r.yaml', BASICS), { lang: 'id', today: TODAY });
    expect(empty.findings).toEqual([]);
    expect(empty.reading!.principles.map((p) => [p.principle, p.shown, p.concerns])).toEqual([
      ['kesetaraan', false, []], ['keterbukaan', false, []], ['saling-menguntungkan', false, []],
    ]);
    const full = checkLoaded(loadPlanText('s.yaml', readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8')), { lang: 'id', today: TODAY });
    expect(full.reading!.principles.every((p) => p.shown && p.concerns.length === 0)).toBe(true);
  });

  test('check prints "belum tampak", not a tick, for the basics only', async () => {
    const out: string[] = [];
    const io: CliIO = {
      stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true },
      stdin: Readable.from([BASICS]) as unknown as CliIO['stdin'], cwd: EXAMPLES, env: { KEMITRAAN_TODAY: TODAY, NO_COLOR: '1' },
    };
    expect(await run(['check', '-'], io)).toBe(0);
    const line = out.join('').split('\n').find((l) => l.includes('Prinsip:'));
    expect(line).toBe('  Prinsip: Kesetaraan (equity) belum tampak; Keterbukaan (transparency) belum tampak; Azas manfaat bersama (mutual benefit) belum tampak');
  });
});

/**
 * A finding of a family that is no step (`plan/dates-order`) but that points into a step's section counts for
 * that step: an activity ending before it starts leaves step 6 incomplete, and is what to fix first.
 */
describe('the step of a finding', () => {
  test('an activity\'s dates out of order: step 6 incomplete, named as the next thing to fix', () => {
    const text = readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8')
      .replace('when: { start: 2026-02-03, end: 2026-02-03 }', 'when: { start: 2026-02-05, end: 2026-02-03 }');
    expect(text).toContain('start: 2026-02-05, end: 2026-02-03');
    const r = checkLoaded(loadPlanText('x.yaml', text), { lang: 'id', today: '2026-11-22' });
    expect(r.findings.map((f) => [f.ruleId, f.pointer])).toContainEqual(['plan/dates-order', expect.stringMatching(/^\/workplan\/activities\/\d+\/when\/end$/)]);
    expect(r.summary!.find((s) => s.step === 'workplan')).toMatchObject({ status: 'incomplete', counts: { error: 1 } });
    expect(r.summary!.filter((s) => s.status !== 'complete').map((s) => s.step)).toEqual(['workplan']);
    expect(nextAdvice(r.summary!, r.findings)?.finding?.ruleId).toBe('plan/dates-order');
  });
});
