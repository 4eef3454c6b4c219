/**
 * The example plans in examples/ are what new users copy and what the README promises: every one must pass
 * `kemitraan check` through the real binary, and together they must show what the guide covers. All the claims
 * below are derived from the files' parsed content and from the catalog, never from a list of file names.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runInProcess as runCli, hasStackTrace, EXAMPLES, ROOT } from './helpers/cli.js';
import { STEPS } from '../src/guide/steps.js';
import { SECTORS } from '../src/guide/sectors.js';
import { ROLES } from '../src/guide/roles.js';
import { INDICATOR_CLASS_IDS, MONITORING_QUESTIONS } from '../src/guide/monitoring.js';
import { ACTIVITY_KINDS } from '../src/guide/workplan.js';
import { IMPLEMENTATION_ACTIVITIES } from '../src/guide/implementation.js';
import type { Plan } from '../src/plan/types.js';

interface Example {
  /** Path relative to the repository root, as a user would type it. */
  file: string;
  plan: Plan;
}

const files = readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f)).sort();
const examples: Example[] = files.map((f) => ({
  file: path.relative(ROOT, path.join(EXAMPLES, f)),
  plan: parse(readFileSync(path.join(EXAMPLES, f), 'utf8')) as Plan,
}));

/** A section counts as filled when it holds some real content, not just empty keys. */
function filled(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return v.some(filled);
  if (typeof v === 'object') return Object.values(v as object).some(filled);
  if (typeof v === 'string') return v.trim() !== '';
  return true;
}

/** Every value `pick` finds in any example (ids, so plain strings). */
const union = (pick: (p: Plan) => readonly (string | undefined)[]): Set<string> =>
  new Set(examples.flatMap((e) => pick(e.plan)).filter((x): x is string => x !== undefined));

interface JsonReport {
  files: { file: string; findings: { ruleId: string; severity: string; line: number }[]; summary?: { step: string; status: string }[] }[];
}

describe('examples/', () => {
  test('holds at least four plans', async () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(examples.map((e) => [e.file, e] as const))('%s', (_file, example) => {
    test('passes `kemitraan check` with exit 0 and no errors or warnings', async () => {
      const r = await runCli(['check', example.file, '--format', 'json', '--fail-on', 'warning']);
      expect(hasStackTrace(r.stderr)).toBe(false);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.files.map((f) => f.file)).toEqual([example.file]);
      // Listing the findings makes a failure say which rule fired where.
      expect(report.files[0]!.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(r.code).toBe(0);
    });

    test.each(STEPS.map((s) => [s.number, s.id] as const))('step %i: section `%s` is filled', async (_n, step) => {
      expect(filled(example.plan[step])).toBe(true);
    });

    test('monitoring has an indicator of every class and answers all four questions', async () => {
      const classes = new Set(example.plan.monitoring?.indicators?.map((i) => i.class));
      expect([...INDICATOR_CLASS_IDS].filter((c) => !classes.has(c))).toEqual([]);
      const answers = example.plan.monitoring?.questions ?? {};
      expect(MONITORING_QUESTIONS.filter((q) => !filled(answers[q.id])).map((q) => q.id)).toEqual([]);
    });
  });

  test('the whole directory passes in one run: exit 0, every step complete in every file', async () => {
    const r = await runCli(['check', 'examples/', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    // The partners' assessment files below examples/assessments are checked too, as assessments (no summary).
    const plans = report.files.filter((f) => f.summary);
    expect(plans.map((f) => f.file).sort()).toEqual(examples.map((e) => e.file).sort());
    expect(report.files.filter((f) => !f.summary).every((f) => f.file.startsWith('examples/assessments/'))).toBe(true);
    for (const f of plans) {
      expect({ file: f.file, incomplete: (f.summary ?? []).filter((s) => s.status !== 'complete').map((s) => s.step) }).toEqual({ file: f.file, incomplete: [] });
    }
  });

  test('partners from all six sectors of the catalog appear across the examples', async () => {
    const seen = union((p) => (p.partners ?? []).map((x) => x.sector));
    expect(SECTORS.map((s) => s.id).filter((s) => !seen.has(s))).toEqual([]);
  });

  test('the programs the guide names appear: stunting, imunisasi, tbc and PHBS (sekolah or rumah tangga)', async () => {
    const programs = union((p) => [p.program]);
    expect(programs.has('stunting')).toBe(true);
    expect(programs.has('imunisasi')).toBe(true);
    expect(programs.has('tbc')).toBe(true);
    expect(programs.has('phbs-sekolah') || programs.has('phbs-rumah-tangga')).toBe(true);
  });

  test('every partner role, activity kind and implementation category of the catalog is used somewhere', async () => {
    const roles = union((p) => (p.goals?.partnerRoles ?? []).flatMap((r) => r.roles));
    expect(ROLES.map((r) => r.id).filter((r) => !roles.has(r))).toEqual([]);
    const kinds = union((p) => (p.workplan?.activities ?? []).map((a) => a.kind));
    expect(ACTIVITY_KINDS.map((k) => k.id).filter((k) => !kinds.has(k))).toEqual([]);
    const categories = union((p) => (p.workplan?.activities ?? []).map((a) => a.category));
    expect(IMPLEMENTATION_ACTIVITIES.map((c) => c.id).filter((c) => !categories.has(c))).toEqual([]);
  });

  test('the agreement forms include a Nota Kesepahaman, an MoU and an SK Bupati or SK Walikota', async () => {
    const forms = union((p) => [p.agreement?.form]);
    expect(forms.has('nota-kesepahaman')).toBe(true);
    expect(forms.has('mou')).toBe(true);
    expect(forms.has('sk-bupati') || forms.has('sk-walikota')).toBe(true);
  });

  test('each example is set in a different kabupaten/kota', async () => {
    const places = examples.map((e) => `${e.plan.region.province} / ${e.plan.region.regency}`);
    expect(new Set(places).size).toBe(places.length);
  });

  test('at least one example is still in progress: a postponed activity, a withdrawn partner and an indicator awaiting data', async () => {
    const inProgress = examples.filter((e) => {
      const p = e.plan;
      return (p.implementation?.log ?? []).some((l) => l.status === 'postponed')
        && (p.partners ?? []).some((x) => x.status === 'withdrawn')
        && (p.monitoring?.indicators ?? []).some((i) => i.target !== undefined && i.actual === undefined);
    });
    expect(inProgress.length).toBeGreaterThanOrEqual(1);
  });
});
