#!/usr/bin/env node
// The kemitraan executable. CommonJS, because Node's ES module loader costs a tenth of a `node -e 0` to set up
// before anything runs, and the commands people run in loops should not pay it:
// - `--version` answers without loading the CLI;
// - `check PATH...` written plainly runs from one bundle compiled with a code cache (no commander, see
//   src/cli/check-fast.ts);
// - everything else, and check arguments that path does not take, runs the whole command line (real streams,
//   failed output = exit 2), whose returned number becomes the exit code: from one bundle too (dist/cli.cjs),
//   with a code cache per command, each holding what that command compiles. KEMITRAAN_BUNDLE=0 runs the
//   unbundled modules of dist/ instead (dist/cli/process.js), as the tests of src/ see them.
//
// One file, three parts (the code-cache checksum, the code-cache loader, the command line), because requiring
// another file from here costs ~1.6 M instructions at every start (resolving, reading and compiling it, and
// Node's loader compiling its own functions for a relative require), 2% of a `node -e 0`, and `check` starts
// within a few percent of it. Run directly, it runs the command line; required (the tests; bin/kemitraan.js),
// it only exports its parts.
'use strict';
const { readFileSync, writeFileSync, writeSync, renameSync, rmSync } = require('node:fs');
const path = require('node:path');
const { isAscii } = require('node:buffer');

// ---------------------------------------------------------------------------------------------------------------
// The code cache's checksum: 64 bits, computed by a 230-byte WebAssembly function. V8 does not reject a corrupted
// code cache, it crashes on it, so the loader trusts a cache only when this matches. Not node:zlib's crc32 (the
// loader's checksum before): loading node:zlib loads Node's streams with it, ~8 M instructions at every start,
// where this costs ~3 M less for a 760 KB cache and loads no module at all. Not V8's own code-cache checksum
// (--verify-snapshot-checksum, set at run time): it needs node:v8 loaded, which loads the streams too.
//
// The sum: four lanes over the data read as little-endian 64-bit words, lane k taking the words k, k+4, k+8, …
// (the data padded with zeros to 32 bytes); each step `x = (lane ^ word) * P; lane = x ^ (x >>> 29)` with P odd,
// a bijection of the lane for a fixed word and of the word for a fixed lane; the fold at the end,
// `h = M(M(M(M(a) ^ b) ^ c) ^ d)` with M(x) = x * P then x ^ (x >>> 29), a bijection of each lane. So any change
// confined to one aligned 8-byte word always changes the sum, and other changes escape with a chance of about
// 2^-64; the length is in the header too. Not a defence against anyone writing the cache on purpose: whoever can
// write it can write the bundle. test/check-fast.test.ts holds it to a BigInt implementation of the same sum.

/** A step of lane `L` (a local) over the word at offset `off` from $i. */
const checksumStep = (L, off) => [
  0x20, L, 0x20, 0x01, 0x29, 0x03, off, 0x85, // local.get L; local.get $i; i64.load align=8 offset=off; i64.xor
  0x20, 0x06, 0x7e, 0x22, L, // local.get $p; i64.mul; local.tee L
  0x20, L, 0x42, 29, 0x88, 0x85, 0x21, L, // local.get L; i64.const 29; i64.shr_u; i64.xor; local.set L
];
/** M(x) for x on the stack, through $a (local 2): x * P, then x ^ (x >>> 29). */
const MIX = [0x20, 0x06, 0x7e, 0x22, 0x02, 0x20, 0x02, 0x42, 29, 0x88, 0x85];
/** The module's bytes, put together only where a checksum is needed (`--version` never needs one). */
function checksumModule() {
  const code = [
    0x02, 0x01, 0x7f, 0x05, 0x7e, // locals: $i i32 (local 1; the parameter $n is local 0); $a $b $c $d $p i64 (2-6)
    0x42, 0x95, 0xf8, 0xa9, 0xfa, 0x97, 0xb7, 0xde, 0x9b, 0x9e, 0x7f, 0x21, 0x06, // $p = 0x9e3779b97f4a7c15
    // the lanes' seeds, the first hex digits of pi (i64.const takes signed LEB128)
    0x42, 0xd3, 0x91, 0x8c, 0xad, 0x88, 0xd1, 0xda, 0x9f, 0x24, 0x21, 0x02, // $a = 0x243f6a8885a308d3
    0x42, 0xc4, 0xe6, 0xc1, 0x9b, 0xe0, 0xc5, 0xe2, 0x8c, 0x13, 0x21, 0x03, // $b = 0x13198a2e03707344
    0x42, 0xd0, 0xe3, 0xfc, 0xcc, 0xa2, 0x84, 0xce, 0x84, 0xa4, 0x7f, 0x21, 0x04, // $c = 0xa4093822299f31d0
    0x42, 0x89, 0xd9, 0xb9, 0xe2, 0x8e, 0xd3, 0xbe, 0x97, 0x08, 0x21, 0x05, // $d = 0x082efa98ec4e6c89
    0x02, 0x40, 0x03, 0x40, // block; loop
    0x20, 0x01, 0x20, 0x00, 0x4f, 0x0d, 0x01, // br_if (leave the block) $i >= $n
    ...checksumStep(2, 0), ...checksumStep(3, 8), ...checksumStep(4, 16), ...checksumStep(5, 24),
    0x20, 0x01, 0x41, 32, 0x6a, 0x21, 0x01, // $i += 32
    0x0c, 0x00, 0x0b, 0x0b, // br (again); end loop; end block
    0x20, 0x02, ...MIX, 0x20, 0x03, 0x85, ...MIX, 0x20, 0x04, 0x85, ...MIX, 0x20, 0x05, 0x85, ...MIX, // the fold
    0x0b, // end: the fold is the result
  ];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7e, // types: one, (i32) -> i64
    0x02, 0x08, 0x01, 0x01, 0x6d, 0x01, 0x6d, 0x02, 0x00, 0x01, // imports: one, memory "m" "m" of at least 1 page
    0x03, 0x02, 0x01, 0x00, // functions: one, of type 0
    0x07, 0x05, 0x01, 0x01, 0x68, 0x00, 0x00, // exports: one, "h" = function 0
    ...section(0x0a, [0x01, ...uleb(code.length), ...code]), // code: one body
  ]);
}

/** A wasm section: its id, its size, its content. */
function section(id, content) {
  return [id, ...uleb(content.length), ...content];
}

/** An unsigned LEB128 number (a wasm section's or body's size). */
function uleb(n) {
  return n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...uleb(n >>> 7)];
}

const WASM_PAGE = 65536;

/**
 * The checksum of `bytes` as 16 hex digits, or undefined where WebAssembly is not there (`--jitless`) or cannot
 * get the memory: then no cache is trusted, which only costs speed.
 */
function checksum(bytes) {
  try {
    const memory = new WebAssembly.Memory({ initial: Math.ceil((bytes.length + 32) / WASM_PAGE) });
    new Uint8Array(memory.buffer).set(bytes);
    const { h } = new WebAssembly.Instance(new WebAssembly.Module(checksumModule()), { m: { m: memory } }).exports;
    return BigInt.asUintN(64, h(bytes.length)).toString(16).padStart(16, '0');
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Loads a CommonJS bundle with a V8 code cache: after the first run nothing of the bundle is compiled again
// (what Node 22's module.enableCompileCache does, by hand for Node 20). The cache sits beside the bundle and is
// trusted only when its header matches this Node, V8 and flags, the bundle it was made from, and the length and
// checksum of its data. Any problem reading or writing the cache only costs speed. The bundle is named by the
// build id its last line carries (scripts/bundle.js) rather than by hashing its megabyte at every start; a
// bundle without one is hashed. node:module is not loaded (with the ES module loader and source maps it brings):
// this file's own `module.constructor` is the same Module, with wrap and createRequire.

// (Under a test runner's own module system, `module.constructor` is not Node's Module: node:module then.)
const Module = typeof module.constructor.createRequire === 'function' ? module.constructor : require('node:module');
const MAGIC = 'KMCC3';
const BUILD_LINE = '//# kemitraan-build ';

/**
 * The build id on the bundle's last line (and its length), or the checksum of a bundle without one; undefined
 * when there is no checksum to be had (no WebAssembly): then no cache is read or written.
 */
function bundleIdentity(bytes) {
  const tail = bytes.subarray(Math.max(0, bytes.length - 80)).toString('latin1');
  const at = tail.lastIndexOf(BUILD_LINE);
  const id = at >= 0 ? /^([0-9a-f]{32})\n$/.exec(tail.slice(at + BUILD_LINE.length)) : null;
  if (id) return `build:${id[1]}:${bytes.length}`;
  const sum = checksum(bytes);
  return sum === undefined ? undefined : `sum:${sum}:${bytes.length}`;
}

/** The cache's first line, or undefined when the data's checksum cannot be computed. */
function header(identity, data) {
  const sum = checksum(data);
  return sum === undefined ? undefined : `${MAGIC} ${process.version} ${process.versions.v8} ${process.execArgv.join(',')} ${identity} ${data.length} ${sum}\n`;
}

/** The cached data for this bundle, or undefined when there is none that can be trusted. */
function readCache(file, identity) {
  if (identity === undefined) return undefined;
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const nl = bytes.indexOf(0x0a);
  if (nl < 0 || nl > 512) return undefined;
  const data = bytes.subarray(nl + 1);
  const expected = header(identity, data);
  return expected !== undefined && bytes.subarray(0, nl + 1).toString('latin1') === expected ? data : undefined;
}

function writeCache(file, identity, data) {
  const head = identity === undefined ? undefined : header(identity, data);
  if (head === undefined) return;
  // Worker threads write their bundle's cache too, and share the process id: the name must be theirs alone.
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(head, 'latin1'), data]), { mode: 0o644 });
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/**
 * Runs the bundle at `file` and returns its exports with `saveCache()`, to be called once the work is done so
 * that the cache holds every function the run compiled; undefined when the bundle cannot be read. One bundle
 * may have several caches (`cacheFile`), one per kind of run, each holding what that kind compiles.
 */
function loadCachedBundle(file, cacheFile = `${file}.v8cache`) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const identity = bundleIdentity(bytes);
  // The bundle is ASCII (esbuild escapes strings): read as one byte per character, half the memory and no
  // UTF-8 decoding; a stray non-ASCII character (in a comment) only makes it take the longer way.
  const source = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
  const cachedData = readCache(cacheFile, identity);
  const script = new (require('node:vm').Script)(Module.wrap(source), { filename: file, cachedData });
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, Module.createRequire(file), bundle, file, path.dirname(file));
  const saveCache = () => {
    if (fresh) writeCache(cacheFile, identity, script.createCachedData());
  };
  return { exports: bundle.exports, saveCache };
}

// ---------------------------------------------------------------------------------------------------------------
// The command line.

/** The commands, each with a code cache of its own (test/check-fast.test.ts holds this to the CLI's list). */
const COMMANDS = ['init', 'check', 'report', 'render', 'export', 'assess', 'ui', 'guide', 'schema', 'completion'];

/** Runs the command `args` (process.argv after the script) and returns its exit code. */
async function main(args) {
  if (args[0] === 'check' && process.env.KEMITRAAN_FAST_PATH !== '0') {
    const bundle = loadCachedBundle(path.join(__dirname, '..', 'dist', 'check-fast.cjs'));
    if (bundle) {
      const code = await bundle.exports.runCheckProcess(args.slice(1));
      bundle.saveCache();
      if (code !== undefined) return code;
    }
  }
  if (process.env.KEMITRAAN_BUNDLE !== '0') {
    const file = path.join(__dirname, '..', 'dist', 'cli.cjs');
    const bundle = loadCachedBundle(file, `${file}.${COMMANDS.includes(args[0]) ? args[0] : 'other'}.v8cache`);
    if (bundle) {
      const code = await bundle.exports.runProcess(args);
      bundle.saveCache();
      return code;
    }
  }
  const { pathToFileURL } = require('node:url');
  const { runProcess } = await import(pathToFileURL(path.join(__dirname, '..', 'dist', 'cli', 'process.js')).href);
  return runProcess(args);
}

/**
 * Writes a short text to stdout straight through its file descriptor: building process.stdout loads Node's
 * streams (9 M instructions, more than the rest of `--version`). Where that write cannot be made — a
 * non-blocking pipe that is full, anything unusual — process.stdout writes it as before; a reader that is gone
 * (EPIPE) is not an error.
 */
function writeStdout(text) {
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    written = writeSync(1, bytes);
  } catch (err) {
    if (err.code === 'EPIPE') return;
  }
  if (written < bytes.length) process.stdout.write(bytes.subarray(written));
}

/** The executable: answers --version at once, runs anything else and sets the exit code. */
function start() {
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
    writeStdout(`${JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
  } else {
    main(args).then((code) => {
      process.exitCode = code;
    });
  }
}

module.exports = { checksum, loadCachedBundle, start };
if (require.main === module) start();
