/** `kemitraan guide [step]`: the catalog as text for people or as JSON with every item. */
import { msg } from '../../guide/messages/index.js';
import type { Lang } from '../../guide/types.js';
import { findStep, STEPS } from '../../guide/steps.js';
import { guideJson, guideText } from '../../guide/format.js';
import { EXIT, UsageError, type CliIO } from '../context.js';

export interface GuideCliOptions {
  format: 'text' | 'json';
  lang?: string;
}

export function runGuide(step: string | undefined, options: GuideCliOptions & { lang: Lang }, io: CliIO): number {
  const found = step === undefined ? undefined : findStep(step);
  if (step !== undefined && !found) {
    throw new UsageError(msg(options.lang, 'cli.error.unknownStep', { step, known: STEPS.map((s) => `${s.id}/${s.alias}`).join(', ') }));
  }
  io.stdout.write(options.format === 'json' ? guideJson(found?.id) : guideText(options.lang, found?.id));
  return EXIT.OK;
}
