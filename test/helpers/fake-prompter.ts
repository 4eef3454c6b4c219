/**
 * A scripted stand-in for the terminal: answers each question by its stable id (`partners.sector`), and
 * otherwise does what pressing Enter does (the default, the pre-ticked boxes). `many(a, b)` answers the same
 * question differently each time it is asked. Typed answers go through the prompt's own validation, as they
 * would at the terminal; a rejected answer is recorded and the next queued one is tried.
 */
import { BACK, type CheckboxQuestion, type ConfirmQuestion, type InputQuestion, type Prompter, type SelectQuestion } from '../../src/wizard/prompter.js';

export { BACK };

export interface Queue { queue: unknown[] }
/** In a script or a queue: the person presses Ctrl-C at this question. */
export const INTERRUPT = Symbol('interrupt');
export const many = (...values: unknown[]): Queue => ({ queue: values });

export class ExitPromptError extends Error {
  override name = 'ExitPromptError';
}

export interface Asked { kind: string; id: string; message: string; default?: unknown; choices?: unknown[] }

export class FakePrompter implements Prompter {
  readonly asked: Asked[] = [];
  readonly said: string[] = [];
  readonly rejected: { id: string; value: string; problem: string }[] = [];

  constructor(private readonly script: Record<string, unknown> = {}, private readonly options: { interruptAt?: string } = {}) {}

  private next(id: string): { has: boolean; value?: unknown } {
    if (this.options.interruptAt === id) throw new ExitPromptError('User force closed the prompt with SIGINT');
    if (!(id in this.script)) return { has: false };
    const v = this.script[id];
    if (v && typeof v === 'object' && 'queue' in (v as object)) {
      const q = (v as Queue).queue;
      if (q.length === 0) return { has: false };
      const value = q.shift();
      if (value === INTERRUPT) throw new ExitPromptError('User force closed the prompt with SIGINT');
      return { has: true, value };
    }
    if (v === INTERRUPT) throw new ExitPromptError('User force closed the prompt with SIGINT');
    return { has: true, value: v };
  }

  async input(q: InputQuestion): Promise<string> {
    this.asked.push({ kind: 'input', id: q.id, message: q.message, default: q.default });
    for (;;) {
      const n = this.next(q.id);
      const value = n.has ? String(n.value) : (q.default ?? '');
      const ok = q.validate ? q.validate(value) : true;
      if (ok === true) return value;
      this.rejected.push({ id: q.id, value, problem: ok });
      if (!n.has) throw new Error(`FakePrompter: no valid answer for ${q.id}: ${ok}`);
    }
  }

  async select<T>(q: SelectQuestion<T>): Promise<T | typeof BACK> {
    this.asked.push({ kind: 'select', id: q.id, message: q.message, default: q.default, choices: q.choices.map((c) => c.value) });
    const n = this.next(q.id);
    if (n.has && n.value === BACK) {
      if (!q.back) throw new Error(`FakePrompter: ${q.id} offers no way back`);
      return BACK;
    }
    const value = n.has ? (n.value as T) : (q.default ?? q.choices[0]!.value);
    if (!q.choices.some((c) => c.value === value)) throw new Error(`FakePrompter: ${String(value)} is not a choice of ${q.id}`);
    return value;
  }

  async checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]> {
    this.asked.push({ kind: 'checkbox', id: q.id, message: q.message, default: q.choices.filter((c) => c.checked).map((c) => c.value), choices: q.choices.map((c) => c.value) });
    const n = this.next(q.id);
    const value = n.has ? (n.value as T[]) : q.choices.filter((c) => c.checked).map((c) => c.value);
    for (const v of value) if (!q.choices.some((c) => c.value === v)) throw new Error(`FakePrompter: ${String(v)} is not a choice of ${q.id}`);
    return value;
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    this.asked.push({ kind: 'confirm', id: q.id, message: q.message, default: q.default });
    const n = this.next(q.id);
    return n.has ? Boolean(n.value) : (q.default ?? false);
  }

  say(text: string): void {
    this.said.push(text);
  }

  ids(): string[] {
    return this.asked.map((a) => a.id);
  }
}
