/**
 * What step 6 asks for beyond each activity's 5W1H: the guide's "uraian tentang tujuan kegiatan, sasaran, waktu,
 * metode dan lokasi" names the target group (sasaran), and the step asks to agree on the network's working
 * mechanism ("menetapkan serta menyepakati mekanisme kerja jejaring kemitraan").
 */
import { pointer } from '../../plan/findings.js';
import { ruleFamily } from './context.js';
import { defineRules, type FindingOf } from '../../plan/rule-set.js';

/** The rules this family reports, with their default severities (its words are in the catalog). */
const WORKPLAN_CONTENT_RULES = defineRules({
  'workplan/no-target-group': 'warning',
  'workplan/no-mechanism': 'warning',
});

type WorkplanContentFinding = FindingOf<typeof WORKPLAN_CONTENT_RULES>;

export const workplanContentRules = ruleFamily(WORKPLAN_CONTENT_RULES, (ctx) => {
  if (!ctx.counts('workplan')) return [];
  const w = ctx.plan.workplan;
  const activities = w?.activities ?? [];
  if (activities.length === 0) return [];
  const out: WorkplanContentFinding[] = [];
  activities.forEach((a, i) => {
    if (!a.targetGroup?.trim()) out.push({ ruleId: 'workplan/no-target-group', pointer: pointer('workplan', 'activities', i), params: { activity: a.id } });
  });
  if (!w?.mechanism?.trim()) out.push({ ruleId: 'workplan/no-mechanism', pointer: '/workplan', at: 'key' });
  return out;
});
