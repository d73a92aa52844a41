// jest's module runtime, keeping V8's compiled code of each module for the worker's next test
// files. jest compiles every module again in each test file (about 2,600 of them where a file
// starts a hub); with the code kept, a module is compiled once per worker, not once per file.
//
// Every module's dynamic import() goes to Node's own loader (packages such as PGlite import their
// parts that way; the project's own code is CommonJS and has none). jest's loader for it needs
// --experimental-vm-modules, and with that flag every script held its test file's whole sandbox
// for the worker's life: a worker grew by 60-70 MB per test file, to 3.4 GB by a suite's end, and
// collecting that heap was a third of the suite's CPU.
const vm = require('node:vm');
const Runtime = require('jest-runtime').default;

/** Per module file: its code, and V8's cached data for it once a test file has run it. */
const compiled = new Map();
/** Scripts compiled fresh in the running test file, cached when it ends. */
const compiledInThisFile = [];
const CompilingScript = vm.Script;

/** A module's code seen in an earlier test file (same file, same code) starts from its cached data. */
class CodeCachingScript extends CompilingScript {
  constructor(code, jestOptions = {}) {
    const options = { ...jestOptions, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER };
    const cacheable = options.filename && !options.cachedData;
    const known = cacheable ? compiled.get(options.filename) : undefined;
    const cachedData = known && known.code === code ? known.data : undefined;
    super(code, cachedData ? { ...options, cachedData } : options);
    if (cacheable && !cachedData) compiledInThisFile.push({ filename: options.filename, code, script: this });
  }
}
vm.Script = CodeCachingScript;

/**
 * The cached data is taken when the test file ends, so the functions it called are compiled in
 * it too; the scripts are then let go (a script holds its file's module loader, and with it the
 * whole sandbox). Cached data V8 rejects is only a slower compile.
 */
class CodeCachingRuntime extends Runtime {
  teardown() {
    for (const { filename, code, script } of compiledInThisFile.splice(0))
      compiled.set(filename, { code, data: script.createCachedData() });
    return super.teardown();
  }
}

module.exports = CodeCachingRuntime;
