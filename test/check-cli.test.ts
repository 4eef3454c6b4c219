/** `kemitraan check` through the real binary: formats, positions, options, config, exit codes, bad input. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { runInProcess as runCli, hasStackTrace, EXAMPLES, ROOT } from './helpers/cli.js';
import { EXAMPLE_FILE } from './helpers/plans.js';
import { MAX_PLAN_BYTES } from '../src/plan/load.js';
import { HEADER, readRecords, recordHead, recordPayload } from '../src/commands/check/cache-format.js';

let dir: string;
const example = readFileSync(EXAMPLE_FILE, 'utf8');
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
};

/** The example with the first occurrence of `from` replaced, and the 1-based line where that happened. */
function broken(from: string, to: string): { text: string; line: number } {
  const index = example.indexOf(from);
  expect(index).toBeGreaterThan(0);
  return { text: example.slice(0, index) + to + example.slice(index + from.length), line: example.slice(0, index).split('\n').length };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a wrong value at line N is reported at line N in every format', () => {
  const { text, line } = broken('sector: akademisi', 'sector: akademik');
  let file: string;
  beforeAll(() => {
    file = write('wrong-sector.yaml', text);
  });

  test('stylish', async () => {
    const r = await runCli(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^\\s+${line}:\\d+\\s+galat\\s+Nilai "akademik" tidak dikenal.*schema/enum`, 'm'));
    expect(r.stdout).toContain('("akademisi"?)');
  });
  test('json', async () => {
    const out = JSON.parse((await runCli(['check', file, '--format', 'json'])).stdout);
    const f = out.files[0].findings[0];
    expect(f).toMatchObject({ ruleId: 'schema/enum', severity: 'error', line, pointer: '/partners/1/sector' });
    expect(f.column).toBe(13);
  });
  test('sarif', async () => {
    const out = JSON.parse((await runCli(['check', file, '--format', 'sarif'])).stdout);
    expect(out.version).toBe('2.1.0');
    const res = out.runs[0].results[0];
    expect(res.ruleId).toBe('schema/enum');
    expect(res.level).toBe('error');
    expect(res.locations[0].physicalLocation.region).toEqual({ startLine: line, startColumn: 13 });
    expect(out.runs[0].tool.driver.rules[res.ruleIndex].id).toBe('schema/enum');
  });
  test('github', async () => {
    const r = await runCli(['check', file, '--format', 'github']);
    expect(r.stdout).toMatch(new RegExp(`^::error file=.*wrong-sector\\.yaml,line=${line},col=13,title=schema/enum::`, 'm'));
  });
  test('junit', async () => {
    const r = await runCli(['check', file, '--format', 'junit']);
    expect(r.stdout).toContain(`name="schema/enum ${line}:13"`);
    expect(r.stdout).toMatch(/<failure type="error"/);
  });
});

describe('paths', () => {
  test('a directory checks every .yaml/.yml below it', async () => {
    write('tree/a/one.yaml', example);
    write('tree/b/two.yml', example);
    write('tree/notes.txt', 'not a plan');
    const out = JSON.parse((await runCli(['check', path.join(dir, 'tree'), '--format', 'json'])).stdout);
    expect(out.files.map((f: { file: string }) => path.basename(f.file)).sort()).toEqual(['one.yaml', 'two.yml']);
  });
  test('globs', async () => {
    const r = await runCli(['check', 'tree/**/*.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual(['tree/a/one.yaml']);
  });
  test('- reads stdin', async () => {
    const r = await runCli(['check', '-', '--format', 'json'], { input: broken('status: committed', 'status: comitted').text });
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.file).toBe('<stdin>');
    expect(f.findings[0].ruleId).toBe('schema/enum');
  });
  test('a missing path is exit 2 with a message on stderr, and the other files are still checked', async () => {
    const r = await runCli(['check', 'nope.yaml', EXAMPLE_FILE, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yaml');
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
  });
});

describe('options', () => {
  const warn = broken('teknologi:\n      status: met', 'teknologi:\n      status: unmet');
  let file: string;
  beforeAll(() => {
    file = write('warning.yaml', warn.text);
  });
  test('warnings do not fail by default; --fail-on warning does', async () => {
    expect((await runCli(['check', file])).code).toBe(0);
    expect((await runCli(['check', file, '--fail-on', 'warning'])).code).toBe(1);
  });
  test('--quiet shows errors only', async () => {
    const r = await runCli(['check', file, '--quiet']);
    expect(r.stdout).not.toContain('idea/criterion-unmet');
  });
  test('--lang en and KEMITRAAN_LANG', async () => {
    expect((await runCli(['check', file, '--lang', 'en'])).stdout).toContain('Idea criterion not met: teknologi');
    expect((await runCli(['check', file], { env: { KEMITRAAN_LANG: 'en' } })).stdout).toContain('Readiness by step');
    expect((await runCli(['check', file])).stdout).toContain('Kriteria gagasan belum terpenuhi: teknologi');
  });
  test('colour only when asked for, never with NO_COLOR or --no-color', async () => {
    const esc = '\u001b[';
    expect((await runCli(['check', file], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })).stdout).toContain(esc);
    expect((await runCli(['check', file, '--no-color'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })).stdout).not.toContain(esc);
    expect((await runCli(['check', file])).stdout).not.toContain(esc);
  });
  test('--stage: ready to begin a step only when every step before it is complete', async () => {
    // Steps 1-2 only: nobody has signed an agreement yet.
    const early = example.slice(0, example.indexOf('# Langkah 3')).replaceAll('status: signed', 'status: committed').replaceAll(', signed: 2026-01-15', '');
    const f = write('early.yaml', early);
    const ready = await runCli(['check', f, '--stage', 'goals']);
    expect(ready.code).toBe(0);
    expect(ready.stdout).toContain('Siap memulai langkah 3');
    expect(ready.stdout).toContain('bacaan alat ini atas panduan');
    const notReady = await runCli(['check', f, '--stage', '5', '--lang', 'en']);
    expect(notReady.code).toBe(1);
    expect(notReady.stdout).toContain('Not ready to begin step 5 (Build the partnership agreement): step(s) 3, 4 incomplete.');
    const json = JSON.parse((await runCli(['check', f, '--stage', 'kesepakatan', '--format', 'json'])).stdout);
    expect(json.files[0].stage).toEqual({ step: 'agreement', ready: false, pending: ['goals', 'readiness'] });
  });
  test('an unknown step or format is a usage error', async () => {
    expect((await runCli(['check', file, '--stage', 'nine'])).code).toBe(2);
    expect((await runCli(['check', file, '--format', 'xml'])).code).toBe(2);
  });
  test('findings go to stdout, diagnostics to stderr', async () => {
    const r = await runCli(['check', file, 'missing.yaml']);
    expect(r.stdout).toContain('idea/criterion-unmet');
    expect(r.stderr).not.toContain('idea/criterion-unmet');
    expect(r.stderr).toContain('missing.yaml');
  });
});

describe('.kemitraanrc.yaml', () => {
  test('found upward from the file; turns rules off and changes severities', async () => {
    write('cfg/.kemitraanrc.yaml', 'rules:\n  idea/criterion-unmet: error\n  workplan/no-capacity-building: off\n');
    const f = write('cfg/sub/plan.yaml', broken('teknologi:\n      status: met', 'teknologi:\n      status: unmet').text);
    const r = await runCli(['check', f, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings[0]).toMatchObject({ ruleId: 'idea/criterion-unmet', severity: 'error' });
    expect((await runCli(['check', f, '--no-config'])).code).toBe(0);
  });
  test('a bad config is exit 2 with a located message', async () => {
    write('badcfg/.kemitraanrc.yaml', 'rules:\n  idea/criterion-unmett: off\n  plan/dates-order: loud\n');
    const f = write('badcfg/plan.yaml', example);
    const r = await runCli(['check', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.kemitraanrc\.yaml:2:3: .*Aturan "idea\/criterion-unmett" tidak dikenal \("idea\/criterion-unmet"\?\)/);
    expect(r.stderr).toMatch(/\.kemitraanrc\.yaml:3:21: .*Tingkat "loud" tidak valid/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('bad input: each a located finding, and the run goes on with the other files', () => {
  const cases: [name: string, content: string | Buffer, ruleId: string, line: number][] = [
    ['syntax.yaml', 'title: "unclosed\nprogram: stunting\n', 'parse/syntax', 1],
    ['duplicate.yaml', 'schemaVersion: 1\ntitle: A\ntitle: B\n', 'parse/duplicate-key', 3],
    ['tabs.yaml', 'region:\n\tprovince: Aceh\n', 'parse/tab', 2],
    ['empty.yaml', '', 'parse/empty', 1],
    ['comments.yaml', '# nothing here\n# yet\n', 'parse/empty', 1],
    ['binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe]), 'parse/binary', 1],
    ['bomb.yaml', ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n') + '\n', 'parse/alias-limit', 1],
    ['scalar.yaml', 'just a sentence\n', 'schema/type', 1],
    ['types.yaml', 'schemaVersion: "1"\ntitle: 12\nprogram: [stunting]\nregion: Jawa\ninitiator: {name: 5}\n', 'schema/type', 2],
  ];
  test.each(cases)('%s', async (name, content, ruleId, line) => {
    const f = write(`bad/${name}`, content);
    const r = await runCli(['check', f, EXAMPLE_FILE, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    const out = JSON.parse(r.stdout);
    expect(out.files).toHaveLength(2);
    const finding = out.files[0].findings.find((x: { ruleId: string }) => x.ruleId === ruleId);
    expect(finding).toBeDefined();
    expect(finding.line).toBe(line);
    expect(finding.column).toBeGreaterThanOrEqual(1);
  });
  test('a duplicate key is named in full, quoted or not', async () => {
    const out = JSON.parse((await runCli(['check', '-', '--format', 'json', '--lang', 'en'], { input: 'schemaVersion: 1\ntitle: A\ntitle: B\n"quoted key": 1\nquoted key: 2\n' })).stdout);
    expect(out.files[0].findings.map((f: { message: string; line: number }) => `${f.line} ${f.message}`)).toEqual([
      '3 Key "title" appears more than once',
      '5 Key "quoted key" appears more than once',
    ]);
  });
  test('.nan and .inf are named for what they are', async () => {
    const input = 'schemaVersion: 1\ntitle: A\nprogram: tbc\nregion: {province: A, regency: B}\ninitiator: {name: C}\nworkplan:\n  plannedMeetingsPerMonth: .inf\n';
    const f = JSON.parse((await runCli(['check', '-', '--format', 'json', '--lang', 'en'], { input })).stdout).files[0].findings[0];
    expect(f).toMatchObject({ ruleId: 'schema/type', line: 7, message: 'Wrong type: expected a number, found not an ordinary number (.nan or .inf)' });
  });
  test('JSON instead of YAML is read, with an info finding', async () => {
    const f = write('bad/plan.json.yaml', JSON.stringify({ schemaVersion: 1, title: 'T', program: 'tbc', region: { province: 'Aceh', provinceCode: '11', regency: 'Kota Banda Aceh', regencyCode: '11.71' }, initiator: { name: 'Dinkes' } }, null, 2));
    const out = JSON.parse((await runCli(['check', f, '--format', 'json'])).stdout);
    expect(out.files[0].findings.map((x: { ruleId: string }) => x.ruleId)).toEqual(['parse/json']);
  });
  test('a file one byte past the 5 MB limit is refused without reading it, as a finding', async () => {
    const f = path.join(dir, 'bad', 'huge.yaml');
    writeFileSync(f, Buffer.alloc(MAX_PLAN_BYTES + 1, 'a'));
    const r = await runCli(['check', f, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings[0]).toMatchObject({ ruleId: 'parse/too-large', line: 1, column: 1 });
    rmSync(f);
  });
  test('an unknown key is reported at the key, with a spelling suggestion', async () => {
    const { text, line } = broken('  targetGroup: Ibu hamil', '  targetGrup: Ibu hamil');
    const out = JSON.parse((await runCli(['check', '-', '--format', 'json'], { input: text })).stdout);
    const f = out.files[0].findings[0];
    expect(f).toMatchObject({ ruleId: 'schema/additional-property', line, column: 3 });
    expect(f.hint).toContain('("targetGroup"?)');
  });
  test('check never writes files', async () => {
    const before = readdirSync(path.join(dir, 'bad')).sort();
    await runCli(['check', path.join(dir, 'bad')]);
    expect(readdirSync(path.join(dir, 'bad')).sort()).toEqual(before);
  });
});

describe('examples', () => {
  test('kemitraan check examples/ exits 0', async () => {
    const r = await runCli(['check', EXAMPLES]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('output is written file by file', () => {
  test('json and sarif are exactly their canonical pretty-printed JSON, whatever mix of clean and failing files', async () => {
    const clean = write('stream/a-clean.yaml', example);
    const failing = write('stream/b-failing.yaml', broken('sector: akademisi', 'sector: akademik').text);
    write('stream/c-clean.yaml', example);
    for (const args of [[clean], [failing], [path.join(dir, 'stream')]]) {
      for (const format of ['json', 'sarif']) {
        const out = (await runCli(['check', ...args, '--format', format])).stdout;
        expect(out).toBe(JSON.stringify(JSON.parse(out), null, 2) + '\n');
      }
    }
    const json = JSON.parse((await runCli(['check', path.join(dir, 'stream'), '--format', 'json'])).stdout);
    expect(json.files.map((f: { file: string }) => path.basename(f.file))).toEqual(['a-clean.yaml', 'b-failing.yaml', 'c-clean.yaml']);
    // The two clean plans each carry one info: their agreement is signed and nobody assessed the partnership yet.
    expect(json.totals).toEqual({ error: 1, warning: 0, info: 2, files: 3 });
    const sarif = JSON.parse((await runCli(['check', path.join(dir, 'stream'), '--format', 'sarif'])).stdout);
    const errors = sarif.runs[0].results.filter((r: { level: string }) => r.level === 'error');
    const [res] = errors;
    expect(errors).toHaveLength(1);
    expect(sarif.runs[0].tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
  });
});

describe('--cache', () => {
  test('a warm run gives the same output; a foreign or corrupt cache file is an empty cache', async () => {
    const plans = path.join(dir, 'cached');
    write('cached/ok.yaml', example);
    write('cached/bad.yaml', broken('sector: akademisi', 'sector: akademik').text);
    const cacheDir = path.join(dir, 'cache-dir') + path.sep;
    const cold = await runCli(['check', plans, '--format', 'json', '--cache-location', cacheDir]);
    const cacheFile = path.join(cacheDir, 'check-cache.tsv');
    expect(readFileSync(cacheFile, 'latin1').split('\n')[0]).toBe('kemitraan-cache 4');
    expect(readRecords(readFileSync(cacheFile)).size).toBe(2);
    const warm = await runCli(['check', plans, '--format', 'json', '--cache-location', cacheDir]);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.code).toBe(cold.code);
    writeFileSync(cacheFile, 'kemitraan-cache 4\nnot-a-key\t{broken json\n');
    const afterCorruption = await runCli(['check', plans, '--format', 'json', '--cache-location', cacheDir]);
    expect(afterCorruption.stdout).toBe(cold.stdout);
    expect(hasStackTrace(afterCorruption.stderr)).toBe(false);
  });

  test('a hit is read from the cache, and a changed file is checked again', async () => {
    const plans = path.join(dir, 'hit');
    write('hit/bad.yaml', broken('sector: akademisi', 'sector: akademik').text);
    const cacheFile = path.join(dir, 'hit-cache.tsv');
    const args = ['check', plans, '--format', 'json', '--cache', '--cache-location', cacheFile];
    const cold = await runCli(args);
    expect(cold.stdout).toContain('tidak dikenal');
    // Mark the cached result (records are deflated JSON): only a run that reads it can print the mark.
    const records = [...readRecords(readFileSync(cacheFile)).entries()].map(([key, record]) => {
      const json = inflateRawSync(recordPayload(record)!).toString('utf8');
      expect(json).toContain('tidak dikenal');
      const payload = deflateRawSync(Buffer.from(json.replaceAll('tidak dikenal', 'DARI-CACHE')));
      return Buffer.concat([recordHead(key, payload), payload]);
    });
    expect(records).toHaveLength(1);
    writeFileSync(cacheFile, Buffer.concat([Buffer.from(HEADER), ...records]));
    const warm = await runCli(args);
    expect(warm.stdout).toContain('DARI-CACHE');
    expect(warm.stdout).toBe(cold.stdout.replaceAll('tidak dikenal', 'DARI-CACHE'));
    // Different bytes are a different key: computed afresh.
    write('hit/bad.yaml', `${broken('sector: akademisi', 'sector: akademik').text}# changed\n`);
    const changed = await runCli(args);
    expect(changed.stdout).not.toContain('DARI-CACHE');
    expect(changed.stdout).toContain('tidak dikenal');
  });
});

describe('many plans on worker threads (the real binary: workers load compiled files)', () => {
  test('the output is the same, byte for byte, with workers (the binary) and without (in process), in input order', async () => {
    const { workerCount } = await import('../src/commands/worker-pool.js');
    // The forced count is honoured where the compiled worker exists, so the parallel run below really uses a worker.
    // One worker beside the main thread (which checks files too) puts results from two threads into one output as
    // a second worker would, without ~0.1 s of CPU per run for its start-up: the worker takes the first files
    // while the main thread checks the rest, so the output must wait for the worker's and keep the input order.
    expect(workerCount(new URL('../dist/commands/check/worker.js', import.meta.url), 3, { KEMITRAAN_WORKERS: '1' })).toBe(1);
    const { writePlans } = await import('../bench/generate.js');
    const set = path.join(dir, 'many');
    // 13 files: past stylish's summary limit (10) as with more, the first two on the worker (queued to it before
    // it has started) and the rest on the main thread; 30 cost ~0.2 s of CPU more per run, in both runs.
    writePlans(set, 12, { seed: 5 });
    write('many/zz-bad.yaml', broken('sector: akademisi', 'sector: akademik').text);
    // The worker's code cache is made afresh by these runs (see the end of this test).
    const workerCache = path.join(ROOT, 'dist', 'check-worker.cjs.v8cache');
    rmSync(workerCache, { force: true });
    // Formats a worker writes itself (json, stylish, github) and one it hands whole results back for (sarif).
    for (const args of [['--format', 'json'], ['--format', 'stylish'], ['--format', 'github', '--lang', 'en'], ['--format', 'sarif'], ['--format', 'json', '--quiet', '--stage', '5'], ['--stage', '3', '--fail-on', 'info']]) {
      const serial = await runCli(['check', set, ...args], { env: { KEMITRAAN_WORKERS: '0' } });
      const parallel = await runCli(['check', set, ...args], { env: { KEMITRAAN_WORKERS: '1' } });
      expect(serial.code).toBe(1);
      expect(parallel.code).toBe(1);
      expect(serial.stdout.length).toBeGreaterThan(1000);
      expect(parallel.stdout).toBe(serial.stdout);
      expect(parallel.stderr).toBe(serial.stderr);
    }
    // The worker ran from its bundle through the code-cache loader, which wrote the cache at the first run; the
    // next run uses it as it is: written with the V8 flags a run starts its workers with (lean inlining on, the
    // young generation's growth as V8 has it), else every run would compile and write it again.
    expect(readFileSync(workerCache).subarray(0, 5).toString('latin1')).toBe('KMCC3');
    const before = statSync(workerCache);
    const again = await runCli(['check', set], { env: { KEMITRAAN_WORKERS: '1' } });
    expect(again.code).toBe(1);
    // Not written again: a new cache is a new file moved into place (its inode changes), even with the same bytes.
    const after = statSync(workerCache);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  test('the main thread checks files too, beside the workers, and each result is the one checking alone gives', async () => {
    const { WorkerPool } = await import('../src/commands/worker-pool.js');
    const { checkTask } = await import('../src/commands/check/task.js');
    const options = { lang: 'id' as const, today: '2026-11-22' };
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).map((f) => path.join(EXAMPLES, f));
    const tasks = Array.from({ length: 120 }, (_, i) => ({ path: { file: files[i % files.length]!, cwd: '/' } }));
    // Checking is a function of the file and the options: each example checked alone once is what all its tasks
    // must give (checking all 120 again here cost ~0.5 s of CPU).
    const alone = new Map(files.map((file) => [file, JSON.stringify(checkTask({ path: { file, cwd: '/' } }, options))]));
    expect(new Set(alone.values()).size).toBe(files.length); // a result handed to the wrong task would show
    let local = 0;
    // The bundled worker, as the binary starts it (test/check-worker-bundle.test.ts: it answers as the modules do).
    const pool = new WorkerPool(new URL('../dist/check-worker.cjs', import.meta.url), 1, options, {
      local: (t: (typeof tasks)[number], o: typeof options) => {
        local++;
        return checkTask(t, o);
      },
    });
    try {
      const results = await Promise.all(tasks.map((t) => pool.run(t)));
      expect(local).toBeGreaterThan(0);
      expect(local).toBeLessThan(tasks.length); // the worker took its share
      expect(results.map((r) => JSON.stringify(r))).toEqual(tasks.map((t) => alone.get(t.path.file)));
    } finally {
      await pool.close();
    }
  });
});
