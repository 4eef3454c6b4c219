/**
 * check's fast path (no commander, one bundle, a V8 code cache) gives exactly what the full command line gives,
 * hands everything it does not take plainly to commander, and its code cache is only ever a speed-up: missing,
 * corrupt, stale or unwritable, the command runs the same.
 */
import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { parseCheckArgs, runCheckFast } from '../src/cli/check-fast.js';
import { run } from '../src/cli/main.js';
import type { CliIO } from '../src/commands/context.js';
// @ts-expect-error: plain JavaScript beside the executable, no types
import { loadCachedBundle } from '../bin/cached-bundle.cjs';
import { BIN, ROOT, runCli, runInProcess } from './helpers/cli.js';
import { SUBCOMMANDS } from '../src/cli/command-name.js';

function memoryIo(env: Record<string, string> = {}): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => { out += s; return true; } },
    stderr: { write: (s: string) => { err += s; return true; } },
    stdin: Readable.from([]) as unknown as CliIO['stdin'],
    cwd: ROOT,
    env: { NO_COLOR: '1', KEMITRAAN_TODAY: '2026-11-22', ...env },
    out: () => out,
    err: () => err,
  };
}

const EXAMPLE = 'examples/stunting-sumedang.yaml';
const DRAFT = 'test/hostile/wrong-types.yaml';
const BROKEN = 'test/hostile/duplicate-key.yaml';

describe('parseCheckArgs', () => {
  test('takes the plain spellings of every option', () => {
    expect(parseCheckArgs(['a.yaml', '-f', 'json', '--fail-on=warning', '-q', '--stage', '5', '-c', 'rc.yaml', '--cache', '--cache-location', 'c/', '--lang', 'en', '--no-color', 'b.yaml'])).toEqual({
      paths: ['a.yaml', 'b.yaml'],
      options: { format: 'json', failOn: 'warning', quiet: true, stage: '5', config: 'rc.yaml', cache: true, cacheLocation: 'c/', lang: 'en', color: false },
    });
    expect(parseCheckArgs(['-', '--no-config'])).toEqual({ paths: ['-'], options: { format: 'stylish', failOn: 'error', config: false } });
  });

  test('collects every --ignore, and keeps !pattern arguments as paths', () => {
    expect(parseCheckArgs(['plans/**', '!plans/old/**', '--ignore', 'a/**', '--ignore=b.yaml'])).toEqual({
      paths: ['plans/**', '!plans/old/**'],
      options: { format: 'stylish', failOn: 'error', ignore: ['a/**', 'b.yaml'] },
    });
    expect(parseCheckArgs(['a.yaml', '--ignore'])).toBeUndefined();
  });

  test.each([
    ['help', ['--help']], ['help after a path', ['a.yaml', '-h']], ['no path', ['--quiet']], ['an unknown option', ['a.yaml', '--colour']],
    ['a repeated option', ['a.yaml', '-f', 'json', '-f', 'sarif']], ['--config with --no-config', ['a.yaml', '-c', 'x', '--no-config']],
    ['a format outside the choices', ['a.yaml', '-f', 'pdf']], ['a level outside the choices', ['a.yaml', '--fail-on', 'never']],
    ['a language outside the choices', ['a.yaml', '--lang', 'jv']], ['an option group', ['a.yaml', '-qf', 'json']], ['an attached value', ['a.yaml', '-fjson']],
    ['the -- separator', ['--', 'a.yaml']], ['a missing value', ['a.yaml', '--stage']], ['a flag with a value', ['a.yaml', '--quiet=yes']],
  ])('leaves %s to commander', (_name, args) => {
    expect(parseCheckArgs(args)).toBeUndefined();
  });
});

describe('the fast path and the full command line print the same', () => {
  test.each([
    [[EXAMPLE]], [[DRAFT]], [[BROKEN]], [[DRAFT, '--format', 'json']], [[DRAFT, '-f', 'sarif', '--lang', 'en']], [[DRAFT, '--fail-on', 'info', '-q']],
    [[EXAMPLE, '--stage', '5']], [[EXAMPLE, '--stage', 'sembilan']], [['tidak-ada.yaml', EXAMPLE]], [[DRAFT, '--no-config', '-f', 'github']],
    [['examples/*.yaml', '--ignore', 'examples/[p-z]*', '-f', 'json']], [['examples/{stunting,tbc}-*.yaml', '!examples/tbc*']], [['examples/*.yml']],
  ])('check %j', async (args) => {
    const fast = memoryIo();
    const full = memoryIo();
    const fastCode = await runCheckFast(args, fast);
    const fullCode = await run(['check', ...args], full);
    expect(fastCode).toBeDefined();
    expect({ code: fastCode, out: fast.out(), err: fast.err() }).toEqual({ code: fullCode, out: full.out(), err: full.err() });
  });

  test('started through npx, both print the same hints', async () => {
    const fast = memoryIo({ npm_command: 'exec' });
    const full = memoryIo({ npm_command: 'exec' });
    const args = ['test/hostile/empty.yaml', EXAMPLE, '--stage', '8'];
    expect(await runCheckFast(args, fast)).toBe(await run(['check', ...args], full));
    expect(fast.out() + fast.err()).toBe(full.out() + full.err());
  });

  test('arguments it does not take come back undefined, with nothing printed', async () => {
    const io = memoryIo();
    expect(await runCheckFast(['--help'], io)).toBeUndefined();
    expect(io.out() + io.err()).toBe('');
  });
});

/**
 * Loads a bundle in a new process, as the binary does: in this one V8 would take the script it compiled before
 * from its own in-memory cache and never look at the cache file.
 */
function loadInNewProcess(file: string): string {
  const loader = path.join(ROOT, 'bin', 'cached-bundle.cjs');
  const code = `const b = require(${JSON.stringify(loader)}).loadCachedBundle(${JSON.stringify(file)}); process.stdout.write(String(b.exports.answer(5))); b.saveCache();`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

function flip(bytes: Buffer, at: number): Buffer {
  bytes[at] = bytes[at]! ^ 0x10;
  return bytes;
}

describe('the code-cache loader', () => {
  const fixture = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-cc-'));
    const file = path.join(dir, 'bundle.cjs');
    writeFileSync(file, "'use strict';\nexports.answer = (x) => x * 2 + require('node:path').sep.length;\n");
    return { dir, file, cache: `${file}.v8cache` };
  };
  /** A fixture whose cache a first run has written. */
  const cachedFixture = () => {
    const f = fixture();
    const first = loadCachedBundle(f.file);
    first.exports.answer(1);
    first.saveCache();
    return f;
  };

  test('writes a cache after the first run and uses it on the next', () => {
    const { file, cache } = fixture();
    const first = loadCachedBundle(file);
    expect(first.exports.answer(20)).toBe(41);
    first.saveCache();
    expect(readFileSync(cache).subarray(0, 5).toString()).toBe('KMCC2');
    const before = readFileSync(cache);
    const second = loadCachedBundle(file);
    expect(second.exports.answer(1)).toBe(3);
    second.saveCache();
    expect(readFileSync(cache)).toEqual(before); // accepted, so not rewritten
  });

  test('a corrupted cache is ignored and rewritten, never run (V8 would crash on it)', () => {
    const { file, cache } = cachedFixture();
    const bytes = readFileSync(cache);
    for (let i = bytes.length - 40; i < bytes.length - 33; i++) bytes[i] = bytes[i]! ^ 0xff;
    writeFileSync(cache, bytes);
    expect(loadInNewProcess(file)).toBe('11');
    expect(readFileSync(cache)).not.toEqual(bytes);
  });

  test('a cache of another source is not used; an unwritable place or a missing bundle only cost speed', () => {
    const { dir, file, cache } = fixture();
    loadCachedBundle(file).saveCache();
    writeFileSync(file, "'use strict';\nexports.answer = () => 'baru';\n");
    const changed = loadCachedBundle(file);
    expect(changed.exports.answer()).toBe('baru');
    changed.saveCache();
    const header = readFileSync(cache).subarray(0, 200).toString('latin1').split('\n')[0];
    expect(header).toContain(String(crc32(readFileSync(file, 'utf8'))));

    const ro = mkdtempSync(path.join(tmpdir(), 'kemitraan-cc-ro-'));
    const roFile = path.join(ro, 'bundle.cjs');
    copyFileSync(file, roFile);
    chmodSync(ro, 0o555);
    const unwritable = loadCachedBundle(roFile);
    expect(unwritable.exports.answer()).toBe('baru');
    expect(() => unwritable.saveCache()).not.toThrow();
    expect(loadCachedBundle(path.join(dir, 'missing.cjs'))).toBeUndefined();
  });

  test("a built bundle is named by the build id on its last line: another id, the cache is not used", () => {
    const { file, cache } = fixture();
    const built = (id: string, answer: string) => `'use strict';\nexports.answer = () => '${answer}';\n//# kemitraan-build ${id}\n`;
    writeFileSync(file, built('a'.repeat(32), 'lama'));
    loadCachedBundle(file).saveCache();
    const header = readFileSync(cache).subarray(0, 200).toString('latin1').split('\n')[0]!;
    expect(header).toContain(`build:${'a'.repeat(32)}:`);
    expect(header).not.toContain('crc:');
    // Same length, other content and id (a rebuild): compiled afresh, never the old code.
    writeFileSync(file, built('b'.repeat(32), 'baru'));
    const rebuilt = loadCachedBundle(file);
    expect(rebuilt.exports.answer()).toBe('baru');
    rebuilt.saveCache();
    expect(readFileSync(cache).subarray(0, 200).toString('latin1')).toContain(`build:${'b'.repeat(32)}:`);
  });

  test('a cache whose data is cut short or has a byte changed is refused by the checksum, not run', () => {
    const { file, cache } = cachedFixture();
    const good = readFileSync(cache);
    const dataStart = good.indexOf(0x0a) + 1;
    const damages = [(b: Buffer) => b.subarray(0, b.length - 9), (b: Buffer) => flip(b, dataStart + 2), (b: Buffer) => flip(b, dataStart + 100), (b: Buffer) => flip(b, b.length - 20)];
    for (const damage of damages) {
      const bad = damage(Buffer.from(good));
      writeFileSync(cache, bad);
      expect(loadInNewProcess(file)).toBe('11');
      expect(readFileSync(cache)).not.toEqual(bad); // refused, so made again
    }
  });
});

describe('the real binary', () => {
  test('a corrupted code cache of the real bundle: the same output as the full command line', () => {
    const cache = path.join(ROOT, 'dist', 'check-fast.cjs.v8cache');
    runCli(['check', EXAMPLE]);
    expect(existsSync(cache)).toBe(true);
    const bytes = readFileSync(cache);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(cache, bytes);
    const fast = runCli(['check', DRAFT, '--format', 'json']);
    const full = runCli(['check', DRAFT, '--format', 'json'], { env: { KEMITRAAN_FAST_PATH: '0' } });
    expect(fast).toEqual(full);
    expect(fast.code).toBe(1);
    expect(BIN).toContain('kemitraan.cjs');
  });

  test('the real bundle carries its build id, which names it in its cache instead of a crc32 of its megabyte', () => {
    const bundle = readFileSync(path.join(ROOT, 'dist', 'check-fast.cjs'), 'latin1');
    const id = /\n\/\/# kemitraan-build ([0-9a-f]{32})\n$/.exec(bundle)?.[1];
    expect(id).toBeDefined();
    runCli(['check', EXAMPLE]);
    const header = readFileSync(path.join(ROOT, 'dist', 'check-fast.cjs.v8cache')).subarray(0, 300).toString('latin1').split('\n')[0]!;
    expect(header).toContain(` build:${id}:${Buffer.byteLength(bundle, 'latin1')} `);
  });

  test("a check of one plan loads none of Node's modules it does not use (fs/promises, readline, os, worker_threads)", () => {
    const bin = JSON.stringify(path.join(ROOT, 'bin', 'kemitraan.cjs'));
    const probe = `process.argv = [process.argv[0], ${bin}, 'check', ${JSON.stringify(EXAMPLE)}];
process.on('exit', () => process.stderr.write(JSON.stringify(process.moduleLoadList.filter((m) => /^NativeModule (fs\\/promises|readline|os|worker_threads)$/.test(m)))));
require(${bin});`;
    const r = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('[]');
  });

  test('a glob through the bundle: minimatch, kept out of it, is required at run time and finds the files', () => {
    const r = runCli(['check', 'examples/*.yaml', '!examples/tbc*', '--ignore', 'examples/[p-s]*', '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual(['examples/imunisasi-lombok-timur.yaml']);
    expect(readFileSync(path.join(ROOT, 'dist', 'check-fast.cjs'), 'utf8')).not.toMatch(/\bvar import_minimatch\s*=/);
  });
});

describe('the whole command line from its bundle (dist/cli.cjs)', () => {
  test("the binary's list of commands, one code cache each, is the CLI's", () => {
    const list = /const COMMANDS = \[([^\]]*)\]/.exec(readFileSync(BIN, 'utf8'))?.[1];
    expect(list?.split(',').map((x) => x.trim().replace(/'/g, ''))).toEqual(SUBCOMMANDS.split('|'));
  });

  test('prints what the modules print, and keeps a code cache per command', async () => {
    const bundle = readFileSync(path.join(ROOT, 'dist', 'cli.cjs'), 'latin1');
    expect(bundle).toMatch(/\n\/\/# kemitraan-build [0-9a-f]{32}\n$/);
    expect(bundle).not.toMatch(/\bimport\(/);
    // The bundle as users run it, against the modules run in this process (the binary without its bundle,
    // KEMITRAAN_BUNDLE=0, runs in assess-lazy.test.ts).
    for (const args of [['report', EXAMPLE, '-f', 'json'], ['render', 'mou', EXAMPLE], ['check', DRAFT, '--help'], ['no-such-command']]) {
      const bundled = runCli(args);
      expect([args, bundled]).toEqual([args, await runInProcess(args)]);
    }
    const cache = path.join(ROOT, 'dist', 'cli.cjs.report.v8cache');
    const header = readFileSync(cache).subarray(0, 300).toString('latin1').split('\n')[0]!;
    expect(header).toMatch(/^KMCC2 .* build:[0-9a-f]{32}:\d+ \d+$/);
    expect(existsSync(path.join(ROOT, 'dist', 'cli.cjs.other.v8cache'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'dist', 'cli.cjs.no-such-command.v8cache'))).toBe(false);
  });
});

