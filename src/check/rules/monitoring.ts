import { INDICATOR_CLASSES, MONITORING_QUESTIONS } from '../../guide/monitoring.js';
import { pointer } from '../../plan/findings.js';
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const MONITORING_RULES = defineRules({
  'monitoring/missing-class': 'warning',
  'monitoring/no-target': 'warning',
  'monitoring/no-schedule': 'info',
  'monitoring/questions-unanswered': 'info',
  'monitoring/no-assessment': 'info',
});

type MonitoringFinding = FindingOf<typeof MONITORING_RULES>;

/** The classes the guide requires (outcome is the slides' addition, welcome but not required). */
const REQUIRED_CLASSES = ['input', 'process', 'output'] as const;

export const monitoringRules = ruleFamily(MONITORING_RULES, (ctx) => {
  if (!ctx.counts('monitoring')) return [];
  const m = ctx.plan.monitoring ?? {};
  const indicators = m.indicators ?? [];
  const out: MonitoringFinding[] = [];
  const base = ctx.plan.monitoring ? '/monitoring' : '';
  for (const cls of REQUIRED_CLASSES) {
    if (!indicators.some((i) => i.class === cls)) {
      const label = INDICATOR_CLASSES.find((c) => c.id === cls)!.label[ctx.language];
      out.push({ ruleId: 'monitoring/missing-class', pointer: m.indicators ? '/monitoring/indicators' : base, at: 'key', params: { class: label, classId: cls } });
    }
  }
  indicators.forEach((ind, i) => {
    if ((ind.class === 'output' || ind.class === 'outcome') && ind.target === undefined) {
      out.push({ ruleId: 'monitoring/no-target', pointer: pointer('monitoring', 'indicators', i), params: { indicator: ind.id } });
    }
  });
  if (!m.schedule?.frequency) out.push({ ruleId: 'monitoring/no-schedule', pointer: base, at: 'key' });
  // Questions are answered once there is something to look back on.
  if (ctx.started.has('implementation')) {
    const unanswered = MONITORING_QUESTIONS.filter((q) => !m.questions?.[q.id]);
    if (unanswered.length) out.push({ ruleId: 'monitoring/questions-unanswered', pointer: m.questions ? '/monitoring/questions' : base, at: 'key', params: { count: unanswered.length } });
  }
  // The partners' own view is the tool's addition: once the agreement is signed, ask whether anyone asked them.
  const signed = ctx.plan.agreement?.signedDate;
  if (signed && signed <= ctx.today && !(m.assessments?.length)) {
    out.push({ ruleId: 'monitoring/no-assessment', pointer: base, at: 'key' });
  }
  return out;
});
