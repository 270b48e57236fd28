// English UI strings. i18n only assembles: each feature keeps its words in its own
// strings.ts (English and 简体中文); the groups below are the shell's. zh.ts must have the same keys.
import { backupEn } from '../backup/strings';
import { bootEn } from '../boot/strings';
import { cleanupEn } from '../cleanup/strings';
import { exportEn } from '../export/strings';
import { findEn } from '../find/strings';
import { reviewEn } from '../review/strings';
import { rulesEn } from '../rules/strings';
import { learnEn } from '../learn/strings';
import { suggestEn } from '../suggest/strings';
import { problemsEn } from '../problems/strings';
import { importWarningsEn } from '../import/strings';
import { paletteEn } from '../palette/strings';
import { themeEn } from '../theme/strings';
import { firstRunEn } from '../firstrun/strings';
import { deskEn } from './desk';
import { carryOverEn } from '../carryover/strings';
import { teamEn } from '../sync/strings';

export const en = {
  ...problemsEn,
  ...suggestEn,
  ...cleanupEn,
  ...rulesEn,
  ...learnEn,
  ...findEn,
  ...reviewEn,
  ...exportEn,
  ...backupEn,
  ...bootEn,
  ...importWarningsEn,
  ...paletteEn,
  ...themeEn,
  ...firstRunEn,
  ...deskEn,
  ...carryOverEn,
  ...teamEn,
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
    coverage: '{{percent}}% covered',
    problems_one: '{{count}} problem',
    problems_other: '{{count}} problems',
    problemsHint: 'Raw text in two places, or text left behind by a move: the review lists them.',
    openProblem: 'Open',
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
    percent: '{{percent}}%',
    softWrap: 'Wrap lines',
    search: 'Search in page',
    reopenAs: 'Re-open as…',
    reopenHint:
      'Read the original bytes again in another encoding. Only possible before any article is marked.',
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
  rawView: {
    // CodeMirror's own words in the raw view (search panel, go to line).
    phrases: {
      find: 'Find',
      next: 'next',
      previous: 'previous',
      all: 'all',
      matchCase: 'match case',
      regexp: 'regexp',
      byWord: 'by word',
      close: 'close',
      currentMatch: 'current match',
      onLine: 'on line',
      goToLine: 'Go to line',
      go: 'go',
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
    summarySameText_one:
      '{{count}} with the same text as a kept page (another encoding, BOM or line endings), not imported again',
    summarySameText_other:
      '{{count}} with the same text as kept pages (another encoding, BOM or line endings), not imported again',
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
    empty: 'No articles yet. Select raw text on the left and press Alt+N to make the first one.',
    untitled: '(untitled)',
    coverage: '{{percent}}% covered',
    save: { saved: 'Saved', saving: 'Saving…', error: 'Not saved: storage refused the write' },
    toolbar: 'Assign the selected raw text',
    articleN: 'Article {{n}}',
    furniture: 'not article text',
    status: 'Status',
    statusName: { draft: 'draft', corrected: 'corrected', reviewed: 'reviewed' },
    field: {
      section: 'Section',
      kicker: 'Kicker',
      title: 'Title',
      subtitle: 'Subtitle',
      dateline: 'Dateline',
      byline: 'Byline',
      paragraphN: 'Paragraph {{n}}',
      captionN: 'Caption {{n}}',
      noteN: 'Note {{n}}',
    },
    action: {
      'new-article': 'New article from the selection (body)',
      section: 'Assign to section',
      kicker: 'Assign to kicker',
      title: 'Assign to title',
      subtitle: 'Assign to subtitle',
      dateline: 'Assign to dateline',
      byline: 'Assign to byline',
      'dateline-byline': 'Dateline with the byline in its brackets, in one step',
      'new-paragraph': 'Add as new body paragraph',
      'append-paragraph': 'Append to the current paragraph',
      caption: 'Add as caption',
      note: 'Add as note',
      furniture: 'Mark as not article text',
    },
    actionShort: {
      'new-article': 'New article',
      section: 'Section',
      kicker: 'Kicker',
      title: 'Title',
      subtitle: 'Subtitle',
      dateline: 'Dateline',
      byline: 'Byline',
      'dateline-byline': 'Dateline + byline',
      'new-paragraph': '+ Paragraph',
      'append-paragraph': '+ To paragraph',
      caption: 'Caption',
      note: 'Note',
      furniture: 'Not article',
    },
    command: {
      'next-gap': 'Next unassigned',
      'next-block': 'Next unassigned paragraph (up to a blank line)',
      unassign: 'Unassign the selected raw text',
      undo: 'Undo',
      redo: 'Redo',
      'move-up': 'Move up',
      'move-down': 'Move down',
      'merge-next': 'Merge with next',
      split: 'Split at cursor',
      'delete-article': 'Delete article',
      help: 'Keyboard shortcuts',
    },
    removeField: 'Remove',
    addParagraph: '+ Empty paragraph',
    dragHint: 'Drag to change the reading order (or Alt+↑ / Alt+↓)',
    revisions_one: '{{count}} revision',
    revisions_other: '{{count}} revisions',
    revisionsClosed: 'Revisions',
    restore: 'Restore',
    moveTitle: 'This text already belongs elsewhere',
    moveBody: 'Part of the selection is assigned to:',
    moveConfirm: 'Move it here',
    choiceTitle: 'Which version should stay?',
    choiceBody:
      'Text you typed sits between the text that moves and the text that stays, so Galley cannot tell where it belongs. Choose, for each field, what it keeps:',
    choiceKeep: 'Keep the typed text here',
    choiceDrop: 'Let the typed text go with the moved text',
    choiceConfirm: 'Move with these versions',
    choiceConfirmUnassign: 'Unassign with these versions',
    cancel: 'Cancel',
    close: 'Close',
    shortcutsTitle: 'Keyboard shortcuts',
    multiSelectHint: 'Add another raw selection (gather text printed in separate places)',
    needSelection: 'Select raw text on the left first.',
    needArticle: 'Choose an article first (click it, or make one with Alt+N).',
    noGap: 'Every character of this page is assigned.',
    nothingAssigned: 'None of the selected raw text is assigned.',
    noNext: 'There is no next article to merge with.',
    splitHint: 'Put the cursor inside a body paragraph where the new article should begin.',
  },
} as const;

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language's resources must have. */
export type Resources = Strings<typeof en>;
