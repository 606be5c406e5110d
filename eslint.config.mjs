// ESLint: typescript-eslint's recommended rules, a set of type-aware rules (checked against
// each package's tsconfig.json), and the import boundary between domains.
import tseslint from 'typescript-eslint';

/** Domain packages: each imports `@alliance/kernel` only; another domain's contracts as types only. */
const DOMAINS = ['certification', 'fees', 'membership', 'notices', 'partner-connect', 'releases', 'support'];

export const boundaryRule = {
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          // Any @alliance package or path but the kernel and another domain's `contracts` entry.
          regex: '^@alliance/(?!kernel(/|$))[^/]+(/(?!contracts$).*)?$',
          message:
            "A domain imports @alliance/kernel only: declare what it needs from another domain in its ports.ts (the gateway wires it), or import that domain's contracts as types.",
        },
        {
          regex: '^@alliance/[^/]+/contracts$',
          allowTypeImports: true,
          message: "Another domain's contracts are types only: use `import type`.",
        },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'bench/results/**', '**/*.js', '**/*.cjs', '**/*.mjs', '**/*.d.ts'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      parserOptions: {
        // Files outside every tsconfig.json (jest's own, a package's bench scripts) get a default program.
        projectService: { allowDefaultProject: ['jest.config.ts', 'jest.setup.ts', 'packages/partner-connect/scripts/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Type-aware: promises are awaited or handled, awaits wait for something, casts are needed.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
      // Reported, not failed: the existing casts are removed with `eslint --fix` in one pass.
      '@typescript-eslint/no-unnecessary-type-assertion': 'warn',
      '@typescript-eslint/no-duplicate-type-constituents': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests build data freely and await whatever a helper returns.
    files: ['**/test/**/*.ts', '**/test/**/*.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/await-thenable': 'off' },
  },
  ...DOMAINS.map((domain) => ({ files: [`packages/${domain}/src/**/*.ts`], rules: boundaryRule })),
);
