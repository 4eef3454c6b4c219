/**
 * The rule families `check` runs on a schema-valid plan, in order, and every rule `check` reports by itself with
 * its default severity: reading the file (src/plan/load.ts), the schema (src/check/schema.ts and its two
 * companions) and the families. Each of those modules declares its rules next to its logic; this list only
 * joins them. (The rules of `kemitraan assess`, and the ones `check` reports from a plan's assessment files,
 * are declared in src/assess/rules.ts; src/commands/rules.ts joins everything.)
 */
import { PARSE_RULES } from '../../plan/load.js';
import { joinRules, type RuleIdOf } from '../../plan/rule-set.js';
import { SCHEMA_RULES } from '../schema.js';
import { FLOW_COMMA_RULES } from '../flow-comma.js';
import { THOUSANDS_RULES } from '../number-text.js';
import { planRules } from './plan.js';
import { regionRules } from './region.js';
import { ideaRules } from './idea.js';
import { partnerRules } from './partners.js';
import { goalRules } from './goals.js';
import { readinessRules } from './readiness.js';
import { agreementRules } from './agreement.js';
import { workplanRules } from './workplan.js';
import { implementationRules } from './implementation.js';
import { monitoringRules } from './monitoring.js';
import { partnerStatusRules } from './partner-status.js';
import { agreementFormRules } from './agreement-form.js';
import { referenceRules } from './references.js';
import { workplanContentRules } from './workplan-content.js';
import { moneyRules } from './money.js';
import { agreementRegionRules } from './agreement-region.js';
import { indicatorRefRules } from './indicator-ref.js';
import { principleRules } from './principles.js';
import { organisationTypeRules } from './organisation-type.js';

export const RULE_FAMILIES = [
  planRules, regionRules, ideaRules, partnerRules, goalRules, readinessRules, agreementRules, workplanRules, implementationRules, monitoringRules,
  partnerStatusRules, agreementFormRules, referenceRules,
  workplanContentRules, moneyRules, agreementRegionRules, indicatorRefRules, principleRules, organisationTypeRules,
] as const;

/** The declarations of every rule `check` reports by itself: reading, schema, then each family's. */
export const CHECK_RULE_SETS = [PARSE_RULES, SCHEMA_RULES, FLOW_COMMA_RULES, THOUSANDS_RULES, ...RULE_FAMILIES.map((family) => family.rules)] as const;

/** Every rule `check` reports by itself, with its default severity. */
export const CHECK_RULES = joinRules(...CHECK_RULE_SETS);

export type CheckRuleId = RuleIdOf<typeof CHECK_RULES>;
