// Suggested articles: a first proposal of a page's articles, for the archivist to accept,
// adjust or reject. Works from the cues a reader uses (DOMAIN.md): headlines (markdown
// headings, or short lines without sentence punctuation), datelines, bylines, department
// kickers, section labels and captions. Every field carries the raw spans it came from.

import { mergeFields } from '../clean/align';
import { applyTransforms } from '../clean/content';
import { extractByline, extractDateline, moveContinuationMarks } from '../clean/extract';
import { TRAILING_BYLINE } from '../clean/patterns';
import { pipeline, type CleanOptions } from '../clean/pipeline';
import type { ArticleContent, Span, TextField } from '../model';
import { emptyContent, emptyField } from '../model';
import { DEPARTMENT, SECTION, departmentCores } from './cues';
import { readUnits, type Unit } from './units';

export interface SuggestedArticle extends ArticleContent {
  /** Reading order on the page, 0-based (the order found in the raw text). */
  order: number;
  status: 'draft';
}

/** An article being gathered while reading the page. */
interface Draft {
  section?: Unit;
  headline: Unit[];
  body: Unit[];
  bylines: Unit[];
  captions: Unit[];
}

const isHeadline = (u: Unit) => u.kind === 'heading' || u.kind === 'headline';
const isDepartment = (u: Unit) => DEPARTMENT.test(u.text);
const isSection = (u: Unit) => SECTION.test(u.text);

/** Where a section label stops applying: at a headline of its own rank or above. */
interface SectionScope {
  unit: Unit;
  level: number;
}

/** The story has ended: a byline block after it, or one closing its last paragraph (`…。记者 鲁慧`). */
function closed(d: Draft): boolean {
  const last = d.body[d.body.length - 1];
  return d.bylines.length > 0 || (last !== undefined && TRAILING_BYLINE.test(last.text.slice(-60)));
}

/** The markdown level of the story's largest headline, or Infinity when none was marked. */
function titleLevel(d: Draft): number {
  const levels = d.headline.filter((u) => u.level > 0).map((u) => u.level);
  return levels.length > 0 ? Math.min(...levels) : Infinity;
}

function hasContent(d: Draft): boolean {
  return d.headline.length > 0 || d.body.length > 0 || d.captions.length > 0;
}

/** Groups the page's units into articles, in raw order. */
function gather(units: readonly Unit[]): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let section: SectionScope | undefined;
  const start = (headline: Unit[]): Draft => {
    if (current && hasContent(current)) drafts.push(current);
    else if (current) drafts.at(-1)?.bylines.push(...current.bylines);
    current = { headline, body: [], bylines: [], captions: [] };
    if (section) current.section = section.unit;
    return current;
  };

  for (let i = 0; i < units.length;) {
    const unit = units[i];
    if (isHeadline(unit)) {
      let j = i;
      while (j < units.length && isHeadline(units[j])) j++;
      let run = units.slice(i, j);
      const next = units[j];
      i = j;
      const label = run.find(isSection);
      const markdown = run.some((u) => u.level > 0);
      const topLevel = Math.min(...run.filter((u) => u.level > 0 && u !== label).map((u) => u.level));
      const opensArticle =
        !current ||
        (current.body.length === 0 && current.bylines.length === 0) ||
        next?.kind === 'dateline' ||
        label !== undefined ||
        run.some(isDepartment) ||
        // Marked headings: after the story's byline, or in type as large as its own title
        // (an intertitle is set smaller than the headline of its story).
        (markdown && (closed(current) || topLevel <= titleLevel(current)));
      if (!opensArticle && current) {
        // Intertitles (小标题): short lines inside one story, with no dateline after them.
        current.body.push(...run.map((u) => ({ ...u, kind: 'text' as const })));
        continue;
      }
      if (
        section &&
        (label || (section.level > 0 && Number.isFinite(topLevel) && topLevel <= section.level))
      ) {
        section = undefined;
      }
      if (label) {
        section = { unit: label, level: label.level };
        run = run.filter((u) => u !== label);
      }
      if (current && current.body.length === 0 && current.bylines.length === 0 && !label) {
        current.headline.push(...run);
      } else start(run);
      continue;
    }
    i++;
    switch (unit.kind) {
      case 'dateline':
        if (current && current.body.length === 0 && current.bylines.length === 0) current.body.push(unit);
        else start([]).body.push(unit);
        break;
      case 'byline':
        (current ?? start([])).bylines.push(unit);
        break;
      case 'caption':
      case 'credit':
        (current ?? start([])).captions.push(unit);
        break;
      default:
        (current ?? start([])).body.push(unit);
    }
  }
  if (current && hasContent(current)) drafts.push(current);
  return drafts;
}

const firstText = (d: Draft) => d.body[0]?.text ?? '';

/**
 * A kicker printed after its article's body (page-001: the body, then `经开区财政局（审计局）`
 * and the title): when a headline with a department kicker follows an article that has no
 * headline and names that department, while the text after the headline does not, the
 * headline belongs to the article before it.
 */
function reattachTrailingHeadlines(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const before = drafts[i - 1];
    const after = drafts[i];
    if (before.headline.length > 0 || after.headline.length === 0) continue;
    const kicker = after.headline.find(isDepartment);
    if (!kicker) continue;
    const cores = departmentCores(kicker.text);
    const namedBefore = cores.some((c) => firstText(before).includes(c));
    const namedAfter = cores.some((c) => firstText(after).includes(c));
    if (namedBefore && !namedAfter) {
      before.headline = after.headline;
      after.headline = [];
    }
  }
}

const field = (text: string, spans: Span[]): TextField => ({ text, spans });
const fieldOf = (u: Unit): TextField => field(u.text, u.spans);
const joinUnits = (units: readonly Unit[]): TextField =>
  units.reduce<TextField>((acc, u) => mergeFields(acc, fieldOf(u), ' '), emptyField());

// `区财政局 召开上半年党风廉政建设工作专题会`: a kicker and a title on one heading line.
const KICKER_THEN_TITLE = /^(\S+)[ \u3000]+(\S.{3,})$/u;

/** Kicker, title and subtitle from a run of headline units. */
function headlineFields(run: readonly Unit[], content: ArticleContent): void {
  const departments = run.filter(isDepartment);
  const rest = run.filter((u) => !isDepartment(u));
  let kicker: Unit[] = departments.slice(0, 1);
  let title: Unit | undefined;
  let subtitle: Unit[] = [];
  if (rest.length > 0) {
    // The largest type is the title: the fewest `#` when the OCR marked levels at all.
    const levels = rest.map((u) => (u.level > 0 ? u.level : Infinity));
    const top = Math.min(...levels);
    const at = Number.isFinite(top) ? levels.indexOf(top) : 0;
    title = rest[at];
    if (kicker.length === 0) kicker = rest.slice(0, at);
    else subtitle = rest.slice(0, at);
    subtitle = [...subtitle, ...rest.slice(at + 1)];
  } else if (departments.length > 0) {
    title = undefined;
  }
  // Further department lines (a second office under the first) read as part of the kicker.
  if (departments.length > 1) kicker = departments;
  content.kicker = joinUnits(kicker);
  content.subtitle = joinUnits(subtitle);
  if (!title) return;
  const m = content.kicker.text === '' ? KICKER_THEN_TITLE.exec(title.text) : null;
  if (m && DEPARTMENT.test(m[1]) && title.spans.length === 1) {
    const start = title.spans[0].start;
    const restStart = start + title.text.indexOf(m[2], m[1].length);
    content.kicker = field(m[1], [{ start, end: start + m[1].length }]);
    content.title = field(m[2], [{ start: restStart, end: title.spans[0].end }]);
  } else content.title = fieldOf(title);
}

/** Captions with their credits: a credit joins the caption before it. */
function captionFields(units: readonly Unit[]): TextField[] {
  const out: TextField[] = [];
  let previous: Unit | undefined;
  for (const u of units) {
    if (u.kind === 'credit' && previous?.kind === 'caption')
      out[out.length - 1] = mergeFields(out[out.length - 1], fieldOf(u), ' ');
    else out.push(fieldOf(u));
    previous = u;
  }
  return out;
}

function contentOf(
  draft: Draft,
  raw: string,
  options: CleanOptions,
  sectionOwned: Set<Unit>,
): ArticleContent {
  let content = emptyContent();
  if (draft.section) {
    // One label heads several articles; its raw text can belong to one field only (the first).
    content.section = sectionOwned.has(draft.section)
      ? field(draft.section.text, [])
      : fieldOf(draft.section);
    sectionOwned.add(draft.section);
  }
  headlineFields(draft.headline, content);
  content.paragraphs = draft.body.map(fieldOf);
  content.byline = joinUnits(draft.bylines);
  content.captions = captionFields(draft.captions);
  content = moveContinuationMarks(content, raw);
  content = extractDateline(content, raw);
  content = extractByline(content, raw);
  return applyTransforms(pipeline(options), content).content;
}

/**
 * Proposes the articles of a raw page (LF-normalised), in raw order, cleaned with the
 * default transforms (or those `options` selects). Fields carry raw spans: each span's raw
 * text is exactly what the field was read from; no raw character is in two fields (a
 * section label shared by several articles is owned by the first, the others repeat its text).
 */
export function suggestArticles(raw: string, options: CleanOptions = {}): SuggestedArticle[] {
  const drafts = gather(readUnits(raw));
  reattachTrailingHeadlines(drafts);
  const sectionOwned = new Set<Unit>();
  return drafts.map((d, order) => ({
    ...contentOf(d, raw, options, sectionOwned),
    order,
    status: 'draft' as const,
  }));
}
