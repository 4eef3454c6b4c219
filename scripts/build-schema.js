// Writes schemas/plan.schema.json from the compiled schema builder (run after tsc by `npm run build`).
import { writeFileSync, mkdirSync } from 'node:fs';
import { buildPlanSchema } from '../dist/plan/schema.js';

mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schemas/plan.schema.json', import.meta.url), JSON.stringify(buildPlanSchema(), null, 2) + '\n');
