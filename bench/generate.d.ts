/** Types of bench/generate.js (plain ESM JavaScript) for the tests' typecheck. */
export interface GeneratedPlan {
  /** File name, e.g. `plan-00001.yaml`. */
  name: string;
  /** The plan's YAML text. */
  text: string;
}

/** `count` realistic, varied, schema-valid plans; deterministic for a seed (default 1). */
export function generatePlans(count: number, options?: { seed?: number }): GeneratedPlan[];

/** Writes `count` plans into `dir` (created if needed); returns the written file paths. */
export function writePlans(dir: string, count: number, options?: { seed?: number }): string[];
