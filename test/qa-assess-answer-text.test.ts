/** An assessment answer on the scale but written as text ("4" in quotes, "setuju") is not "off the scale". */
import { describe, expect, test } from '@jest/globals';
import { validateRespondent } from '../src/assess/validate.js';
import { INSTRUMENTS } from '../src/guide/instruments/index.js';

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
