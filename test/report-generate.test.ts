/** bench/generate.js: deterministic, varied, schema-valid plans, also through its own command line. */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { generatePlans, writePlans } from '../bench/generate.js';
import { loadPlanText } from '../src/plan/load.js';
import type { Plan } from '../src/plan/types.js';
import { ROOT, runInProcess as runCli } from './helpers/cli.js';

describe('generatePlans', () => {
  test('the same seed gives the same plans; another seed other plans; plan N does not depend on the count', async () => {
    const a = generatePlans(5, { seed: 4 });
    expect(generatePlans(5, { seed: 4 })).toEqual(a);
    expect(generatePlans(5, { seed: 5 }).map((p) => p.text)).not.toEqual(a.map((p) => p.text));
    expect(generatePlans(3, { seed: 4 })).toEqual(a.slice(0, 3));
    expect(a.map((p) => p.name)).toEqual(['plan-00001.yaml', 'plan-00002.yaml', 'plan-00003.yaml', 'plan-00004.yaml', 'plan-00005.yaml']);
    expect(generatePlans(1)).toEqual(generatePlans(1, { seed: 1 }));
  });

  test('plans vary: regions, programs, 3-12 partners over several sectors, stages', async () => {
    const plans = generatePlans(80, { seed: 2 }).map(({ name, text }) => loadPlanText(name, text).data as Plan);
    expect(new Set(plans.map((p) => p.region.regency)).size).toBeGreaterThan(20);
    expect(new Set(plans.map((p) => p.program)).size).toBe(6);
    const partnerCounts = plans.map((p) => p.partners!.length);
    expect(Math.min(...partnerCounts)).toBe(3);
    expect(Math.max(...partnerCounts)).toBe(12);
    expect(new Set(plans.flatMap((p) => p.partners!.map((x) => x.sector))).size).toBe(6);
    expect(new Set(plans.flatMap((p) => p.partners!.map((x) => x.status))).size).toBe(5);
    expect(plans.some((p) => p.monitoring === undefined)).toBe(true);
    expect(plans.filter((p) => (p.implementation?.deliveries?.length ?? 0) > 0).length).toBeGreaterThan(40);
    expect(plans.some((p) => p.monitoring?.indicators?.some((i) => i.direction === 'decrease'))).toBe(true);
  });

  test('the YAML is written by hand: the generator imports no package', async () => {
    const source = readFileSync(path.join(ROOT, 'bench', 'generate.js'), 'utf8');
    const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.every((m) => m!.startsWith('node:'))).toBe(true);
  });
});

describe('generated plans pass kemitraan check schema validation', () => {
  test('writePlans + check: no schema/* or parse/* findings', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kemitraan-gen-'));
    try {
      const files = writePlans(dir, 120, { seed: 9 });
      expect(files).toHaveLength(120);
      const r = await runCli(['check', dir, '--format', 'json']);
      const out = JSON.parse(r.stdout) as { files: { file: string; findings: { ruleId: string }[] }[] };
      expect(out.files).toHaveLength(120);
      const broken = out.files.flatMap((f) => f.findings.filter((x) => /^(schema|parse)\//.test(x.ruleId)).map((x) => `${f.file} ${x.ruleId}`));
      expect(broken).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('node bench/generate.js --count N --out DIR --seed S', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kemitraan-gen-cli-'));
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'generate.js'), '--count', '7', '--out', dir, '--seed', '3'], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(generatePlans(7, { seed: 3 }).map((p) => p.name));
      expect(readFileSync(path.join(dir, 'plan-00004.yaml'), 'utf8')).toBe(generatePlans(7, { seed: 3 })[3]!.text);
      const bad = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'generate.js'), '--count', 'many'], { encoding: 'utf8' });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/usage/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
