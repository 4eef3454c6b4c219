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
import { parseCheckArgs, runCheckFast } from '../src/cli/check-fast.js';
import { run } from '../src/cli/main.js';
import type { CliIO } from '../src/commands/context.js';
// @ts-expect-error: plain JavaScript, the executable itself, no types
import { checksum, loadCachedBundle } from '../bin/kemitraan.cjs';
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
  const loader = path.join(ROOT, 'bin', 'kemitraan.cjs');
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
    expect(readFileSync(cache).subarray(0, 5).toString()).toBe('KMCC3');
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
    expect(header).toContain(`sum:${checksum(readFileSync(file))}:`);

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
    expect(header).not.toContain('sum:');
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
    const damages = [
      (b: Buffer) => b.subarray(0, b.length - 9), (b: Buffer) => flip(b, dataStart + 2), (b: Buffer) => flip(b, dataStart + 100), (b: Buffer) => flip(b, b.length - 20),
      // zero bytes added at the end leave the checksum as it was (the data is padded with zeros): the length refuses them
      (b: Buffer) => Buffer.concat([b, Buffer.alloc(8)]),
    ];
    for (const damage of damages) {
      const bad = damage(Buffer.from(good));
      writeFileSync(cache, bad);
      expect(loadInNewProcess(file)).toBe('11');
      expect(readFileSync(cache)).not.toEqual(bad); // refused, so made again
    }
  });
});

/** The code cache's checksum (bin/kemitraan.cjs) written out with BigInts, to hold the WebAssembly one to. */
function referenceChecksum(bytes: Uint8Array): string {
  const P = 0x9e3779b97f4a7c15n;
  const mix = (x: bigint) => {
    const y = BigInt.asUintN(64, x * P);
    return y ^ (y >> 29n);
  };
  const padded = new Uint8Array(Math.ceil(bytes.length / 32) * 32);
  padded.set(bytes);
  const words = new DataView(padded.buffer);
  const lanes = [0x243f6a8885a308d3n, 0x13198a2e03707344n, 0xa4093822299f31d0n, 0x082efa98ec4e6c89n];
  for (let i = 0; i < padded.length; i += 32) {
    for (let k = 0; k < 4; k++) lanes[k] = mix(lanes[k]! ^ words.getBigUint64(i + 8 * k, true));
  }
  let h = mix(lanes[0]!);
  for (let k = 1; k < 4; k++) h = mix(h ^ lanes[k]!);
  return h.toString(16).padStart(16, '0');
}

describe("the code cache's checksum", () => {
  /** Bytes from a small linear congruential generator: the same on every run. */
  const bytesOf = (length: number, seed: number) => {
    const out = new Uint8Array(length);
    let x = seed;
    for (let i = 0; i < length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      out[i] = x >>> 24;
    }
    return out;
  };

  test('is the sum it is documented to be, at every length around its 8- and 32-byte steps and past a wasm page', () => {
    for (const length of [0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, 1000, 65_504, 65_536, 200_003]) {
      const bytes = bytesOf(length, length + 1);
      expect([length, checksum(bytes)]).toEqual([length, referenceChecksum(bytes)]);
    }
  });

  test('changes with every single changed byte and every cut, and does not depend on where the bytes sit in memory', () => {
    const bytes = bytesOf(300, 7);
    const sums = new Set([checksum(bytes)]);
    for (let i = 0; i < bytes.length; i++) {
      for (const bit of [0x01, 0x80]) {
        const changed = Uint8Array.from(bytes);
        changed[i]! ^= bit;
        sums.add(checksum(changed));
      }
    }
    expect(sums.size).toBe(1 + 2 * bytes.length);
    // Only zero bytes cut off the end keep the sum (the data is padded with zeros): the header's length tells those.
    const withZeros = new Uint8Array(bytes.length + 5);
    withZeros.set(bytes);
    expect(checksum(withZeros)).toBe(checksum(bytes));
    expect(checksum(bytes.subarray(0, 299))).not.toBe(checksum(bytes));
    const offset = Buffer.alloc(bytes.length + 3);
    offset.set(bytes, 3);
    expect(checksum(offset.subarray(3))).toBe(checksum(bytes));
  });
});

describe('the code-cache loader without WebAssembly (node --no-expose-wasm)', () => {
  test('runs the bundle, neither trusting nor writing a cache', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-cc-jitless-'));
    const file = path.join(dir, 'bundle.cjs');
    writeFileSync(file, "'use strict';\nexports.answer = (x) => x * 2 + 1;\n");
    const loader = JSON.stringify(path.join(ROOT, 'bin', 'kemitraan.cjs'));
    const code = `const b = require(${loader}).loadCachedBundle(${JSON.stringify(file)}); process.stdout.write(String(b.exports.answer(5)) + typeof WebAssembly); b.saveCache();`;
    const r = spawnSync(process.execPath, ['--no-expose-wasm', '-e', code], { encoding: 'utf8' });
    expect({ out: r.stdout, err: r.stderr }).toEqual({ out: '11undefined', err: '' });
    expect(existsSync(`${file}.v8cache`)).toBe(false);
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

  test('the real bundle carries its build id, which names it in its cache instead of a checksum of its megabyte', () => {
    const bundle = readFileSync(path.join(ROOT, 'dist', 'check-fast.cjs'), 'latin1');
    const id = /\n\/\/# kemitraan-build ([0-9a-f]{32})\n$/.exec(bundle)?.[1];
    expect(id).toBeDefined();
    runCli(['check', EXAMPLE]);
    const header = readFileSync(path.join(ROOT, 'dist', 'check-fast.cjs.v8cache')).subarray(0, 300).toString('latin1').split('\n')[0]!;
    expect(header).toContain(` build:${id}:${Buffer.byteLength(bundle, 'latin1')} `);
  });

  test("a check of one plan loads none of Node's modules it does not use (no streams, zlib or node:module), stderr a pipe", () => {
    const bin = JSON.stringify(path.join(ROOT, 'bin', 'kemitraan.cjs'));
    // A file, not `node -e` (which loads node:module itself); stdout is /dev/null (a file, written straight
    // through its descriptor), stderr a pipe not written to; the list is taken before stderr is touched.
    const probe = path.join(mkdtempSync(path.join(tmpdir(), 'kemitraan-probe-')), 'probe.cjs');
    writeFileSync(probe, `process.argv = [process.argv[0], ${bin}, 'check', ${JSON.stringify(EXAMPLE)}];
process.on('exit', () => {
  const loaded = process.moduleLoadList.filter((m) => /^NativeModule (fs\\/promises|readline|os|worker_threads|zlib|module|vm\\/module|stream|net|tty|internal\\/streams\\/(readable|writable))$/.test(m));
  require('node:fs').writeSync(2, JSON.stringify(loaded));
});
require(${bin}).start();`);
    const r = spawnSync(process.execPath, [probe], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
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
    expect(header).toMatch(/^KMCC3 .* build:[0-9a-f]{32}:\d+ \d+ [0-9a-f]{16}$/);
    expect(existsSync(path.join(ROOT, 'dist', 'cli.cjs.other.v8cache'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'dist', 'cli.cjs.no-such-command.v8cache'))).toBe(false);
  });
});

