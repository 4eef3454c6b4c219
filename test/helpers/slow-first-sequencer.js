/**
 * Jest's order of test files, with one addition. Jest starts the files that took longest last time first, so
 * that no worker is left alone with a long file at the end; without timings (a clean clone, as in CI) it goes by
 * file size, which puts short files with long runs (pack: npm pack + npm install) last and makes the whole run
 * wait for them. So without timings, the files known to be slow start first, in this order; then Jest's.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

// @jest/test-sequencer as Jest itself resolves it (it is Jest's, not a dependency of this project).
const requireFromJest = createRequire(createRequire(import.meta.url).resolve('jest'));
const Sequencer = requireFromJest('@jest/test-sequencer').default;

/**
 * Slowest first, as measured (`jest --json`, 2026-11-27, every suite of 2.5 s or more) on this 2-core machine: the
 * order jest itself takes once it has timings. A file missing here only runs later.
 */
const SLOW_FIRST = [
  'ui-browser', 'hostile-parse-agreement', 'pack', 'property-check', 'render-markdown', 'init-pty', 'check-cli',
  'hostile', 'render-cli', 'check-fast', 'subset-yaml', 'plan-patch', 'render-libreoffice', 'reliability-process',
  'check-cache-file', 'hostile-commands', 'rules-judgement', 'typing-core', 'reliability-read', 'reliability-cli',
  'assess-cli', 'report-cli', 'reliability-write', 'check-cache-today', 'init-cli', 'glob', 'init-command',
  'check-worker-bundle', 'render-formats',
];

export default class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.some((t) => t.duration != null)) return sorted;
    const rank = (t) => {
      const i = SLOW_FIRST.indexOf(path.basename(t.path, '.test.ts'));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    return sorted.map((t, i) => [t, i]).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([t]) => t);
  }
}
