/**
 * The plan-subset reader agrees with js-yaml (data) and with the js-yaml position index (every key and value),
 * or gives up. On the whole corpus and on generated texts (fast-check), a result that is not `undefined` must be
 * identical; the examples and generated plans must not give up at all (they are what it is for).
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { MAX_NESTING, blockNestingExceeded, decodeText, indentPastLimit, loadPlanText } from '../src/plan/load.js';
import { parsePointer } from '../src/plan/findings.js';
import { loadIndexed, type PositionNode } from '../src/plan/fast-locate.js';
import { subsetLoad } from '../src/plan/subset-yaml.js';
import { numberKind, resolvePlainScalar } from '../src/plan/fast-load.js';
import { generatePlans } from '../bench/generate.js';
import { exampleFiles, generatedHostileTexts, hostileFiles } from './hostile/corpus.js';
import { linearTimes } from './helpers/cpu-time.js';
import { ROOT as ROOT_DIR } from './helpers/cli.js';

/** Key order, -0, NaN and prototypes all count. */
function canonical(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? 'n:-0' : `n:${String(v)}`;
  if (v === undefined) return 'undefined';
  if (v === null || typeof v !== 'object') return `${typeof v}:${JSON.stringify(v)}`;
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const proto = Object.getPrototypeOf(v) === Object.prototype ? 'Object' : 'other';
  return `${proto}{${Object.getOwnPropertyNames(v).map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** What the reader checked before reading, over the whole text, until it found these characters as it read. */
const OUTSIDE_SUBSET = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

/** Characters outside the subset, and some inside it past ASCII (surrogates alone and in a pair). */
const SPECIAL_CHARS = [
  '\t', '\r', '\x00', '\x01', '\x0b', '\x0c', '\x1f', '\x7f', '\x80', '\x85', '\x9f', '\u2028', '\u2029', '\ufeff', '\ufffe',
  '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', 'é', '–', '\u00a0', '\u3000', '\ufffd', 'x',
];

function plainIndex(n: PositionNode | undefined): unknown {
  if (!n) return n;
  return {
    start: n.start,
    keyStart: n.keyStart,
    map: n.map ? [...n.map].map(([k, c]) => [k, plainIndex(c)]) : undefined,
    list: n.list?.map(plainIndex),
  };
}

/** Every JSON pointer into the data (as segments), and one missing child under each node. */
function paths(v: unknown, prefix: string[] = [], out: string[][] = [[]]): string[][] {
  const children: [string, unknown][] = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : v && typeof v === 'object' ? Object.entries(v) : [];
  for (const [k, x] of children) {
    out.push([...prefix, k]);
    paths(x, [...prefix, k], out);
  }
  out.push([...prefix, 'missing-child']);
  return out;
}

/** Where each line starts, for lineCol: slicing the text up to every offset was quadratic on the large texts. */
const lineStartsOf = new Map<string, number[]>();
function lineCol(text: string, offset: number): string {
  let starts = lineStartsOf.get(text);
  if (!starts) {
    starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStartsOf.clear();
    lineStartsOf.set(text, starts);
  }
  // The last line start at or before the offset (an offset past the end counts from the last line).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return `${lo + 1}:${offset - starts[lo]! + 1}`;
}

/**
 * Undefined when the subset reader gives up; else a description of any disagreement, '' when none. Data is
 * compared with js-yaml; positions with js-yaml's index where it has one, and always with the `yaml` document's
 * (the reference every finding is located by).
 */
function disagreement(text: string, withYaml = true): string | undefined {
  const subset = subsetLoad(text);
  if (!subset) return undefined;
  // The characters the reader finds as it reads must be those the whole-text test it replaced looked for.
  if (OUTSIDE_SUBSET.test(text) || !(text as unknown as { isWellFormed(): boolean }).isWellFormed()) return 'read a text with a character outside the subset';
  const reference = loadIndexed(text);
  if (!reference.ok) return 'js-yaml refuses what the subset reader read';
  if (canonical(subset.data) !== canonical(reference.data)) return `data: ${canonical(subset.data)} vs ${canonical(reference.data)}`;
  const jsIndex = reference.positions();
  if (jsIndex) {
    const a = JSON.stringify(plainIndex(subset.index.tree()));
    const b = JSON.stringify(plainIndex(jsIndex));
    if (a !== b) return `positions: ${a} vs ${b}`;
  } else if (!withYaml) {
    return 'no js-yaml index to compare with';
  }
  if (!withYaml) return '';
  const yamlDoc = loadPlanText('x.yaml', text, { parser: 'yaml' });
  // load.ts tries this reader before any eligibility scan: what it takes, `yaml` must read alike and without error.
  if (yamlDoc.problems.length > 0) return `yaml refuses what the subset reader read: ${yamlDoc.problems.map((p) => p.ruleId).join(', ')}`;
  if (canonical(yamlDoc.data) !== canonical(subset.data)) return `data: ${canonical(subset.data)} vs yaml ${canonical(yamlDoc.data)}`;
  for (const segs of paths(subset.data)) {
    for (const at of ['key', 'value'] as const) {
      const pointer = segs.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
      const mine = lineCol(text, subset.index.offset(segs, at));
      if (!pointer.includes('~') && subset.index.offsetOfPlainPointer(pointer, at) !== subset.index.offset(segs, at)) return `${at} of '${pointer}' read in place`;
      const ref = yamlDoc.locate(pointer, at);
      if (mine !== `${ref.line}:${ref.column}`) return `${at} of '${pointer}': ${mine} vs yaml ${ref.line}:${ref.column}`;
    }
  }
  return '';
}

const files = [...exampleFiles(), ...hostileFiles()].map((f) => [path.relative(process.cwd(), f), decodeText(readFileSync(f))] as const);

describe('the plan-subset reader', () => {
  test.each(exampleFiles().map((f) => [path.basename(f)]))('reads example %s exactly as js-yaml does', (name) => {
    const text = readFileSync(path.join('examples', name), 'utf8');
    expect(disagreement(text)).toBe('');
  });

  test('reads 200 generated plans exactly as js-yaml does, giving up on none (4 of them compared with yaml too)', () => {
    generatePlans(200, { seed: 11 }).forEach((p, i) => expect([p.name, disagreement(p.text, i < 4)]).toEqual([p.name, '']));
  });

  test('agrees or gives up on every hostile file', () => {
    for (const [name, text] of files) if (text !== undefined) expect([name, disagreement(text) ?? '']).toEqual([name, '']);
    for (const [name, text] of Object.entries(generatedHostileTexts())) expect([name, disagreement(text) ?? '']).toEqual([name, '']);
  });

  test('reads the constructs plans use', () => {
    const text = [
      '# comment', 'a: 1', 'b: -2.5', 'c: 0x1F', 'd: ~', 'e: True', 'f: teks biasa # komentar', "g: 'it''s'",
      'h: "tab\\tquote\\" \\u00e9"', 'i: [x, 2, "y z", -1]', 'j: { k: v, n: 3, o: [p, { q: r }] }', 'k: []', 'l: {}', 'm:', '  - 1',
      '  - p: q', '    r: s', '  -', '    - nested', 'n:', '- same-indent', 'o: |', '  line 1', '', '  line 2', 'p: >-',
      '  folded', '  text', '', '  para', 'q:', '',
    ].join('\n');
    expect(disagreement(text)).toBe('');
    expect(subsetLoad(text)!.data).toMatchObject({ a: 1, d: null, e: true, f: 'teks biasa', g: "it's", o: 'line 1\n\nline 2\n', p: 'folded text\npara', q: null });
  });

  test('ends plain scalars where the other readers do, around the runs of ordinary characters it skips at once', () => {
    const text = [
      'a: teks   ', 'b: teks   # komentar', 'c: a#b c', 'd: x:y z', 'e: rp 1.500.000,- (dua) ~ [ok] {ya}', 'f: kata é ü 漢字 😀 akhir  ',
      'g: [satu dua  , tiga#4, lima:enam, { k: v w  , x: y:z }]', 'h: -x -', 'i: 100%', "j: it's", 'k: x  #', 'l: ?x', 'm: x ] y',
    ].join('\n');
    expect(disagreement(text)).toBe('');
    expect(subsetLoad(text)!.data).toMatchObject({ a: 'teks', b: 'teks', c: 'a#b c', d: 'x:y z', f: 'kata é ü 漢字 😀 akhir', g: ['satu dua', 'tiga#4', 'lima:enam', { k: 'v w', x: 'y:z' }], k: 'x' });
  });

  test.each([
    ['an anchor', 'a: &x 1\nb: *x\n'], ['a tag', 'a: !!str 1\n'], ['a tab', 'a:\t1\n'], ['CR line ends', 'a: 1\r\nb: 2\r\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'], ['a duplicate key', 'a: 1\na: 2\n'], ['a quoted key', '"a": 1\n'],
    ['a numeric key', '1: a\n'], ['__proto__', '__proto__: 1\n'], ['\\U escapes', 'a: "\\U0001F600"\n'],
    ['a document marker', '---\na: 1\n'], ['a multi-line quoted scalar', 'a: "one\n  two"\n'], ['keep chomping', 'a: |+\n  x\n'],
    ['a flow collection over two lines', 'a: [b,\n  c]\n'],
    ['a key of 1,024 characters', `${'k'.repeat(1024)}: 1\n`], ['a flow key of 1,024 characters', `a: {${'k'.repeat(1024)}: 1}\n`],
    ['an item key of 1,024 characters', `- ${'k'.repeat(1024)}: 1\n`], ['an error', 'a: b: c\n'], ['a bad indentation', 'a:\n  b: 1\n c: 2\n'],
  ])('gives up on %s', (_name, text) => {
    expect(subsetLoad(text)).toBeUndefined();
  });

  test('reads long lines that `yaml` reads too: values, items and flow collections past 1,024 characters', () => {
    const long = 'v'.repeat(1100);
    for (const text of [`a: ${long}\n`, `- ${long}\n`, `a: [${'x, '.repeat(500)}y]\n`, `${'k'.repeat(1023)}: 1\n`]) {
      expect(subsetLoad(text)).toBeDefined();
      expect(disagreement(text)).toBe('');
    }
  });

  test('gives up on every character outside the subset wherever it stands, and reads the others', () => {
    const places = [
      'a: X\n', 'a: bXc\n', 'Xa: 1\n', 'aX: 1\n', "a: 'xXy'\n", "a: 'it''s X'\n", 'a: "xXy"\n', 'a: "\\tX"\n', 'a: 1 # cX\n',
      '# cX\nb: 1\n', 'a: |\n  xX\n', 'a: >-\n  xX\n  y\n', 'a: [xX, y]\n', 'a: {k: vX}\n', 'a: {kX: v}\n', 'a:\n  - xX\n',
      'a: # cX\n  b: 1\n', 'a: 1\nX\n', 'a: 1\n  X\n', 'a: 1X\n', '- X\n', 'a: 1\n# X', 'a: [x] # X\n', 'a: |-  # X\n  x\n',
      '- # X\n  - y\n', 'a: "x" X\n', 'X', 'a:X\n', 'a: 1\nX: 2\n', 'a:\n  X\n',
    ];
    let read = 0;
    for (const place of places) {
      for (const ch of SPECIAL_CHARS) {
        const text = place.replace('X', ch);
        const result = disagreement(text);
        if (result !== undefined) read++;
        expect([text, result ?? '']).toEqual([text, '']);
      }
    }
    expect(read).toBeGreaterThan(places.length * 3); // the characters inside the subset are read, not given up on
  });

  test('a pointer read in place finds what its parsed segments find, odd pointers too', () => {
    const keys = Array.from({ length: 12 }, (_, i) => `k${i}: ${i}`).join('\n');
    const items = Array.from({ length: 12 }, (_, i) => `  - v${i}`).join('\n');
    const { index } = subsetLoad(`${keys}\nlist:\n${items}\nm: {a: 1, b: [x, y]}\n`)!;
    const pointers = ['', '/', '/k0', '/k11', '/k12', '/k1/', '/list', '/list/', '/list/0', '/list/11', '/list/12', '/list/007',
      '/list/1x', '/list/-1', '/list/99999999999999999999', '/list/000000000000000000003', '/m/a', '/m/b/1', '/m/b/2', '/m/c',
      'k3', 'xk3', '//k3', '/list//2', '/m/b/1/deeper'];
    for (const p of pointers) {
      for (const at of ['key', 'value'] as const) expect([p, at, index.offsetOfPlainPointer(p, at)]).toEqual([p, at, index.offset(parsePointer(p), at)]);
    }
  });

  test('reading and locating stay linear: every key of a mapping and every item of a list of 20,000', () => {
    const textOf = (n: number) => `${Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n')}\nlist:\n${Array.from({ length: n }, (_, i) => `  - v${i}`).join('\n')}\n`;
    expect(subsetLoad(textOf(100))).toBeDefined();
    // CPU time, best of three (the clock also counts other Jest workers holding the cores); the large text is
    // timed again only while over the bound (linearTimes).
    const texts = new Map([2_500, 20_000].map((n) => [n, textOf(n)]));
    const readAndLocate = (n: number) => {
      const loaded = loadPlanText('x.yaml', texts.get(n)!);
      for (let i = 0; i < n; i++) {
        loaded.locate(`/k${i}`);
        loaded.locate(`/list/${i}`, 'key');
      }
    };
    // 8x the entries: linear takes about 8x the time, a scan of the siblings per lookup 64x.
    const { time, bound } = linearTimes(readAndLocate, 2_500, 20_000, 24);
    expect(time).toBeLessThan(bound);
  });

  test('agrees with js-yaml or gives up on generated texts (fast-check)', () => {
    const key = fc.oneof(fc.constantFrom('a', 'b', 'nama', 'id', 'x y', 'k-1', 'true', '1', '__proto__'), fc.string({ maxLength: 6 }));
    const scalar = fc.oneof(
      fc.constantFrom('1', '-2', '0.5', '1e3', '.inf', '~', 'null', 'yes', 'ya', '21.000', 'Rp 1.500.000', '"q\\"x"', "'s''t'", 'a # c', '#c', '- x', '[a, b]', '{a: 1}', '[]', '|', '>-', '"\\u00e9"', "'", '"'),
      fc.string({ maxLength: 10 }),
      fc.string({ maxLength: 6, unit: fc.constantFrom(...SPECIAL_CHARS, 'a', ' ', ':', '#', "'", '"', '\\') }),
    );
    const line = fc.tuple(fc.nat(6), fc.oneof(
      fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
      key.map((k) => `${k}:`),
      scalar.map((v) => `- ${v}`),
      fc.tuple(key, scalar).map(([k, v]) => `- ${k}: ${v}`),
      fc.constantFrom('-', '', '# komentar', 'teks', ': 1', ':'),
    )).map(([indent, body]) => ' '.repeat(indent) + body);
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
      const text = lines.join('\n') + '\n';
      // The expect only when there is something to show: one per run cost more than the reading.
      const found = disagreement(text) ?? '';
      if (found !== '') expect([text, found]).toEqual([text, '']);
    }), { numRuns: 1500 });
  });
});

describe('nesting past the limit, found before reading', () => {
  /** The walk blockNestingExceeded replaced: every line's end found, the long ones' indentation measured. */
  function lineByLine(text: string): number {
    let lineStart = 0;
    while (lineStart < text.length) {
      let end = text.indexOf('\n', lineStart);
      if (end < 0) end = text.length;
      const past = end - lineStart > MAX_NESTING ? indentPastLimit(text, lineStart) : -1;
      if (past >= 0) return past;
      lineStart = end + 1;
    }
    return -1;
  }

  test('finds what the line-by-line walk finds, at the same offset', () => {
    // Lines around the limit's length, of spaces, item and key indicators and text, with and without a final
    // line break: where the skipping search and the walk could part.
    const piece = fc.oneof(
      fc.constantFrom(' ', '- ', '? ', ': ', '-', 'a', 'kunci: nilai', '\n', '\n\n'),
      fc.integer({ min: MAX_NESTING - 3, max: MAX_NESTING + 3 }).chain((n) => fc.constantFrom(' '.repeat(n), '- '.repeat(n >> 1), 'x'.repeat(n), ' '.repeat(n - 2) + 'a')),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      const found = blockNestingExceeded(text);
      if (found !== lineByLine(text)) expect([text, found]).toEqual([text, lineByLine(text)]);
    }), { numRuns: 3000 });
    for (const f of [...exampleFiles(), ...hostileFiles()]) {
      const text = readFileSync(f, 'latin1');
      expect([f, blockNestingExceeded(text)]).toEqual([f, lineByLine(text)]);
    }
    for (const text of Object.values(generatedHostileTexts())) expect(blockNestingExceeded(text)).toBe(lineByLine(text));
  });
});

describe('binary data', () => {
  test('a NUL anywhere in the bytes, and only in them, makes the file binary (a view of a larger buffer too)', () => {
    const text = Buffer.from('schemaVersion: 1\ntitle: Kemitraan\n');
    expect(decodeText(text)).toBe('schemaVersion: 1\ntitle: Kemitraan\n');
    for (const at of [0, 7, text.length - 1]) {
      const bytes = Buffer.from(text);
      bytes[at] = 0;
      expect(decodeText(bytes)).toBeUndefined();
      expect(decodeText(new Uint8Array(bytes))).toBeUndefined();
    }
    // The same text in the middle of a buffer with NULs before and after it: those are not the file's.
    const around = new Uint8Array(text.length + 20);
    around.set(text, 10);
    expect(decodeText(around.subarray(10, 10 + text.length))).toBe('schemaVersion: 1\ntitle: Kemitraan\n');
    expect(decodeText(around.subarray(9, 10 + text.length))).toBeUndefined();
    expect(decodeText(new Uint8Array(0))).toBe('');
  });
});

describe('the reader stays optimised', () => {
  // V8 drops a function's optimised code (a "deopt") the first time it reads past a string's end, and with it
  // every reader function it was inlined into: the whole reader then ran slowly and was compiled again, once per
  // thread (5,000 drafts: ~4% of check's CPU). Built code, as the binary runs it (`npm test` builds first).
  test('reading plans never reads past the end of the text (no "out of bounds" deopt)', () => {
    const script = [
      `import { readFileSync } from 'node:fs';`,
      `import { subsetLoad } from ${JSON.stringify(pathToFileURL(path.join(ROOT_DIR, 'dist/plan/subset-yaml.js')).href)};`,
      `const texts = ${JSON.stringify(exampleFiles())}.map((f) => readFileSync(f, 'utf8'));`,
      `let read = 0;`,
      `for (let i = 0; i < 60; i++) for (const t of texts) if (subsetLoad(t)) read++;`,
      `console.log('read', read);`,
    ].join('\n');
    const r = spawnSync(process.execPath, ['--trace-deopt', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^read [1-9]\d+$/m);
    const outOfBounds = r.stdout.split('\n').filter((l) => l.includes('bailout') && l.includes('out of bounds'));
    expect(outOfBounds).toEqual([]);
  });
});

describe('numbers in plain scalars, read without regular expressions', () => {
  // The core schema's definitions as the `yaml` package writes them: the reference numberKind is held to.
  const INT = [/^[-+]?[0-9]+$/, /^0o[0-7]+$/, /^0x[0-9a-fA-F]+$/];
  const FLOAT = [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/];
  const reference = (s: string) => (INT.some((r) => r.test(s)) ? 'int' : FLOAT.some((r) => r.test(s)) ? 'float' : undefined);

  test('agrees with the core schema on every short text made of number characters', () => {
    const chars = fc.constantFrom(...'0123456789+-.eExXoOabcdfABCDFinIN'.split(''), 'inf', 'Inf', 'nan', 'NaN', 'NAN', 'INF', ' ');
    // A boolean property (fast-check shows the shortest text that disagrees): an expect per run cost seconds.
    fc.assert(fc.property(fc.array(chars, { maxLength: 9 }).map((a) => a.join('')), (s) => numberKind(s) === reference(s)), { numRuns: 5_000 });
  });

  test('the values: radix, sign, exponent, the special floats, and text that only looks like a number', () => {
    const cases: [string, unknown][] = [
      ['21', 21], ['-7', -7], ['+3', 3], ['0o17', 15], ['0x1F', 31], ['0x', '0x'], ['0o8', '0o8'], ['-0x1', '-0x1'],
      ['22.4', 22.4], ['1.', 1], ['.5', 0.5], ['-.5', -0.5], ['1e3', 1000], ['2.5E-2', 0.025], ['.5e1', 5], ['0e5', 0],
      ['.inf', Infinity], ['-.Inf', -Infinity], ['+.INF', Infinity], ['.nan', NaN], ['-.nan', '-.nan'],
      ['2026-01-15', '2026-01-15'], ['21.000', 21], ['1.250.000', '1.250.000'], ['.', '.'], ['+', '+'], ['1e', '1e'], ['e5', 'e5'],
    ];
    for (const [text, value] of cases) expect([text, resolvePlainScalar(text)]).toEqual([text, value]);
  });
});
