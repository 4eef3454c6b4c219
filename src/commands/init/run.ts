/**
 * `kemitraan init`: the I/O around the wizard. Reads an existing plan and an answers file, decides whether a
 * person can be asked (a terminal, no CI), runs the wizard, writes the file after every step (atomically, never
 * over a file it was not told to replace), and prints the readiness summary `check` prints and what to do next.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { STEPS } from '../../guide/steps.js';
import { checkLoaded, nextAdvice, readingProblemText } from '../../check/engine.js';
import { summaryLines } from '../../check/format/stylish.js';
import { asWritten, hasByteOrderMark, loadPlanText, withLfBreaks } from '../../plan/load.js';
import { thousandsFindings } from '../../check/number-text.js';
import { setSection, PlanEditError } from '../../plan/edit.js';
import { clearInProgress, markInProgress, sectionsInProgress } from '../../plan/progress-mark.js';
import { writeFileAtomic, FileExistsError } from '../../io/write.js';
import { schemaReference } from '../../io/schema-ref.js';
import { EXIT, UsageError, today, useColor, type CliIO } from '../context.js';
import { Session, asRec, type Rec } from '../../wizard/session.js';
import { isPromptExit, type Prompter } from '../../wizard/prompter.js';
import { findWizardStep, pendingSteps, runWizard, WIZARD_STEPS, type WizardState, type WizardStepId, type StepResult } from '../../wizard/run.js';
import { ChangedOnDiskError, WriteRefusedError, contentHash, removeTemporaryFiles } from '../../io/write.js';
import { readUserText } from '../../io/read.js';
import { isSystemError, writeErrorMessage, unreadableMessage } from '../io-errors.js';

/** The options of `kemitraan init` as given on the command line (commander fills them; tests pass them directly). */
export interface InitCliOptions {
  step?: string;
  yes?: boolean;
  answers?: string;
  force?: boolean;
  program?: string;
  title?: string;
  region?: string;
  initiator?: string;
  lang?: string;
  color?: boolean;
}

/** The flag that answers a basics question, named next to a missing answer. */
const FLAG_FOR: Record<string, string> = {
  program: '--program', title: '--title', 'region.province': '--region', 'region.regency': '--region', 'initiator.name': '--initiator',
};

/** Exit code after Ctrl-C: 128 + SIGINT, what shells report for an interrupted program. */
export const EXIT_INTERRUPTED = 130;

export interface InitDeps {
  /** A prompter to use instead of the terminal (tests). Given one, the run is interactive. */
  prompter?: Prompter;
}

/** CI systems set CI=true (or 1); CI=false or 0 means "not CI". */
function isCI(env: CliIO['env']): boolean {
  const v = env.CI;
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

export { schemaReference };

function shippedSchema(): string {
  return fileURLToPath(new URL('../../../schemas/plan.schema.json', import.meta.url));
}

export function header(file: string, lang: Lang): string {
  return [
    `# yaml-language-server: $schema=${schemaReference(file, shippedSchema())}`,
    `# ${msg(lang, 'wizard.file.header1')}`,
    `# ${msg(lang, 'wizard.file.header2', { file: path.basename(file) })}`,
    '',
  ].join('\n');
}

export function sectionComment(key: string, lang: Lang): string[] | undefined {
  const step = STEPS.find((s) => s.id === key);
  return step ? [msg(lang, 'wizard.file.section', { number: step.number, label: step.label[lang] })] : undefined;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Applies a step's sections to the text, leaving untouched those whose value did not change. */
function applySections(text: string, sections: StepResult, inFile: Rec, lang: Lang, touched?: Set<string>): string {
  let out = text;
  for (const [key, value] of Object.entries(sections)) {
    if (value === undefined ? !(key in inFile) : key in inFile && same(value, inFile[key])) continue;
    out = setSection(out, key, value, { comment: sectionComment(key, lang) ?? [] });
    if (value === undefined) delete inFile[key];
    else inFile[key] = value;
    touched?.add(key);
  }
  return out;
}

/** Reads answers (YAML or JSON: JSON is YAML) into an object; problems are usage errors with file:line:col. */
async function loadAnswers(file: string | undefined, cwd: string, lang: Lang): Promise<Rec> {
  if (!file) return {};
  const read = await readUserText(file, cwd);
  if ('error' in read) throw new UsageError(unreadableMessage(file, read.error, lang));
  if ('tooLarge' in read) throw new UsageError(msg(lang, 'cli.error.tooLarge', { file, limit: '5 MB' }));
  const loaded = loadPlanText(file, read.text);
  const problem = loaded.problems.find((p) => p.ruleId !== 'parse/json');
  if (problem) {
    const pos = problem.position ?? { line: 1, column: 1 };
    throw new UsageError(`${file}:${pos.line}:${pos.column}: ${msg(lang, 'wizard.error.answers', { detail: readingProblemText(problem, lang) })}`);
  }
  const data = asRec(loaded.data);
  if (!data) throw new UsageError(`${file}:1:1: ${msg(lang, 'wizard.error.answersShape')}`);
  // `target: 21.000` is the number 21 to YAML: never take it silently for what an Indonesian meant.
  const thousands = thousandsFindings(loaded.text, loaded.data);
  if (thousands.length > 0) {
    throw new UsageError(thousands.map((t) => `${file}:${t.position!.line}:${t.position!.column}: ${readingProblemText(t, lang)}`).join('\n'));
  }
  return data;
}

/** --program, --title, --region, --initiator answer the same questions as the answers file (and win). */
function applyFlags(answers: Rec, options: InitCliOptions): Rec {
  const out: Rec = { ...answers };
  if (options.program) out.program = options.program;
  if (options.title) out.title = options.title;
  if (options.region) {
    const [province, regency, district, village] = options.region.split('/').map((x) => x.trim());
    out.region = { ...asRec(out.region), province, regency, ...(district ? { district } : {}), ...(village ? { village } : {}) };
  }
  if (options.initiator) out.initiator = { ...asRec(out.initiator), name: options.initiator };
  return out;
}

interface Existing {
  /** The text with LF line breaks (edits are made on it); `eol` is what the file uses. */
  text: string;
  data: Rec;
  /** What was read, to notice a change on disk before writing (see writeFileAtomic's `expect`). */
  hash: string;
  eol: '\n' | '\r\n';
  /** The file began with a UTF-8 byte order mark (Windows editors write one): it gets it back. */
  bom: boolean;
}

/** Top-level fields every plan needs before a single step can be written (the schema's required fields). */
const BASICS = ['schemaVersion', 'title', 'program', 'region', 'initiator'] as const;

async function readExisting(file: string, shown: string, lang: Lang): Promise<Existing | undefined> {
  const read = await readUserText(file, '/');
  if ('error' in read && read.error === 'ENOENT') return undefined;
  if ('error' in read) throw new UsageError(unreadableMessage(shown, read.error, lang));
  if ('tooLarge' in read) throw new UsageError(msg(lang, 'cli.error.tooLarge', { file: shown, limit: '5 MB' }));
  // A plan saved with Windows line breaks keeps them: edits are made with LF and written back with CRLF.
  const { text, eol } = withLfBreaks(read.text);
  const loaded = loadOnce(shown, text);
  const problem = loaded.problems.find((p) => p.ruleId !== 'parse/json' && p.ruleId !== 'parse/empty');
  if (problem) {
    const pos = problem.position ?? { line: 1, column: 1 };
    throw new UsageError(`${shown}:${pos.line}:${pos.column}: ${msg(lang, 'wizard.error.unreadablePlan', { detail: readingProblemText(problem, lang) })}`);
  }
  if (loaded.data !== undefined && !asRec(loaded.data)) throw new UsageError(`${shown}:1:1: ${msg(lang, 'wizard.error.notAPlan')}`);
  return { text, data: asRec(loaded.data) ?? {}, hash: contentHash(read.bytes), eol, bom: hasByteOrderMark(read.bytes) };
}

function stepName(step: WizardStepId, lang: Lang): string {
  if (step === 'basics') return msg(lang, 'wizard.basics.name');
  const st = STEPS.find((s) => s.id === step)!;
  return `${st.number}. ${st.label[lang]}`;
}

/** The readiness table of `check`, and the next thing to do. */
function printSummary(io: CliIO, shown: string, text: string, lang: Lang, color: boolean): void {
  const result = checkLoaded(loadOnce(shown, text), { lang, today: today(io.env) });
  const out: string[] = [];
  if (result.summary) {
    out.push(...summaryLines(result.summary, { lang, color }, undefined, result.reading));
    // The most serious open problem, not merely the first incomplete step.
    const next = nextAdvice(result.summary, result.findings);
    const findings = result.findings.length;
    out.push('');
    if (!next) out.push(`  ${msg(lang, 'wizard.next.allDone', { file: shown })}`);
    else {
      const st = STEPS.find((s) => s.id === next.step.step)!;
      const params = { number: st.number, label: st.label[lang], file: shown };
      if (next.finding) out.push(`  ${msg(lang, 'wizard.next.problem', { ...params, message: next.finding.message, line: next.finding.line })}`);
      else out.push(`  ${msg(lang, next.step.status === 'empty' ? 'wizard.next.empty' : 'wizard.next.incomplete', params)}`);
    }
    if (findings > 0) out.push(`  ${msg(lang, 'wizard.next.check', { count: findings, file: shown })}`);
  } else {
    out.push(msg(lang, 'wizard.next.invalid', { file: shown }));
  }
  io.stdout.write(`${out.join('\n')}\n`);
}

/**
 * Another program saved the plan since this run read it. Its change is kept and this run's sections are applied
 * on top when the two touched different sections (a three-way merge by section); undefined when both changed
 * the same section — then nothing is overwritten and the caller refuses.
 */
async function mergeWithDisk(file: string, shown: string, lang: Lang, base: Rec, touched: ReadonlySet<string>, ours: Rec,
  apply: (text: string, key: string, value: unknown) => string): Promise<{ text: string; data: Rec; hash: string } | undefined> {
  let disk: Existing | undefined;
  try {
    disk = await readExisting(file, shown, lang);
  } catch {
    return undefined;
  }
  if (!disk) return undefined;
  for (const key of touched) if (!same(disk.data[key], base[key])) return undefined;
  let text = disk.text;
  const data = structuredClone(disk.data);
  for (const key of touched) {
    if (same(disk.data[key], ours[key])) continue;
    text = apply(text, key, ours[key]);
    if (ours[key] === undefined) delete data[key];
    else data[key] = structuredClone(ours[key]);
  }
  return { text, data, hash: disk.hash };
}

/**
 * The last text read, kept: the plan is read when opened, checked before it is written, checked while written
 * and summarised after — one reading of the same text instead of four (a 4.7 MB plan took 1.1 GB and minutes).
 */
let lastLoad: { file: string; text: string; loaded: ReturnType<typeof loadPlanText> } | undefined;
function loadOnce(file: string, text: string): ReturnType<typeof loadPlanText> {
  if (lastLoad?.file !== file || lastLoad.text !== text) lastLoad = { file, text, loaded: loadPlanText(file, text) };
  return lastLoad.loaded;
}

/** Refuses to save text that no longer reads as YAML (e.g. a redone step removed an anchor used elsewhere). */
function assertStillReadable(text: string, shown: string, lang: Lang): void {
  const problem = loadOnce(shown, text).problems.find((p) => p.ruleId.startsWith('parse/') && p.ruleId !== 'parse/json' && p.ruleId !== 'parse/empty');
  if (!problem) return;
  const pos = problem.position ?? { line: 1, column: 1 };
  throw new UsageError(`${shown}:${pos.line}:${pos.column}: ${msg(lang, 'wizard.error.wouldBreak', { detail: readingProblemText(problem, lang) })}`);
}

function prompterNote(prompter: Prompter | undefined, text: string): void {
  prompter?.say(text);
}

export async function runInit(fileArg: string | undefined, options: InitCliOptions & { lang: Lang }, io: CliIO, deps: InitDeps = {}): Promise<number> {
  try {
    return await initRun(fileArg, options, io, deps);
  } finally {
    lastLoad = undefined; // not kept past the run
    process.removeListener('SIGHUP', onHangUp);
  }
}

function onHangUp(): void {
  removeTemporaryFiles();
  // Die of SIGHUP itself (the shell reports 128 + 1 = 129). process.exit() would reset the dead terminal's modes
  // on the way out, and that is where Node aborted with SIGSEGV.
  process.removeAllListeners('SIGHUP');
  process.kill(process.pid, 'SIGHUP');
}

async function initRun(fileArg: string | undefined, options: InitCliOptions & { lang: Lang }, io: CliIO, deps: InitDeps): Promise<number> {
  const { lang } = options;
  const shown = fileArg ?? 'kemitraan.yaml';
  const file = path.resolve(io.cwd, shown);
  let onlyStep: WizardStepId | undefined;
  if (options.step !== undefined) {
    onlyStep = findWizardStep(options.step);
    if (!onlyStep) throw new UsageError(msg(lang, 'cli.error.unknownStep', { step: options.step, known: '0-8, basics, idea, partners, goals, readiness, agreement, workplan, implementation, monitoring' }));
  }
  const answers = applyFlags(await loadAnswers(options.answers, io.cwd, lang), options);
  const canAsk = deps.prompter !== undefined || (options.yes !== true && io.stdin.isTTY === true && !isCI(io.env));
  const existing = await readExisting(file, shown, lang);
  const color = useColor(io, options.color);

  if (onlyStep && !existing) throw new UsageError(msg(lang, 'wizard.error.noFileForStep', { file: shown }));
  // Reopening one step of a file that has no plan in it yet (empty, comments only, or without the basics the
  // schema requires) would report schema errors about text that is not on disk: say what to do instead.
  if (onlyStep && onlyStep !== 'basics' && existing && BASICS.some((k) => existing.data[k] === undefined)) {
    throw new UsageError(msg(lang, 'wizard.error.noBasics', { file: shown, missing: BASICS.filter((k) => existing.data[k] === undefined).join(', ') }));
  }

  let prompter: Prompter | undefined = deps.prompter;
  if (canAsk && !prompter) {
    const { createInquirerPrompter } = await import('../../wizard/inquirer.js');
    prompter = await createInquirerPrompter({ input: io.stdin, output: io.stdout as unknown as NodeJS.WritableStream & { write(s: string): unknown } }, lang);
    // The terminal was closed: every finished step is on disk already (saved as it ended), a write under way is
    // abandoned whole. Exit at once with 128 + SIGHUP — waiting for the dead terminal crashed Node (SIGSEGV).
    process.once('SIGHUP', onHangUp);
    // A closed terminal also shows as a read error (EIO) or the end of input, possibly before the signal.
    io.stdin.on('error', onHangUp);
  }
  const session = new Session({ lang, ...(prompter ? { prompter } : {}), answers, yes: options.yes === true, today: today(io.env) });

  // What to do: a new plan, continue an existing one, revisit one step, or start over.
  let steps: readonly WizardStepId[] = WIZARD_STEPS;
  let gate = true;
  let startOver = !existing || options.force === true;
  let inProgress = new Set<WizardStepId>();
  if (onlyStep) {
    steps = [onlyStep];
    gate = false;
    startOver = false;
  } else if (existing && !options.force) {
    if (!prompter) {
      io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${msg(lang, 'wizard.error.exists', { file: shown })}\n`);
      return EXIT.ERROR;
    }
    // Steps not started, and steps stopped mid-way (a list entry saved, the step not finished).
    inProgress = new Set(sectionsInProgress(existing.text).filter((k): k is WizardStepId => (WIZARD_STEPS as readonly string[]).includes(k)));
    const notDone = pendingSteps(existing.data as WizardState['plan']);
    const pending = WIZARD_STEPS.filter((st) => notDone.includes(st) || inProgress.has(st));
    const pendingName = (st: WizardStepId) => (inProgress.has(st) ? msg(lang, 'wizard.existing.inProgress', { step: stepName(st, lang) }) : stepName(st, lang));
    try {
      const choice = await session.select('init.existing', 'wizard.existing', { file: shown }, [
        ...(pending.length ? [{ value: 'continue', name: msg(lang, 'wizard.existing.continue', { steps: pending.map(pendingName).join(', ') }) }] : []),
        { value: 'step', name: msg(lang, 'wizard.existing.step') },
        { value: 'overwrite', name: msg(lang, 'wizard.existing.overwrite') },
        { value: 'cancel', name: msg(lang, 'wizard.existing.cancel') },
      ], pending.length ? 'continue' : 'step');
      if (choice === 'cancel') return EXIT.OK;
      if (choice === 'continue') steps = pending;
      else inProgress = new Set();
      if (choice === 'step') {
        const picked = await session.select<WizardStepId>('init.step', 'wizard.existing.which', undefined,
          WIZARD_STEPS.map((s) => ({ value: s, name: stepName(s, lang) })), pending[0] ?? 'idea');
        steps = [picked];
        gate = false;
      }
      if (choice === 'overwrite') {
        if (!(await session.confirm('init.overwrite', 'wizard.existing.confirmOverwrite', { file: shown }, false))) return EXIT.OK;
        startOver = true;
      }
    } catch (err) {
      if (isPromptExit(err)) {
        io.stderr.write(`\n${msg(lang, 'wizard.cancelled.nothing')}\n`);
        return EXIT_INTERRUPTED;
      }
      throw err;
    }
  }

  const state: WizardState = { plan: startOver ? {} : structuredClone(existing!.data) as WizardState['plan'] };
  let text = startOver ? header(file, lang) : existing!.text;
  /** What the text holds now, to leave unchanged sections byte-for-byte alone. */
  const inFile: Rec = startOver ? {} : structuredClone(existing!.data);
  // The file may be replaced only when it is ours: new (checked just now), confirmed or --force, or being edited.
  let mayReplace = !startOver || options.force === true || existing !== undefined;
  let written = false;
  const eol = existing?.eol ?? '\n';
  const bom = existing?.bom === true;
  /** What the file held when last read or written: a different hash on disk means someone else saved it. */
  let diskHash = existing?.hash;
  /** The data of that text, and the sections this run changed: enough to merge another program's save. */
  let diskData: Rec = startOver ? {} : structuredClone(existing!.data);
  const touched = new Set<string>();
  const persist = async () => {
    assertStillReadable(text, shown, lang);
    const write = async (content: string) => {
      const bytes = asWritten(content, eol, bom);
      await writeFileAtomic(file, bytes, { overwrite: mayReplace, force: options.force === true, ...(diskHash && !startOver ? { expect: { sha256: diskHash } } : {}) });
      diskHash = contentHash(bytes);
    };
    try {
      await write(text);
    } catch (err) {
      if (!(err instanceof ChangedOnDiskError)) throw err;
      // Saved meanwhile by an editor or another `init --step`: keep their change when it is in other sections.
      const merged = await mergeWithDisk(file, shown, lang, diskData, touched, inFile, (t, k, v) => setSection(t, k, v, { comment: sectionComment(k, lang) ?? [] }));
      if (!merged) throw err;
      diskHash = merged.hash;
      text = merged.text;
      Object.assign(inFile, merged.data);
      for (const k of Object.keys(inFile)) if (!(k in merged.data)) delete inFile[k];
      await write(text);
      prompterNote(prompter, msg(lang, 'wizard.saved.merged', { file: shown }));
    }
    diskData = structuredClone(inFile);
    mayReplace = true;
    written = true;
  };

  if (prompter && !onlyStep && startOver) prompter.say(msg(lang, 'wizard.welcome', { file: shown }));
  if (prompter) prompter.say(msg(lang, 'typing.back.hint'));
  let stopped = false;
  try {
    const result = await runWizard(session, state, steps, {
      save: async (step, sections, outcome) => {
        text = applySections(text, sections, inFile, lang, touched);
        // A step saved mid-way is marked, so that the next run offers to continue inside it; finished, unmarked.
        if (step !== 'basics') {
          text = outcome === 'partial' ? markInProgress(text, step, msg(lang, 'wizard.file.inProgress')) : clearInProgress(text, step);
        }
        // Without a terminal nothing is written until every answer is known to be there.
        if (prompter) await persist();
      },
    }, { gate, resume: inProgress });
    stopped = result.stopped;
  } catch (err) {
    if (isPromptExit(err)) {
      io.stderr.write(`\n${written ? msg(lang, 'wizard.cancelled.saved', { file: shown }) : msg(lang, 'wizard.cancelled.nothing')}\n`);
      return EXIT_INTERRUPTED;
    }
    if (err instanceof FileExistsError) throw new UsageError(msg(lang, 'wizard.error.exists', { file: shown }));
    if (err instanceof WriteRefusedError || isSystemError(err)) throw new UsageError(writeErrorMessage(err, shown, lang)!);
    if (err instanceof PlanEditError) throw new UsageError(`${shown}:${err.line}:${err.column}: ${msg(lang, 'wizard.error.edit', { detail: err.describe(lang) })}`);
    throw err;
  }

  if (!prompter) {
    if (session.missing.length > 0 || session.problems.length > 0) {
      const lines = [`${msg(lang, 'cli.error.prefix')}: ${msg(lang, 'wizard.error.incomplete', { file: shown })}`];
      for (const m of session.missing) lines.push(`  - ${msg(lang, 'wizard.error.missing', { path: m })}${FLAG_FOR[m] ? ` (${FLAG_FOR[m]})` : ''}`);
      for (const p of session.problems) lines.push(`  - ${p}`);
      lines.push(msg(lang, 'wizard.error.howToAnswer'));
      io.stderr.write(`${lines.join('\n')}\n`);
      return EXIT.ERROR;
    }
    const check = checkLoaded(loadOnce(shown, text), { lang, today: today(io.env) });
    // Errors only: a remark (a JSON plan read as YAML) or a warning (21.000 read as 21) is no reason to refuse.
    const schemaErrors = check.findings.filter((f) => f.severity === 'error' && (f.ruleId.startsWith('schema/') || f.ruleId.startsWith('parse/')));
    if (schemaErrors.length > 0) {
      io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${msg(lang, 'wizard.error.schema', { file: shown })}\n${schemaErrors.map((f) => `  ${f.line}:${f.column} ${f.message}`).join('\n')}\n`);
      return EXIT.ERROR;
    }
    try {
      if (!onlyStep || text !== existing?.text) await persist();
    } catch (err) {
      if (err instanceof FileExistsError) {
        io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${msg(lang, 'wizard.error.exists', { file: shown })}\n`);
        return EXIT.ERROR;
      }
      if (err instanceof WriteRefusedError || isSystemError(err)) throw new UsageError(writeErrorMessage(err, shown, lang)!);
      if (err instanceof PlanEditError) throw new UsageError(`${shown}:${err.line}:${err.column}: ${msg(lang, 'wizard.error.edit', { detail: err.describe(lang) })}`);
      throw err;
    }
  }
  io.stdout.write(`\n${msg(lang, stopped ? 'wizard.saved.stopped' : 'wizard.saved', { file: shown })}\n`);
  if (session.placeholders.length > 0) io.stdout.write(`${msg(lang, 'wizard.saved.placeholders')}\n`);
  if (session.notes.length > 0) io.stdout.write(`${msg(lang, 'wizard.saved.notes')}\n${session.notes.map((n) => `  - ${n}`).join('\n')}\n`);
  printSummary(io, shown, text, lang, color);
  return EXIT.OK;
}
