import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the gateway's schema. Every custom scalar is mapped to the type it
 * arrives as in JSON, and `strictScalars` fails the generation on one that is not, so no
 * value is typed `unknown`.
 */
const config: CodegenConfig = {
  schema: '../../apps/gateway/schema.graphql',
  documents: 'src/operations.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        strictScalars: true,
        scalars: {
          Date: 'string',
          DateTimeISO: 'string',
          SafeInt: 'number',
        },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
