// The article model: what an archivist builds from one raw OCR page.
//
// Offsets: every Span is a half-open range [start, end) of UTF-16 code units into the
// page's raw text *after* line endings were normalised to LF (see decode). UTF-16 code
// units because that is what JavaScript strings, CodeMirror positions and DOM selections
// all count in; converting at every boundary would be a constant source of bugs. The
// export writers state the same unit in the records they write.

/** A half-open range [start, end) of UTF-16 code units into a page's raw text. */
export interface Span {
  start: number;
  end: number;
}

/** The parts of an article, in the archivist's words (see DOMAIN.md). */
export type SingleFieldKind = 'section' | 'kicker' | 'title' | 'subtitle' | 'dateline' | 'byline';
export type ListFieldKind = 'paragraph' | 'caption' | 'note';
export type FieldKind = SingleFieldKind | ListFieldKind;

export const SINGLE_FIELDS: readonly SingleFieldKind[] = [
  'section',
  'kicker',
  'title',
  'subtitle',
  'dateline',
  'byline',
];
export const LIST_FIELDS: readonly ListFieldKind[] = ['paragraph', 'caption', 'note'];

/** The corrected text of one field and the raw spans it was gathered from. */
export interface TextField {
  text: string;
  /** Provenance: sorted, non-overlapping; may be empty (typed by hand) or several (gathered). */
  spans: Span[];
}

/** Addresses one field of an article: single fields by kind, list fields by kind and index. */
export type FieldRef = { kind: SingleFieldKind } | { kind: ListFieldKind; index: number };

export type ArticleStatus = 'draft' | 'corrected' | 'reviewed';

/** The content of an article, without identity: what segmentation suggests and what exports write. */
export interface ArticleContent {
  section: TextField;
  kicker: TextField;
  title: TextField;
  subtitle: TextField;
  dateline: TextField;
  byline: TextField;
  paragraphs: TextField[];
  captions: TextField[];
  notes: TextField[];
}

export interface Article extends ArticleContent {
  id: string;
  pageId: string;
  /** Reading order on its page, 0-based; kept dense by the operations in ./article. */
  order: number;
  status: ArticleStatus;
  reviewer?: string;
  /** Epoch milliseconds. */
  reviewedAt?: number;
  createdAt: number;
  updatedAt: number;
}

/** The encodings Galley reads, as WHATWG TextDecoder labels. */
export const ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'big5',
  'shift_jis',
  'euc-kr',
  'windows-1252',
] as const;

export type EncodingName = (typeof ENCODINGS)[number];

/** Page metadata: small, listed for every page. The raw text lives apart (PageText). */
export interface Page {
  id: string;
  /** File name as the archivist knows it, e.g. `page-001.txt`. */
  name: string;
  /** Path relative to the folder that was opened, or the bare name for single files. */
  relativePath: string;
  /** SHA-256 (hex) of the original bytes, before decoding or line-ending normalisation. */
  sha256: string;
  encoding: EncodingName;
  /** Whether a byte-order mark was present. */
  bom: boolean;
  /** Line endings in the original bytes; the stored raw text always uses LF. */
  lineEndings: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  byteLength: number;
  /** Length of the raw text in UTF-16 code units. */
  charLength: number;
  importedAt: number;
  /** Set when the file decoded to nothing. */
  empty: boolean;
  /** Set when another page with the same relativePath but different bytes existed at import. */
  changedVersionOf?: string;
  /** Raw text marked "not article text" (page furniture). Sorted, non-overlapping. */
  furniture: Span[];
  articleCount: number;
  /** Share (0..1) of non-whitespace raw characters assigned to an article or marked furniture. */
  coverage: number;
  /**
   * The archivist reordered the page's articles by hand (PageArticles.handOrdered): new
   * articles then go beside their raw neighbour. Absent: reading order follows the raw text.
   */
  handOrdered?: boolean;
  /**
   * How many problems checkPage (core/article/check.ts) found when the page's articles were
   * last written: the page list shows it without checking every page. Absent: never checked.
   */
  problemCount?: number;
}

/** The immutable raw text of a page, kept apart from Page so the page list stays light. */
export interface PageText {
  pageId: string;
  raw: string;
  /** Original bytes, kept only when the encoding was a guess, so the page can be re-opened in another one. */
  bytes?: Uint8Array;
}

export function emptyField(): TextField {
  return { text: '', spans: [] };
}

export function emptyContent(): ArticleContent {
  return {
    section: emptyField(),
    kicker: emptyField(),
    title: emptyField(),
    subtitle: emptyField(),
    dateline: emptyField(),
    byline: emptyField(),
    paragraphs: [],
    captions: [],
    notes: [],
  };
}

/** The array of ArticleContent that holds each list field kind. */
export const LIST_KEY = { paragraph: 'paragraphs', caption: 'captions', note: 'notes' } as const;
export type ListKey = (typeof LIST_KEY)[ListFieldKind];
export const LIST_KEYS: readonly ListKey[] = LIST_FIELDS.map((kind) => LIST_KEY[kind]);
/** Every key of ArticleContent: the single fields, then the list fields' arrays. */
export const CONTENT_KEYS: readonly (keyof ArticleContent)[] = [...SINGLE_FIELDS, ...LIST_KEYS];

/** The array of a list field kind. */
export function listOf(content: ArticleContent, kind: ListFieldKind): TextField[] {
  return content[LIST_KEY[kind]];
}

export function isListKind(kind: FieldKind): kind is ListFieldKind {
  return kind === 'paragraph' || kind === 'caption' || kind === 'note';
}

/** The field a FieldRef points at, or undefined when the index is out of range. */
export function getField(content: ArticleContent, ref: FieldRef): TextField | undefined {
  return 'index' in ref ? listOf(content, ref.kind)[ref.index] : content[ref.kind];
}

/** Every field of an article with its address, in reading order of the printed article. */
export function* fieldsOf(content: ArticleContent): Generator<[FieldRef, TextField]> {
  for (const kind of ['section', 'kicker', 'title', 'subtitle', 'dateline'] as const) {
    yield [{ kind }, content[kind]];
  }
  for (const [index, f] of content.paragraphs.entries()) yield [{ kind: 'paragraph', index }, f];
  yield [{ kind: 'byline' }, content.byline];
  for (const [index, f] of content.captions.entries()) yield [{ kind: 'caption', index }, f];
  for (const [index, f] of content.notes.entries()) yield [{ kind: 'note', index }, f];
}
