/**
 * The indicators of examples/stunting-sumedang.yaml, checked against values worked out by hand from the YAML
 * (the working is in the comments). Nothing here is taken from the code under test.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPlanText } from '../src/plan/load.js';
import type { Plan } from '../src/plan/types.js';
import { buildReport } from '../src/report/build.js';
import type { Indicator, Report } from '../src/report/types.js';
import { EXAMPLES } from './helpers/cli.js';

const FILE = 'examples/stunting-sumedang.yaml';
const plan = loadPlanText(FILE, readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8')).data as Plan;

function report(asOf: string, lang: 'id' | 'en' = 'en'): Report {
  return buildReport([{ file: FILE, plan }], [], { asOf, lang, version: 'test' });
}
function ind(r: Report, id: string): Indicator {
  const found = r.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

describe('stunting-sumedang as of 2026-11-22', () => {
  const r = report('2026-11-22');

  test('every indicator of the catalog is there, with class, label, unit, status', () => {
    expect(r.indicators.map((i) => i.id)).toEqual([
      'input.partners_listed', 'input.partners_joined', 'input.partners_by_sector', 'input.resources_committed',
      'process.contributions_delivered', 'process.meetings_held', 'process.meetings_per_month', 'process.activities_planned',
      'process.activities_done', 'process.activities_on_schedule', 'process.partners_active',
      'output.products', 'output.target_achievement', 'outcome.health_indicators',
    ]);
    expect(ind(r, 'input.partners_joined')).toMatchObject({ class: 'input', label: 'Partners who joined (committed or signed)', unit: 'partners', status: 'ok' });
  });

  test('input: 6 partners listed, all 6 joined (target 6 from the mitra-bergabung indicator), one per sector', () => {
    // dinkes, unpad, aisyiyah, forum-kader, bjb: signed by 2026-01-15; unicef committed 2026-02-10.
    expect(ind(r, 'input.partners_listed').value).toBe(6);
    expect(ind(r, 'input.partners_joined')).toMatchObject({ value: 6, target: 6, percentOfTarget: 100 });
    const bySector = ind(r, 'input.partners_by_sector');
    expect(bySector.value).toBe(6);
    expect(bySector.breakdown!.map((b) => [b.key, b.value])).toEqual([
      ['pemerintah', 1], ['akademisi', 1], ['cso', 1], ['masyarakat', 1], ['swasta', 1], ['internasional', 1],
    ]);
  });

  test('resources committed: Rp 515,000,000 and 126 people', () => {
    // Rupiah: dinkes-dana 150,000,000 + unpad-riset 40,000,000 + bjb-csr 250,000,000 + unicef-ta 75,000,000.
    // People: dinkes-tenaga 12 + unpad-kkn 30 + aisyiyah-kader 24 + kader-posyandu 60 = 126 orang.
    // Contributions: dinkes 2 + unpad 2 + aisyiyah 1 + forum-kader 1 + bjb 1 + unicef 1 = 8, of which 4 in Rupiah.
    const res = ind(r, 'input.resources_committed');
    expect(res.value).toBe(515_000_000);
    expect(res.details).toEqual(expect.arrayContaining([
      expect.objectContaining({ key: 'contributions', value: 8 }),
      expect.objectContaining({ key: 'withAmount', value: 4 }),
      expect.objectContaining({ key: 'quantity:orang', value: 126 }),
    ]));
  });

  test('contributions delivered: 410 of 515 million Rupiah (79.61%), 4 of 8 contributions in full', () => {
    // Delivered: dinkes 90,000,000 + unpad 25,000,000 + bjb 250,000,000 + unicef 45,000,000 = 410,000,000.
    // In full: dinkes-tenaga 12/12, unpad-kkn 30/30, aisyiyah-kader 24/24, bjb-csr 250/250 million.
    const d = ind(r, 'process.contributions_delivered');
    expect(d).toMatchObject({ numerator: 410_000_000, denominator: 515_000_000 });
    expect(d.value).toBeCloseTo((410 / 515) * 100, 2);
    expect(d.details).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'contributionsDelivered', value: 4 })]));
    const perPartner = Object.fromEntries(d.breakdown!.map((b) => [b.key, [b.numerator, b.denominator, b.value]]));
    expect(perPartner.dinkes).toEqual([90_000_000, 150_000_000, 60]);
    expect(perPartner.bjb).toEqual([250_000_000, 250_000_000, 100]);
    expect(perPartner.unicef).toEqual([45_000_000, 75_000_000, 60]);
    expect(perPartner.aisyiyah).toEqual([0, 0, null]); // committed people, no Rupiah: no data rather than 0%
  });

  test('meetings: 7 held (target 11); 7 in 326 days of the period = 0.65 a month against 1 planned', () => {
    expect(ind(r, 'process.meetings_held')).toMatchObject({ value: 7, target: 11 });
    // Period 2026-01-01 .. 2026-11-22 inclusive = 326 days = 326 / 30.4375 = 10.7105 months.
    const perMonth = ind(r, 'process.meetings_per_month');
    expect(perMonth.numerator).toBe(7);
    expect(perMonth.denominator).toBeCloseTo(326 / 30.4375, 3);
    expect(perMonth.value).toBeCloseTo(7 / (326 / 30.4375), 2); // 0.65
    expect(perMonth.target).toBe(1);
  });

  test('activities: 6 planned, 3 due, 3 done, 2 of 3 on schedule (pmt-lokal done 2026-10-05, due 2026-09-30)', () => {
    expect(ind(r, 'process.activities_planned').value).toBe(6);
    expect(ind(r, 'process.activities_planned').details![0]!.value).toBe(3); // orientasi, pelatihan, pmt-lokal end before 11-22
    expect(ind(r, 'process.activities_done').value).toBe(3);
    const onSchedule = ind(r, 'process.activities_on_schedule');
    expect(onSchedule).toMatchObject({ numerator: 2, denominator: 3, target: 90 });
    expect(onSchedule.value).toBeCloseTo(66.67, 2);
  });

  test('partners active in the 90 days to 2026-11-22: all but UNICEF (last seen at the 2026-08-04 meeting)', () => {
    // Since 2026-08-24: meeting 09-01 (dinkes, unpad, aisyiyah); delivery unpad 09-20; log kelas-ibu 09-15
    // (aisyiyah, dinkes), kajian-model 09-20 (unpad, dinkes), pmt-lokal 10-05 (bjb, forum-kader, dinkes).
    expect(ind(r, 'process.partners_active')).toMatchObject({ value: 5, numerator: 5, denominator: 6 });
  });

  test('output: 3 products; both program targets behind the straight line to 2026-12-31', () => {
    expect(ind(r, 'output.products').value).toBe(3);
    const t = ind(r, 'output.target_achievement');
    expect(t).toMatchObject({ value: 0, numerator: 0, denominator: 2 });
    const [baduta, ibu] = t.items!;
    // baduta-ditimbang: (91 - 68) / (100 - 68) = 23/32 = 71.875%; expected 325/364 days = 89.29%.
    expect(baduta).toMatchObject({ id: 'baduta-ditimbang', baseline: 68, actual: 91, actualDate: '2026-09-30', target: 100, schedule: 'behind' });
    expect(baduta!.percentAchieved).toBeCloseTo(71.875, 2);
    expect(baduta!.expectedPercent).toBeCloseTo((325 / 364) * 100, 2);
    // ibu-hamil-kelas: (72 - 45) / (80 - 45) = 27/35 = 77.14%.
    expect(ibu!.percentAchieved).toBeCloseTo((27 / 35) * 100, 2);
    expect(ibu!.schedule).toBe('behind');
  });

  test('outcome: stunting prevalence 22.4 -> 20.1 (decrease is good): improved, 52.27% of the way to 18', () => {
    const o = ind(r, 'outcome.health_indicators');
    expect(o).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    const [stunting] = o.items!;
    expect(stunting).toMatchObject({ id: 'prevalensi-stunting', direction: 'decrease', improved: true, schedule: 'behind' });
    expect(stunting!.change).toBeCloseTo(-2.3, 6);
    expect(stunting!.percentAchieved).toBeCloseTo((-2.3 / -4.4) * 100, 2);
    expect(stunting!.expectedPercent).toBeCloseTo((326 / 365) * 100, 2); // 2025-12-31 .. 2026-12-31
  });

  test('the four monitoring questions are answered', () => {
    expect(r.questions.map((q) => [q.id, q.answered])).toEqual([['sesuai-rencana', 1], ['kinerja-spm', 1], ['permasalahan', 1], ['keuntungan-mitra', 1]]);
    expect(r.plans[0]!.questions[2]!.answer).toMatch(/^Keterlambatan bahan PMT/);
  });

  test('labels follow the language', () => {
    expect(ind(report('2026-11-22', 'id'), 'input.partners_joined').label).toBe('Mitra yang bergabung (berkomitmen atau menandatangani)');
  });
});

describe('as-of semantics: only what is dated on or before the date counts', () => {
  test('as of 2026-03-31', () => {
    const r = report('2026-03-31');
    // Deliveries by 03-31: unicef-ta 45,000,000 Rupiah (03-12); the rest were people.
    expect(ind(r, 'process.contributions_delivered').numerator).toBe(45_000_000);
    expect(ind(r, 'process.meetings_held').value).toBe(2); // 02-03, 03-03
    // 2 meetings in 90 days (01-01 .. 03-31) = 2 / (90 / 30.4375) = 0.68 a month.
    expect(ind(r, 'process.meetings_per_month').value).toBeCloseTo(2 / (90 / 30.4375), 2);
    expect(ind(r, 'process.activities_done').value).toBe(2); // orientasi, pelatihan
    expect(ind(r, 'process.activities_on_schedule')).toMatchObject({ value: 100, numerator: 2, denominator: 2 });
    expect(ind(r, 'output.products').value).toBe(1); // the module of 03-12
    const [baduta, ibu] = ind(r, 'output.target_achievement').items!;
    // The 74 of 2026-03-31 is the latest measurement: (74 - 68) / 32 = 18.75%; expected 89/364 = 24.45%.
    expect(baduta).toMatchObject({ actual: 74, actualDate: '2026-03-31', schedule: 'behind' });
    expect(baduta!.percentAchieved).toBeCloseTo(18.75, 2);
    // Its measurement of 03-31 (52): (52 - 45) / 35 = 20%, behind the expected 24.45%; the 72 of 09-30 is not yet.
    expect(ibu).toMatchObject({ actual: 52, schedule: 'behind', percentAchieved: 20 });
    const outcome = ind(r, 'outcome.health_indicators');
    // Prevalence measured 21.9 on 02-28 (down from 22.4): improved; the 20.1 of 08-31 is not yet.
    expect(outcome).toMatchObject({ status: 'ok', value: 1 });
    expect(outcome.items![0]).toMatchObject({ actual: 21.9, actualDate: '2026-02-28', improved: true });
  });

  test('before anyone joined (2025-11-01): partners listed but none joined, nothing committed', () => {
    const r = report('2025-11-01');
    expect(ind(r, 'input.partners_listed').value).toBe(6);
    expect(ind(r, 'input.partners_joined').value).toBe(0);
    expect(ind(r, 'input.resources_committed').value).toBe(0);
    expect(ind(r, 'process.contributions_delivered')).toMatchObject({ status: 'no-data', value: null });
    expect(r.plans[0]!.partners.map((p) => p.status)).toEqual(['candidate', 'candidate', 'candidate', 'candidate', 'candidate', 'candidate']);
  });

  test('a withdrawal dated after as-of does not count yet', () => {
    const withdrawn: Plan = structuredClone(plan);
    const unicef = withdrawn.partners!.find((p) => p.id === 'unicef')!;
    unicef.status = 'withdrawn';
    unicef.statusDates = { ...unicef.statusDates, withdrawn: '2026-10-01' };
    const before = buildReport([{ file: 'x.yaml', plan: withdrawn }], [], { asOf: '2026-09-30', lang: 'en', version: 't' });
    const after = buildReport([{ file: 'x.yaml', plan: withdrawn }], [], { asOf: '2026-10-01', lang: 'en', version: 't' });
    expect(before.indicators.find((i) => i.id === 'input.partners_joined')!.value).toBe(6);
    expect(after.indicators.find((i) => i.id === 'input.partners_joined')!.value).toBe(5);
    // UNICEF's 75,000,000 is no longer committed once it has left.
    expect(after.indicators.find((i) => i.id === 'input.resources_committed')!.value).toBe(440_000_000);
  });
});

describe('a plan with no monitoring data', () => {
  const bare: Plan = {
    schemaVersion: 1, title: 'Rencana baru', program: 'imunisasi',
    region: { province: 'Jawa Tengah', regency: 'Kabupaten Brebes' }, initiator: { name: 'Dinas Kesehatan Kabupaten Brebes' },
  };
  const r = buildReport([{ file: 'bare.yaml', plan: bare }], [], { asOf: '2026-11-22', lang: 'id', version: 't' });

  test('counts are zero and rates say no data', () => {
    const byId = Object.fromEntries(r.indicators.map((i) => [i.id, i]));
    for (const id of ['input.partners_listed', 'input.partners_joined', 'input.resources_committed', 'process.meetings_held', 'process.activities_planned', 'process.activities_done', 'process.partners_active', 'output.products']) {
      expect([id, byId[id]!.value, byId[id]!.status]).toEqual([id, 0, 'ok']);
    }
    for (const id of ['process.contributions_delivered', 'process.meetings_per_month', 'process.activities_on_schedule', 'output.target_achievement', 'outcome.health_indicators']) {
      expect([id, byId[id]!.value, byId[id]!.status]).toEqual([id, null, 'no-data']);
    }
    expect(r.questions.every((q) => q.answered === 0)).toBe(true);
    expect(r.plans[0]!.questions.every((q) => q.answer === null)).toBe(true);
  });
});
