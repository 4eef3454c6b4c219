import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The `$schema` reference for a new file (a plan, a respondent file). Relative when the file lives in the project
 * that has kemitraan installed (node_modules/kemitraan/schemas/...) or inside the package itself: the line then
 * works for everyone who clones the project and runs `npm install`. Otherwise (a global install, an npx cache) a relative path
 * would be a long climb to a machine-specific place, so an absolute file: URL is written instead.
 */
export function schemaReference(planFile: string, schemaFile: string): string {
  const planDir = path.dirname(path.resolve(planFile));
  const packageRoot = path.dirname(path.dirname(schemaFile));
  const parts = packageRoot.split(path.sep);
  const nm = parts.lastIndexOf('node_modules');
  const projectRoot = nm > 0 ? parts.slice(0, nm).join(path.sep) || path.sep : packageRoot;
  const inside = (dir: string, root: string) => {
    const rel = path.relative(root, dir);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  if (inside(planDir, projectRoot)) return path.relative(planDir, schemaFile).split(path.sep).join('/');
  return pathToFileURL(schemaFile).href;
}

