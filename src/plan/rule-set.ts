/**
 * How a rule is declared: each module that reports findings (a rule family in src/check/rules, the schema and
 * parse checks, assess's respondent checks) declares the ids it emits with their default severities, next to its
 * logic:
 *
 *   export const IDEA_RULES = defineRules({ 'idea/incomplete': 'warning', … });
 *
 * and types its findings `RawFinding<RuleIdOf<typeof IDEA_RULES>>`, so emitting an id it did not declare is a
 * type error. The words of each rule stay in the catalog (src/guide/messages/rules.ts), keyed by the same id:
 * an id declared here without words there does not type-check (the keys are `RuleId`s, which come from the
 * catalog); words without a declaration fail where every declaration is joined (src/commands/rules.ts).
 *
 * This module sits in src/plan because that is the lowest layer with rule logic (parse rules, src/plan/load.ts)
 * and both src/check and src/assess may import it.
 */
import type { RuleId, Severity } from '../guide/messages/rules.js';
import type { RawFinding } from './findings.js';

/** Rule ids with their default severities (`.kemitraanrc.yaml` may change them). */
export type RuleSet<Id extends RuleId = RuleId> = { readonly [K in Id]: Severity };

/** The ids a rule set declares. */
export type RuleIdOf<R> = keyof R & RuleId;

/** Declares rules: every key must be a rule id with words in the catalog. */
export function defineRules<const Id extends RuleId>(rules: { readonly [K in Id]: Severity }): RuleSet<Id> {
  return Object.freeze(rules);
}

/** A finding of one of a rule set's rules. */
export type FindingOf<R> = RawFinding<RuleIdOf<R>>;

/** The ids of any of several rule sets (distributes over a union of sets). */
export type DeclaredIds<S> = S extends unknown ? RuleIdOf<S> : never;

/**
 * Several modules' rules as one set (what a command resolves its findings against). Each id is declared in one
 * module only: test/rule-declarations.test.ts holds that, and that the joined declarations match the catalog.
 */
export function joinRules<const S extends readonly Partial<RuleSet>[]>(...sets: S): RuleSet<DeclaredIds<S[number]>> {
  return Object.freeze(Object.assign({}, ...sets) as RuleSet<DeclaredIds<S[number]>>);
}
