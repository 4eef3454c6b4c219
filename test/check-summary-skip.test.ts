/**
 * `check` makes a file's per-step summary and reading only when something reads them: the format prints them
 * (stylish up to ten files, JSON always), --stage asks whether files are ready, or --cache keeps the results.
 * Skipping them must change nothing anyone sees.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkLoaded } from '../src/check/engine.js';
import { loadPlanText } from '../src/plan/load.js';
import { stylishStream, SUMMARY_FILE_LIMIT } from '../src/check/format/stylish.js';
import { githubStream } from '../src/check/format/github.js';
import { jsonStream } from '../src/check/format/json.js';
import { RULE_SEVERITIES } from '../src/commands/rules.js';
import type { FormatMeta } from '../src/check/format/types.js';
import { runInProcess } from './helpers/cli.js';
import { planText } from './helpers/plans.js';

const meta: FormatMeta = { lang: 'id', color: false, quiet: false, toolVersion: '0.0.0', rules: RULE_SEVERITIES };

/** A draft: partners not assessed, an activity without its 5W1H — findings in several steps. */
const draft = planText((p) => {
  for (const partner of p.partners ?? []) delete partner.criteria;
  const a = p.workplan?.activities?.[0];
  if (a) delete a.how;
});

describe('which formats read summaries', () => {
  test('stylish: up to ten files, or with --stage; never with --quiet', () => {
    expect(stylishStream(meta, SUMMARY_FILE_LIMIT).summaries).toBe(true);
    expect(stylishStream(meta, SUMMARY_FILE_LIMIT + 1).summaries).toBe(false);
    expect(stylishStream({ ...meta, stage: 'agreement' }, SUMMARY_FILE_LIMIT + 1).summaries).toBe(true);
    expect(stylishStream({ ...meta, quiet: true }, 1).summaries).toBe(false);
  });
  test('GitHub annotations never; JSON always (it does not say otherwise)', () => {
    expect(githubStream(meta, 1).summaries).toBe(false);
    expect(jsonStream(meta, 1000).summaries).toBeUndefined();
  });
});

describe('the engine without summaries', () => {
  test('gives the same findings, without summary and reading', () => {
    const loaded = () => loadPlanText('plan.yaml', draft);
    const whole = checkLoaded(loaded(), { lang: 'id', today: '2026-11-22' });
    const bare = checkLoaded(loaded(), { lang: 'id', today: '2026-11-22', summary: false });
    expect(whole.summary).toBeDefined();
    expect(whole.reading).toBeDefined();
    expect(bare.summary).toBeUndefined();
    expect(bare.reading).toBeUndefined();
    expect(bare.findings).toEqual(whole.findings);
    expect(bare.findings.length).toBeGreaterThan(3);
  });
});

describe('a run over more files than get a summary', () => {
  let dir: string;
  const files: string[] = [];
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-summary-skip-'));
    for (let i = 0; i < SUMMARY_FILE_LIMIT + 2; i++) {
      const file = path.join(dir, `plan-${String(i).padStart(2, '0')}.yaml`);
      writeFileSync(file, draft);
      files.push(file);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('stylish prints the findings the JSON report has, file by file, and no summary', async () => {
    const stylish = await runInProcess(['check', ...files]);
    const json = JSON.parse((await runInProcess(['check', '--format', 'json', ...files])).stdout) as { files: { findings: { line: number; column: number; ruleId: string }[]; summary?: unknown }[] };
    expect(stylish.code).toBe(0); // warnings and infos only
    expect(json.files).toHaveLength(files.length);
    expect(json.files.every((f) => f.summary !== undefined)).toBe(true);
    const shown = [...stylish.stdout.matchAll(/^ {2}(\d+):(\d+) .* ([a-z-]+\/[a-z0-9-]+)$/gm)].map((m) => `${m[1]}:${m[2]} ${m[3]}`);
    expect(shown).toEqual(json.files.flatMap((f) => f.findings.map((x) => `${x.line}:${x.column} ${x.ruleId}`)));
    expect(stylish.stdout).not.toContain('Kesiapan per langkah');
  });

  test('--stage still judges each file by its summary, in formats that print none', async () => {
    const ready = await runInProcess(['check', '--format', 'github', '--fail-on', 'error', '--stage', 'partners', ...files]);
    const notReady = await runInProcess(['check', '--format', 'github', '--fail-on', 'error', '--stage', 'monitoring', ...files]);
    const viaJson = await runInProcess(['check', '--format', 'json', '--fail-on', 'error', '--stage', 'monitoring', ...files]);
    expect(notReady.code).toBe(1);
    expect(viaJson.code).toBe(1);
    expect(ready.code).toBe(0);
  });
});
