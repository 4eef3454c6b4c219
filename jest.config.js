// Jest runs the TypeScript sources directly (ESM) through @swc/jest; ts-jest cannot use TypeScript 7.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    // Source maps beside the code, not inline (@swc/jest's default): Jest keeps them in its cache and reads one only
    // to map a stack trace (line numbers stay those of the .ts files), and every test file's import of a module
    // compiles a third of the text (2.2 instead of 6.9 MB for src/ and test/; transforming them: 0.30 instead of
    // 0.44 s of CPU, without decoding each inline map again).
    '^.+\\.ts$': ['@swc/jest', { sourceMaps: true, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  moduleNameMapper: {
    // src/check/schema.ts loads the plan validator that `npm run build` generates beside dist/check/schema.js;
    // running src/ it would compile the schema with ajv instead, ~0.5 s in every test file that checks a plan.
    // The tests use the built one (the code users run); test/schema-validator.test.ts fails, saying to run
    // `npm run build`, when dist/ was built from another schema than the one in src/.
    '^\\./plan-validator\\.generated\\.cjs$': '<rootDir>/dist/check/plan-validator.generated.cjs',
    // Sources import siblings as './x.js' (NodeNext); map that back to the .ts file for Jest.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  // Two cores here; many suites wait on a child (Chromium, npm, LibreOffice, a pseudo-terminal), so a third
  // worker keeps both busy. (Jest's default on 2 cores is 1 worker: every suite in turn.)
  maxWorkers: 3,
  testSequencer: '<rootDir>/test/helpers/slow-first-sequencer.js',
  testTimeout: 30000,
};
