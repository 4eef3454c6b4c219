/**
 * ESLint RuleTester style: for one rule, plans on which it must fire (at a line containing some text) and plans
 * on which it must stay silent. Every case runs in Indonesian and in English. Plans are the complete example
 * with one change.
 */
import { describe, expect, test } from '@jest/globals';
import type { Plan } from '../../src/plan/types.js';
import type { Lang } from '../../src/guide/types.js';
import { RULE_SEVERITIES } from '../../src/commands/rules.js';
import { checkText, lineOf, planText } from './plans.js';

export interface InvalidCase {
  name: string;
  edit: (p: Plan) => void;
  /** Text on the line the finding points at. */
  line: string | RegExp;
  /** Text each language's message must contain (dates, places, ids). */
  message?: string[];
  /** Exactly this many findings of the rule. */
  count?: number;
}

export interface ValidCase {
  name: string;
  edit: (p: Plan) => void;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const LANGS: Lang[] = ['id', 'en'];

export function ruleTester(ruleId: string, cases: RuleCases, today?: string): void {
  // Each case's plan is written once and checked in both languages: the text does not depend on the language,
  // and writing it (a YAML dump of the whole example) was half the CPU of a case.
  const texts = new Map<InvalidCase | ValidCase, string>();
  const checkPlan = (c: InvalidCase | ValidCase, options: { lang: Lang; today?: string }) => {
    let text = texts.get(c);
    if (text === undefined) texts.set(c, (text = planText(c.edit)));
    return { result: checkText(text, options), text };
  };
  describe(ruleId, () => {
    for (const lang of LANGS) {
      for (const c of cases.invalid) {
        test(`fires (${lang}): ${c.name}`, () => {
          const { result, text } = checkPlan(c, { lang, ...(today ? { today } : {}) });
          const hits = result.findings.filter((f) => f.ruleId === ruleId);
          expect(hits.length).toBeGreaterThan(0);
          if (c.count !== undefined) expect(hits).toHaveLength(c.count);
          for (const hit of hits) {
            expect(hit.severity).toBe((RULE_SEVERITIES as Record<string, string>)[ruleId]);
            expect(hit.message).not.toMatch(/\{\w+\}|undefined|word\.|NaN/);
            expect(hit.hint).not.toMatch(/\{\w+\}|undefined/);
          }
          // The case names the line the finding for its situation points at; other findings of the same rule
          // (the same partner elsewhere in the plan) may come first.
          const matches = (line: string) => (typeof c.line === 'string' ? line.includes(c.line) : c.line.test(line));
          const hit = hits.find((h) => matches(lineOf(text, h.line)) && (c.message ?? []).every((m) => h.message.includes(m)));
          expect({ lines: hits.map((h) => `${h.line}: ${lineOf(text, h.line).trim()} — ${h.message}`), found: hit !== undefined })
            .toEqual(expect.objectContaining({ found: true }));
        });
      }
      for (const c of cases.valid) {
        test(`stays silent (${lang}): ${c.name}`, () => {
          const { result } = checkPlan(c, { lang, ...(today ? { today } : {}) });
          expect(result.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
        });
      }
    }
  });
}
