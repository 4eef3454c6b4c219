/** `kemitraan schema`: the plan's JSON Schema (built from the catalog) on stdout. */
import { buildPlanSchema } from '../../plan/schema.js';
import { EXIT, type CliIO } from '../context.js';

export function runSchema(io: CliIO): number {
  io.stdout.write(JSON.stringify(buildPlanSchema(), null, 2) + '\n');
  return EXIT.OK;
}
