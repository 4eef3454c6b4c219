import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import fc from 'fast-check';
import { setSection, topLevelKeys, PlanEditError } from '../src/plan/edit.js';
import { EXAMPLES } from './helpers/cli.js';

const EXAMPLE = readFileSync(path.join(EXAMPLES, 'stunting-sumedang.yaml'), 'utf8');

/** The bytes of `text` outside [from, to) of the line range of `key` (comment above the key included in "before"). */
function around(text: string, key: string, next: string | undefined) {
  const start = text.indexOf(`\n${key}:`) + 1;
  const end = next ? text.lastIndexOf('\n\n', text.indexOf(`\n${next}:`)) + 1 : text.length;
  return { before: text.slice(0, start), after: text.slice(end) };
}

describe('setSection: comment-keeping section writes', () => {
  test('replacing one section leaves every other byte of the example (comments, flow style, order) as it was', () => {
    const readiness = { criteria: { 'komunikasi-dua-arah': 'partial' }, notes: 'Tim baru dibentuk' };
    const out = setSection(EXAMPLE, 'readiness', readiness);
    const a = around(EXAMPLE, 'readiness', 'agreement');
    const b = around(out, 'readiness', 'agreement');
    expect(b.before).toBe(a.before);
    expect(b.after).toBe(a.after);
    expect(b.before.endsWith('# Langkah 4 — menyiapkan diri\n')).toBe(true);
    const parsed = parse(out);
    const original = parse(EXAMPLE);
    expect(parsed.readiness).toEqual(readiness);
    expect({ ...parsed, readiness: undefined }).toEqual({ ...original, readiness: undefined });
  });

  test('replacing the last section keeps what comes before it byte for byte', () => {
    const out = setSection(EXAMPLE, 'monitoring', { schedule: { frequency: 'monthly' } });
    const cut = EXAMPLE.indexOf('\nmonitoring:') + 1;
    expect(out.slice(0, cut)).toBe(EXAMPLE.slice(0, cut));
    expect(out.slice(cut)).toBe('monitoring:\n  schedule:\n    frequency: monthly\n');
  });

  test('a missing section is inserted at its place in step order, with its heading comment', () => {
    const text = '# head\nschemaVersion: 1\ntitle: T\n\n# Langkah 2 (mine)\npartners: []\n# trailing\n';
    const out = setSection(text, 'idea', { problem: 'P' }, { comment: ['Langkah 1 — gagasan'] });
    expect(out).toBe('# head\nschemaVersion: 1\ntitle: T\n\n# Langkah 1 — gagasan\nidea:\n  problem: P\n\n# Langkah 2 (mine)\npartners: []\n# trailing\n');
    const appended = setSection(text, 'monitoring', {}, { comment: ['Langkah 8'] });
    expect(appended).toBe(`${text}\n# Langkah 8\nmonitoring: {}\n`);
  });

  test('a column-0 comment after a section belongs to the next one; an indented one to the section', () => {
    const text = 'title: T\nidea:\n  problem: old\n  # mine, inside idea\n\n# about partners\npartners: []\n';
    const out = setSection(text, 'idea', { problem: 'new' });
    expect(out).toBe('title: T\nidea:\n  problem: new\n\n# about partners\npartners: []\n');
  });

  test('undefined removes a section; text without a final newline is handled', () => {
    expect(setSection('title: T\nidea:\n  problem: x\npartners: []', 'idea', undefined)).toBe('title: T\npartners: []');
    expect(setSection('title: T\nidea: {}', 'idea', { problem: 'x' })).toBe('title: T\nidea:\n  problem: x\n');
  });

  test('long texts stay on one line; numeric-looking strings stay strings', () => {
    const long = 'kata '.repeat(40).trim();
    const out = setSection('title: T\n', 'idea', { problem: long, target: '18', notes: '2026-01-01' });
    expect(out.split('\n')[1]).toBe('idea:');
    expect(parse(out).idea).toEqual({ problem: long, target: '18', notes: '2026-01-01' });
  });

  test('refuses what it cannot splice safely, with a position', () => {
    expect(() => setSection('{title: T}', 'idea', {})).toThrow(PlanEditError);
    expect(() => setSection('title: [unclosed\n', 'idea', {})).toThrow(PlanEditError);
    expect(() => topLevelKeys('- a\n- b\n')).toThrow(PlanEditError);
  });

  test('property: any comments around other sections survive a rewrite of one section', () => {
    const comment = fc.stringMatching(/^[a-zA-Z0-9 ,.]{0,30}$/).map((s) => `# ${s}`);
    fc.assert(fc.property(fc.array(comment, { maxLength: 3 }), fc.array(comment, { maxLength: 3 }), fc.string({ maxLength: 40 }), (c1, c2, value) => {
      const head = ['schemaVersion: 1', ...c1, 'title: "A # not a comment"', ''].join('\n');
      const tail = ['', ...c2, 'partners:', '  - id: a # inline', '    name: A', ''].join('\n');
      const text = `${head}idea:\n  problem: old\n${tail}`;
      const out = setSection(text, 'idea', { problem: value });
      expect(out.startsWith(head)).toBe(true);
      expect(out.endsWith(tail)).toBe(true);
      expect(parse(out).idea).toEqual(value === '' ? { problem: '' } : { problem: value });
    }));
  });
});
