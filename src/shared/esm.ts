/**
 * A real dynamic import() for ES-module-only packages (openid-client, oidc-provider). The
 * project compiles to CommonJS, where TypeScript would turn `import()` into `require()`.
 */
export const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;
