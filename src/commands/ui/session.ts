/**
 * The one plan file the UI works on. The file stays the truth: the page sends the whole plan as it should be, and
 * saving rewrites only what differs (patchPlanText keeps comments and formatting), atomically, and only when the
 * file on disk is still the one the page was given (its hash); otherwise the page is told, and decides.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Lang } from '../../guide/types.js';
import type { StepId } from '../../guide/steps.js';
import { STEPS } from '../../guide/steps.js';
import { checkLoaded, stageReadiness, type RuleConfig, type StepSummary } from '../../check/engine.js';
import type { Finding } from '../../plan/findings.js';
import { asWritten, loadPlanText, MAX_PLAN_BYTES, decodeText, hasByteOrderMark, withLfBreaks } from '../../plan/load.js';
import { patchPlanText, readPatchBase, type PatchBase } from '../../plan/patch.js';
import { orderLikeSchema } from '../../plan/order.js';
import { buildPlanSchema } from '../../plan/schema.js';
import { PlanEditError } from '../../plan/edit.js';
import { ChangedOnDiskError, writeFileAtomic } from '../../io/write.js';
import { writeErrorMessage } from '../io-errors.js';

export interface DiskState {
  exists: boolean;
  /** With LF line ends (edits are made so); `eol` is what the file uses and gets back. */
  text: string;
  eol: '\n' | '\r\n';
  /** The file began with a UTF-8 byte order mark (Windows editors write one): it gets it back. */
  bom?: boolean;
  hash: string;
}

export interface PlanState {
  file: string;
  exists: boolean;
  hash: string;
  /** The plan as read, or undefined when the file is not YAML (then `problems` says where). */
  plan?: unknown;
  problems: Finding[];
}

export interface CheckResult {
  findings: Finding[];
  summary?: StepSummary[];
  /** For each step: the earlier steps not complete yet (empty when the step may begin). */
  gates?: Record<string, number[]>;
  /** The text a save would write. */
  textError?: string;
}

export type SaveResult = { ok: true; hash: string } | { ok: false; conflict: true; hash: string } | { ok: false; conflict: false; error: string };

const hashOf = (data: string | Uint8Array) => createHash('sha256').update(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).digest('hex');

export interface PlanSessionOptions {
  /** The file as the user named it (shown in findings). */
  shownAs: string;
  lang: Lang;
  today: string;
  /** Text of a new file (the header comment), used when the file does not exist yet. */
  newFileText: string;
  /** Comment above a section that is added. */
  sectionComment(key: string): string[] | undefined;
  /** Rule severities from the nearest `.kemitraanrc.yaml`, as `check` uses them. */
  config?: RuleConfig;
}

export class PlanSession {
  private base: DiskState = { exists: false, text: '', eol: '\n', hash: hashOf('') };
  private schema: Record<string, unknown> | undefined;
  /** The text edits are applied to, as read for patching: every check of the page patches the same text. */
  private patchBase: PatchBase | undefined;

  constructor(readonly file: string, private readonly options: PlanSessionOptions) {}

  async readDisk(): Promise<DiskState> {
    let bytes: Buffer;
    try {
      const st = await stat(this.file);
      if (st.size > MAX_PLAN_BYTES) throw new Error('too large');
      bytes = await readFile(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false, text: '', eol: '\n', hash: hashOf('') };
      throw err;
    }
    const raw = decodeText(bytes) ?? '';
    // A plan saved with Windows line breaks keeps them (as `init --step` does).
    return { exists: true, ...withLfBreaks(raw), hash: hashOf(bytes), ...(hasByteOrderMark(bytes) ? { bom: true } : {}) };
  }

  /** (Re)loads the file; the page's edits are from now on measured against this text. */
  async load(): Promise<PlanState> {
    this.base = await this.readDisk();
    const { shownAs, lang, today } = this.options;
    if (!this.base.exists) return { file: shownAs, exists: false, hash: this.base.hash, plan: { schemaVersion: 1 }, problems: [] };
    const loaded = loadPlanText(shownAs, this.base.text);
    const result = checkLoaded(loaded, { lang, today, ...(this.options.config ? { config: this.options.config } : {}) });
    const problems = result.findings.filter((f) => f.ruleId.startsWith('parse/') && f.ruleId !== 'parse/empty');
    return { file: shownAs, exists: true, hash: this.base.hash, ...(loaded.data !== undefined && problems.length === 0 ? { plan: loaded.data ?? { schemaVersion: 1 } } : {}), problems };
  }

  get hash(): string {
    return this.base.hash;
  }

  /** The text that saving `plan` over `base` writes. */
  textFor(plan: Record<string, unknown>, base: DiskState = this.base): string {
    const start = base.exists ? base.text : this.options.newFileText;
    this.schema ??= buildPlanSchema();
    if (this.patchBase?.text !== start) this.patchBase = readPatchBase(start);
    return patchPlanText(this.patchBase, orderLikeSchema(plan, this.schema) as Record<string, unknown>, (k) => this.options.sectionComment(k));
  }

  /** `check` on the plan as it would be saved: the same findings, with lines of the would-be file. */
  check(plan: Record<string, unknown>, lang: Lang = this.options.lang): CheckResult {
    let text: string;
    try {
      text = this.textFor(plan);
    } catch (err) {
      return { findings: [], textError: err instanceof PlanEditError ? err.describe(lang) : String(err) };
    }
    const { today, shownAs } = this.options;
    const result = checkLoaded(loadPlanText(shownAs, text), { lang, today, ...(this.options.config ? { config: this.options.config } : {}) });
    if (!result.summary) return { findings: result.findings };
    const summary = result.summary;
    const gates = Object.fromEntries(STEPS.map((s) => [s.id, stageReadiness(summary, s.id as StepId).pending.map((p) => p.number)]));
    return { findings: result.findings, summary, gates };
  }

  /**
   * Writes the plan when the file is still as loaded (`baseHash`), or over whatever is there when `force` (the
   * person chose to keep their edits: the edits then apply to the file as it is now, keeping its comments).
   */
  async save(plan: Record<string, unknown>, baseHash: string, force: boolean): Promise<SaveResult> {
    const disk = await this.readDisk();
    if (!force && (disk.hash !== baseHash || disk.exists !== this.base.exists || baseHash !== this.base.hash)) {
      return { ok: false, conflict: true, hash: disk.hash };
    }
    let text: string;
    try {
      text = this.textFor(plan, disk);
    } catch (err) {
      return { ok: false, conflict: false, error: err instanceof PlanEditError ? err.describe(this.options.lang) : String(err) };
    }
    const bytes = asWritten(text, disk.eol, disk.bom === true);
    try {
      // The one write path of the tool: atomic, through links, keeping mode and owner; and only over the bytes read.
      await writeFileAtomic(this.file, bytes, { overwrite: true, ...(disk.exists ? { expect: { sha256: disk.hash } } : {}) });
    } catch (err) {
      if (err instanceof ChangedOnDiskError) return { ok: false, conflict: true, hash: (await this.readDisk()).hash };
      return { ok: false, conflict: false, error: writeErrorMessage(err, this.options.shownAs, this.options.lang) ?? (err instanceof Error ? err.message : String(err)) };
    }
    this.base = { exists: true, text, eol: disk.eol, hash: hashOf(bytes), ...(disk.bom ? { bom: true } : {}) };
    return { ok: true, hash: this.base.hash };
  }
}
