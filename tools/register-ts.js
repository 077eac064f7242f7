/**
 * Runs the TypeScript sources in place with the compiler's own transpiler (as ts-jest does), because Nest needs
 * decorator metadata (`emitDecoratorMetadata`: DI by type, ValidationPipe's DTO classes) and tsx/esbuild emits none.
 * Usage: node -r ./tools/register-ts.js apps/api/src/main.ts
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..');
const tsconfigText = fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8');
const config = JSON.parse(tsconfigText);

// The compiler (≈ 60 MB of heap) is loaded only when a file misses the cache, so a warm start stays small; it is
// let go once the synchronous burst of requires that needed it is over, so a cold start does not keep it either.
let compiler;
function loadCompiler() {
  if (!compiler) {
    const ts = require('typescript');
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
    // No outDir: the source map then points at the .ts file itself.
    compiler = { ts, options: { ...options, outDir: undefined, sourceMap: false, inlineSourceMap: true, inlineSources: true, noEmit: false } };
    setImmediate(releaseCompiler).unref();
  }
  return compiler;
}

function releaseCompiler() {
  compiler = undefined;
  const file = require.resolve('typescript');
  const loaded = require.cache[file];
  delete require.cache[file];
  module.children = module.children.filter((child) => child !== loaded);
}

// '@plan-ledger/x' -> libs/x/src, from tsconfig's paths; the longest alias first ('@plan-ledger/jobs/bull' before '@plan-ledger/jobs').
const aliases = Object.entries(config.compilerOptions.paths)
  .map(([alias, [target]]) => [alias, path.join(root, target)])
  .sort(([a], [b]) => b.length - a.length);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const alias = aliases.find(([name]) => request === name || request.startsWith(`${name}/`));
  const mapped = alias ? alias[1] + request.slice(alias[0].length) : request;
  return resolveFilename.call(this, mapped, ...rest);
};

// Transpiled output is cached by content, so a start-up transpiles only what changed.
const cacheDir = path.join(root, 'node_modules', '.cache', 'plan-ledger-ts');
const optionsKey = require('typescript/package.json').version + tsconfigText;

function transpile(filename, source) {
  const key = crypto.createHash('sha256').update(optionsKey).update(filename).update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    const { ts, options } = loadCompiler();
    const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: filename });
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const temp = `${cached}.${process.pid}`;
      fs.writeFileSync(temp, outputText);
      fs.renameSync(temp, cached);
    } catch {
      // A read-only tree still runs, just without the cache.
    }
    return outputText;
  }
}

require.extensions['.ts'] = (module, filename) => {
  module._compile(transpile(filename, fs.readFileSync(filename, 'utf8')), filename);
};
process.setSourceMapsEnabled(true);
