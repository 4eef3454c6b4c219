/**
 * A rule's logic, id and default severity are declared together in the module that reports it (`defineRules`);
 * its words are in the catalog. These tests hold the two to each other: at compile time (the `@ts-expect-error`
 * lines below stop compiling, and so fail `npm run typecheck`, if the typing that forbids them is lost) and at
 * run time (declarations and catalog name exactly the same rules, each declared once).
 */
import { describe, expect, test } from '@jest/globals';
import { RULE_IDS, RULE_WORDS, type RuleId } from '../src/guide/messages/rules.js';
import { defineRules, type RuleSet } from '../src/plan/rule-set.js';
import type { RawFinding } from '../src/plan/findings.js';
import { ruleFamily, makeContext } from '../src/check/rules/context.js';
import { CHECK_RULES, RULE_FAMILIES } from '../src/check/rules/index.js';
import { resolveFindings } from '../src/check/engine.js';
import { RULE_SETS, RULE_SEVERITIES } from '../src/commands/rules.js';
import { sarif } from '../src/check/format/sarif.js';
import { examplePlan } from './helpers/plans.js';
import { RULE_BASIS } from '../src/guide/messages/rule-basis.js';
import type { Plan } from '../src/plan/types.js';

describe('the typing forbids what the declarations do not allow', () => {
  const ONE = defineRules({ 'idea/incomplete': 'warning' });

  test('a family reports only the ids it declares', () => {
    const declared = ruleFamily(ONE, () => [{ ruleId: 'idea/incomplete', pointer: '/idea' }]);
    // @ts-expect-error goals/incomplete is not declared by this family
    const undeclared = ruleFamily(ONE, () => [{ ruleId: 'goals/incomplete', pointer: '/goals' }]);
    expect(Object.keys(declared.rules)).toEqual(['idea/incomplete']);
    expect(typeof undeclared.run).toBe('function');
  });

  test('a family\'s own list of findings takes only its ids', () => {
    const out: RawFinding<keyof typeof ONE>[] = [];
    // @ts-expect-error not this family's rule
    out.push({ ruleId: 'partners/none', pointer: '' });
    expect(out).toHaveLength(1);
  });

  test('a rule is declared only with words in the catalog, and only with a severity', () => {
    // @ts-expect-error no words for this id in src/guide/messages
    const unknown = defineRules({ 'idea/no-such-rule': 'error' });
    // @ts-expect-error `off` is for .kemitraanrc.yaml, not a default
    const off = defineRules({ 'idea/incomplete': 'off' });
    expect([unknown, off]).toHaveLength(2);
  });

  test('findings are resolved only against declarations that cover them', () => {
    const at = { file: 'x.yaml', locate: () => ({ line: 1, column: 1 }) };
    const raw: RawFinding<'idea/incomplete' | 'partners/none'>[] = [{ ruleId: 'partners/none', pointer: '' }];
    // @ts-expect-error ONE does not declare partners/none
    resolveFindings(raw, ONE, at, { lang: 'en', today: '2026-01-01' });
    const [f] = resolveFindings(raw, CHECK_RULES, at, { lang: 'en', today: '2026-01-01' });
    expect(f).toMatchObject({ ruleId: 'partners/none', severity: CHECK_RULES['partners/none'] });
  });

  test('RuleId is the union of the catalog ids, not any string', () => {
    // Does not type-check once RuleId has widened to string (a `Record<string, …>` annotation on the words would).
    const narrow: string extends RuleId ? 'widened' : 'narrow' = 'narrow';
    expect(narrow).toBe('narrow');
    // The joined declarations cover every RuleId: `satisfies` in src/commands/rules.ts, and here.
    const complete: RuleSet<RuleId> = RULE_SEVERITIES;
    expect(Object.keys(complete).length).toBe(RULE_IDS.length);
  });
});

describe('declarations and catalog at run time', () => {
  const declared = RULE_SETS.flatMap((set) => Object.keys(set));

  test('no rule is declared twice', () => {
    const twice = declared.filter((id, i) => declared.indexOf(id) !== i);
    expect(twice).toEqual([]);
  });

  test('the declared rules are exactly the rules with words in the catalog', () => {
    const words = new Set<string>(Object.keys(RULE_WORDS));
    const ids = new Set(declared);
    expect({ declaredWithoutWords: declared.filter((id) => !words.has(id)), wordsWithoutDeclaration: [...words].filter((id) => !ids.has(id)) })
      .toEqual({ declaredWithoutWords: [], wordsWithoutDeclaration: [] });
    expect(RULE_IDS.length).toBeGreaterThanOrEqual(140);
  });

  test('every default is a severity, and every rule has a message and a hint in both languages', () => {
    for (const id of RULE_IDS) {
      expect(['error', 'warning', 'info']).toContain(RULE_SEVERITIES[id]);
      const w = RULE_WORDS[id];
      expect([id, w.message.id.trim() && w.message.en.trim() && w.hint.id.trim() && w.hint.en.trim() ? 'worded' : 'missing']).toEqual([id, 'worded']);
    }
  });

  test('what each rule rests on names only rules that exist', () => {
    expect([...RULE_BASIS.keys()].filter((id) => !(RULE_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  test('check\'s own declarations are the complete table\'s, with the same severities', () => {
    for (const [id, severity] of Object.entries(CHECK_RULES)) expect([id, severity]).toEqual([id, RULE_SEVERITIES[id as RuleId]]);
  });

  test('each family reports only its own rules (on plans that set off many of them)', () => {
    const edits: ((p: Plan) => void)[] = [
      () => {},
      (p) => { delete p.idea!.target; p.partners![0]!.status = 'candidate'; p.dates!.end = '2020-01-01'; },
      (p) => { p.workplan!.activities = []; p.monitoring!.indicators = []; p.goals!.partnerRoles = []; },
      (p) => { p.region.province = 'Jawa Barta'; p.agreement!.parties = [{ partner: 'nobody' } as never]; p.implementation = { log: [{ date: '2030-01-01', activity: 'x' }] } as never; },
    ];
    let reported = 0;
    for (const edit of edits) {
      const plan = examplePlan();
      edit(plan);
      const ctx = makeContext(plan, '2026-06-01', 'en');
      for (const family of RULE_FAMILIES) {
        for (const f of family.run(ctx)) {
          reported++;
          expect([f.ruleId, Object.hasOwn(family.rules, f.ruleId)]).toEqual([f.ruleId, true]);
        }
      }
    }
    expect(reported).toBeGreaterThan(10);
  });

  test('SARIF lists every rule with its declared default level', () => {
    const out = JSON.parse(sarif([], { lang: 'en', color: false, toolVersion: '0.0.0', rules: RULE_SEVERITIES, quiet: false }));
    const rules: { id: RuleId; defaultConfiguration: { level: string } }[] = out.runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS].sort());
    const level = { error: 'error', warning: 'warning', info: 'note' } as const;
    for (const r of rules) expect([r.id, r.defaultConfiguration.level]).toEqual([r.id, level[RULE_SEVERITIES[r.id]]]);
  });
});
