/**
 * ESLint RuleTester style: for one rule, plans on which it must fire (at a line containing some text) and plans
 * on which it must stay silent. Every case runs in Indonesian and in English. Plans are the complete example
 * with one change.
 */
import { describe, expect, test } from '@jest/globals';
import type { Plan } from '../../src/plan/types.js';
import type { Lang } from '../../src/guide/types.js';
import { RULE_SEVERITIES } from '../../src/commands/rules.js';
import { checkPlan, lineOf } from './plans.js';

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
  describe(ruleId, () => {
    for (const lang of LANGS) {
      for (const c of cases.invalid) {
        test(`fires (${lang}): ${c.name}`, () => {
          const { result, text } = checkPlan(c.edit, { lang, ...(today ? { today } : {}) });
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
          const { result } = checkPlan(c.edit, { lang, ...(today ? { today } : {}) });
          expect(result.findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
        });
      }
    }
  });
}
