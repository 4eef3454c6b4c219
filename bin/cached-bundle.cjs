// Loads a CommonJS bundle with a V8 code cache: after the first run nothing of the bundle is compiled again
// (what Node 22's module.enableCompileCache does, by hand for Node 20). The cache sits beside the bundle and is
// trusted only when its header matches: this Node and V8, the bundle's checksum and the data's checksum (V8
// does not reject a corrupted cache, it crashes on it). Any problem reading or writing it only costs speed.
'use strict';
const { readFileSync, writeFileSync, renameSync, rmSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const zlib = require('node:zlib');
const { isAscii } = require('node:buffer');

const MAGIC = 'KMCC1';

function header(sourceCrc, dataCrc) {
  return `${MAGIC} ${process.version} ${process.versions.v8} ${process.execArgv.join(',')} ${sourceCrc} ${dataCrc}\n`;
}

/** The cached data for this source, or undefined when there is none that can be trusted. */
function readCache(file, sourceCrc) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const nl = bytes.indexOf(0x0a);
  if (nl < 0 || nl > 512) return undefined;
  const data = bytes.subarray(nl + 1);
  return bytes.subarray(0, nl + 1).toString('latin1') === header(sourceCrc, zlib.crc32(data)) ? data : undefined;
}

function writeCache(file, sourceCrc, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(header(sourceCrc, zlib.crc32(data)), 'latin1'), data]), { mode: 0o644 });
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/**
 * Runs the bundle at `file` and returns its exports with `saveCache()`, to be called once the work is done so
 * that the cache holds every function the run compiled; undefined when the bundle cannot be read.
 */
function loadCachedBundle(file) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const cacheFile = `${file}.v8cache`;
  const sourceCrc = zlib.crc32(bytes);
  // The bundle is ASCII (esbuild escapes strings): read as one byte per character, half the memory and no
  // UTF-8 decoding; a stray non-ASCII character (in a comment) only makes it take the longer way.
  const source = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
  const cachedData = readCache(cacheFile, sourceCrc);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, path.dirname(file));
  const saveCache = () => {
    if (fresh) writeCache(cacheFile, sourceCrc, script.createCachedData());
  };
  return { exports: module.exports, saveCache };
}

module.exports = { loadCachedBundle };
