/**
 * The assessment core, in-process: the instrument as data (held against the catalog), the form model, the
 * validation of respondent files, and the aggregation — every number below is worked out by hand in comments.
 */
import { describe, expect, test } from '@jest/globals';
import { INSTRUMENTS, DEFAULT_INSTRUMENT, assessmentForm } from '../src/guide/instruments/index.js';
import { CATALOG_GROUPS, MONITORING_QUESTIONS, PREREQUISITES, PRINCIPLES, READINESS_CRITERIA } from '../src/guide/index.js';
import { RULE_IDS, RULE_WORDS } from '../src/guide/messages/rules.js';
import { validateRespondent } from '../src/assess/validate.js';
import { aggregate, bandOf, groupRounds } from '../src/assess/aggregate.js';
import type { Answer, PlanFacts, Respondent } from '../src/assess/types.js';

const I = DEFAULT_INSTRUMENT;

const plan: PlanFacts = {
  title: 'Kemitraan Uji',
  fileId: 'uji',
  partners: [
    { id: 'dinkes', name: 'Dinas Kesehatan', status: 'signed' },
    { id: 'bank', name: 'Bank Daerah', status: 'signed' },
    { id: 'kampus', name: 'Universitas', status: 'committed' },
    { id: 'ormas', name: 'Ormas', status: 'signed' },
    { id: 'calon', name: 'Calon Mitra', status: 'candidate' },
  ],
};

function respondent(partner: string, date: string, answers: Record<string, Answer>, extra: Partial<Respondent> = {}): Respondent {
  return { file: `${partner}-${date}.yaml`, instrument: { id: I.id, version: I.version }, respondent: { partner }, date, answers, ...extra };
}

describe('the instrument is data', () => {
  test('ids are unique, every item belongs to a dimension and every dimension has items', () => {
    for (const inst of INSTRUMENTS) {
      const ids = inst.items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      const dims = inst.dimensions.map((d) => d.id);
      expect(new Set(dims).size).toBe(dims.length);
      expect(inst.items.filter((i) => !dims.includes(i.dimension)).map((i) => i.id)).toEqual([]);
      expect(dims.filter((d) => !inst.items.some((i) => i.dimension === d))).toEqual([]);
      for (const i of inst.items) {
        expect(i.text.id.trim().length).toBeGreaterThan(10);
        expect(i.text.en.trim().length).toBeGreaterThan(10);
        expect(['guide', 'tool']).toContain(i.origin);
      }
    }
  });

  test('built from the guide: the 3 principles, the 6 prerequisites, the 11 self-preparation criteria and the 4 monitoring questions', () => {
    const basis = (kind: string) => I.items.filter((i) => i.basis.startsWith(`${kind}/`)).map((i) => i.basis.split('/')[1]);
    expect(new Set(basis('principle'))).toEqual(new Set(PRINCIPLES.map((p) => p.id)));
    expect(basis('prerequisite')).toEqual(PREREQUISITES.map((p) => p.id));
    expect(basis('readiness')).toEqual(READINESS_CRITERIA.map((c) => c.id));
    expect(basis('monitoring-question')).toEqual(MONITORING_QUESTIONS.map((q) => q.id));
    // Dimensions name a catalog item or group that exists.
    const groups = CATALOG_GROUPS.map((g) => g.id);
    for (const d of I.dimensions) {
      expect(d.basis.includes('/') ? PRINCIPLES.some((p) => `principle/${p.id}` === d.basis) : groups.includes(d.basis)).toBe(true);
    }
  });

  test('the principles\' statements are marked as the tool\'s wording, except the one the guide words itself', () => {
    const principleItems = I.items.filter((i) => i.basis.startsWith('principle/'));
    expect(principleItems.filter((i) => i.origin === 'guide').map((i) => i.id)).toEqual(['manfaat-semua-pihak']);
    expect(I.items.filter((i) => !i.basis.startsWith('principle/')).every((i) => i.origin === 'guide')).toBe(true);
  });

  test('bands run from high to low, the lowest starts at the scale\'s minimum, the concern band exists', () => {
    const mins = I.bands.map((b) => b.min);
    expect([...mins].sort((a, b) => b - a)).toEqual(mins);
    expect(mins[mins.length - 1]).toBe(Math.min(...I.scale.points.map((p) => p.value)));
    expect(I.bands.map((b) => b.id)).toContain(I.concernBand);
    expect(bandOf(I, 4)?.id).toBe('kuat');
    expect(bandOf(I, 3.99)?.id).toBe('perlu-perhatian');
    expect(bandOf(I, 3)?.id).toBe('perlu-perhatian');
    expect(bandOf(I, 2.99)?.id).toBe('kekhawatiran');
    // Thirds summed in floating point: (4 + 4 + 4) / 3 must still be a strength.
    expect(bandOf(I, (3.9 + 4.1 + 4) / 3)?.id).toBe('kuat');
  });

  test('the form model numbers the 30 statements 1..30 by dimension', () => {
    const form = assessmentForm();
    const items = form.dimensions.flatMap((d) => d.items);
    expect(items).toHaveLength(30);
    expect(items.map((i) => i.number)).toEqual(Array.from({ length: 30 }, (_, k) => k + 1));
    expect(form.dimensions.map((d) => d.id)).toEqual(I.dimensions.map((d) => d.id));
    expect(form.scale.notApplicable.value).toBe('na');
  });

  test('every assess rule has a message and a hint in both languages', () => {
    const ids = RULE_IDS.filter((id) => id.startsWith('assess/') || id.startsWith('monitoring/assess') || id === 'monitoring/no-assessment');
    expect(ids.length).toBeGreaterThanOrEqual(15);
    for (const id of ids) {
      const r = RULE_WORDS[id];
      expect(r.message.id && r.message.en && r.hint.id && r.hint.en).toBeTruthy();
    }
  });
});

describe('validateRespondent', () => {
  const good = { instrument: { id: I.id, version: I.version }, plan: 'Kemitraan Uji', respondent: { partner: 'bank', name: 'A' }, date: '2026-06-01', answers: { 'kesetaraan-keputusan': 4, 'kesetaraan-suara': 'NA', 'kesetaraan-usulan': null } };
  const rules = (data: unknown, p: PlanFacts | undefined = plan) => validateRespondent('x.yaml', data, p).findings.map((f) => `${f.ruleId} ${f.pointer}`);

  test('a good file reads: NA in any case is "na", an empty answer is unanswered (info)', () => {
    const v = validateRespondent('x.yaml', good, plan);
    expect(v.findings.map((f) => f.ruleId)).toEqual(['assess/unanswered']);
    expect(v.findings[0]!.params).toEqual({ count: 28, total: 30 });
    expect(v.respondent?.answers).toEqual({ 'kesetaraan-keputusan': 4, 'kesetaraan-suara': 'na', 'kesetaraan-usulan': null });
  });

  test('unknown items (with the likely spelling) and values off the scale are errors at the answer', () => {
    const v = validateRespondent('x.yaml', { ...good, answers: { 'kesetaraan-keputusn': 4, 'keterbukaan-dana': 6, 'keterbukaan-informasi': 0, 'keterbukaan-masalah': 3.5, 'manfaat-organisasi': 'setuju' } }, plan);
    expect(v.respondent).toBeUndefined();
    expect(v.findings.map((f) => `${f.ruleId} ${f.pointer}`)).toEqual([
      'assess/unknown-item /answers/kesetaraan-keputusn',
      'assess/out-of-range /answers/keterbukaan-dana',
      'assess/out-of-range /answers/keterbukaan-informasi',
      'assess/out-of-range /answers/keterbukaan-masalah',
      // "setuju" is the scale's own label: said as text to write as 4, not as off the scale.
      'assess/answer-text /answers/manfaat-organisasi',
    ]);
    expect(v.findings[0]!.params?.suggestion).toBe('kesetaraan-keputusan');
  });

  test('a respondent who is not a partner is an error; a partner who has not joined, a warning', () => {
    expect(rules({ ...good, respondent: { partner: 'bapak' } })).toContain('assess/not-a-partner /respondent/partner');
    expect(rules({ ...good, respondent: { partner: 'calon' } })).toContain('assess/partner-not-joined /respondent/partner');
    // Without a plan nobody is matched.
    expect(validateRespondent('x.yaml', { ...good, respondent: { partner: 'bapak' } }).findings.map((f) => f.ruleId)).toEqual(['assess/unanswered']);
  });

  test('another instrument version, an unknown instrument, missing fields, a bad date, unknown keys', () => {
    expect(rules({ ...good, instrument: { id: I.id, version: 2 } })).toContain('assess/instrument-version /instrument/version');
    expect(rules({ ...good, instrument: { id: 'psat', version: 1 } })).toContain('assess/unknown-instrument /instrument/id');
    const { date: _d, respondent: _r, ...rest } = good;
    expect(rules(rest)).toEqual(expect.arrayContaining(['assess/required ', 'assess/required ']));
    expect(rules({ ...good, date: '2026-02-30' })).toContain('assess/invalid-date /date');
    expect(rules({ ...good, answer: {} })).toContain('assess/unknown-field /answer');
    expect(rules({ ...good, plan: 'Kemitraan Lain' })).toContain('assess/other-plan /plan');
    expect(rules({ ...good, plan: 'uji' })).not.toContain('assess/other-plan /plan');
    // Empty optional fields are simply absent.
    expect(rules({ ...good, plan: null, round: null, comments: null })).toEqual(['assess/unanswered /answers']);
    expect(rules(['a', 'list'])).toEqual(['assess/not-a-mapping ']);
    expect(rules({ schemaVersion: 1, title: 'T', partners: [] })).toEqual(['assess/is-a-plan ']);
  });
});

describe('aggregate: numbers by hand', () => {
  // Equity (kesetaraan) has three statements: keputusan, suara, usulan.
  const round1 = [
    // dinkes: equity 1, 2, na -> score (1 + 2) / 2 = 1.5
    respondent('dinkes', '2026-03-02', { 'kesetaraan-keputusan': 1, 'kesetaraan-suara': 2, 'kesetaraan-usulan': 'na' }),
    // bank: 5, 5, 5 -> 5
    respondent('bank', '2026-03-05', { 'kesetaraan-keputusan': 5, 'kesetaraan-suara': 5, 'kesetaraan-usulan': 5 }),
    // kampus: 4, (empty), 4 -> 4
    respondent('kampus', '2026-03-09', { 'kesetaraan-keputusan': 4, 'kesetaraan-suara': null, 'kesetaraan-usulan': 4 }),
  ];

  test('per statement: n, mean, median, min–max, band, the 1-vs-5 disagreement; na and empty counted apart', () => {
    const r = aggregate(I, plan, round1).rounds[0]!;
    const keputusan = r.items.find((i) => i.id === 'kesetaraan-keputusan')!;
    // 1, 5, 4: mean 10/3 = 3.33, median 4, spread 4 >= 3.
    expect(keputusan).toMatchObject({ n: 3, median: 4, min: 1, max: 5, band: 'perlu-perhatian', disagreement: true, na: 0, unanswered: 0 });
    expect(keputusan.mean).toBeCloseTo(10 / 3, 10);
    const suara = r.items.find((i) => i.id === 'kesetaraan-suara')!;
    // 2, 5: mean 3.5, median 3.5, spread 3 -> disagreement (threshold 3); kampus left it empty.
    expect(suara).toMatchObject({ n: 2, mean: 3.5, median: 3.5, min: 2, max: 5, disagreement: true, unanswered: 1 });
    const usulan = r.items.find((i) => i.id === 'kesetaraan-usulan')!;
    // 5, 4 (dinkes said na): mean 4.5, band strength, spread 1.
    expect(usulan).toMatchObject({ n: 2, mean: 4.5, band: 'kuat', disagreement: false, na: 1 });
    // Nobody answered transparency: no numbers, no band.
    expect(r.items.find((i) => i.id === 'keterbukaan-dana')).toMatchObject({ n: 0, mean: null, band: null, unanswered: 3 });
  });

  test('per dimension: over respondents\' own scores (1.5, 5, 4); per partner; what to discuss first', () => {
    const report = aggregate(I, plan, round1);
    const r = report.rounds[0]!;
    const equity = r.dimensions.find((d) => d.id === 'kesetaraan')!;
    // (1.5 + 5 + 4) / 3 = 3.5; median 4; 1.5–5; spread 3.5 >= 3.
    expect(equity).toMatchObject({ n: 3, mean: 3.5, median: 4, min: 1.5, max: 5, band: 'perlu-perhatian', disagreement: true });
    expect(equity.byPartner).toEqual({ dinkes: 1.5, bank: 5, kampus: 4 });
    // Widest spread first: keputusan 4, then the equity dimension 3.5, then suara 3.
    expect(r.toDiscuss.map((d) => `${d.kind}:${d.id}:${d.spread}`)).toEqual(['item:kesetaraan-keputusan:4', 'dimension:kesetaraan:3.5', 'item:kesetaraan-suara:3']);
    // ormas joined and did not answer; the candidate is not expected to.
    expect(r.missing).toEqual([{ id: 'ormas', name: 'Ormas' }]);
    expect(report.partners.map((p) => p.id)).toEqual(['dinkes', 'bank', 'kampus']);
    expect(report.hiddenPartners).toBeUndefined();
  });

  test('comments in date order, named by partner only where per-partner figures are shown', () => {
    const withComments = [...round1.slice(0, 2), { ...round1[2]!, comments: '  Dana belum dilaporkan. ' }, respondent('ormas', '2026-03-01', {}, { comments: 'Rapat terlalu jarang.' })];
    expect(aggregate(I, plan, withComments).rounds[0]!.comments).toEqual([{ partner: 'ormas', text: 'Rapat terlalu jarang.' }, { partner: 'kampus', text: 'Dana belum dilaporkan.' }]);
    expect(aggregate(I, plan, withComments, { anonymous: true }).rounds[0]!.comments).toEqual([{ text: 'Rapat terlalu jarang.' }, { text: 'Dana belum dilaporkan.' }]);
  });

  test('no per-partner figures with --anonymous, nor with fewer than three respondents', () => {
    const anon = aggregate(I, plan, round1, { anonymous: true });
    expect(anon.hiddenPartners).toBe('anonymous');
    expect(anon.partners).toEqual([]);
    expect(anon.rounds[0]!.dimensions.every((d) => d.byPartner === undefined)).toBe(true);
    expect(anon.rounds[0]!.items.every((i) => i.byPartner === undefined)).toBe(true);
    const two = aggregate(I, plan, round1.slice(0, 2));
    expect(two.hiddenPartners).toBe('few-respondents');
    expect(two.rounds[0]!.dimensions.every((d) => d.byPartner === undefined)).toBe(true);
  });

  test('two rounds: the change per dimension, latest against previous', () => {
    const round2 = [
      // equity 4, 4, 4 -> 4; 5, 4, 3 -> 4; 3, 3, 3 -> 3: mean (4 + 4 + 3) / 3 = 3.67
      respondent('dinkes', '2026-09-01', { 'kesetaraan-keputusan': 4, 'kesetaraan-suara': 4, 'kesetaraan-usulan': 4 }),
      respondent('bank', '2026-09-03', { 'kesetaraan-keputusan': 5, 'kesetaraan-suara': 4, 'kesetaraan-usulan': 3 }),
      respondent('ormas', '2026-09-04', { 'kesetaraan-keputusan': 3, 'kesetaraan-suara': 3, 'kesetaraan-usulan': 3 }),
    ];
    const report = aggregate(I, plan, [...round2, ...round1]);
    expect(report.rounds.map((r) => [r.id, r.from, r.to, r.respondents])).toEqual([['2026-03-02', '2026-03-02', '2026-03-09', 3], ['2026-09-01', '2026-09-01', '2026-09-04', 3]]);
    const equity = report.changes!.find((c) => c.dimension === 'kesetaraan')!;
    expect(equity.previous).toBe(3.5);
    expect(equity.latest).toBeCloseTo(11 / 3, 10);
    expect(equity.change).toBeCloseTo(11 / 3 - 3.5, 10);
    expect(report.changes!.find((c) => c.dimension === 'keterbukaan')).toEqual({ dimension: 'keterbukaan', previous: null, latest: null, change: null });
    // The latest round's missing partner is kampus now.
    expect(report.rounds[1]!.missing.map((p) => p.id)).toEqual(['kampus']);
  });

  test('rounds: by the `round` field where given, else dates more than 30 days apart', () => {
    const rs = [
      respondent('dinkes', '2026-03-01', {}), respondent('bank', '2026-03-25', {}), respondent('kampus', '2026-04-20', {}),
      respondent('ormas', '2026-06-01', {}), respondent('dinkes', '2026-06-02', {}, { round: 'S1' }), respondent('bank', '2026-01-02', {}, { round: 'S1' }),
    ];
    // 03-01, 03-25 (24 days), 04-20 (26 days) chain into one round; 06-01 is 42 days later; S1 is named.
    expect(groupRounds(rs).map((g) => g.map((r) => r.date))).toEqual([['2026-06-02', '2026-01-02'], ['2026-03-01', '2026-03-25', '2026-04-20'], ['2026-06-01']]);
  });
});

/** An assessment answer on the scale but written as text ("4" in quotes, "setuju") is not "off the scale". */
{
  const I = INSTRUMENTS[0]!;

  describe('assessment answers written as text', () => {
    test('"4" and "Sangat setuju" get the number to write; "6" and "sedang" stay off the scale', () => {
      const data = {
        instrument: { id: I.id, version: I.version }, respondent: { partner: 'bank' }, date: '2026-06-01',
        answers: { 'kesetaraan-keputusan': '4', 'kesetaraan-suara': 'Sangat setuju', 'kesetaraan-usulan': '6', 'keterbukaan-dana': 'sedang' },
      };
      const v = validateRespondent('x.yaml', data, undefined);
      expect(v.findings.map((f) => [f.ruleId, f.params?.fix])).toEqual([
        ['assess/answer-text', 'kesetaraan-keputusan: 4'],
        ['assess/answer-text', 'kesetaraan-suara: 5'],
        ['assess/out-of-range', undefined],
        ['assess/out-of-range', undefined],
      ]);
      expect(v.respondent).toBeUndefined();
    });
  });
}
