// TEI P5 per page. The header names the raw file and its SHA-256 so the edition can be
// traced to its source; each article is a div[@type="article"] with typed heads (kicker,
// main, sub), dateline, paragraphs, figures with their descriptions, byline and notes.

import { escapeUTF8 } from 'entities';
import type { Article, Page } from '../model';
import { lf } from './text';

/** Code points XML 1.0 does not allow (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text content: escaped, characters XML cannot hold replaced by U+FFFD, line breaks as <lb/>. */
export function xmlText(text: string): string {
  return lf(text)
    .trim()
    .split('\n')
    .map((line) => escapeUTF8(line.replace(NOT_XML, '\ufffd')))
    .join('<lb/>');
}

const attr = (text: string): string => escapeUTF8(text.replace(NOT_XML, '\ufffd').replace(/[\n\t]/g, ' '));

function element(indent: string, name: string, text: string, attrs = ''): string {
  return `${indent}<${name}${attrs}>${xmlText(text)}</${name}>`;
}

export function pageTei(
  page: Pick<Page, 'name' | 'relativePath' | 'sha256' | 'encoding'>,
  articles: readonly Article[],
): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="zh">',
    '  <teiHeader>',
    '    <fileDesc>',
    '      <titleStmt>',
    element('        ', 'title', page.name),
    '      </titleStmt>',
    '      <publicationStmt>',
    '        <p>Unpublished transcription: articles corrected from raw OCR text with Galley.</p>',
    '      </publicationStmt>',
    '      <sourceDesc>',
    '        <bibl>',
    element('          ', 'title', page.name),
    element('          ', 'idno', page.relativePath, ' type="path"'),
    element('          ', 'idno', page.sha256, ' type="sha256"'),
    `          <note>Raw OCR text, encoding ${attr(page.encoding)}.</note>`,
    '        </bibl>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </teiHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const a of articles) lines.push(...articleDiv(a));
  if (articles.length === 0) lines.push('      <p/>');
  lines.push('    </body>', '  </text>', '</TEI>', '');
  return lines.join('\n');
}

function articleDiv(a: Article): string[] {
  const i = '        ';
  const out = [`      <div type="article" n="${a.order + 1}">`];
  const add = (name: string, text: string, attrs = ''): void => {
    if (text.trim() !== '') out.push(element(i, name, text, attrs));
  };
  add('head', a.section.text, ' type="section"');
  add('head', a.kicker.text, ' type="kicker"');
  add('head', a.title.text, ' type="main"');
  add('head', a.subtitle.text, ' type="sub"');
  add('dateline', a.dateline.text);
  for (const p of a.paragraphs) add('p', p.text);
  for (const c of a.captions) {
    if (c.text.trim() !== '') out.push(`${i}<figure>`, element(`${i}  `, 'figDesc', c.text), `${i}</figure>`);
  }
  add('byline', a.byline.text);
  for (const n of a.notes) add('note', n.text);
  // TEI wants some content in a div; an article with nothing typed yet keeps its place.
  if (out.length === 1) out.push(`${i}<p/>`);
  out.push('      </div>');
  return out;
}
