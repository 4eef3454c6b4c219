/**
 * Hints the tool prints ("kemitraan init --step 2 rencana.yaml", "kemitraan check ...") must work when copied.
 * Started through npx (`npx kemitraan ...`, where `kemitraan` is usually not on the PATH), they say
 * `npx kemitraan ...`. npm marks a process it started for npx with npm_command=exec (npm 7+).
 */
import type { CliIO, Output } from '../commands/context.js';

// Every command's name (a hint is `kemitraan <command> ...`); test/typing-core.test.ts holds the list to the CLI's.
export const SUBCOMMANDS = 'init|check|report|render|export|assess|ui|guide|schema|completion';
const HINT = new RegExp(`(?<![\\w/.@-])(?<!npx )kemitraan(?= (?:${SUBCOMMANDS})\\b)`, 'g');

/** How a person starts the tool the way this process was started. */
export function commandName(env: CliIO['env']): string {
  return env.npm_command === 'exec' || env.npm_lifecycle_event === 'npx' ? 'npx kemitraan' : 'kemitraan';
}

/** `text` with every printed command hint starting with `name`. */
export function withCommandName(text: string, name: string): string {
  return name === 'kemitraan' ? text : text.replace(HINT, name);
}

/** An output whose writes go through withCommandName; everything else (isTTY, columns, events) is the stream's. */
export function hintingOutput<T extends Output>(out: T, name: string): T {
  if (name === 'kemitraan') return out;
  return new Proxy(out, {
    get(target, prop) {
      if (prop === 'write') return (chunk: unknown, ...rest: unknown[]) => (target.write as (...a: unknown[]) => unknown)(typeof chunk === 'string' ? withCommandName(chunk, name) : chunk, ...rest);
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/**
 * The io a command runs with: `given` itself, or (started through npx) a copy whose outputs rewrite hints.
 * Copied property by property, never spread: spreading would call the `stdin` getter, and building
 * process.stdin costs every command that does not read it.
 */
export function ioWithCommandName(given: CliIO): CliIO {
  const name = commandName(given.env);
  if (name === 'kemitraan') return given;
  const io = Object.defineProperties({}, Object.getOwnPropertyDescriptors(given)) as CliIO;
  io.stdout = hintingOutput(given.stdout, name);
  io.stderr = hintingOutput(given.stderr, name);
  return io;
}
