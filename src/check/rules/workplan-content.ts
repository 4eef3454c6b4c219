/**
 * What step 6 asks for beyond each activity's 5W1H: the guide's "uraian tentang tujuan kegiatan, sasaran, waktu,
 * metode dan lokasi" names the target group (sasaran), and the step asks to agree on the network's working
 * mechanism ("menetapkan serta menyepakati mekanisme kerja jejaring kemitraan").
 */
import type { RawFinding } from '../../plan/findings.js';
import { pointer } from '../../plan/findings.js';
import type { RuleContext } from './context.js';

export function workplanContentRules(ctx: RuleContext): RawFinding[] {
  if (!ctx.counts('workplan')) return [];
  const w = ctx.plan.workplan;
  const activities = w?.activities ?? [];
  if (activities.length === 0) return [];
  const out: RawFinding[] = [];
  activities.forEach((a, i) => {
    if (!a.targetGroup?.trim()) out.push({ ruleId: 'workplan/no-target-group', pointer: pointer('workplan', 'activities', i), params: { activity: a.id } });
  });
  if (!w?.mechanism?.trim()) out.push({ ruleId: 'workplan/no-mechanism', pointer: '/workplan', at: 'key' });
  return out;
}
