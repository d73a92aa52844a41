// jest's module runtime, keeping V8's compiled code of each module for the worker's next test
// files. jest compiles every module again in each test file (about 2,600 of them where a file
// starts a hub); with the code kept, a module is compiled once per worker, not once per file.
const vm = require('node:vm');
const Runtime = require('jest-runtime').default;

const compiled = new Map();
const CompilingScript = vm.Script;

/**
 * Code with a dynamic `import(` is left out: V8 restores, with the cached code, the first
 * compilation's link to its test file's module loader (on Node 20 the next file's import() then
 * fails: "A dynamic import callback was not specified").
 */
const dynamicImport = /\bimport\s*\(/;

/**
 * A module's code seen again (same file, same code) starts from the cached data of its first
 * compilation, taken at its second use: by then the first file has run it, so the functions it
 * called are in the cache too. Cached data V8 rejects is only a slower compile.
 */
class CodeCachingScript extends CompilingScript {
  constructor(code, options = {}) {
    const cacheable = options.filename && !options.cachedData && !dynamicImport.test(code);
    const seen = cacheable ? compiled.get(options.filename) : undefined;
    if (seen && seen.code === code) {
      seen.data ??= seen.first.createCachedData();
      seen.first = undefined;
      super(code, { ...options, cachedData: seen.data });
    } else {
      super(code, options);
      if (cacheable) compiled.set(options.filename, { code, first: this });
    }
  }
}
vm.Script = CodeCachingScript;

module.exports = Runtime;
