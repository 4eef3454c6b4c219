import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import fc from 'fast-check';
import { patchPlanText, readPatchBase } from '../src/plan/patch.js';
import { PlanEditError } from '../src/plan/edit.js';
import { EXAMPLES } from './helpers/cli.js';
import { changedLines } from './helpers/diff.js';

const EXAMPLE = readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8');
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('patchPlanText: only what changed is rewritten', () => {
  test('unchanged plan: every byte stays', () => {
    for (const f of readdirSync(EXAMPLES).filter((n) => n.endsWith('.yaml'))) {
      const text = readFileSync(path.join(EXAMPLES, f), 'utf8');
      expect(patchPlanText(text, parse(text))).toBe(text);
    }
  });

  test('a changed name replaces only that value; the comment after it stays', () => {
    const text = 'title: Lama # judul\nprogram: stunting\n';
    expect(patchPlanText(text, { title: 'Baru: dua', program: 'stunting' })).toBe('title: "Baru: dua" # judul\nprogram: stunting\n');
    const quoted = 'title: "Lama"\n';
    expect(patchPlanText(quoted, { title: 'Baru' })).toBe('title: "Baru"\n');
  });

  test('adding a partner and its role touches only those lines', () => {
    const plan = parse(EXAMPLE);
    const next = clone(plan);
    next.partners.push({ id: 'pkk', name: 'TP PKK Kabupaten Sumedang', sector: 'masyarakat', status: 'candidate' });
    next.goals.partnerRoles.push({ partner: 'pkk', roles: ['penggerak'] });
    const out = patchPlanText(EXAMPLE, next);
    expect(parse(out)).toEqual(next);
    const { removed } = changedLines(EXAMPLE, out);
    expect(removed).toEqual([]);
    const { added } = changedLines(EXAMPLE, out);
    expect(added).toEqual([
      '  - {id: pkk, name: TP PKK Kabupaten Sumedang, sector: masyarakat, status: candidate}',
      '    - partner: pkk',
      '      roles: [penggerak]',
    ]);
  });

  test('removing, reordering and editing list items keeps each kept item and its comment', () => {
    const text = [
      'partners:',
      '  # the office',
      '  - id: a',
      '    name: A # first',
      '  - id: b',
      '    name: B',
      '  # third',
      '  - id: c',
      '    name: C',
      'goals:',
      '  general: G',
      '',
    ].join('\n');
    const out = patchPlanText(text, { partners: [{ id: 'c', name: 'C' }, { id: 'a', name: 'A2' }], goals: { general: 'G' } });
    expect(out).toBe([
      'partners:',
      '  # the office',
      '  - id: c',
      '    name: C',
      '  - id: a',
      '    name: A2 # first',
      'goals:',
      '  general: G',
      '',
    ].join('\n'));
  });

  test('keys are removed and added inside a record, a list item\'s first key included', () => {
    const text = 'partners:\n  - id: a\n    name: A\n    notes: x\n';
    expect(patchPlanText(text, { partners: [{ name: 'A', notes: 'x', status: 'candidate' }] }))
      .toBe('partners:\n  - name: A\n    notes: x\n    status: candidate\n');
    expect(patchPlanText(text, { partners: [{ id: 'a', name: 'A' }] })).toBe('partners:\n  - id: a\n    name: A\n');
  });

  test('new top-level sections go to their place with the step comment; an empty file becomes a plan', () => {
    const out = patchPlanText('title: T\n', { title: 'T', idea: { problem: 'P' } }, (k) => (k === 'idea' ? ['Langkah 1'] : undefined));
    expect(out).toBe('title: T\n\n# Langkah 1\nidea:\n  problem: P\n');
    expect(parse(patchPlanText('', { schemaVersion: 1, title: 'T' }))).toEqual({ schemaVersion: 1, title: 'T' });
  });

  test('text that is not YAML is refused with a position', () => {
    expect(() => patchPlanText('a: [1\n', { a: 1 })).toThrow(PlanEditError);
  });

  test('one reading of a text serves many patches (the page checks every edit against the file): each as patching the text', () => {
    const reused = readPatchBase(EXAMPLE);
    const plan = parse(EXAMPLE);
    const edits: ((p: typeof plan) => void)[] = [
      (p) => { p.title = 'Judul baru'; },
      (p) => { p.partners.reverse(); delete p.idea; },
      (p) => { p.partners.push({ id: 'pkk', name: 'TP PKK', sector: 'masyarakat', status: 'candidate' }); },
      () => {},
      (p) => { p.partners.splice(0, 2); p.title = 'Lagi'; },
    ];
    for (const edit of edits) {
      const next = clone(plan);
      edit(next);
      expect(patchPlanText(reused, next)).toBe(patchPlanText(EXAMPLE, next));
    }
    expect(patchPlanText(reused, plan)).toBe(EXAMPLE);
  });

  test('property: any edit of the example parses back to exactly the new plan', () => {
    const base = parse(EXAMPLE);
    // Read once for all runs, as the page's checks do (the test above holds a reused reading to a fresh one).
    const reused = readPatchBase(EXAMPLE);
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .,:'"#-]{0,20}$/);
    fc.assert(fc.property(fc.record({
      title: word,
      drop: fc.nat({ max: 5 }),
      move: fc.boolean(),
      note: fc.option(word, { nil: undefined }),
      lines: fc.option(fc.array(word, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    }), (c) => {
      const next = clone(base);
      next.title = c.title;
      next.partners.splice(c.drop, 1);
      if (c.move) next.partners.reverse();
      if (c.note === undefined) delete next.partners[0].notes;
      else next.partners[0].notes = c.note;
      if (c.lines) next.idea.problem = c.lines.join('\n');
      const out = patchPlanText(reused, next);
      // node:util's strict deep equality (cheaper than toEqual on a whole plan each run); Jest's diff if they differ.
      // Read back once (yaml's parseDocument, as parse() reads), for the comparison and the second patch.
      const again = readPatchBase(out);
      if (!isDeepStrictEqual(again.old, next)) {
        expect(again.old).toEqual(next);
        throw new Error('read back, the plan differs from the one patched in (a difference toEqual does not show)');
      }
      // A second patch with the same plan changes nothing.
      expect(patchPlanText(again, next)).toBe(out);
    }), { numRuns: 60 });
  });
});

describe('patchPlanText: empty values', () => {
  test('a key with nothing after it gets its value on its own line; the comments around it stay', () => {
    const text = 'answers:\n  # 1. first\n  a:\n  # 2. second\n  b:\n\ncomments:\n';
    expect(patchPlanText(text, { answers: { a: 4, b: null }, comments: null })).toBe('answers:\n  # 1. first\n  a: 4\n  # 2. second\n  b:\n\ncomments:\n');
    expect(patchPlanText(text, { answers: { a: null, b: 'na' }, comments: 'ok' })).toBe('answers:\n  # 1. first\n  a:\n  # 2. second\n  b: na\n\ncomments: ok\n');
  });
});
