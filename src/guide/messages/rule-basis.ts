/**
 * What each readiness rule rests on, for the README's rule list and for people deciding how far to trust a
 * finding: the guide's own text (steps, criteria, 5W1H, indicator classes), the slides (principles,
 * prerequisites), Indonesian law and official lists, the consistency of the plan file itself, or the tool's own
 * interpretation (thresholds, dates, money sums, readings of the principles), whose messages say so.
 */
import type { Text } from '../types.js';

export type Basis = 'guide' | 'slides' | 'law' | 'file' | 'tool';

export const BASIS_LABELS: Readonly<Record<Basis, Text>> = {
  guide: { id: 'membaca panduan langsung', en: 'reads the guide directly' },
  slides: { id: 'membaca slide (prinsip, persyaratan)', en: 'reads the slides (principles, prerequisites)' },
  law: { id: 'hukum dan daftar resmi Indonesia', en: 'Indonesian law and official lists' },
  file: { id: 'keutuhan berkas rencana', en: 'consistency of the plan file' },
  tool: { id: 'tafsiran alat ini atas panduan', en: 'this tool\'s interpretation of the guide' },
};

const by = (basis: Basis, ids: string): [string, Basis][] => ids.trim().split(/\s+/).map((id) => [id, basis]);

export const RULE_BASIS: ReadonlyMap<string, Basis> = new Map([
  ...by('guide', `
    idea/incomplete idea/criteria-unassessed idea/criterion-unmet
    partners/none partners/criteria-unassessed partners/criterion-unmet partners/joined-unassessed
    goals/incomplete goals/partner-without-role goals/role-uncovered
    readiness/criteria-unassessed readiness/criterion-unmet
    agreement/incomplete agreement/too-few-parties agreement/initiator-not-party
    workplan/incomplete workplan/missing-5w1h workplan/no-target-group workplan/no-mechanism workplan/no-responsible
    workplan/no-capacity-building workplan/no-coordination
    implementation/before-agreement implementation/agreement-unsigned
    monitoring/missing-class monitoring/questions-unanswered`),
  ...by('slides', `goals/no-benefit partners/single-sector`),
  ...by('law', `
    agreement/sk-region-mismatch agreement/sk-camat-no-district agreement/party-no-address agreement/no-signatory
    agreement/no-authority agreement/acts-for-unit agreement/id-number-not-nip agreement/decree-incomplete
    agreement/personal-data-undeclared
    region/province-unknown region/regency-unknown region/regency-province region/code-format region/code-unknown
    region/code-mismatch region/code-missing`),
  ...by('file', `
    plan/program-name plan/dates-order plan/initiator-partner partners/duplicate-id partners/potential-sector
    partners/status-dates-order partners/organisation-type-other
    goals/unknown-partner goals/duplicate-partner goals/duplicate-contribution goals/money-without-amount
    agreement/party-not-partner workplan/duplicate-activity workplan/unknown-partner workplan/responsible-not-in-who
    workplan/unknown-goal workplan/cost-items-mismatch
    implementation/unknown-activity implementation/unknown-partner implementation/unknown-contribution
    implementation/future-date monitoring/duplicate-indicator monitoring/ref-class-mismatch
    partners/status-date-future monitoring/assessment-unreadable monitoring/assessment-missing
    assess/not-a-mapping assess/is-a-plan assess/unknown-field assess/required assess/type assess/unknown-instrument
    assess/instrument-version assess/other-plan assess/not-a-partner assess/invalid-date assess/unknown-item
    assess/out-of-range assess/answer-text assess/unanswered`),
  ...by('tool', `
    idea/criteria-mostly-unmet readiness/criteria-mostly-unmet partners/criteria-mostly-unmet
    partners/not-joined-carries partners/withdrawn-carries goals/role-holder-not-joined
    implementation/delivery-not-joined implementation/meeting-after-withdrawal implementation/log-partner-not-joined
    agreement/party-withdrawn agreement/party-not-committed-at-signing agreement/party-not-joined
    agreement/signed-partner-not-party partners/signed-without-agreement-date partners/signed-date-differs
    partners/status-behind-dates workplan/outside-period monitoring/no-target monitoring/no-schedule
    workplan/budget-funder-no-money workplan/budget-above-commitment implementation/delivery-above-commitment
    workplan/responsible-not-party workplan/funder-not-party agreement/commitment-unbudgeted workplan/budget-uncommitted
    workplan/budget-over-commitment
    principles/equity-activities principles/equity-roles principles/partner-commits-nothing principles/budget-undisclosed
    assess/partner-not-joined monitoring/no-assessment monitoring/assessment-concern`),
]);
