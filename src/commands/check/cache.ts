/**
 * `check --cache`: results are reused for files whose bytes were checked before in the same context. The key
 * is a SHA-256 over the context (tool version, build id, schema, rule config, language), the file's bytes, and
 * where today stands among the dates written in the file: rules only compare today with the plan's dates (see
 * RuleContext.today), so a result holds as long as no date of the plan lies between the day it was computed and
 * today — the cache stays warm from one day to the next; the file name is not part of it, so a renamed or copied
 * plan is still a hit. The file's format is in cache-format.ts: one record per result, its JSON deflated.
 *
 * Memory stays flat however many files a run checks: the previous cache is one buffer (records are views into
 * it, inflated only when used), and each new result goes to the new cache file (a temporary file beside it) as
 * soon as it is computed, in chunks of CHUNK_BYTES, instead of waiting in memory for the end of the run; a file
 * checked twice in one run (the same bytes under two names) is read back from there. At the end the records of
 * the previous cache this run did not use are appended and the file takes the old one's place atomically. A
 * missing or unreadable cache file, or one of another format, is an empty cache; a file that is not one is
 * never written.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import path from 'node:path';
import type { FileResult, RuleConfig } from '../../check/engine.js';
import type { Finding } from '../../plan/findings.js';
import type { Lang } from '../../guide/types.js';
import { buildPlanSchema } from '../../plan/schema.js';
import { StreamedAtomicFile, WriteRefusedError } from '../../io/write.js';
import { CACHE_FORMAT, HEADER, HEADER_PREFIX, readRecords, recordHead, recordPayload } from './cache-format.js';

/** Bytes gathered before they are handed to the new cache file: few system calls, little memory. */
const CHUNK_BYTES = 256 * 1024;

/**
 * A result's JSON, deflated. The text is encoded into one buffer kept for the run, and zlib's output buffer is
 * small: a buffer per result for each would be garbage outside the JavaScript heap, which the main thread's
 * large young generation lets pile up to tens of MB between collections.
 */
let scratch = Buffer.allocUnsafe(64 * 1024);
function deflateText(text: string): Buffer {
  if (text.length * 3 > scratch.length) scratch = Buffer.allocUnsafe(text.length * 3);
  const length = scratch.write(text, 0, 'utf8');
  return deflateRawSync(scratch.subarray(0, length), { level: 1, chunkSize: 4096 });
}
const CACHE_FILE = 'check-cache.tsv';
/** Beyond this many entries only those used by the latest run are kept. */
const MAX_ENTRIES = 50_000;

type CachedResult = { findings: Omit<Finding, 'file'>[]; summary?: FileResult['summary']; kind?: FileResult['kind']; assessments?: FileResult['assessments']; reading?: FileResult['reading'] };

/** The build's identity (dist/build-info.json, written by the build); running from source it is the schema alone. */
function buildInfo(): { buildId: string; schemaHash: string } {
  try {
    return JSON.parse(readFileSync(new URL('../../build-info.json', import.meta.url), 'utf8')) as { buildId: string; schemaHash: string };
  } catch {
    return { buildId: 'source', schemaHash: createHash('sha256').update(JSON.stringify(buildPlanSchema())).digest('hex') };
  }
}

/** Where the cache lives: --cache-location (a file, or a directory to put it in), else node_modules/.cache or .kemitraan-cache. */
export async function resolveCacheFile(location: string | undefined, cwd: string): Promise<string> {
  if (location) {
    const full = path.resolve(cwd, location);
    const isDir = /[\\/]$/.test(location) || (await stat(full).then((s) => s.isDirectory(), () => false));
    return isDir ? path.join(full, CACHE_FILE) : full;
  }
  const hasNodeModules = await stat(path.join(cwd, 'node_modules')).then((s) => s.isDirectory(), () => false);
  return hasNodeModules ? path.join(cwd, 'node_modules', '.cache', 'kemitraan', CACHE_FILE) : path.join(cwd, '.kemitraan-cache', CACHE_FILE);
}

const ZERO = 0x30;
const NINE = 0x39;
const DASH = 0x2d;
const isDigit = (b: number | undefined): boolean => b !== undefined && b >= ZERO && b <= NINE;

/**
 * Where `today` stands among the dates written in a file: how many distinct dates come before it and whether it
 * is one of them. Two days with the same answer compare alike with every date of the plan. A date is any
 * `dddd-dd-dd`, found left to right without overlap exactly as /\d{4}-\d{2}-\d{2}/g finds them, but in the
 * bytes themselves: every date has a dash at its fifth byte, so only the dashes (found by a native search) are
 * looked at, and the file is never copied into a string.
 */
export function todayAmong(bytes: Uint8Array, today: string): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const before = new Set<string>();
  let same = false;
  // The earliest a date may start: after the end of the last one found.
  let from = 0;
  for (let dash = buf.indexOf(DASH, 4); dash >= 0; dash = buf.indexOf(DASH, Math.max(dash + 1, from + 4))) {
    const i = dash - 4;
    if (i < from || buf[i + 7] !== DASH || !isDigit(buf[i]) || !isDigit(buf[i + 1]) || !isDigit(buf[i + 2]) || !isDigit(buf[i + 3])
      || !isDigit(buf[i + 5]) || !isDigit(buf[i + 6]) || !isDigit(buf[i + 8]) || !isDigit(buf[i + 9])) continue;
    const date = buf.toString('latin1', i, i + 10);
    if (date < today) before.add(date);
    else if (date === today) same = true;
    from = i + 10;
  }
  return `${before.size}${same ? '=' : '<'}`;
}

/** A result computed by this run: where its record lies in the new cache file. */
interface FreshRecord {
  offset: number;
  length: number;
}

export class CheckCache {
  /** The records of the cache file as it was read, views into one buffer. */
  private readonly previous: Map<string, Buffer>;
  /** Records of `previous` this run used: they go to the new file. */
  private readonly reused = new Set<string>();
  /** Results this run computed, written (or about to be) to the new file. */
  private readonly fresh = new Map<string, FreshRecord>();
  private readonly contexts = new Map<RuleConfig | undefined, string>();
  private readonly base: string;
  private readonly today: string;
  /** Records used before any result was computed: views, written only if one is (a warm run writes nothing). */
  private pending: Uint8Array[] = [];
  /** The bytes of the new file not yet written: a buffer filled and written again and again. */
  private readonly chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private chunkUsed = 0;
  /** Bytes of the new file so far, those not yet written included. */
  private size = 0;
  /** Bytes of the new file on disk. */
  private flushed = 0;
  /** A result was computed: the cache file is rewritten at the end. */
  private changed = false;
  hits = 0;

  private constructor(readonly file: string, previous: Map<string, Buffer>, private readonly out: StreamedAtomicFile, toolVersion: string, lang: Lang, today: string, private readonly existed = false) {
    this.previous = previous;
    const { buildId, schemaHash } = buildInfo();
    this.base = JSON.stringify([CACHE_FORMAT, toolVersion, buildId, schemaHash, lang]);
    this.today = today;
    this.queue(Buffer.from(HEADER, 'latin1'));
  }

  /**
   * Opens the cache at `file`. Only a file that starts with a cache header (of any format version) is ours: it
   * may be read and later replaced. Anything else there (a plan, a device, a FIFO, a directory) is refused
   * before a single byte is read or written (WriteRefusedError); a missing or empty file is a new cache.
   */
  static async open(file: string, toolVersion: string, lang: Lang, today: string): Promise<CheckCache> {
    let records = new Map<string, Buffer>();
    const st = await stat(file).catch(() => undefined);
    let existed = false;
    if (st) {
      if (!st.isFile()) throw new WriteRefusedError(file, 'not-a-file');
      if (st.size > 0) {
        const bytes = await readFile(file);
        if (!bytes.subarray(0, HEADER_PREFIX.length).equals(Buffer.from(HEADER_PREFIX))) throw new WriteRefusedError(file, 'not-ours');
        existed = true;
        records = readRecords(bytes);
      }
    }
    return new CheckCache(file, records, await StreamedAtomicFile.create(file), toolVersion, lang, today, existed);
  }

  private context(config: RuleConfig | undefined): string {
    let c = this.contexts.get(config);
    if (c === undefined) {
      c = createHash('sha256').update(this.base).update(JSON.stringify(config ?? null)).digest('hex');
      this.contexts.set(config, c);
    }
    return c;
  }

  key(bytes: Uint8Array, config: RuleConfig | undefined): string {
    return createHash('sha256').update(this.context(config)).update(todayAmong(bytes, this.today)).update(bytes).digest('base64url');
  }

  get(key: string, file: string): FileResult | undefined {
    const hit = this.lookup(key) ?? this.lookup(`${key}@${this.today}`);
    if (hit === undefined) return undefined;
    this.hits++;
    // Rebuilt field by field so that a cached finding prints exactly like a fresh one (same key order).
    const findings = hit.findings.map((f): Finding => ({
      ruleId: f.ruleId, severity: f.severity, message: f.message, hint: f.hint, file, line: f.line, column: f.column, pointer: f.pointer,
    }));
    return { file, findings, ...(hit.summary ? { summary: hit.summary } : {}), ...(hit.kind ? { kind: hit.kind } : {}), ...(hit.assessments ? { assessments: hit.assessments } : {}), ...(hit.reading ? { reading: hit.reading } : {}) };
  }

  /** The result stored under `key` (computed by this run, else read), when its record is whole and its JSON a result. */
  private lookup(key: string): CachedResult | undefined {
    const fresh = this.fresh.get(key);
    const record = fresh ? this.readBack(fresh) : this.previous.get(key);
    const payload = record && recordPayload(record);
    if (!payload) return undefined;
    let hit: CachedResult;
    try {
      hit = JSON.parse(inflateRawSync(payload).toString('utf8')) as CachedResult;
    } catch {
      return undefined;
    }
    if (!hit || !Array.isArray(hit.findings)) return undefined;
    if (!fresh && !this.reused.has(key)) {
      this.reused.add(key);
      this.queue(record!);
    }
    return hit;
  }

  /** A record this run wrote, read back from the new file (a file seen twice in one run). */
  private readBack(at: FreshRecord): Uint8Array | undefined {
    if (at.offset + at.length > this.flushed) this.flush();
    return this.out.readSync(at.offset, at.length);
  }

  set(key: string, result: FileResult): void {
    const findings = result.findings.map(({ file: _file, ...rest }) => rest);
    // A plan's assessments are other files: only where they are named is cached, never what they say.
    const entry: CachedResult = { findings, ...(result.summary ? { summary: result.summary } : {}), ...(result.kind ? { kind: result.kind } : {}), ...(result.assessments ? { assessments: result.assessments } : {}), ...(result.reading ? { reading: result.reading } : {}) };
    const text = JSON.stringify(entry);
    // A result whose words name today's date ("after today, 2026-11-22") holds for today only.
    const stored = text.includes(this.today) ? `${key}@${this.today}` : key;
    if (this.fresh.has(stored)) return; // the same bytes twice, both checked before either was stored
    const payload = deflateText(text);
    const head = recordHead(stored, payload);
    this.fresh.set(stored, { offset: this.size, length: head.length + payload.length });
    if (!this.changed) {
      this.changed = true;
      for (const record of this.pending.splice(0)) this.append(record);
    }
    this.queue(head);
    this.queue(payload);
  }

  /** Adds bytes to the new file: held as views until a result is computed, then copied out and written in chunks. */
  private queue(bytes: Uint8Array): void {
    if (this.changed) this.append(bytes);
    else this.pending.push(bytes);
    this.size += bytes.length;
  }

  private append(bytes: Uint8Array): void {
    if (this.chunkUsed + bytes.length > CHUNK_BYTES) this.flush();
    if (bytes.length > CHUNK_BYTES) {
      this.out.write(bytes);
      this.flushed += bytes.length;
      return;
    }
    this.chunk.set(bytes, this.chunkUsed);
    this.chunkUsed += bytes.length;
  }

  private flush(): void {
    if (this.chunkUsed === 0) return;
    this.out.write(this.chunk.subarray(0, this.chunkUsed));
    this.flushed += this.chunkUsed;
    this.chunkUsed = 0;
  }

  /**
   * Puts the new cache file in place (atomically) when this run computed a result: the records it used or
   * computed, and those of the previous file it did not use (unless there are more than MAX_ENTRIES in all).
   */
  async save(): Promise<void> {
    if (!this.changed) return this.discard();
    if (this.previous.size + this.reused.size + this.fresh.size <= MAX_ENTRIES) {
      for (const [key, record] of this.previous) {
        if (!this.reused.has(key) && !this.fresh.has(key)) this.queue(record);
      }
    }
    this.flush();
    // Replaced only while it still is a cache of ours (another run may have written it meanwhile: fine).
    await this.out.commit({ overwrite: true, ...(this.existed ? { expect: { startsWith: HEADER_PREFIX } } : {}) });
  }

  /** Drops the new file (a run that ended early): the cache file stays as it was. */
  async discard(): Promise<void> {
    this.pending = [];
    this.chunkUsed = 0;
    await this.out.discard();
  }
}
