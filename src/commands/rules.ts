/**
 * Every rule of the tool with its default severity: the one place all declarations meet (check's in
 * src/check/rules/index.ts, assess's in src/assess/rules.ts), for what needs them all: severities of the
 * findings commands add, SARIF's rule list, the UI and the wizard.
 *
 * `satisfies Record<RuleId, Severity>` is the compile-time half of "declarations and catalog match": a rule
 * with words in the catalog (src/guide/messages/rules.ts) but declared nowhere does not type-check here (the
 * other half, an id declared without words, fails in `defineRules`). test/rule-declarations.test.ts checks the
 * same at run time, and that no id is declared twice.
 */
import type { RuleId, Severity } from '../guide/messages/rules.js';
import { joinRules } from '../plan/rule-set.js';
import { CHECK_RULE_SETS } from '../check/rules/index.js';
import { ASSESS_RULES, PLAN_ASSESSMENT_RULES } from '../assess/rules.js';

/** Every module's declarations, each on its own (so a test can tell that no id is declared twice). */
export const RULE_SETS = [...CHECK_RULE_SETS, ASSESS_RULES, PLAN_ASSESSMENT_RULES] as const;

export const RULE_SEVERITIES = joinRules(...RULE_SETS) satisfies Readonly<Record<RuleId, Severity>>;
