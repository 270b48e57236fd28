// The renderer's dependency direction, checked by lint (imported by eslint.config.js).
//
// src/renderer/src is layered; a folder may import its own files, any folder in a lower
// layer, and the few same-layer neighbours listed in SIDEWAYS — never a higher layer, so
// there are no cycles between folders. Highest first:
//
//   ui, testing                      the shell: composes features (App, PageView, ProjectTools)
//   i18n                             assembles every feature's strings.ts
//   suggest cleanup rules find       features, each with its components, strings and styles
//   review export backup carryover import
//   articles (+ articles/session)    the article form and the per-page session
//   rawview                          the CodeMirror raw view (the only place @codemirror/view may be used)
//   problems                         the words for the core's problem codes
//   common                           shared UI pieces: Modal, DiffView, headline, useLatest, format
//   db, host                         storage and the platform
//   (src/core, src/shared)           pure; their own rules live in eslint.config.js
//
// Type-only imports of i18n (the `Key` type of i18n/keys) are allowed everywhere: types
// leave no import at run time. main.tsx and instruments.ts sit at the root, outside the layers.

const ROOT = 'src/renderer/src';

/** Highest first. */
export const LAYERS = [
  ['ui', 'testing'],
  ['i18n'],
  [
    'suggest',
    'cleanup',
    'rules',
    'find',
    'review',
    'export',
    'backup',
    'carryover',
    'import',
    'learn',
    'boot',
    'palette',
    'firstrun',
    'sync',
  ],
  ['articles'],
  ['rawview'],
  ['problems'],
  ['common', 'theme'],
  ['db', 'host'],
];

/** Same-layer imports that are allowed: suggest uses cleanup's switches, cleanup's drawer hosts rules and find, export reads the project as backup does, carryover's dialog runs import's carry-over. */
export const SIDEWAYS = {
  suggest: ['cleanup'],
  cleanup: ['rules', 'find'],
  export: ['backup'],
  boot: ['backup'],
  carryover: ['import'],
  learn: ['rules'],
};

/** Folders whose types (only) may be imported from anywhere. */
const TYPES_FROM_ANYWHERE = ['i18n'];

/** A relative import that reaches folder `name` of the renderer, from any depth. */
const reaching = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

function restrictionsFor(folder, layer) {
  const higher = LAYERS.slice(0, layer).flat();
  const sideways = LAYERS[layer].filter((f) => f !== folder && !(SIDEWAYS[folder] ?? []).includes(f));
  const patterns = [];
  const upRuntime = higher.filter((f) => !TYPES_FROM_ANYWHERE.includes(f));
  const upTypes = higher.filter((f) => TYPES_FROM_ANYWHERE.includes(f));
  if (upRuntime.length > 0) {
    patterns.push({
      regex: reaching(upRuntime),
      message: `${folder}/ may not import a higher layer (${upRuntime.join(', ')}): see eslint.features.js for the order.`,
    });
  }
  if (upTypes.length > 0) {
    patterns.push({
      regex: reaching(upTypes),
      allowTypeImports: true,
      message: `${folder}/ may import only types from ${upTypes.join(', ')}.`,
    });
  }
  if (sideways.length > 0) {
    patterns.push({
      regex: reaching(sideways),
      message: `${folder}/ may not import ${sideways.join(', ')} (same layer): move what both need lower, or list it in SIDEWAYS.`,
    });
  }
  if (folder !== 'rawview') {
    patterns.push({
      regex: '^@codemirror/view$',
      message: 'CodeMirror views live in rawview/: go through RawViewControl (rawview/control.ts).',
    });
  }
  return patterns;
}

const featureLayers = LAYERS.flatMap((folders, layer) =>
  folders.map((folder) => ({
    files: [`${ROOT}/${folder}/**/*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: restrictionsFor(folder, layer) }],
    },
  })),
);

export default featureLayers;
