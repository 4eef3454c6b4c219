/**
 * What `check` says about a plan's assessments (`monitoring.assessments`): the partners' latest scores in the
 * instrument's concern band, assessment files with problems, paths that do not exist, or no usable assessment
 * once the agreement is signed. Loaded by `check` only for plans that name assessments. The findings stand at
 * the plan's `monitoring.assessments` and say they are the tool's reading, not the guide's.
 */
import path from 'node:path';
import { resolveFindings, type AssessmentRefs, type FileResult, type RuleConfig, type StepSummary } from '../../check/engine.js';
import type { Finding, RawFinding } from '../../plan/findings.js';
import type { RuleIdOf } from '../../plan/rule-set.js';
import type { PLAN_ASSESSMENT_RULES } from '../../assess/rules.js';
import { RULE_SEVERITIES } from '../rules.js';
import type { Lang } from '../../guide/types.js';
import { DEFAULT_INSTRUMENT, findInstrument } from '../../guide/instruments/index.js';
import { expandPaths } from '../../io/paths.js';
import { aggregate, type AssessmentReport } from '../../assess/aggregate.js';
import { bandLabel, dimensionLabel, num, roundLabel } from '../../assess/format/common.js';
import type { PlanFacts, Respondent } from '../../assess/types.js';
import { readRespondent } from './read.js';

export interface PlanAssessmentOptions {
  lang: Lang;
  today: string;
  config?: RuleConfig;
}

/** The rules this module reports: its own, and the monitoring family's `monitoring/no-assessment` (none usable). */
type PlanAssessmentFinding = RawFinding<RuleIdOf<typeof PLAN_ASSESSMENT_RULES> | 'monitoring/no-assessment'>;

export interface PlanAssessments {
  report?: AssessmentReport;
  raw: PlanAssessmentFinding[];
  /** The principles (ids of PRINCIPLE_RULES) whose dimension the partners' latest round rates a concern. */
  principleConcerns?: string[];
}

/** Reads the respondent files a plan names (paths relative to the plan's folder) and aggregates them. */
export async function readPlanAssessments(refs: AssessmentRefs, planFile: string, cwd: string, options: PlanAssessmentOptions): Promise<PlanAssessments> {
  const base = planFile === '-' || planFile === '<stdin>' ? cwd : path.dirname(path.resolve(cwd, planFile));
  const facts: PlanFacts = { title: refs.title, fileId: path.basename(planFile).replace(/\.ya?ml$/i, ''), partners: refs.partners };
  const raw: PlanAssessmentFinding[] = [];
  const respondents: Respondent[] = [];
  for (const ref of refs.paths) {
    const position = { line: ref.line, column: ref.column };
    const { files, problems } = await expandPaths([ref.path], base);
    if (problems.length > 0) {
      raw.push({ ruleId: 'monitoring/assessment-missing', pointer: '/monitoring/assessments', position, params: { path: ref.path } });
      continue;
    }
    let failed = 0;
    for (const file of files) {
      if (path.resolve(base, file) === path.resolve(cwd, planFile)) continue;
      const r = await readRespondent(file, base, facts, { lang: options.lang, today: options.today });
      if ('error' in r || !r.respondent) failed++;
      else respondents.push(r.respondent);
    }
    if (failed > 0) raw.push({ ruleId: 'monitoring/assessment-unreadable', pointer: '/monitoring/assessments', position, params: { file: ref.path, count: failed } });
  }
  const at = { line: refs.line, column: refs.column };
  if (respondents.length === 0) {
    if (refs.signed) raw.push({ ruleId: 'monitoring/no-assessment', pointer: '/monitoring/assessments', position: at });
    return { raw };
  }
  const instrument = findInstrument(respondents[0]!.instrument.id) ?? DEFAULT_INSTRUMENT;
  const report = aggregate(instrument, facts, respondents.filter((r) => r.instrument.id === instrument.id));
  const latest = report.rounds[report.rounds.length - 1]!;
  const principleConcerns: string[] = [];
  for (const d of latest.dimensions) {
    if (d.band !== instrument.concernBand) continue;
    const basis = instrument.dimensions.find((x) => x.id === d.id)?.basis ?? '';
    if (basis.startsWith('principle/')) principleConcerns.push(basis.slice('principle/'.length));
    raw.push({
      ruleId: 'monitoring/assessment-concern', pointer: '/monitoring/assessments', position: at,
      params: { dimension: dimensionLabel(instrument, d.id, options.lang), score: num(options.lang, d.mean), band: bandLabel(instrument, d.band, options.lang), date: roundLabel(options.lang, latest) },
    });
  }
  return { report, raw, principleConcerns };
}

/** Adds the assessment findings to a plan's result, and to its monitoring step's counts. */
export async function withAssessmentFindings(result: FileResult, planFile: string, cwd: string, options: PlanAssessmentOptions): Promise<FileResult> {
  if (!result.assessments) return result;
  const { raw, principleConcerns = [] } = await readPlanAssessments(result.assessments, planFile, cwd, options);
  const start = { line: 1, column: 1 };
  const added = resolveFindings(raw, RULE_SEVERITIES, { file: result.file, locate: () => start }, options);
  if (added.length === 0) return result;
  const findings: Finding[] = [...result.findings, ...added].sort((a, b) => a.line - b.line || a.column - b.column);
  // The partners themselves rate a principle a concern: the reading of that principle says so, not "✔".
  const concerned = added.some((f) => f.ruleId === 'monitoring/assessment-concern') ? principleConcerns : [];
  const reading = result.reading && concerned.length > 0 ? {
    ...result.reading,
    principles: result.reading.principles.map((p) => concerned.includes(p.principle) ? { ...p, shown: true, concerns: [...p.concerns, 'monitoring/assessment-concern'] } : p),
  } : result.reading;
  return { ...result, findings, ...(result.summary ? { summary: recount(result.summary, added) } : {}), ...(reading ? { reading } : {}) };
}

function recount(summary: readonly StepSummary[], added: readonly Finding[]): StepSummary[] {
  return summary.map((s) => {
    const mine = added.filter((f) => f.ruleId.split('/')[0] === s.step);
    if (mine.length === 0) return s;
    const counts = { ...s.counts };
    for (const f of mine) counts[f.severity]++;
    const status = s.status === 'empty' ? s.status : counts.error + counts.warning > 0 ? 'incomplete' : s.status;
    return { ...s, counts, status };
  });
}
