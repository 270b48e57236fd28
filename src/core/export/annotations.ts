// W3C Web Annotation (JSON-LD) per page: the stand-off segmentation for tools that keep the
// raw text. One annotation per article (its extent on the raw text) and one per field (its
// spans, with the corrected text as an editing body).
//
// Offsets: the Web Annotation model counts characters as Unicode code points, while Galley's
// spans count UTF-16 code units; TextPositionSelector start/end are converted to code points
// here (they differ only where the raw text has characters outside the BMP). The selectors
// apply to the decoded raw text with LF line endings, the text the page's SHA-256 was
// decoded from.

import { toBase64 } from '../backup/base64';
import type { Article, FieldRef, Page, Span } from '../model';
import { fieldsOf } from '../model';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const QUOTE_CONTEXT = 32;

/** A code-point offset for every UTF-16 offset of the text. */
function codePointOffsets(raw: string): Int32Array {
  const at = new Int32Array(raw.length + 1);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    at[i] = n;
    const c = raw.charCodeAt(i);
    const isPairStart =
      c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length && (raw.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (!isPairStart) n++;
  }
  at[raw.length] = n;
  return at;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Up to `count` code points of `raw` before `at`. */
function before(raw: string, at: number, count: number): string {
  let i = at;
  for (let n = 0; n < count && i > 0; n++) {
    i--;
    if (i > 0 && isLow(raw.charCodeAt(i)) && isHigh(raw.charCodeAt(i - 1))) i--;
  }
  return raw.slice(i, at);
}

/** Up to `count` code points of `raw` from `at`. */
function after(raw: string, at: number, count: number): string {
  let i = at;
  for (let n = 0; n < count && i < raw.length; n++) {
    i++;
    if (i < raw.length && isLow(raw.charCodeAt(i)) && isHigh(raw.charCodeAt(i - 1))) i++;
  }
  return raw.slice(at, i);
}

/** The source IRI of a page: RFC 6920 named information from its SHA-256. */
export function sourceIri(sha256Hex: string): string {
  const bytes = Uint8Array.from(sha256Hex.match(/[0-9a-f]{2}/gi) ?? [], (h) => parseInt(h, 16));
  return `ni:///sha-256;${toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

export function articleIri(article: Pick<Article, 'id'>): string {
  return `urn:galley:article:${encodeURIComponent(article.id)}`;
}

/** A field's IRI under its article's (`articleIri`, made once per article). */
function fieldIri(article: string, ref: FieldRef): string {
  return `${article}/${ref.kind}${'index' in ref ? `/${ref.index + 1}` : ''}`;
}

/** Spans whose gaps hold only whitespace merged into one extent, so an article reads as few runs. */
function extents(spans: Span[], raw: string): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && (s.start <= last.end || raw.slice(last.end, s.start).trim() === ''))
      last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function pageAnnotations(
  page: Pick<Page, 'id' | 'name' | 'relativePath' | 'sha256'>,
  raw: string,
  articles: readonly Article[],
): string {
  const cp = codePointOffsets(raw);
  const source = sourceIri(page.sha256);
  // Written as JSON text directly (strings through JSON.stringify): a large corpus has tens
  // of thousands of annotations, and building objects to stringify them doubled the cost.
  const q = JSON.stringify;
  const quotedSource = q(source);
  // Pieces are appended to one string (V8 keeps it as a rope, flattened once when the file
  // is encoded), each annotation's pieces as one template: gathering them in an array joined
  // at the end cost twice as much, and a call per piece a third more (the export's largest
  // file format).
  let out = '';
  const targets = (spans: readonly Span[]): void => {
    for (const [i, s] of spans.entries()) {
      out +=
        `${i > 0 ? ',' : ''}{"source":${quotedSource},"selector":[{"type":"TextPositionSelector","start":${cp[s.start]},"end":${cp[s.end]}},` +
        `{"type":"TextQuoteSelector","exact":${q(raw.slice(s.start, s.end))},"prefix":${q(before(raw, s.start, QUOTE_CONTEXT))},"suffix":${q(after(raw, s.end, QUOTE_CONTEXT))}}]}`;
    }
  };
  const onText = (s: Span): boolean => s.end > s.start && s.end <= raw.length;
  let first = true;
  const next = (): void => {
    if (!first) out += ',\n';
    first = false;
  };
  for (const a of articles) {
    const fields = [...fieldsOf(a)];
    const all = fields.flatMap(([, f]) => f.spans).filter(onText);
    if (all.length === 0) continue;
    const iri = articleIri(a);
    const id = q(iri);
    next();
    out +=
      `{"id":${id},"type":"Annotation","motivation":"classifying","body":[` +
      '{"type":"TextualBody","purpose":"classifying","value":"article"},' +
      `{"type":"TextualBody","purpose":"identifying","value":"${a.order + 1}"}`;
    if (a.title.text.trim() !== '')
      out += `,{"type":"TextualBody","purpose":"describing","value":${q(a.title.text)}}`;
    out += '],"target":[';
    targets(extents(all, raw));
    out += ']}';
    for (const [ref, field] of fields) {
      const spans = field.spans.filter(onText);
      if (spans.length === 0) continue;
      next();
      out +=
        `{"id":${q(fieldIri(iri, ref))},"type":"Annotation","motivation":"classifying","body":[` +
        `{"type":"TextualBody","purpose":"classifying","value":${q(ref.kind)}},` +
        `{"type":"TextualBody","purpose":"editing","value":${q(field.text)},"format":"text/plain"},` +
        `{"type":"SpecificResource","purpose":"linking","source":${id}}],"target":[`;
      targets(spans);
      out += ']}';
    }
  }
  const head = {
    '@context': CONTEXT,
    id: `urn:galley:page:${encodeURIComponent(page.id)}`,
    type: 'AnnotationPage',
    label: page.relativePath,
  };
  // One annotation per line: readable and diffable, without the bulk of full indentation.
  const open = JSON.stringify(head).slice(0, -1);
  return `${open},\n"items":[\n${out}\n]}\n`;
}
