#!/usr/bin/env node
// Floors for the throughput benchmark: what reading every plan costs (`read`), and reading and parsing each with
// js-yaml under the core schema check uses (`parse`), on one thread. Nothing checked can go below these.
//   node bench/floor.js read|parse DIR
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { coreSchema } from '../dist/plan/fast-load.js';

const [mode, dir] = process.argv.slice(2);
const jsYaml = createRequire(import.meta.url)('js-yaml');
const schema = coreSchema();
let bytes = 0;
for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
  const text = readFileSync(path.join(dir, f), 'utf8');
  bytes += text.length;
  if (mode === 'parse') jsYaml.load(text, { schema, json: false });
}
process.stdout.write(`${bytes}\n`);
