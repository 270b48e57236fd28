import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import featureLayers from './eslint.features.js';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'dist-web/**', 'dist-e2e/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  // Type-aware rules: every TypeScript file is type-checked through the tsconfig project that
  // holds it (tsconfig.json references core, node, web and test; scripts/ sits in test).
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.{ts,mts,tsx,js,mjs}'],
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A `default:` is a deliberate catch-all; a switch without one must name every case.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      // An async function without await is how a Promise-returning interface is implemented
      // here (hosts, fakes): its throws become rejections. Kept so, not flagged.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests assert on parsed JSON output (CLI figures, exported files, backups): its shape is
    // what they check, so reading it as `any` is the point, not a slip.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // expect(host.method).toHaveBeenCalled() passes a mock, never calls it unbound.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Plain JavaScript (bin, scripts, these configs) is not type-checked: no types to check with.
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The hooks rules and the React Compiler's (purity, refs, immutability, set-state-in-effect,
    // manual memoization…); --max-warnings 0 makes their warnings errors too.
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: reactHooks.configs.flat['recommended-latest'].plugins,
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The core runs in Node, Chromium and Electron alike: nothing platform-specific may enter.
    // src/shared (the IPC contract, read by main, preload and renderer) is held to the same.
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', 'buffer', 'child_process'],
              message: 'src/core and src/shared are pure: no Node modules.',
            },
            {
              group: [
                'electron',
                'react',
                'react-dom',
                'dexie',
                '@codemirror/*',
                '**/renderer/**',
                '**/main/**',
                '**/preload/**',
              ],
              message: 'src/core and src/shared are pure: no UI, storage or Electron.',
            },
          ],
        },
      ],
    },
  },
  {
    // Ambient declarations of globals must use `declare var`.
    files: ['**/*.d.ts'],
    rules: { 'no-var': 'off' },
  },
  ...featureLayers,
  prettier,
);
