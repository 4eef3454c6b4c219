/**
 * One run of the wizard: where each answer comes from. A question is answered, in this order, by the answers
 * file (and flags), by the person at the terminal (with the current value or the question's default offered),
 * or, without a terminal, by the current value or default; a required question left without an answer is
 * recorded as missing (or, with --yes, gets a placeholder the person replaces later). Pure apart from the
 * prompter it is given: no fs, no process, no console.
 */
import type { Lang } from '../guide/types.js';
import { msg, type MessageId, type Params } from '../guide/messages/index.js';
import { BACK, type Choice, type Prompter } from './prompter.js';
import { parseAnswer, type Kind } from './validate.js';
import { shownNumber } from './number-echo.js';

export type Rec = Record<string, unknown>;

/** Where in the answers and in the current plan a group of questions reads from. */
export interface Scope {
  /** Human path for messages: `partners[1].contact`. */
  path: string;
  answers: Rec | undefined;
  current: Rec | undefined;
}

export interface TextQuestion {
  message: MessageId;
  params?: Params;
  kind?: Kind;
  required?: boolean;
  default?: string | number;
  /** With --yes, what a required question without a default gets (the person replaces it later). */
  placeholder?: MessageId;
  /** Use the default even without a terminal or --yes (derived ids, safe first statuses). */
  always?: boolean;
  /** A further check on the parsed value (uniqueness, date order). */
  check?: (value: string | number) => MessageId | undefined;
}

export interface ChoiceQuestion {
  message: MessageId;
  params?: Params;
  choices: readonly Choice<string>[];
  required?: boolean;
  default?: string;
  always?: boolean;
}

export interface SessionOptions {
  lang: Lang;
  /** Absent when nobody is at a terminal: then nothing is ever prompted. */
  prompter?: Prompter;
  answers: Rec;
  /** --yes: accept defaults, fill placeholders for required answers without one. */
  yes: boolean;
  today: string;
}

const SKIP = '';

/** Thrown inside a step when the person asks to go back; the step's frame replays it up to the previous question. */
export class GoBack extends Error {
  constructor() {
    super('back');
    this.name = 'GoBack';
  }
}

/** One answer given at the terminal, in the order asked (what going back replays). */
interface Given {
  id: string;
  value: unknown;
}

export function asRec(v: unknown): Rec | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined;
}

export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

export function child(scope: Scope, field: string): Scope {
  return { path: scope.path ? `${scope.path}.${field}` : field, answers: asRec(scope.answers?.[field]), current: asRec(scope.current?.[field]) };
}

/** A question's stable id: its path without list indexes (`partners[2].contact.name` → `partners.contact.name`). */
export function questionId(scope: Scope, field: string): string {
  return `${scope.path ? `${scope.path}.` : ''}${field}`.replace(/\[\d+\]/g, '');
}

export class Session {
  readonly lang: Lang;
  readonly today: string;
  readonly yes: boolean;
  readonly answers: Rec;
  /** Paths of required answers nobody gave (non-interactive runs). */
  readonly missing: string[] = [];
  /** Answers from the file that could not be used, as `path: reason`. */
  readonly problems: string[] = [];
  /** Paths that got a --yes placeholder, to be replaced by the person. */
  readonly placeholders: string[] = [];
  /** What was written otherwise than given, said after saving (non-interactive runs; a terminal hears it at once). */
  readonly notes: string[] = [];
  private readonly prompter: Prompter | undefined;
  /** Answers given in the current step's frame, in order; undefined outside a frame (no going back). */
  private given: Given[] | undefined;
  /** Answers being replayed after going back: taken without asking. */
  private replaying: Given[] = [];
  /** The answer to the question asked again after going back, offered as its default. */
  private reask: Given | undefined;
  /** Called with a step's sections after every list entry (set by the wizard's loop while a step runs). */
  onProgress: ((sections: Rec) => Promise<void>) | undefined;
  /** Continuing a step that was interrupted: lists keep their entries without asking and go on to adding. */
  resuming = false;

  constructor(options: SessionOptions) {
    this.lang = options.lang;
    this.today = options.today;
    this.yes = options.yes;
    this.answers = options.answers;
    this.prompter = options.prompter;
  }

  get interactive(): boolean {
    return this.prompter !== undefined;
  }

  m(id: MessageId, params?: Params): string {
    return msg(this.lang, id, params);
  }

  say(text: string): void {
    // While going back, the questions before the one asked again are replayed silently.
    if (this.replaying.length === 0) this.prompter?.say(text);
  }

  /**
   * Says that an answer is written otherwise than it was given (an official name for a loosely typed one): at
   * once at a terminal, after saving without one — never silently.
   */
  note(text: string): void {
    if (this.interactive) this.say(text);
    else if (!this.notes.includes(text)) this.notes.push(text);
  }

  /**
   * Runs a step (or any group of questions) so that the person can go back: when a question returns BACK, the
   * group is run again from its start with the answers given so far replayed without asking, up to the previous
   * question, which is asked again with its answer as the default. The flows are deterministic given the
   * answers, so the replay walks exactly the same questions.
   */
  async frame<T>(run: () => Promise<T>): Promise<T> {
    if (!this.prompter || this.given) return run();
    try {
      for (;;) {
        this.given = [];
        try {
          return await run();
        } catch (err) {
          if (!(err instanceof GoBack)) throw err;
          const given = this.given;
          if (given.length === 0) this.prompter.say(this.m('typing.back.first'));
          this.replaying = given.slice(0, -1);
          this.reask = given[given.length - 1];
        }
      }
    } finally {
      this.given = undefined;
      this.replaying = [];
      this.reask = undefined;
    }
  }

  /** Asks one question through `run`, or takes the replayed answer; records what was given. */
  private async ask<T>(id: string, run: (previous: unknown, canGoBack: boolean) => Promise<T | typeof BACK>): Promise<T> {
    const replayed = this.replaying.shift();
    if (replayed) {
      this.given?.push(replayed);
      return replayed.value as T;
    }
    const previous = this.reask?.id === id ? this.reask.value : undefined;
    this.reask = undefined;
    const value = await run(previous, (this.given?.length ?? 0) > 0);
    if (value === BACK) throw new GoBack();
    this.given?.push({ id, value });
    return value as T;
  }

  /** A question's default is what Enter accepts; without a terminal it applies with --yes or when marked `always`. */
  private defaultFor<T>(q: { default?: T; always?: boolean }): T | undefined {
    return this.interactive || this.yes || q.always ? q.default : undefined;
  }

  private reject(path: string, problem: string): void {
    if (this.interactive) this.say(this.m('wizard.answerRejected', { path, problem }));
    else this.problems.push(`${path}: ${problem}`);
  }

  private requiredMissing(path: string, q: { required?: boolean; placeholder?: MessageId }): string | undefined {
    if (!q.required) return undefined;
    if (this.yes && q.placeholder) {
      this.placeholders.push(path);
      return this.m(q.placeholder);
    }
    this.missing.push(path);
    return undefined;
  }

  private parse(q: TextQuestion, raw: string | number): { value?: string | number; problem?: string } {
    const parsed = parseAnswer(q.kind ?? 'text', raw);
    if (!parsed.ok) return { problem: this.m(parsed.problem, parsed.params) };
    const further = q.check?.(parsed.value);
    return further ? { problem: this.m(further) } : { value: parsed.value };
  }

  /** A typed answer (text, date, number, id ...). Returns undefined when left empty. */
  async text(scope: Scope, field: string, q: TextQuestion): Promise<string | number | undefined> {
    const path = scope.path ? `${scope.path}.${field}` : field;
    const answered = scope.answers?.[field];
    if (!isBlank(answered)) {
      if (typeof answered !== 'string' && typeof answered !== 'number') this.reject(path, this.m('wizard.invalid.text'));
      else {
        const r = this.parse(q, answered);
        if (r.value !== undefined) return r.value;
        this.reject(path, r.problem!);
      }
      if (!this.interactive) return undefined;
    }
    const current = scope.current?.[field];
    const fallback = typeof current === 'string' || typeof current === 'number' ? current : this.defaultFor(q);
    if (!this.prompter) {
      if (!isBlank(fallback)) return fallback;
      return this.requiredMissing(path, q);
    }
    const message = this.m(q.message, q.params) + (q.required ? '' : this.m('wizard.optionalMark'));
    const prompter = this.prompter;
    const raw = await this.ask<string>(questionId(scope, field), async (previous, canGoBack) => {
      let offered = previous !== undefined ? String(previous) : fallback !== undefined ? String(fallback) : undefined;
      for (;;) {
        const typed = await prompter.input({
          id: questionId(scope, field),
          message,
          ...(offered !== undefined ? { default: offered } : {}),
          validate: (value: string) => {
            const v = value.trim();
            if (v === '<' && canGoBack) return true;
            if (v === '' || v === '-') return q.required ? this.m('wizard.invalid.required') : true;
            const r = this.parse(q, v);
            return r.problem ?? true;
          },
        });
        const v = typed.trim();
        if (v === '<' && canGoBack) return BACK;
        if (v === '' || v === '-') return v;
        if (await this.numberUnderstood(q, v)) return v;
        offered = undefined;
      }
    });
    const v = raw.trim();
    if (v === '' || v === '-') return undefined;
    return this.parse(q, v).value;
  }

  /**
   * Shows back a number that was not typed as plain digits ("= 1.250 (seribu dua ratus lima puluh)"); when it
   * could be read two ways (1.250: 1250 or 1,25?) asks first. False: the person wants to type it again.
   */
  private async numberUnderstood(q: TextQuestion, typed: string): Promise<boolean> {
    const parsed = parseAnswer(q.kind ?? 'text', typed);
    if (!parsed.ok || !parsed.read?.interpreted || typeof parsed.value !== 'number') return true;
    const shown = shownNumber(parsed.value, this.lang);
    if (parsed.read.ambiguous) {
      const yes = await this.prompter!.confirm({ id: 'typing.number.confirm', message: this.m('typing.number.confirm', shown), default: true });
      if (!yes) this.prompter!.say(this.m('typing.number.retype'));
      return yes;
    }
    this.prompter!.say(this.m('typing.number.understood', shown));
    return true;
  }

  /** One of a list of choices; optional questions get a "skip" choice. Returns undefined when skipped. */
  async choice(scope: Scope, field: string, q: ChoiceQuestion): Promise<string | undefined> {
    const path = scope.path ? `${scope.path}.${field}` : field;
    const allowed = q.choices.map((c) => c.value);
    const answered = scope.answers?.[field];
    if (!isBlank(answered)) {
      if (typeof answered === 'string' && allowed.includes(answered)) return answered;
      this.reject(path, this.m('wizard.invalid.choice', { value: String(answered), allowed: allowed.join(', ') }));
      if (!this.interactive) return undefined;
    }
    const current = scope.current?.[field];
    const fallback = typeof current === 'string' && allowed.includes(current) ? current : this.defaultFor(q);
    if (!this.prompter) {
      if (fallback !== undefined) return fallback;
      return this.requiredMissing(path, q);
    }
    const choices = q.required ? q.choices : [...q.choices, { value: SKIP, name: this.m('wizard.choice.none') }];
    // Enter on an optional question without a default leaves it empty, as for typed answers.
    const initial = fallback ?? (q.required ? undefined : SKIP);
    const prompter = this.prompter;
    const picked = await this.ask<string>(questionId(scope, field), (previous, canGoBack) => prompter.select<string>({
      id: questionId(scope, field), message: this.m(q.message, q.params), choices,
      ...(typeof previous === 'string' ? { default: previous } : initial !== undefined ? { default: initial } : {}),
      ...(canGoBack ? { back: this.m('typing.back.choice') } : {}),
    }));
    return picked === SKIP ? undefined : picked;
  }

  /** Any number of choices; `preselected` are ticked when there is no current value. */
  async multi(scope: Scope, field: string, q: { message: MessageId; params?: Params; choices: readonly Choice<string>[]; preselected?: readonly string[] }): Promise<string[]> {
    const path = scope.path ? `${scope.path}.${field}` : field;
    const allowed = q.choices.map((c) => c.value);
    const answered = scope.answers?.[field];
    if (!isBlank(answered)) {
      const list = Array.isArray(answered) ? answered : [answered];
      const bad = list.filter((v) => typeof v !== 'string' || !allowed.includes(v));
      if (bad.length === 0) return [...new Set(list as string[])];
      this.reject(path, this.m('wizard.invalid.choice', { value: bad.map(String).join(', '), allowed: allowed.join(', ') }));
      if (!this.interactive) return [];
    }
    const current = scope.current?.[field];
    const selected = Array.isArray(current) ? current.filter((v): v is string => typeof v === 'string') : [...(q.preselected ?? [])];
    if (!this.prompter) return Array.isArray(current) ? selected : [];
    const prompter = this.prompter;
    const picked = await this.ask<string[]>(questionId(scope, field), (previous) => {
      const ticked = Array.isArray(previous) ? (previous as string[]) : selected;
      return prompter.checkbox<string>({
        id: questionId(scope, field),
        message: this.m(q.message, q.params),
        choices: q.choices.map((c) => ({ ...c, checked: ticked.includes(c.value) })),
      });
    });
    // What was there keeps its order; what is new follows in the order of the choices.
    return [...selected.filter((v) => picked.includes(v)), ...picked.filter((v) => !selected.includes(v))];
  }

  /** A yes/no question that is never answered from a file: without a terminal it takes `fallback`. */
  async confirm(id: string, message: MessageId, params: Params | undefined, fallback: boolean): Promise<boolean> {
    const prompter = this.prompter;
    if (!prompter) return fallback;
    return this.ask<boolean>(id, (previous) => prompter.confirm({ id, message: this.m(message, params), default: typeof previous === 'boolean' ? previous : fallback }));
  }

  async select<T extends string>(id: string, message: MessageId, params: Params | undefined, choices: readonly Choice<T>[], fallback: T): Promise<T> {
    const prompter = this.prompter;
    if (!prompter) return fallback;
    return this.ask<T>(id, (previous, canGoBack) => prompter.select<T>({
      id, message: this.m(message, params), choices, default: (previous as T | undefined) ?? fallback,
      ...(canGoBack ? { back: this.m('typing.back.choice') } : {}),
    }));
  }

  /**
   * A list of items, one by one. Items from the answers file replace the list; otherwise each current item is
   * kept, edited or removed, and then the person may add more. `item` builds one item from its scope.
   */
  async list<T>(
    scope: Scope,
    field: string,
    options: {
      add: MessageId; addParams?: Params; label: (item: Rec) => string; addFirst?: boolean; countFrom?: number;
      /** The step's sections with the entries so far, written after every entry so Ctrl-C loses at most one. */
      partial?: (items: readonly T[]) => Rec;
    },
    item: (itemScope: Scope, done: readonly T[]) => Promise<T | undefined>,
  ): Promise<T[]> {
    const base = scope.path ? `${scope.path}.${field}` : field;
    const id = questionId(scope, field);
    const out: T[] = [];
    const answered = asList(scope.answers?.[field]);
    const current = asList(scope.current?.[field]);
    const saved = async () => {
      if (options.partial && this.onProgress) await this.onProgress(options.partial(out));
    };
    if (answered.length > 0) {
      for (const [i, a] of answered.entries()) {
        const rec = asRec(a);
        if (!rec) {
          this.reject(`${base}[${i}]`, this.m('wizard.invalid.item'));
          continue;
        }
        const made = await item({ path: `${base}[${i}]`, answers: rec, current: undefined }, out);
        if (made !== undefined) out.push(made);
      }
    } else {
      for (const c of current) {
        const rec = asRec(c);
        if (rec) out.push(rec as T);
      }
      if (this.prompter && out.length > 0) {
        if (this.resuming) this.say(this.m('wizard.list.resumed', { count: out.length, items: out.map((x) => options.label(x as Rec)).join('; ') }));
        else await this.editFromMenu(id, base, out, options.label, item, saved);
      }
    }
    if (!this.prompter) return out;
    while (await this.confirm(`${id}.add`, options.add, { ...options.addParams, count: out.length + (options.countFrom ?? 0) }, out.length === 0 && options.addFirst !== false)) {
      const made = await item({ path: `${base}[${out.length}]`, answers: undefined, current: undefined }, out);
      if (made !== undefined) {
        out.push(made);
        await saved();
      }
    }
    return out;
  }

  /**
   * The entries already there, in a menu: pick one to edit or remove, the others stay as they are; "done" goes on
   * (Enter keeps them all).
   */
  private async editFromMenu<T>(
    id: string, base: string, out: T[], label: (item: Rec) => string,
    item: (itemScope: Scope, done: readonly T[]) => Promise<T | undefined>, saved: () => Promise<void>,
  ): Promise<void> {
    for (;;) {
      const pick = await this.select(`${id}.menu`, 'wizard.list.menu', { count: out.length }, [
        ...out.map((x, i) => ({ value: `item:${i}`, name: label(x as Rec) })),
        { value: 'done', name: this.m('wizard.list.done') },
      ], 'done');
      if (pick === 'done' || out.length === 0) return;
      const i = Number(pick.slice('item:'.length));
      const what = await this.select(`${id}.item`, 'wizard.list.itemAction', { item: label(out[i] as Rec) }, [
        { value: 'edit', name: this.m('wizard.list.edit') },
        { value: 'remove', name: this.m('wizard.list.remove') },
        { value: 'keep', name: this.m('wizard.list.keep') },
      ], 'edit');
      if (what === 'keep') continue;
      if (what === 'remove') out.splice(i, 1);
      else {
        const made = await item({ path: `${base}[${i}]`, answers: undefined, current: out[i] as Rec }, out.filter((_, j) => j !== i));
        if (made === undefined) out.splice(i, 1);
        else out[i] = made;
      }
      await saved();
    }
  }
}
