/**
 * Less work for V8's optimising compiler while a command reads many plans (`check`, `report` and `export` from
 * LEAN_TIERING_FROM files on, parallel.ts): smaller inlining, and functions optimised a little later.
 *
 * Over thousands of plans a quarter of `check`'s CPU was TurboFan compiling (5,000 drafts: ~2.2 of ~7.8 s, on
 * V8's background threads; with `--no-concurrent-recompilation` it moves onto the checking threads and the total
 * stays): every thread is an isolate that optimises the reader, the validators, ~40 rule families and the
 * formatters again, and each optimised function carries every function inlined into it. So:
 *
 * - less inlining: at most 230 bytes of bytecode inlined into one optimised function in all (V8's default: 920),
 *   which makes those compiles smaller for little loss in the code they make. Not the per-function limit
 *   (`--max-inlined-bytecode-size`, 120 instead of 460, used before): V8 reads that one twice in one compile — to
 *   pick what to inline, then again to inline it — and a compile running on a background thread while it was
 *   lowered aborted the whole process (`Check failed: inlineability == kHasOptimizationDisabled`, seen in the
 *   test suite, whose processes changed it at every run of ten plans). The cumulative budget only decides what
 *   to try, and nothing is checked against it later. Instructions, 1,000 drafts with the budget below: 7.24 G
 *   either way, 7.69 G with V8's inlining;
 * - an interrupt budget three times V8's default makes a function wait three times as long before V8 considers
 *   optimising it: a function a run calls only some thousand times stays in the baseline tier instead of costing
 *   a compile per thread, while the hot loops (the reader, validation) are still optimised early in the run.
 *   Instructions (valgrind), against the smaller inlining alone: 1,000 drafts −7.0%, 1,000 valid plans −7.8%, 5,000
 *   drafts −4.9% (TurboFan 5.5 → 3.1 G; unoptimised code and builtins +1.3 G). Four times measured about the
 *   same (−5%, −8%, −2%), six times less (−4%, −6%).
 *
 * See README "Performance" for the figures. The flags are process-wide and read as V8 works (each compile, each
 * budget reset), so they are set before the workers start (their isolates compile with them too) and set back
 * when the run ends: V8's flags are part of the check it makes on a code cache, and the main bundle's cache is
 * written after the run (bin/kemitraan.cjs). A flag of either kind given to node on its command line is left
 * alone (with it, the other one is not set either: someone is measuring).
 */
import v8 from 'node:v8';

/** V8's defaults, restored at the end (a test holds V8's code-cache tag to them). */
const DEFAULTS = ['--max-inlined-bytecode-size-cumulative=920', '--interrupt-budget=67584'];
/** Only flags V8 reads once per compile or budget: changing them while compiles run is safe (see above). */
export const LEAN = ['--max-inlined-bytecode-size-cumulative=230', '--interrupt-budget=202752'];

export class LeanTiering {
  private set = false;

  constructor(private readonly execArgv: readonly string[]) {}

  /** Limits inlining and delays optimisation from now on (call it before workers start). */
  start(): void {
    if (this.set || this.execArgv.some((a) => a.includes('inlin') || a.includes('interrupt-budget'))) return;
    for (const flag of LEAN) v8.setFlagsFromString(flag);
    this.set = true;
  }

  /** V8's defaults again (and its flags match a code cache's again). */
  release(): void {
    if (!this.set) return;
    for (const flag of DEFAULTS) v8.setFlagsFromString(flag);
    this.set = false;
  }
}
