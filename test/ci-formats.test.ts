/**
 * kemitraan in CI: SARIF output is structurally valid SARIF 2.1.0 (what GitHub code scanning requires),
 * `--format github` lines are well-formed workflow commands, and the pre-commit hook runs `kemitraan check` the
 * way pre-commit would.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli, runInProcess, ROOT, type CliResult } from './helpers/cli.js';
import { exampleFiles } from './hostile/corpus.js';

/** Files with findings of every severity and in parse, schema and rule families. */
const FINDINGS_FILES = ['test/hostile/wrong-types.yaml', 'test/hostile/duplicate-key.yaml', 'test/hostile/proto-keys.yaml', 'test/hostile/json-plan.yaml', 'examples/stunting-sumedang.yaml'];

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
}

interface Sarif {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version?: string; rules: { id: string; shortDescription?: { text: string } }[] } }; results: SarifResult[] }[];
}

/** The same files in JSON, to compare the CI formats with. */
let json: { files: { file: string; findings: { ruleId: string; line: number; column: number }[] }[] };
beforeAll(async () => {
  json = JSON.parse((await runInProcess(['check', '--format', 'json', ...FINDINGS_FILES])).stdout) as typeof json;
});

describe('SARIF 2.1.0', () => {
  let r: CliResult;
  let sarif: Sarif;
  beforeAll(async () => {
    r = await runInProcess(['check', '--format', 'sarif', ...FINDINGS_FILES]);
    sarif = JSON.parse(r.stdout) as Sarif;
  });

  test('top level: version 2.1.0, a $schema, one run with a named tool driver', () => {
    expect(r.code).toBe(1);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]!.tool.driver.name).toBe('kemitraan');
  });

  test('every result has ruleId, a valid level, message text and a physical location with 1-based region', () => {
    const run = sarif.runs[0]!;
    const ruleIds = run.tool.driver.rules.map((x) => x.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(run.results.length).toBeGreaterThan(0);
    for (const res of run.results) {
      expect(typeof res.ruleId).toBe('string');
      expect(ruleIds).toContain(res.ruleId);
      if (res.ruleIndex !== undefined) expect(ruleIds[res.ruleIndex]).toBe(res.ruleId);
      expect(['none', 'note', 'warning', 'error']).toContain(res.level);
      expect(res.message.text.length).toBeGreaterThan(0);
      expect(res.locations.length).toBeGreaterThanOrEqual(1);
      const loc = res.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uri.length).toBeGreaterThan(0);
      expect(Number.isInteger(loc.region.startLine) && loc.region.startLine >= 1).toBe(true);
      expect(Number.isInteger(loc.region.startColumn) && loc.region.startColumn >= 1).toBe(true);
    }
  });

  test('the same findings, at the same places, as the JSON format', () => {
    const fromJson = json.files.flatMap((f) => f.findings.map((x) => `${x.ruleId}@${x.line}:${x.column}`)).sort();
    const fromSarif = sarif.runs[0]!.results.map((x) => `${x.ruleId}@${x.locations[0]!.physicalLocation.region.startLine}:${x.locations[0]!.physicalLocation.region.startColumn}`).sort();
    expect(fromSarif).toEqual(fromJson);
  });
});

describe('--format github', () => {
  test('one well-formed workflow command per finding; data and properties escaped', async () => {
    const r = await runInProcess(['check', '--format', 'github', ...FINDINGS_FILES]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(json.files.reduce((n, f) => n + f.findings.length, 0));
    // ::error|warning|notice file=F,line=N,col=N,title=T::message  — properties may not hold raw , or :
    const re = /^::(error|warning|notice) file=([^,:]+),line=([1-9]\d*),col=([1-9]\d*),title=([^,:]+)::(.+)$/;
    for (const l of lines) {
      const m = re.exec(l);
      expect(m).not.toBeNull();
      expect(m![6]).not.toMatch(/[\r\n]/);
    }
  });
});

describe('pre-commit hook', () => {
  const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; exclude?: string; types?: string[] }[];
  const hook = hooks.find((h) => h.id === 'kemitraan-check')!;

  test('declares kemitraan-check: node, YAML files, kemitraan config excluded', () => {
    expect(hook).toBeDefined();
    expect(hook.language).toBe('node');
    expect(hook.entry.split(' ')[0]).toBe('kemitraan');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook.entry.split(' ')[0]);
    // pre-commit matches with Python's re.search; these patterns mean the same in JavaScript.
    const selected = (f: string) => new RegExp(hook.files).test(f) && !(hook.exclude && new RegExp(hook.exclude).test(f));
    expect(['plan.yaml', 'rencana/tbc-kupang.yml', 'a/b/c.YAML'.toLowerCase()].every(selected)).toBe(true);
    expect(['.kemitraanrc.yaml', 'rencana/.kemitraanrc.yml', '.pre-commit-config.yaml', '.github/workflows/ci.yml', 'README.md', 'plan.yaml.bak'].some(selected)).toBe(false);
  });

  // The real binary, as pre-commit starts it.
  test('its entry, given files as pre-commit gives them, checks them: 0 on the examples, 1 on a broken plan', () => {
    const args = hook.entry.split(' ').slice(1);
    const examples = exampleFiles().map((f) => path.relative(ROOT, f));
    expect(runCli([...args, ...examples]).code).toBe(0);
    const broken = runCli([...args, ...examples, 'test/hostile/duplicate-key.yaml']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/duplicate-key\.yaml/);
  });
});
