/**
 * Hostile input through the real binary: every file of the corpus (test/hostile/ and the generated one) is
 * checked without a crash, a stack trace or a hang; every finding is located inside the file; the exit code
 * follows from the findings; syntax errors are located on their line; and nothing on disk changes.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInProcess as runCli, hasStackTrace } from './helpers/cli.js';
import { EXAMPLE_FILE, HUGE_FILE, hostileFiles, writeGeneratedCorpus } from './hostile/corpus.js';
import { MAX_NESTING } from '../src/plan/load.js';
import { snapshot } from './helpers/disk.js';

interface JsonFinding { ruleId: string; severity: string; line: number; column: number; file: string }
interface JsonOutput { files: { file: string; findings: JsonFinding[] }[] }

/**
 * Lines in a file as an editor counts them (a last line without a newline still counts): LF, CRLF and a lone CR
 * (old Mac files, which check reads as line breaks too) each end a line.
 */
function lineCount(file: string): number {
  const bytes = readFileSync(file);
  // indexOf, not a byte-by-byte iterator: the corpus holds a 6 MB file (the iterator took seconds).
  let n = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++;
  for (let i = bytes.indexOf(0x0d); i >= 0; i = bytes.indexOf(0x0d, i + 1)) if (bytes[i + 1] !== 0x0a) n++;
  return n;
}

async function checkJson(files: string[], cwd?: string) {
  const r = await runCli(['check', '--format', 'json', ...files], { ...(cwd ? { cwd } : {}), timeoutMs: 60_000 });
  return { ...r, json: r.stdout ? (JSON.parse(r.stdout) as JsonOutput) : undefined };
}

let generatedDir: string;
beforeAll(() => {
  generatedDir = writeGeneratedCorpus({ huge: true });
});
afterAll(() => rmSync(generatedDir, { recursive: true, force: true }));

const generatedFiles = () => readdirSync(generatedDir).sort().map((f) => path.join(generatedDir, f));

describe('check on the hostile corpus', () => {
  test.each(hostileFiles().map((f) => [path.basename(f), f]))('%s: located findings, no stack trace, exit code from the findings', async (_name, file) => {
    const r = await checkJson([file]);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(r.stderr).toBe('');
    const findings = r.json!.files[0]!.findings;
    const max = lineCount(file);
    for (const f of findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.line).toBeLessThanOrEqual(max);
      expect(f.column).toBeGreaterThanOrEqual(1);
    }
    expect(r.code).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0);
  });

  test('the generated corpus (deep nesting, a file past the size limit, long keys, ...) in one run: every file reported, all located', async () => {
    const files = generatedFiles();
    const r = await checkJson(files);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(r.json!.files.map((f) => f.file)).toEqual(files);
    for (const [i, result] of r.json!.files.entries()) {
      const max = lineCount(files[i]!);
      for (const f of result.findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.line).toBeLessThanOrEqual(max);
        expect(f.column).toBeGreaterThanOrEqual(1);
      }
    }
    const rules = (name: string) => r.json!.files.find((f) => path.basename(f.file) === name)!.findings.map((f) => f.ruleId);
    expect(rules(HUGE_FILE)).toEqual(['parse/too-large']);
    expect(rules('deep-flow-nesting.yaml')[0]).toMatch(/^parse\//);
    // Lone CRs are line breaks: a finding at `monitoring:` is on that key's line, as in the LF original.
    const monitoringLine = readFileSync(EXAMPLE_FILE, 'utf8').split('\n').indexOf('monitoring:') + 1;
    const oldMac = r.json!.files.find((f) => path.basename(f.file) === 'old-mac-line-endings.yaml')!.findings;
    const atMonitoring = oldMac.filter((x) => (x as JsonFinding & { pointer?: string }).pointer === '/monitoring');
    expect(atMonitoring.length).toBeGreaterThan(0);
    for (const f of atMonitoring) expect(f.line).toBe(monitoringLine);
  });

  // Lines worked out by reading each file: where the YAML stops making sense.
  test.each([
    ['syntax-unclosed-flow.yaml', 'parse/syntax', 7], // the `[` of line 6 is still open when line 7 starts a key
    ['syntax-bad-indent.yaml', 'parse/indent', 5], // the line indented too deep itself (yaml blames line 4)
    ['tabs.yaml', 'parse/tab', 4],
    ['duplicate-key.yaml', 'parse/duplicate-key', 4],
    ['multi-document.yaml', 'parse/syntax', 3],
    ['alias-bomb.yaml', 'parse/alias-limit', 1],
    ['binary.yaml', 'parse/binary', 1],
    ['invalid-utf8.yaml', 'parse/binary', 1],
    ['empty.yaml', 'parse/empty', 1],
    ['comments-only.yaml', 'parse/empty', 1],
  ])('%s: %s at line %d', async (name, ruleId, line) => {
    const r = await checkJson([path.join('test', 'hostile', name)]);
    expect(r.code).toBe(1);
    const f = r.json!.files[0]!.findings.find((x) => x.ruleId === ruleId);
    expect(f).toBeDefined();
    expect(f!.line).toBe(line);
  });

  test('deep nesting after a file with a YAML error does not abort the process (V8 fatal error, found here)', async () => {
    const r = await checkJson([path.join('test', 'hostile', 'tabs.yaml'), path.join(generatedDir, 'deep-flow-nesting.yaml')]);
    expect(r.code).toBe(1);
    expect(r.json!.files.map((f) => f.findings[0]!.ruleId)).toEqual(['parse/tab', 'parse/too-deep']);
    // Located at the first bracket past the limit: the file is one line of `[`.
    expect(r.json!.files[1]!.findings[0]!.column).toBe(MAX_NESTING + 1);
  });

  test('a plan with CRLF line endings or a BOM gives the same findings as the plain plan', async () => {
    const plain = (await checkJson([EXAMPLE_FILE])).json!.files[0]!.findings.map(({ file: _f, ...rest }) => rest);
    const text = readFileSync(EXAMPLE_FILE, 'utf8');
    const variants = { 'crlf.yaml': text.replace(/\n/g, '\r\n'), 'bom.yaml': `\ufeff${text}` };
    for (const [name, content] of Object.entries(variants)) {
      const file = path.join(generatedDir, `example-${name}`);
      writeFileSync(file, content);
      const r = await checkJson([file]);
      expect(r.json!.files[0]!.findings.map(({ file: _f, ...rest }) => rest)).toEqual(plain);
      rmSync(file);
    }
  });

  test('__proto__, constructor and prototype keys are reported as unknown properties, not obeyed', async () => {
    const r = await checkJson([path.join('test', 'hostile', 'proto-keys.yaml')]);
    const extra = r.json!.files[0]!.findings.filter((f) => f.ruleId === 'schema/additional-property');
    expect(extra.map((f) => f.line)).toEqual(expect.arrayContaining([3, 5]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a bad file among good ones: the run goes on and reports every file, in the order given', async () => {
    const files = [EXAMPLE_FILE, path.join('test', 'hostile', 'binary.yaml'), path.join('test', 'hostile', 'crlf.yaml')];
    const r = await checkJson(files);
    expect(r.code).toBe(1);
    expect(r.json!.files.map((f) => f.file)).toEqual(files);
  });
});

describe('check leaves the disk alone', () => {
  test('no file is written or changed, in any format; --cache writes only its cache file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-hostile-snap-'));
    try {
      cpSync(path.join('test', 'hostile'), path.join(dir, 'hostile'), { recursive: true });
      cpSync(generatedDir, path.join(dir, 'generated'), { recursive: true, filter: (src) => !src.endsWith(HUGE_FILE) });
      const before = snapshot(dir);
      // The whole corpus once (the reading and checking every format shares); then each other format, whose
      // writer is all that differs, on the committed files (errors, warnings and infos from its 22 files, at a
      // fifth of the CPU).
      for (const [format, target] of [['stylish', '.'], ['json', 'hostile'], ['sarif', 'hostile'], ['github', 'hostile'], ['junit', 'hostile']]) {
        const r = await runCli(['check', '--format', format!, target!], { cwd: dir });
        expect(r.code).toBe(1);
        expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
      }
      expect(snapshot(dir)).toEqual(before);

      const r = await runCli(['check', '.', '--cache', '--cache-location', 'cache/kemitraan.json'], { cwd: dir });
      expect([0, 1]).toContain(r.code);
      const after = snapshot(dir);
      expect(Object.keys(after).filter((f) => !(f in before))).toEqual([path.join('cache', 'kemitraan.json')]);
      for (const [f, sig] of Object.entries(before)) expect(after[f]).toBe(sig);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
