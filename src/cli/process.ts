/** `run` over the real process (see process-io.ts for what that means for output). */
import { processIo } from './process-io.js';
import { run } from './main.js';

export async function runProcess(argv: readonly string[]): Promise<number> {
  return run(argv, processIo(argv));
}
