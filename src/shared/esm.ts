import vm from 'node:vm';

/**
 * A real dynamic import() for ES-module-only packages (openid-client, oidc-provider). The
 * project compiles to CommonJS, where TypeScript would turn `import()` into `require()`. The
 * import is compiled in the main context with Node's own loader: under jest, a test file's
 * import() can otherwise be routed to the module loader of an earlier file's torn-down
 * environment (jestjs/jest#11438), which made the SSO tests fail depending on worker order.
 */
const importer = vm.runInThisContext('(specifier) => import(specifier)', {
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
}) as (specifier: string) => Promise<unknown>;

export function importEsm<T>(specifier: string): Promise<T> {
  return importer(specifier) as Promise<T>;
}
