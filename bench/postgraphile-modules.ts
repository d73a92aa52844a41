import Module from 'node:module';
import path from 'node:path';

type ResolveFilename = (request: string, parent: NodeJS.Module | undefined, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: ResolveFilename };

/** Packages that must exist once for PostGraphile: it compares their classes by identity. */
const shared = ['graphql', 'graphile-build'];
/** Packages of PostGraphile's tree that npm may have hoisted next to the hub's own. */
const postGraphileTree = [
  'postgraphile',
  'postgraphile-core',
  'graphile-build',
  'graphile-build-pg',
  'graphile-utils',
  'graphql-parse-resolve-info',
  'subscriptions-transport-ws',
];

let pinned = false;

/**
 * The hub owns the root `graphql` (16), so npm nests a separate graphql 15 (and graphile-build)
 * under each hoisted PostGraphile package, and PostGraphile then fails every query with
 * "Cannot use GraphQLScalarType from another module or realm". This makes every package of
 * its tree load the copies nested under `postgraphile` itself; the hub's resolution is untouched.
 */
export function pinPostGraphileModules(): void {
  if (pinned) return;
  pinned = true;
  const postGraphileDir = path.dirname(require.resolve('postgraphile/package.json'));
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (request, parent, ...rest) {
    if (parent?.filename && isShared(request) && inPostGraphileTree(parent.filename)) {
      return require.resolve(request, { paths: [postGraphileDir] });
    }
    return resolve.call(this, request, parent, ...rest);
  };
}

function isShared(request: string): boolean {
  return shared.some((name) => request === name || request.startsWith(`${name}/`));
}

function inPostGraphileTree(filename: string): boolean {
  const segments = filename.split(path.sep);
  const packageIndex = segments.lastIndexOf('node_modules') + 1;
  return packageIndex > 0 && (segments.includes('postgraphile') || postGraphileTree.includes(segments[packageIndex]));
}
