// How the tests' TypeScript becomes JavaScript: transpiled only, by SWC (`npm run typecheck` checks
// types once for the whole tree). The decorators are TypeScript's legacy ones with their type
// metadata, which type-graphql and MikroORM read, as tsconfig.json has them for the build.
module.exports = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    target: 'es2022',
    keepClassNames: true,
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
