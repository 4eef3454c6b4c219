/**
 * Golden files: the Markdown and HTML of each example plan, compared byte for byte. After an intended change
 * to templates, wording or writers, regenerate them and review the diff:
 *
 *   UPDATE_GOLDEN=1 node --experimental-vm-modules node_modules/jest/bin/jest.js test/render-golden.test.ts
 *   git diff test/golden/
 *
 * An example without golden files yet gets them the same way (until then it is covered by render-formats).
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRenderer } from '../src/render/engine.js';
import { renderDocument } from '../src/render/document.js';
import type { Lang } from '../src/guide/types.js';
import { builtInTemplates, exampleFiles, GOLDEN_DIR, loadExample } from './helpers/render.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const CASES: { lang: Lang; format: 'md' | 'html' }[] = [{ lang: 'id', format: 'md' }, { lang: 'id', format: 'html' }, { lang: 'en', format: 'md' }];

describe('golden files', () => {
  const renderers = { id: createRenderer(builtInTemplates(), 'id'), en: createRenderer(builtInTemplates(), 'en') };
  const all = exampleFiles().flatMap((file) => (['mou', 'plan'] as const).flatMap((doc) => CASES.map((c) => ({ file, doc, ...c }))));
  const withGolden = all.filter((c) => UPDATE || existsSync(goldenPath(c)));

  function goldenPath(c: { file: string; doc: string; lang: string; format: string }): string {
    return path.join(GOLDEN_DIR, `${c.file.replace(/\.ya?ml$/, '')}.${c.doc}.${c.lang}.${c.format}`);
  }

  test('the golden set covers the Sumedang example (so this suite cannot be silently empty)', () => {
    expect(withGolden.filter((c) => c.file === 'stunting-sumedang.yaml')).toHaveLength(6);
  });

  test.each(withGolden.map((c) => [path.basename(goldenPath(c)), c] as const))('%s', (_name, c) => {
    const out = renderDocument(renderers[c.lang], loadExample(c.file), c.doc, c.format, c.lang, c.file);
    const file = goldenPath(c);
    if (UPDATE) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, out.content);
    }
    expect(out.content).toBe(readFileSync(file, 'utf8'));
  });
});
