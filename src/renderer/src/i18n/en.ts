// English UI strings, grouped by the part of the app that shows them. Other features add
// their own group; zh.ts must have the same keys (its type enforces it).
export const en = {
  app: {
    title: 'Galley',
    language: 'Language',
    dropHint: 'Drop .txt pages or folders to import them',
  },
  topBar: {
    openFiles: 'Open files…',
    openFolder: 'Open folder…',
    pageCount_one: '{{count}} page',
    pageCount_other: '{{count}} pages',
  },
  pageList: {
    label: 'Pages',
    filter: 'Filter by name',
    empty: 'No pages yet. Open files or a folder, or drop them here.',
    noMatch: 'No page name contains “{{filter}}”.',
    articles_one: '{{count}} article',
    articles_other: '{{count}} articles',
    coverage: '{{percent}} % covered',
    flagEmpty: 'empty',
    flagEmptyHint: 'The file held no text.',
    flagChanged: 'changed version',
    flagChangedHint: 'Another file under the same path was imported earlier with different bytes.',
  },
  page: {
    none: 'Choose a page on the left.',
    loading: 'Loading…',
    encoding: 'Encoding',
    size: 'Size',
    characters: '{{count}} characters',
    lineEndings: 'Line endings',
    coverage: 'Coverage',
    softWrap: 'Wrap lines',
    search: 'Search in page',
    reopenAs: 'Re-open as…',
    reopenHint: 'Read the original bytes again in another encoding. Only possible before any article is marked.',
    reopenFailed: 'Could not re-open the page: {{reason}}',
    reopenReason: {
      'has-articles': 'articles are already marked on it',
      'no-bytes': 'its original bytes were not kept',
      missing: 'it is no longer stored',
      binary: 'the bytes look binary',
      'too-large': 'the file is too large',
      unreadable: 'the file could not be read',
      undecodable: 'the bytes are not valid in that encoding',
    },
  },
  sizes: {
    bytes: '{{value}} B',
    kb: '{{value}} KB',
    mb: '{{value}} MB',
  },
  import: {
    progress: 'Importing {{done}} of {{total}}',
    cancel: 'Cancel',
    summary: 'Imported {{imported}} of {{total}}',
    summaryDuplicates: '{{count}} already kept',
    summaryChanged: '{{count}} changed versions',
    summaryFailed: '{{count}} refused',
    cancelled: 'Import cancelled',
    dismiss: 'Dismiss',
    errorsTitle: 'Files not imported',
    reason: {
      binary: 'it is a binary file, not text',
      'too-large': 'it is larger than 20 MB',
      unreadable: 'it could not be read',
      undecodable: 'its bytes are not text in any encoding Galley reads',
      storage: 'it could not be stored (the browser’s storage refused it)',
    },
  },
  articles: {
    placeholder: 'Articles of this page appear here.',
  },
} as const;

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language's resources must have. */
export type Resources = Strings<typeof en>;
