/** One line on stderr for each PATH argument that gave no file (see io/paths.ts); any of them means exit 2. */
import { msg, type MessageId } from '../guide/messages/index.js';
import type { Lang } from '../guide/types.js';
import { formatNumber } from '../locale/format.js';
import type { PathProblem } from '../io/paths.js';
import type { CliIO } from './context.js';

const MESSAGE: Record<PathProblem['reason'], MessageId> = {
  notFound: 'cli.error.missingPath',
  empty: 'cli.error.emptyPath',
  emptyIgnore: 'paths.error.emptyIgnore',
  noPlansInDir: 'paths.error.noPlansInDir',
  noMatch: 'paths.error.noMatch',
  allExcluded: 'paths.error.allExcluded',
  onlyExclusions: 'paths.error.onlyExclusions',
  tooManyAlternatives: 'paths.error.tooManyAlternatives',
  tooLong: 'paths.error.tooLong',
  invalidPattern: 'paths.error.invalidPattern',
};

export function pathProblemText(problem: PathProblem, lang: Lang): string {
  const params: Record<string, string | number> = { path: problem.arg };
  if ('limit' in problem) params.limit = formatNumber(problem.limit, lang);
  if (problem.reason === 'tooLong') params.start = `${problem.arg.slice(0, 40)}…`;
  if ('detail' in problem) params.detail = problem.detail;
  return msg(lang, MESSAGE[problem.reason], params);
}

/** Writes the problems; true if there were any. */
export function writePathProblems(problems: readonly PathProblem[], lang: Lang, io: Pick<CliIO, 'stderr'>): boolean {
  for (const p of problems) io.stderr.write(`${msg(lang, 'cli.error.prefix')}: ${pathProblemText(p, lang)}\n`);
  return problems.length > 0;
}
