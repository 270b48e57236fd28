// Markdown per page: the page name as the top heading, sections as second-level headings,
// each article under a third-level heading with its kicker above and subtitle below, in
// emphasis. Text is escaped so that OCR'd `#`, `*` or `[` never turn into markup.

import type { Page } from '../model';
import type { ArticleContent } from '../model';
import { lf } from './text';

/** Escapes what Markdown would read as markup, inside a line and at its start. */
export function escapeMarkdown(text: string): string {
  return lf(text)
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=]|\d+(?=[.)]))/gm, (_, space: string, mark: string) => `${space}\\${mark}`);
}

const inline = (text: string): string => escapeMarkdown(text.trim()).replace(/\n+/g, ' ');
const block = (text: string): string => escapeMarkdown(text.trim()).replace(/\n{2,}/g, '\n');

export function pageMarkdown(
  page: Pick<Page, 'name'>,
  articles: readonly ArticleContent[],
  untitled: string,
): string {
  const out: string[] = [`# ${inline(page.name)}`];
  let section = '';
  for (const a of articles) {
    const label = a.section.text.trim();
    if (label !== '' && label !== section) out.push(`## ${inline(label)}`);
    section = label || section;
    if (a.kicker.text.trim() !== '') out.push(`*${inline(a.kicker.text)}*`);
    out.push(`### ${a.title.text.trim() === '' ? untitled : inline(a.title.text)}`);
    if (a.subtitle.text.trim() !== '') out.push(`**${inline(a.subtitle.text)}**`);
    for (const text of [a.dateline.text, ...a.paragraphs.map((p) => p.text)]) {
      if (text.trim() !== '') out.push(block(text));
    }
    if (a.byline.text.trim() !== '') out.push(`*${inline(a.byline.text)}*`);
    for (const c of a.captions) if (c.text.trim() !== '') out.push(`> ${inline(c.text)}`);
  }
  return out.join('\n\n') + '\n';
}
