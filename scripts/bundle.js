// Run by `npm run build` after tsc: bundles `check`'s fast path (dist/cli/check-fast.js and everything it reaches,
// chalk included) into one CommonJS file, dist/check-fast.cjs, and the whole command line (dist/cli/process.js)
// into dist/cli.cjs, which bin/kemitraan.cjs compiles with a V8 code cache. One file
// instead of a hundred or more ESM modules, and after the first run no compilation at all: see README
// "Performance". Whatever a module reads relative to itself (the worker, the
// validator, build-info.json) still resolves to its own file in dist/, because each `import.meta.url` becomes
// that file's URL computed from the bundle's location; the lazy `require`s of js-yaml, `yaml` and the generated
// validator stay run-time requires.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const ownUrls = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const rel = path.relative(DIST, args.path).split(path.sep).join('/');
      let contents = source.replaceAll('import.meta.url', `__kemitraanUrl(${JSON.stringify(rel)})`);
      if (rel === 'check/schema.js') contents = bundleValidator(contents);
      return { contents, loader: 'js' };
    });
  },
};

/**
 * The generated validator (212 KB) goes into the bundle, so that the code cache holds its compiled functions
 * too (their lazy compilation on first use was ~10 ms of every run); check/schema.js requires it at run time.
 */
function bundleValidator(source) {
  const call = 'require(`./${GENERATED_VALIDATOR}`)';
  if (!source.includes(call)) throw new Error(`bundle: ${call} not found in dist/check/schema.js`);
  return `import { bundledValidator } from 'bundled-validator';\n${source.replace(call, 'bundledValidator()')}`;
}

/** A module whose `require` is the bundle's own, so the validator is bundled but evaluated only when first used. */
const validatorShim = {
  name: 'bundled-validator',
  setup(b) {
    b.onResolve({ filter: /^bundled-validator$/ }, () => ({ path: 'bundled-validator', namespace: 'shim' }));
    b.onLoad({ filter: /^bundled-validator$/, namespace: 'shim' }, () => ({
      contents: `export function bundledValidator() { return require(${JSON.stringify(path.join(DIST, 'check', 'plan-validator.generated.cjs'))}); }`,
      loader: 'js',
      resolveDir: DIST,
    }));
  },
};

/**
 * `createRequire(import.meta.url)` in the bundles' modules becomes the bundle's own `require`: every module there
 * requires a package or a Node module by it (js-yaml, yaml, ajv, node:tty, node:crypto …), which resolves the same
 * from dist/ as from dist/<dir>/, and loading node:module for it (with the ES module loader and source maps it
 * brings) cost ~1 M instructions at every start. A relative id would resolve elsewhere, so it fails loudly.
 */
const ownCreateRequire = {
  name: 'own-create-require',
  setup(b) {
    b.onResolve({ filter: /^node:module$/ }, () => ({ path: 'node:module', namespace: 'shim' }));
    b.onLoad({ filter: /^node:module$/, namespace: 'shim' }, () => ({
      contents: `export function createRequire() {
  return (id) => {
    if (id.startsWith('.')) throw new Error('bundle: a relative require through createRequire: ' + id);
    return require(id);
  };
}`,
      loader: 'js',
    }));
  },
};

/**
 * chalk decides at load time whether stdout and stderr support colour, through `supports-color`, which loads
 * node:tty (and with it net and the streams) and node:os. check never uses that decision — its formatters build
 * `new Chalk({ level })` from the command's own choice — so the bundle takes chalk's own browser variant
 * (no colour, no imports) instead.
 */
const noColorDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) => ({ path: path.join(path.dirname(args.importer), 'vendor', 'supports-color', 'browser.js') }));
  },
};

/**
 * Bundles `entry` (a file in dist/) into `outfile`, checks what the code-cache loader needs of it, and writes its
 * build id as its last line.
 */
async function bundle(entry, outfile, plugins, { glob = true } = {}) {
  const result = await build({
    entryPoints: [path.join(DIST, entry)],
    outfile: path.join(DIST, outfile),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "'use strict';\nconst __kemitraanUrl = (rel) => require('node:url').pathToFileURL(require('node:path').join(__dirname, rel)).href;" },
    // The glob matcher is loaded only for a glob argument (src/io/paths.ts imports src/io/glob.ts lazily, which
    // esbuild keeps as a module initialised on first use); minimatch stays a run-time require from node_modules,
    // so that none of its ~140 KB is in the bundle every plain `check plan.yaml` reads and hashes.
    external: ['minimatch'],
    // Without whitespace and comments: a third smaller to read at every start, and no comment can bring a
    // non-ASCII character in (tsc keeps class members' JSDoc, esbuild passes it on), which would make the loader
    // decode the whole bundle as UTF-8 into a two-byte string. Names stay readable; the unbundled modules
    // (KEMITRAAN_BUNDLE=0, KEMITRAAN_FAST_PATH=0) are there to debug with.
    minifyWhitespace: true,
    plugins,
    metafile: true,
  });
  const out = await readFile(path.join(DIST, outfile), 'utf8');
  // A dynamic import() left in the bundle would need a vm callback the code-cache loader does not give.
  if (/\bimport\(/.test(out)) throw new Error(`bundle: dynamic import() left in dist/${outfile}`);
  // esbuild escapes every string and no comment is left: a non-ASCII character would make the loader decode
  // UTF-8 into a two-byte string (twice the memory, ~7% more instructions for a one-plan check).
  const nonAscii = out.search(/[^\x00-\x7f]/);
  if (nonAscii >= 0) throw new Error(`bundle: non-ASCII text in dist/${outfile} at offset ${nonAscii}: ${JSON.stringify(out.slice(Math.max(0, nonAscii - 60), nonAscii + 20))}`);
  // The glob module must stay out of the start-up path: initialised only inside the lazy import of io/paths.js.
  if ((glob && !/require\("minimatch"\)/.test(out)) || /\bvar import_minimatch\s*=/.test(out)) throw new Error(`bundle: minimatch must be required lazily, by io/glob.js only (dist/${outfile})`);
  // The bundle's identity for its code cache (bin/kemitraan.cjs): a hash of its content, written as its last
  // line, so that the loader can tell a rebuilt bundle from the one its cache was made from without hashing a
  // megabyte at every start.
  const buildId = createHash('sha256').update(out).digest('hex').slice(0, 32);
  await writeFile(path.join(DIST, outfile), `${out}//# kemitraan-build ${buildId}\n`);
  const inputs = Object.keys(result.metafile.inputs).length;
  console.log(`bundle: dist/${outfile}, ${inputs} modules, ${Math.round(out.length / 1024)} KB`);
}

// check's short path: no commander, chalk without colour detection.
await bundle('cli/check-fast.js', 'check-fast.cjs', [ownUrls, validatorShim, ownCreateRequire, noColorDetection]);
// Every other command: the whole command line, whose modules are otherwise loaded one by one by Node's ES module
// loader and compiled at every start (a third of `report`'s time on one plan). Lazy imports stay lazy: esbuild
// initialises a module on its first import(), and the code cache holds only what a command's runs compiled.
await bundle('cli/process.js', 'cli.cjs', [ownUrls, validatorShim, ownCreateRequire]);
// check's worker thread: one file instead of the ES module graph a worker otherwise loads and links module by
// module (src/commands/check/pool.ts starts it when built).
await bundle('commands/check/worker.js', 'check-worker.cjs', [ownUrls, validatorShim, ownCreateRequire, noColorDetection], { glob: false });
// report's (and export's) worker thread, the same way (src/commands/report/collect.ts starts it when built).
await bundle('commands/report/worker.js', 'report-worker.cjs', [ownUrls, validatorShim, ownCreateRequire, noColorDetection], { glob: false });
