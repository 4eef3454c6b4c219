/**
 * `check --cache`: results are reused for files whose bytes were checked before in the same context. The key
 * is a SHA-256 over the context (tool version, build id, schema, rule config, language, today's date — rules
 * compare dates with today) and the file's bytes; the file name is not part of it, so a renamed or copied plan
 * is still a hit. One JSON file holds the entries; a missing, unreadable or foreign cache file is an empty cache.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileResult, RuleConfig } from '../check/engine.js';
import type { Finding } from '../check/findings.js';
import type { Lang } from '../guide/types.js';
import { buildPlanSchema } from '../plan/schema.js';
import { writeFileAtomic } from '../io/write.js';

const CACHE_FORMAT = 1;
const CACHE_FILE = 'check-cache.json';
/** Beyond this many entries only those used by the latest run are kept. */
const MAX_ENTRIES = 50_000;

type CachedResult = { findings: Omit<Finding, 'file'>[]; summary?: FileResult['summary'] };

interface CacheFile {
  kemitraanCache: number;
  entries: Record<string, CachedResult>;
}

/** The build's identity (dist/build-info.json, written by the build); running from source it is the schema alone. */
function buildInfo(): { buildId: string; schemaHash: string } {
  try {
    return JSON.parse(readFileSync(new URL('../build-info.json', import.meta.url), 'utf8')) as { buildId: string; schemaHash: string };
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

export class CheckCache {
  private readonly previous: Record<string, CachedResult>;
  private readonly used = new Map<string, CachedResult>();
  private readonly contexts = new Map<RuleConfig | undefined, string>();
  private readonly base: string;
  private changed = false;
  hits = 0;

  private constructor(readonly file: string, previous: Record<string, CachedResult>, toolVersion: string, lang: Lang, today: string) {
    this.previous = previous;
    const { buildId, schemaHash } = buildInfo();
    this.base = JSON.stringify([CACHE_FORMAT, toolVersion, buildId, schemaHash, lang, today]);
  }

  static async open(file: string, toolVersion: string, lang: Lang, today: string): Promise<CheckCache> {
    let entries: Record<string, CachedResult> = {};
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
      if (parsed.kemitraanCache === CACHE_FORMAT && parsed.entries && typeof parsed.entries === 'object') entries = parsed.entries;
    } catch {
      /* no cache yet, or not ours: start empty */
    }
    return new CheckCache(file, entries, toolVersion, lang, today);
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
    return createHash('sha256').update(this.context(config)).update(bytes).digest('base64url');
  }

  get(key: string, file: string): FileResult | undefined {
    const hit = this.used.get(key) ?? this.previous[key];
    if (!hit || !Array.isArray(hit.findings)) return undefined;
    this.used.set(key, hit);
    this.hits++;
    return { file, findings: hit.findings.map((f) => ({ ...f, file })), ...(hit.summary ? { summary: hit.summary } : {}) };
  }

  set(key: string, result: FileResult): void {
    const findings = result.findings.map(({ file: _file, ...rest }) => rest);
    this.used.set(key, { findings, ...(result.summary ? { summary: result.summary } : {}) });
    this.changed = true;
  }

  /** Writes the cache (atomically) when this run added to it. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const entries: Record<string, CachedResult> = {};
    const keepPrevious = Object.keys(this.previous).length + this.used.size <= MAX_ENTRIES;
    if (keepPrevious) Object.assign(entries, this.previous);
    for (const [k, v] of this.used) entries[k] = v;
    const content: CacheFile = { kemitraanCache: CACHE_FORMAT, entries };
    await writeFileAtomic(this.file, JSON.stringify(content), { force: true });
  }
}
