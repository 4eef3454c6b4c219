/**
 * The hostile corpus: the committed files beside this one, plus inputs too big or too regular to commit, made on
 * demand in a temporary directory (deep nesting, a file past the size limit, a 2,000-character key, a plan whose
 * every value is a wrong type).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_PLAN_BYTES } from '../../src/plan/load.js';

export const HOSTILE_DIR = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HOSTILE_DIR, '..', '..');
export const EXAMPLE_FILE = path.join(ROOT, 'examples', 'stunting-sumedang.yaml');

/** The committed hostile files (name -> absolute path). */
export function hostileFiles(): string[] {
  return readdirSync(HOSTILE_DIR).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(HOSTILE_DIR, f));
}

/** Every example plan. */
export function exampleFiles(): string[] {
  const dir = path.join(ROOT, 'examples');
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f));
}

/** Hostile inputs made in memory: name -> text (small enough to parse in-process). */
export function generatedHostileTexts(): Record<string, string> {
  const example = readFileSync(EXAMPLE_FILE, 'utf8');
  return {
    'deep-flow-nesting.yaml': '['.repeat(100_000),
    'deep-compact-sequence.yaml': '- '.repeat(100_000) + 'x\n',
    'deep-flow-closed.yaml': 'a: ' + '['.repeat(5_000) + ']'.repeat(5_000) + '\n',
    'deep-block-nesting.yaml': Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n',
    'long-key.yaml': `schemaVersion: 1\n${'k'.repeat(2_000)}: panjang\n`,
    'long-line-value.yaml': example.replace('title: ', `title: ${'panjang '.repeat(300)}`),
    'null-keys.yaml': 'schemaVersion: 1\n~: nol\nnull: juga\n"": kosong\n',
    'collection-key.yaml': 'schemaVersion: 1\n[a, b]: daftar\n{c: d}: peta\n',
    'explicit-key.yaml': 'schemaVersion: 1\n? title\n: Kunci eksplisit\n',
    'numeric-keys.yaml': 'schemaVersion: 1\n2: dua\n1: satu\n0x1: heks\nb: huruf\n',
    'merge-key.yaml': 'schemaVersion: 1\nbase: &base { province: Jawa Barat }\nregion:\n  <<: *base\n  regency: Kota Bandung\n',
    'plain-merge-key.yaml': 'schemaVersion: 1\nregion:\n  <<: { province: Jawa Barat }\n',
    'crlf-broken.yaml': 'schemaVersion: 1\r\ntitle: [tidak ditutup\r\nprogram: stunting\r\n',
    'block-scalars.yaml': example.replace(/^ {2}rationale: .*$/m, '  rationale: |\n    Baris satu.\n    Baris dua.\n\n  # komentar\n').replace(/^ {2}target: .*$/m, '  target: >-\n    Dilipat\n    menjadi satu.\n'),
    'quoted-escapes.yaml': example.replace(/^title: .*$/m, 'title: "Judul \\"kutip\\" \\t tab \\u00e9 \\x41 \\\\ akhir"').replace(/^program: .*$/m, "program: 'stun''ting'"),
    'multiline-plain.yaml': example.replace(/^ {2}problem: (.*)$/m, '  problem: Baris pertama\n    lanjut di baris kedua\n\n    paragraf baru'),
    'wrong-types-everywhere.yaml': wrongTypesEverywhere(example),
    // Found by the property tests: where `yaml` places empty values and compact nested lists.
    'empty-values.yaml': 'schemaVersion: 1\ntitle:\nprogram:   \nregion: # nanti\n  province:\nidea:\n\n  # komentar\n\npartners:\n  -\n  - \n  - id: a\n    name:\n',
    'compact-nested.yaml': 'schemaVersion: 1\npartners:\n  - - - x\n      - y\n    - z\n  - - { id: a }\n',
    // Issue 13: the two readers disagreed on these (same plan passing or failing with an unrelated anchor).
    'old-mac-line-endings.yaml': example.replace(/\n/g, '\r'),
    'escape-past-unicode.yaml': example.replace(/^title: .*$/m, 'title: "Judul \\U00110000"'),
    'escaped-line-break.yaml': example.replace(/^title: .*$/m, 'title: "Judul \\\n\n  lanjutan"'),
    'undefined-alias.yaml': example.replace(/^program: .*$/m, 'program: *tidakAda'),
    'anchor-and-many-keys.yaml': `schemaVersion: 1\nx: &a 1\ny: *a\nextra:\n${Array.from({ length: 5_000 }, (_, i) => `  k${i}: v\n`).join('')}  k17: dup\n`,
    'unicode-keys.yaml': 'schemaVersion: 1\njudul‮: terbalik\n"\u200b": nol-lebar\nنام: فارسی\n',
  };
}

/** The example with every scalar value replaced by a value of another type, line by line. */
function wrongTypesEverywhere(example: string): string {
  const swaps = ['[1, 2]', '{ a: 1 }', '42', 'true', '~', '-3.5', '"teks"'];
  let i = 0;
  return example.replace(/^(\s*(?:- )?[\w-]+): (?!\||>)(.+)$/gm, (_m, key: string) => `${key}: ${swaps[i++ % swaps.length]}`);
}

/** The generated file that is larger than a plan may be. */
export const HUGE_FILE = 'huge-over-limit.yaml';

/** Writes the generated inputs (and, when asked, a file past the size limit) into a fresh temporary directory. */
export function writeGeneratedCorpus(options: { huge?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kemitraan-hostile-'));
  for (const [name, text] of Object.entries(generatedHostileTexts())) writeFileSync(path.join(dir, name), text);
  if (options.huge) writeFileSync(path.join(dir, HUGE_FILE), hugeText());
  return dir;
}

/**
 * A plan-shaped file 1 MB past the size limit (5 MB): a real plan, then a very long list of activities. Past the
 * limit is what counts; it used to be 50 MB, which cost the tests seconds of writing, copying and hashing.
 */
export function hugeText(): string {
  const head = readFileSync(EXAMPLE_FILE, 'utf8');
  const item = '    - { id: kegiatan, what: Kegiatan yang diulang sampai berkas ini sangat besar, why: Menguji batas }\n';
  const target = MAX_PLAN_BYTES + 1024 * 1024;
  return head + 'extra:\n  items:\n' + item.repeat(Math.ceil((target - head.length) / item.length));
}
