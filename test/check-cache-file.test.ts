/**
 * The `check --cache` file as it is written and read (format 4, see cache-format.ts): new results go to a
 * temporary file beside the cache as they are computed (memory stays flat), the cache is replaced atomically at
 * the end and only then, a run that stops early leaves it as it was, and whatever is in the file — cut short,
 * damaged, another format, two runs at once — is either a whole record whose checksum holds or a miss that is
 * computed again, never a wrong result or a crash.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { CheckCache, todayAmong } from '../src/commands/check/cache.js';
import { HEADER, readRecords, recordPayload } from '../src/commands/check/cache-format.js';
import type { FileResult } from '../src/check/engine.js';
import { EXAMPLES, runCli, runInProcess } from './helpers/cli.js';
import { checkTask } from '../src/commands/check/task.js';
import { YoungGenerationCap } from '../src/commands/check/young-generation.js';
import v8 from 'node:v8';
import { crc32 } from 'node:zlib';

const TODAY = '2026-11-27';
let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-cache-file-'));
  file = path.join(dir, 'cache', 'check-cache.tsv');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = () => CheckCache.open(file, '1', 'id', TODAY);
const plan = (i: number) => Buffer.from(`name: rencana ${i}\n`);
/** A result of some size, different for each plan (about 1.5 KB deflated: hashes do not shrink much). */
function result(i: number, name = `p${i}.yaml`): FileResult {
  const hash = (s: string) => createHash('sha256').update(s).digest('base64');
  const findings = Array.from({ length: 20 }, (_, k) => ({
    ruleId: 'plan/dates-order' as const, severity: 'warning' as const, message: `pesan ${hash(`${i}/${k}`)}${hash(`${k}/${i}`)}`, hint: `saran ${k}`, file: name, line: k + 1, column: 3, pointer: `/x/${k}`,
  }));
  return { file: name, findings };
}
const temporaryFiles = () => readdirSync(path.dirname(file)).filter((f) => f.endsWith('.tmp'));

/** A cache of `n` results written by one run; returns the keys in order. */
async function writeCache(n: number): Promise<string[]> {
  const cache = await open();
  const keys = Array.from({ length: n }, (_, i) => cache.key(plan(i), undefined));
  keys.forEach((k, i) => cache.set(k, result(i)));
  await cache.save();
  return keys;
}

describe('writing', () => {
  test('results go to a temporary file as they come; the cache takes its place only at the end', async () => {
    await writeCache(1);
    const before = readFileSync(file);
    const cache = await open();
    for (let i = 0; i < 500; i++) cache.set(cache.key(plan(1000 + i), undefined), result(1000 + i));
    // Streamed: most of 500 results (~1.5 KB each) are on disk already, not in memory; the cache is untouched.
    const [tmp] = temporaryFiles();
    expect(tmp).toBeDefined();
    expect(statSync(path.join(path.dirname(file), tmp!)).size).toBeGreaterThan(512 * 1024);
    expect(readFileSync(file)).toEqual(before);
    await cache.save();
    expect(temporaryFiles()).toEqual([]);
    const records = readRecords(readFileSync(file));
    expect(records.size).toBe(501); // the new results and the one kept from before
    for (const record of records.values()) expect(recordPayload(record)).toBeDefined();
    const again = await open();
    expect(again.get(again.key(plan(1000 + 499), undefined), 'q.yaml')).toEqual(result(1000 + 499, 'q.yaml'));
    expect(again.get(again.key(plan(0), undefined), 'q.yaml')).toEqual(result(0, 'q.yaml'));
  });

  test('a run that only reads (every file a hit) writes nothing', async () => {
    const keys = await writeCache(3);
    const before = statSync(file);
    const cache = await open();
    keys.forEach((k, i) => expect(cache.get(k, `p${i}.yaml`)).toEqual(result(i)));
    await cache.save();
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(temporaryFiles()).toEqual([]);
  });

  test('a run given up (discard) leaves the cache as it was and no temporary file', async () => {
    await writeCache(2);
    const before = readFileSync(file);
    const cache = await open();
    for (let i = 0; i < 300; i++) cache.set(cache.key(plan(500 + i), undefined), result(500 + i));
    expect(temporaryFiles()).toHaveLength(1);
    await cache.discard();
    expect(temporaryFiles()).toEqual([]);
    expect(readFileSync(file)).toEqual(before);
  });

  test('the same bytes twice in one run: the second is read back from the new file, stored once', async () => {
    const cache = await open();
    const key = cache.key(plan(1), undefined);
    expect(cache.get(key, 'a.yaml')).toBeUndefined();
    cache.set(key, result(1, 'a.yaml'));
    for (let i = 0; i < 300; i++) cache.set(cache.key(plan(2000 + i), undefined), result(2000 + i)); // flushed past it
    expect(cache.get(key, 'b.yaml')).toEqual(result(1, 'b.yaml'));
    cache.set(key, result(1, 'b.yaml')); // both were in flight: the second result is not stored again
    expect(cache.hits).toBe(1);
    await cache.save();
    expect(readRecords(readFileSync(file)).size).toBe(301);
  });

  test('two runs at once: the cache is one run\'s whole file, never a mix, and no temporary file is left', async () => {
    const a = await open();
    const b = await open();
    for (let i = 0; i < 300; i++) {
      a.set(a.key(plan(i), undefined), result(i));
      b.set(b.key(plan(10_000 + i), undefined), result(10_000 + i));
    }
    await Promise.all([a.save(), b.save()]);
    const records = readRecords(readFileSync(file));
    expect(records.size).toBe(300);
    for (const record of records.values()) expect(recordPayload(record)).toBeDefined();
    expect(temporaryFiles()).toEqual([]);
  });
});

describe('reading what is there', () => {
  test('a file cut anywhere: the whole records before the cut are hits, the rest misses, and it is rewritten whole', async () => {
    const keys = await writeCache(5);
    const whole = readFileSync(file);
    const starts = [...readRecords(whole).values()].map((r) => r.byteOffset - whole.byteOffset);
    for (const cut of [HEADER.length - 1, HEADER.length, starts[2]! + 5, starts[2]! + 60, starts[3]! - 1, starts[3]!, whole.length - 1]) {
      writeFileSync(file, whole.subarray(0, cut));
      const cache = await open();
      const hits = keys.map((k, i) => cache.get(k, `p${i}.yaml`) !== undefined);
      const wholeRecords = starts.filter((_, i) => (starts[i + 1] ?? whole.length) <= cut).length;
      expect(hits).toEqual(keys.map((_, i) => i < wholeRecords));
      keys.forEach((k, i) => {
        if (!hits[i]) cache.set(k, result(i));
      });
      await cache.save();
      expect(readRecords(readFileSync(file)).size).toBe(5);
    }
    truncateSync(file, 0); // an empty file may become a cache
    expect((await open()).get(keys[0]!, 'p0.yaml')).toBeUndefined();
  });

  test('a damaged payload fails its checksum: a miss, computed again and stored over it', async () => {
    const keys = await writeCache(3);
    const bytes = readFileSync(file);
    const record = [...readRecords(bytes).values()][1]!;
    const at = record.byteOffset - bytes.byteOffset + record.length - 10;
    bytes[at] = bytes[at]! ^ 0x20;
    writeFileSync(file, bytes);
    const cache = await open();
    expect(cache.get(keys[0]!, 'p0.yaml')).toEqual(result(0));
    expect(cache.get(keys[1]!, 'p1.yaml')).toBeUndefined();
    cache.set(keys[1]!, result(1));
    expect(cache.get(keys[1]!, 'p1.yaml')).toEqual(result(1));
    await cache.save();
    const next = await open();
    keys.forEach((k, i) => expect(next.get(k, `p${i}.yaml`)).toEqual(result(i)));
  });

  test('a cache of another format (3: base64 lines) or with garbage after the header is empty, and replaced', async () => {
    for (const content of ['kemitraan-cache 3\nabc\tZm9v\n', `${HEADER}not a record\n\u0000\u0001`, `${HEADER}${'x'.repeat(43)}\t99999999\t00000000\n`]) {
      mkdirFor(file);
      writeFileSync(file, content);
      const cache = await open();
      const key = cache.key(plan(1), undefined);
      expect(cache.get(key, 'p1.yaml')).toBeUndefined();
      cache.set(key, result(1));
      await cache.save();
      expect(readFileSync(file, 'latin1').startsWith(HEADER)).toBe(true);
      expect(readRecords(readFileSync(file)).size).toBe(1);
    }
  });
});

describe('the key', () => {
  test('today among the plan\'s dates: read from the bytes exactly as the pattern /\\d{4}-\\d{2}-\\d{2}/g reads the text', () => {
    const reference = (bytes: Uint8Array, today: string): string => {
      const dates = Buffer.from(bytes).toString('latin1').match(/\d{4}-\d{2}-\d{2}/g) ?? ([] as string[]);
      return `${new Set(dates.filter((d) => d < today)).size}${dates.includes(today) ? '=' : '<'}`;
    };
    const piece = fc.oneof(fc.constantFrom('2026-11-27', '2026-11-26', '2027-01-01', '1999-12-31', '0', '9', '-', '12345-67-890', 'é', '\n'), fc.string({ maxLength: 4 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('2026-11-27', '2000-01-01'), (pieces, today) => {
      const bytes = Buffer.from(pieces.join(''), 'utf8');
      expect(todayAmong(bytes, today)).toBe(reference(bytes, today));
    }), { numRuns: 2000 });
  });
});

describe('the main thread\'s young generation', () => {
  test('its growth stops only once the workers\' have grown, and V8\'s flags are as before when the run ends (code caches stay valid)', () => {
    const tag = v8.cachedDataVersionTag();
    const pool = { workersGrown: false };
    const cap = new YoungGenerationCap(pool);
    for (let i = 0; i < 64; i++) cap.check();
    expect(v8.cachedDataVersionTag()).toBe(tag); // not yet: a worker still growing would be held small
    pool.workersGrown = true;
    for (let i = 0; i < 8; i++) cap.check();
    expect(v8.cachedDataVersionTag()).not.toBe(tag); // the growth factor is 1 now
    cap.release();
    expect(v8.cachedDataVersionTag()).toBe(tag);
  });
});

describe('the command', () => {
  test('with a worker (the real binary): cold and warm output byte for byte that of a run without the cache (in process), one record per distinct file', async () => {
    const { writePlans } = await import('../bench/generate.js');
    const plans = path.join(dir, 'plans');
    // 8 generated plans, the examples and a copy: 14 files, past stylish's summary limit (10) as with more.
    writePlans(plans, 8, { seed: 7 });
    for (const f of readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml'))) writeFileSync(path.join(plans, `ex-${f}`), readFileSync(path.join(EXAMPLES, f)));
    writeFileSync(path.join(plans, 'zz-copy.yaml'), readFileSync(path.join(plans, `ex-${readdirSync(EXAMPLES).find((n) => n.endsWith('.yaml'))}`)));
    const distinct = new Set(readdirSync(plans).map((f) => readFileSync(path.join(plans, f)).toString('latin1'))).size;
    const env = { KEMITRAAN_WORKERS: '1' };
    for (const format of ['stylish', 'json']) {
      const plain = await runInProcess(['check', plans, '-f', format], { env: { KEMITRAAN_WORKERS: '0' } });
      const location = path.join(dir, `cache-${format}`, 'c.tsv');
      const cold = await runCli(['check', plans, '-f', format, '--cache-location', location], { env });
      expect([cold.code, cold.stderr]).toEqual([plain.code, plain.stderr]);
      expect(cold.stdout).toBe(plain.stdout);
      expect(readRecords(readFileSync(location)).size).toBe(distinct);
      const warm = await runCli(['check', plans, '-f', format, '--cache-location', location], { env });
      expect(warm.stdout).toBe(plain.stdout);
      expect(readdirSync(path.dirname(location))).toEqual(['c.tsv']);
    }
  });

  test('a task asked for it returns the checksum of the bytes it checked (a file changed between two reads is not stored)', () => {
    const file = path.join(EXAMPLES, readdirSync(EXAMPLES).find((n) => n.endsWith('.yaml'))!);
    const r = checkTask({ path: { file, cwd: '/' }, fingerprint: true }, { lang: 'id', today: TODAY });
    expect(r).toMatchObject({ fingerprint: crc32(readFileSync(file)) });
    expect(checkTask({ path: { file, cwd: '/' } }, { lang: 'id', today: TODAY })).not.toHaveProperty('fingerprint');
  });

  test('a cache that cannot be written: the output is whole, the exit code the same, one line on stderr', async () => {
    writeFileSync(path.join(dir, 'a-file'), '');
    const plain = await runInProcess(['check', EXAMPLES, '-f', 'json'], { cwd: dir });
    const cached = await runInProcess(['check', EXAMPLES, '-f', 'json', '--cache-location', 'a-file/sub/cache.tsv'], { cwd: dir });
    expect(cached.code).toBe(plain.code);
    expect(cached.stdout).toBe(plain.stdout);
    expect(cached.stderr).toMatch(/a-file\/sub\/cache\.tsv/);
    expect(cached.stderr.trim().split('\n')).toHaveLength(1);
  });
});

function mkdirFor(f: string): void {
  rmSync(path.dirname(f), { recursive: true, force: true });
  mkdirSync(path.dirname(f), { recursive: true });
}
