/**
 * Less inlining by V8's optimising compiler while `check` runs with workers.
 *
 * Over thousands of plans a quarter of `check`'s CPU was TurboFan compiling (5,000 drafts: ~2.2 of ~7.8 s, on
 * V8's background threads; with `--no-concurrent-recompilation` it moves onto the checking threads and the total
 * stays): every thread is an isolate that optimises the reader, the validators, ~40 rule families and the
 * formatters again, and each optimised function carries every function inlined into it. Inlining only functions
 * of up to 120 bytes of bytecode (V8's default: 460) makes those compiles smaller for little loss in the code
 * they make: see README "Performance" for the figures.
 *
 * The flag is process-wide and read at each compile, so it is set before the workers start (their isolates
 * compile with it too) and set back when the run ends: V8's flags are part of the check it makes on a code cache,
 * and the main bundle's cache is written after the run (bin/kemitraan.cjs). An inlining flag given to node on its
 * command line is left alone.
 */
import v8 from 'node:v8';

/** V8's default, restored at the end (a test holds V8's code-cache tag to it). */
const DEFAULT = '--max-inlined-bytecode-size=460';
const LEAN = '--max-inlined-bytecode-size=120';

export class LeanInlining {
  private set = false;

  constructor(private readonly execArgv: readonly string[]) {}

  /** Limits inlining from now on (call it before workers start). */
  start(): void {
    if (this.set || this.execArgv.some((a) => a.includes('inlin'))) return;
    v8.setFlagsFromString(LEAN);
    this.set = true;
  }

  /** V8's default again (and its flags match a code cache's again). */
  release(): void {
    if (!this.set) return;
    v8.setFlagsFromString(DEFAULT);
    this.set = false;
  }
}
