import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'dist-web/**', 'dist-e2e/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
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
  prettier,
);
