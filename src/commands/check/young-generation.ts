/**
 * Keeps the main thread's young generation from growing to its full size while it checks files beside the
 * workers (first made for `--cache`, then for every run with workers).
 *
 * V8 grows a heap's young generation (its semi-spaces) by `--semi-space-growth-factor` each time enough survives
 * a scavenge, up to `--max-semi-space-size` (16 MB by default: 34 MB of new space). The maximum is read only when
 * the heap is made, so it cannot be set from inside the process; the growth factor, though, is read at every
 * growth, so setting it to 1 stops growth where it is — the main thread then collects its short-lived garbage
 * (parsed plans, results, JSON) more often instead of letting it fill 34 MB, as the workers do within their
 * 8 MB (worker-pool.ts). 5,000 drafts with --cache: the main thread's new space stays at 16 instead of 34 MB.
 *
 * Three facts of V8 and Node shape it. The flag is process-wide, so it is set only once every worker's young
 * generation has grown to its own limit (the pool knows: workersGrown) — else a worker would stay smaller and
 * collect more often. Making an isolate (starting a worker) sets a factor below 2 back to 2, which the same
 * wait covers. And the flags are part of the check V8 makes on a code cache (a cache written while the factor
 * is changed would be refused at the next start), so the factor is restored when the run ends.
 */
import v8 from 'node:v8';

/** V8's default growth factor, restored at the end (a test holds V8's code-cache tag to it). */
const DEFAULT_FACTOR = 2;
/** Results between two looks at the pool. */
const EVERY = 8;

export class YoungGenerationCap {
  private capped = false;
  private seen = 0;

  constructor(private readonly pool: { readonly workersGrown: boolean }) {}

  /** Called as results come: stops the growth of young generations once the workers' have grown. */
  check(): void {
    if (this.capped || ++this.seen % EVERY !== 0 || !this.pool.workersGrown) return;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    this.capped = true;
  }

  /** Lets V8 grow young generations again (and its flags match a code cache's again). */
  release(): void {
    if (!this.capped) return;
    v8.setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_FACTOR}`);
    this.capped = false;
  }
}
