// Loads a CommonJS bundle with a V8 code cache: after the first run nothing of the bundle is compiled again
// (what Node 22's module.enableCompileCache does, by hand for Node 20). The cache sits beside the bundle and is
// trusted only when its header matches this Node, V8 and flags, the bundle it was made from and the crc32 of its
// data: V8 does not reject a corrupted cache, it crashes on it. Any problem reading or writing the cache only
// costs speed. The bundle is named by the build id its last line carries (scripts/bundle.js) rather than
// by hashing its megabyte at every start; a bundle without one is hashed.
//
// Not chosen: V8's own code-cache checksum (--verify-snapshot-checksum, set at run time), which rejects a damaged
// cache too, but needs node:v8 loaded, which costs as much as node:zlib (both load Node's streams).
'use strict';
const { readFileSync, writeFileSync, renameSync, rmSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const { isAscii } = require('node:buffer');

const MAGIC = 'KMCC2';
const BUILD_LINE = '//# kemitraan-build ';

const crc32 = (bytes) => require('node:zlib').crc32(bytes);

/** The build id on the bundle's last line (and its length), or the crc32 of a bundle without one. */
function bundleIdentity(bytes) {
  const tail = bytes.subarray(Math.max(0, bytes.length - 80)).toString('latin1');
  const at = tail.lastIndexOf(BUILD_LINE);
  const id = at >= 0 ? /^([0-9a-f]{32})\n$/.exec(tail.slice(at + BUILD_LINE.length)) : null;
  return id ? `build:${id[1]}:${bytes.length}` : `crc:${crc32(bytes)}`;
}

function header(identity, data) {
  return `${MAGIC} ${process.version} ${process.versions.v8} ${process.execArgv.join(',')} ${identity} ${crc32(data)}\n`;
}

/** The cached data for this bundle, or undefined when there is none that can be trusted. */
function readCache(file, identity) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const nl = bytes.indexOf(0x0a);
  if (nl < 0 || nl > 512) return undefined;
  const data = bytes.subarray(nl + 1);
  return bytes.subarray(0, nl + 1).toString('latin1') === header(identity, data) ? data : undefined;
}

function writeCache(file, identity, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(header(identity, data), 'latin1'), data]), { mode: 0o644 });
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
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, path.dirname(file));
  const saveCache = () => {
    if (fresh) writeCache(cacheFile, identity, script.createCachedData());
  };
  return { exports: module.exports, saveCache };
}

module.exports = { loadCachedBundle };
