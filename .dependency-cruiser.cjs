/**
 * The layers of kemitraan, checked by `npm test` (dependency-cruiser over src/, type-only imports included):
 *
 *   cli → commands → { check, report, render, wizard, assess, io } → plan → locale → guide
 *
 * A folder may import only from itself and the folders below it, and nothing may form a cycle. The core
 * (guide, plan, check, report, render, wizard) never imports io/, commands/ or cli/; the core folders on the
 * same floor do not import each other (shared catalog queries belong in guide/, shared plan facts in plan/).
 */
const layer = (from, ...to) => ({
  from: { path: `^src/${from}/` },
  to: { path: `^src/(${[from, ...to].join('|')})/` },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make the layers meaningless and the start-up order fragile.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  allowedSeverity: 'error',
  allowed: [
    // Node built-ins and npm packages are fine anywhere (what may load eagerly is measured by `npm run bench`).
    { from: { path: '^src/' }, to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'] } },
    layer('guide'),
    layer('locale', 'guide'),
    layer('plan', 'locale', 'guide'),
    layer('check', 'plan', 'locale', 'guide'),
    layer('report', 'plan', 'locale', 'guide'),
    layer('render', 'plan', 'locale', 'guide'),
    layer('wizard', 'plan', 'locale', 'guide'),
    layer('assess', 'plan', 'locale', 'guide'),
    layer('io', 'plan', 'locale', 'guide'),
    layer('commands', 'check', 'report', 'render', 'wizard', 'assess', 'io', 'plan', 'locale', 'guide'),
    layer('cli', 'commands', 'locale', 'guide'),
    // The CLI takes its choices from the registries (names only; the formatters load lazily).
    { from: { path: '^src/cli/' }, to: { path: '^src/(check/format/index|report/format/index|report/types)\\.ts$' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    parser: 'swc',
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.cjs', '.json'],
    },
  },
};
