/** `kemitraan guide` and `kemitraan schema` through the real binary. */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runInProcess as runCli, ROOT, seedsDir } from './helpers/cli.js';

const SEEDS = seedsDir();
const seedText = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(SEEDS, f), 'utf8')).join('\n');

interface Item { id: string; kind: string; group: string; label: { id: string; en: string } }

const GUIDE_JSON = JSON.parse((await runCli(['guide', '--format', 'json'])).stdout) as { items: Item[] };

describe('kemitraan guide --format json', () => {
  const out = GUIDE_JSON;
  const of = (kind: string) => out.items.filter((i) => i.kind === kind);

  test('holds every role of the seed, by its Indonesian name', async () => {
    const names = [...seedText.matchAll(/^\s+\d+\. (.+?);?\.?$/gm)].map((m) => m[1]!).slice(0, 12);
    expect(of('role').map((r) => r.label.id)).toEqual(names);
  });

  test('holds the 6 sectors and 33 potentials, each potential text found in the seed', async () => {
    expect(of('sector')).toHaveLength(6);
    const potentials = of('potential');
    expect(potentials).toHaveLength(33);
    const squashed = seedText.replace(/\s+/g, ' ').toLowerCase();
    // The catalog corrects two typos of the seed ("decit", "Pemantaun"); everything else is verbatim.
    const verbatim = potentials.filter((p) => !/defisit|Pemantauan program$/.test(p.label.id));
    for (const p of verbatim) expect(squashed).toContain(p.label.id.replace(/\s+/g, ' ').toLowerCase().replace(/ \(tpb\)| \(tujuan pembangunan berkelanjutan\)/, ''));
  });

  test('holds 10 + 13 + 11 criteria, each with both labels', async () => {
    const criteria = of('criterion');
    expect(criteria).toHaveLength(34);
    for (const c of criteria) {
      expect(c.label.id).not.toBe('');
      expect(c.label.en).not.toBe('');
    }
  });

  test('every item carries id, kind, group and both labels', async () => {
    for (const i of out.items) {
      expect(Object.keys(i)).toEqual(expect.arrayContaining(['id', 'kind', 'group', 'label']));
      expect(Object.keys(i.label).sort()).toEqual(['en', 'id']);
    }
  });

  test('one step narrows to that step\'s items', async () => {
    const step = JSON.parse((await runCli(['guide', '4', '--format', 'json'])).stdout) as { items: Item[] };
    expect(step.items.filter((i) => i.kind === 'criterion')).toHaveLength(11);
    expect(step.items.filter((i) => i.kind === 'step').map((i) => i.id)).toEqual(['readiness']);
  });
});

describe('kemitraan guide (text)', () => {
  test('prints a step with its criteria, in Indonesian by default and English on request', async () => {
    const id = await runCli(['guide', 'gagasan']);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Langkah 1: Menentukan gagasan kemitraan');
    expect(id.stdout).toContain('Relevan dengan visi dan misi');
    const en = await runCli(['guide', 'idea', '--lang', 'en']);
    expect(en.stdout).toContain('Step 1: Determine the partnership idea');
    expect(en.stdout).toContain('Relevant to the vision and mission');
  });
  test('lines fit a terminal', async () => {
    const all = (await runCli(['guide'])).stdout.split('\n');
    expect(Math.max(...all.map((l) => l.length))).toBeLessThanOrEqual(100);
  });
  test('the whole guide ends with the foundations and the source', async () => {
    const text = (await runCli(['guide'])).stdout;
    expect(text).toContain('Prinsip kemitraan');
    expect(text.trim().split('\n').slice(-3).join(' ')).toContain('Panduan Menggalang Kemitraan Bidang Kesehatan');
  });
  test('an unknown step is a usage error', async () => {
    const r = await runCli(['guide', '9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('langkah "9" tidak dikenal');
  });
  test('a closed pipe is not an error', async () => {
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(path.join(ROOT, 'bin', 'kemitraan.cjs'))} guide --format json | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('0');
    expect(r.stderr).not.toContain('EPIPE');
  });
});

describe('kemitraan schema', () => {
  test('prints the schema shipped in schemas/', async () => {
    const printed = JSON.parse((await runCli(['schema'])).stdout);
    const shipped = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'plan.schema.json'), 'utf8'));
    expect(printed).toEqual(shipped);
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(printed.$id).toMatch(/^https:\/\//);
    expect(printed.properties.partners.items.properties.sector.enum).toEqual(['pemerintah', 'akademisi', 'cso', 'masyarakat', 'swasta', 'internasional']);
    expect(printed.properties.goals.properties.requiredRoles.items.enum).toHaveLength(12);
  });
  test('titles and descriptions in both languages for editors', async () => {
    const s = JSON.parse((await runCli(['schema'])).stdout);
    expect(s.properties.idea.title).toBe('Menentukan gagasan kemitraan / Determine the partnership idea');
    expect(s.properties.partners.items.properties.sector.enumDescriptions[0]).toBe('Pemerintah / Government');
  });
});
