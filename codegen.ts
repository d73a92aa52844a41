import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the tests (and later the portal), generated from the printed schema. */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/graphql/**/*.graphql'],
  generates: {
    'test/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { enumsAsTypes: true, avoidOptionals: false, skipTypename: true, useTypeImports: true },
    },
  },
};

export default config;
