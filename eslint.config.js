import js from '@eslint/js'
import globals from 'globals'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/**
 * What each folder of src may import, besides itself and packages. Dependencies flow one way,
 * core → (lib, worker, data) → hooks → components → app, so a view never reaches into the shell and the
 * pure core never reaches for anything that knows about a browser or React.
 */
const layers = {
  core: [],
  lib: ['core'],
  worker: ['core', 'lib'],
  data: ['core', 'lib'],
  hooks: ['core', 'lib', 'data', 'worker'],
  components: ['core', 'lib', 'data', 'hooks', 'worker'],
  app: ['core', 'lib', 'data', 'hooks', 'worker', 'components'],
}

const layerZones = Object.entries(layers).map(([layer, allowed]) => ({
  target: `./src/${layer}`,
  from: Object.keys(layers)
    .filter((other) => other !== layer && !allowed.includes(other))
    .map((other) => `./src/${other}`)
    .concat('./src/main.tsx', './src/embed.tsx'),
  message: `src/${layer} may import only from ${allowed.map((a) => `src/${a}`).join(', ') || 'itself'}.`,
}))

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
    ],
    plugins: { 'import-x': importX },
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: {
      // no-cycle reads the files an import leads to: they are TypeScript, and resolve without extensions.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A promise nobody awaits or catches loses its error; one passed where a void callback is
      // expected (an event handler, a forEach) does too.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      curly: ['error', 'multi-line'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones,
            {
              // The passage tools (in share) host the alignment-fix tools, so this way round only.
              target: './src/components/alignment-fix',
              from: './src/components/share',
              message: 'src/components/share uses alignment-fix, not the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core is pure: it never reaches for React or TanStack.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@tanstack/*'], message: 'src/core stays pure.' },
          ],
        },
      ],
    },
  },
)
