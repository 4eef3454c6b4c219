/**
 * The rules of `kemitraan assess` with their default severities (their words: src/guide/messages/assess.ts).
 * Kept apart from the logic that reports them (validate.ts; src/commands/assess/plan-findings.ts, which reads
 * the files a plan names) so that `check` can list and configure them without loading that logic.
 */
import { defineRules, type FindingOf } from '../plan/rule-set.js';

/** What `kemitraan assess check` says about a respondent file (validate.ts). */
export const ASSESS_RULES = defineRules({
  'assess/not-a-mapping': 'error',
  'assess/is-a-plan': 'error',
  'assess/unknown-field': 'error',
  'assess/required': 'error',
  'assess/type': 'error',
  'assess/unknown-instrument': 'error',
  'assess/instrument-version': 'error',
  'assess/other-plan': 'warning',
  'assess/not-a-partner': 'error',
  'assess/partner-not-joined': 'warning',
  'assess/invalid-date': 'error',
  'assess/unknown-item': 'error',
  'assess/out-of-range': 'error',
  'assess/answer-text': 'error',
  'assess/unanswered': 'info',
});

export type AssessFinding = FindingOf<typeof ASSESS_RULES>;

/**
 * What `check` says about the assessment files a plan names (monitoring.assessments): the tool's reading, not
 * the guide's. (`monitoring/no-assessment`, for a signed plan that names none, is the monitoring family's.)
 */
export const PLAN_ASSESSMENT_RULES = defineRules({
  'monitoring/assessment-concern': 'warning',
  'monitoring/assessment-unreadable': 'warning',
  'monitoring/assessment-missing': 'warning',
});
