/**
 * `check --cache`: results are reused for files whose bytes were checked before in the same context. The key
 * is a SHA-256 over the context (tool version, build id, schema, rule config, language), the file's bytes, and
 * where today stands among the dates written in the file: rules only compare today with the plan's dates (see
 * RuleContext.today), so a result holds as long as no date of the plan lies between the day it was computed and
 * today — the cache stays warm from one day to the next; the file name is not part of it, so a renamed or copied
 * plan is still a hit. The file holds a header line and one line per entry, `key<TAB>result`, the result being
 * its JSON deflated and in base64 (a draft's findings repeat the same words: ~6x smaller); entries stay as those
 * bytes in memory and are inflated and parsed only when used, so a cache of thousands of results costs about its
 * size on disk. A missing or unreadable cache file is an empty cache; a file that is not one is never written.
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
import { writeFileAtomic, WriteRefusedError } from '../../io/write.js';

const CACHE_FORMAT = 3;
/** The first line of every cache file, whatever its format version: how a file is known to be ours. */
const HEADER_PREFIX = 'kemitraan-cache ';
const HEADER = `${HEADER_PREFIX}${CACHE_FORMAT}`;
const NL = 0x0a;
const TAB = 0x09;
const NL_BYTES = Buffer.from('\n');
/** Bytes handed to the file at a time when the cache is written. */
const CHUNK_BYTES = 1 << 20;
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

const DATE = /\d{4}-\d{2}-\d{2}/g;

/**
 * Where `today` stands among the dates written in a file: how many distinct dates come before it and whether it
 * is one of them. Two days with the same answer compare alike with every date of the plan.
 */
export function todayAmong(bytes: Uint8Array, today: string): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const before = new Set<string>();
  let same = false;
  for (const m of text.matchAll(DATE)) {
    if (m[0] < today) before.add(m[0]);
    else if (m[0] === today) same = true;
  }
  return `${before.size}${same ? '=' : '<'}`;
}

export class CheckCache {
  private readonly previous: Map<string, Buffer>;
  private readonly used = new Map<string, Buffer>();
  private readonly contexts = new Map<RuleConfig | undefined, string>();
  private readonly base: string;
  private readonly today: string;
  private changed = false;
  hits = 0;

  private constructor(readonly file: string, previous: Map<string, Buffer>, toolVersion: string, lang: Lang, today: string, private readonly existed = false) {
    this.previous = previous;
    const { buildId, schemaHash } = buildInfo();
    this.base = JSON.stringify([CACHE_FORMAT, toolVersion, buildId, schemaHash, lang]);
    this.today = today;
  }

  /**
   * Opens the cache at `file`. Only a file that starts with a cache header (of any format version) is ours: it
   * may be read and later replaced. Anything else there (a plan, a device, a FIFO, a directory) is refused
   * before a single byte is read or written (WriteRefusedError); a missing or empty file is a new cache.
   */
  static async open(file: string, toolVersion: string, lang: Lang, today: string): Promise<CheckCache> {
    const entries = new Map<string, Buffer>();
    const st = await stat(file).catch(() => undefined);
    let existed = false;
    if (st) {
      if (!st.isFile()) throw new WriteRefusedError(file, 'not-a-file');
      if (st.size > 0) {
        // Kept as the file's bytes: entries are views into one buffer (UTF-8), not JavaScript strings (which
        // can take twice the bytes), and each is decoded only when used.
        const bytes = await readFile(file);
        if (!bytes.subarray(0, HEADER_PREFIX.length).equals(Buffer.from(HEADER_PREFIX))) throw new WriteRefusedError(file, 'not-ours');
        existed = true;
        let nl = bytes.indexOf(NL);
        if (nl > 0 && bytes.toString('latin1', 0, nl) === HEADER) {
          for (let start = nl + 1; start < bytes.length; start = nl + 1) {
            nl = bytes.indexOf(NL, start);
            if (nl < 0) nl = bytes.length;
            const tab = bytes.indexOf(TAB, start);
            if (tab > start && tab < nl) entries.set(bytes.toString('latin1', start, tab), bytes.subarray(tab + 1, nl));
          }
        }
      }
    }
    return new CheckCache(file, entries, toolVersion, lang, today, existed);
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
    const dayKey = `${key}@${this.today}`;
    const bytes = this.used.get(key) ?? this.previous.get(key) ?? this.used.get(dayKey) ?? this.previous.get(dayKey);
    if (bytes === undefined) return undefined;
    key = this.used.has(key) || this.previous.has(key) ? key : dayKey;
    let hit: CachedResult;
    try {
      hit = JSON.parse(inflateRawSync(Buffer.from(bytes.toString('latin1'), 'base64')).toString('utf8')) as CachedResult;
    } catch {
      return undefined;
    }
    if (!Array.isArray(hit.findings)) return undefined;
    this.used.set(key, bytes);
    this.hits++;
    // Rebuilt field by field so that a cached finding prints exactly like a fresh one (same key order).
    const findings = hit.findings.map((f): Finding => ({
      ruleId: f.ruleId, severity: f.severity, message: f.message, hint: f.hint, file, line: f.line, column: f.column, pointer: f.pointer,
    }));
    return { file, findings, ...(hit.summary ? { summary: hit.summary } : {}), ...(hit.kind ? { kind: hit.kind } : {}), ...(hit.assessments ? { assessments: hit.assessments } : {}), ...(hit.reading ? { reading: hit.reading } : {}) };
  }

  set(key: string, result: FileResult): void {
    const findings = result.findings.map(({ file: _file, ...rest }) => rest);
    // A plan's assessments are other files: only where they are named is cached, never what they say.
    const entry: CachedResult = { findings, ...(result.summary ? { summary: result.summary } : {}), ...(result.kind ? { kind: result.kind } : {}), ...(result.assessments ? { assessments: result.assessments } : {}), ...(result.reading ? { reading: result.reading } : {}) };
    const text = JSON.stringify(entry);
    // A result whose words name today's date ("after today, 2026-11-22") holds for today only.
    this.used.set(text.includes(this.today) ? `${key}@${this.today}` : key, Buffer.from(deflateRawSync(Buffer.from(text, 'utf8'), { level: 1 }).toString('base64'), 'latin1'));
    this.changed = true;
  }

  /** Writes the cache (atomically) when this run added to it. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const keepPrevious = this.previous.size + this.used.size <= MAX_ENTRIES;
    const { previous, used } = this;
    // Written in chunks as it is produced: the cache is never held a second time as one string.
    function* chunks(): Generator<Buffer> {
      let batch: Buffer[] = [Buffer.from(`${HEADER}\n`)];
      let size = 0;
      const add = (k: string, v: Buffer) => {
        batch.push(Buffer.from(`${k}\t`, 'latin1'), v, NL_BYTES);
        size += k.length + v.length + 2;
      };
      const flush = function* () {
        if (batch.length > 0) yield Buffer.concat(batch);
        batch = [];
        size = 0;
      };
      if (keepPrevious) {
        for (const [k, v] of previous) {
          if (used.has(k)) continue;
          add(k, v);
          if (size >= CHUNK_BYTES) yield* flush();
        }
      }
      for (const [k, v] of used) {
        add(k, v);
        if (size >= CHUNK_BYTES) yield* flush();
      }
      yield* flush();
    }
    // Replaced only while it still is a cache of ours (another run may have written it meanwhile: fine).
    await writeFileAtomic(this.file, chunks(), { overwrite: true, ...(this.existed ? { expect: { startsWith: HEADER_PREFIX } } : {}) });
  }
}
