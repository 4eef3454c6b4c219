/**
 * The rules about the signed agreement (issue 12), each with plans it must fire on and plans it must leave alone,
 * in Indonesian and English (test/helpers/agreement-form-cases.ts).
 */
import { ruleTester } from './helpers/rule-tester.js';
import { AGREEMENT_FORM_CASES } from './helpers/agreement-form-cases.js';

for (const [ruleId, cases] of Object.entries(AGREEMENT_FORM_CASES)) ruleTester(ruleId, cases);
