// Articles printed interleaved (a scrambled page: one story's intertitle and text inside the
// next story, a caption far from its text, a headline printed after its body). Read the way
// an archivist does: by what the text is about. A story repeats its own words (`香菇`,
// `剪纸`, `图书馆`), and its headline names them; a passage goes to the story whose words it
// shares, counting only the words the two candidate stories do not share with each other.

import type { Unit } from '../clean/structure';
import { DATELINE, DEPARTMENT } from '../clean/patterns';
import { isHan } from '../clean/script';

/** What regrouping needs of an article being gathered. */
export interface Story {
  headline: Unit[];
  body: Unit[];
  captions: Unit[];
}

const intertitles = new WeakSet<Unit>();

/** A headline line kept in the body as an intertitle (小标题), remembered as one. */
export function asIntertitle(u: Unit): Unit {
  const t: Unit = { ...u, kind: 'text' };
  intertitles.add(t);
  return t;
}

export const isIntertitle = (u: Unit): boolean => intertitles.has(u);

// A headline names what the story is about: its words count this many times.
const HEADLINE_WEIGHT = 3;
// The least evidence that moves a passage: a word or two shared by chance is not enough.
const MIN_MARGIN = 3;

type Words = Map<string, number>;

/** The pairs of Han characters in a text: the words a story repeats, without a dictionary. */
function pairsOf(text: string, weight: number, into: Words = new Map()): Words {
  for (let i = 0; i + 1 < text.length; i++) {
    if (!isHan(text.charCodeAt(i)) || !isHan(text.charCodeAt(i + 1))) continue;
    const w = text.slice(i, i + 2);
    into.set(w, Math.max(into.get(w) ?? 0, weight));
  }
  return into;
}

function wordsOf(headline: readonly Unit[], body: readonly Unit[], captions: readonly Unit[] = []): Words {
  const words: Words = new Map();
  for (const u of headline) pairsOf(u.text, HEADLINE_WEIGHT, words);
  for (const u of [...body, ...captions]) pairsOf(u.text, 1, words);
  return words;
}

/** How much more `text` shares with `a` than with `b`, counting the words only one of them has. */
function leaning(text: string, a: Words, b: Words): number {
  let score = 0;
  for (const w of pairsOf(text, 1).keys()) {
    const inA = a.get(w) ?? 0;
    const inB = b.get(w) ?? 0;
    if (inA > 0 && inB === 0) score += inA;
    else if (inB > 0 && inA === 0) score -= inB;
  }
  return score;
}

/**
 * Passages of `next`'s body (after its lede) and its captions that belong to `prev`: an
 * intertitle with its text, or a paragraph, whose words lean clearly to `prev`. Text after a
 * moved intertitle follows it until a paragraph leans clearly back. Returns whether anything moved.
 */
function takeBack(prev: Story, next: Story): boolean {
  // The lede: the first unit, or the one after a dateline printed alone on its line.
  const first = next.body[0];
  const alone = first?.kind === 'dateline' && DATELINE.exec(first.text)?.[0].length === first.text.length;
  const lede = alone ? 1 : 0;
  if (next.body.length <= lede || next.headline.length === 0 || prev.headline.length === 0) return false;
  const kept: Unit[] = next.body.slice(0, lede + 1);
  const moved: Unit[] = [];
  let toPrev = false;
  for (let i = lede + 1; i < next.body.length; i++) {
    const u = next.body[i];
    const mine = wordsOf(next.headline, kept);
    const theirs = wordsOf(prev.headline, [...prev.body, ...moved], prev.captions);
    if (isIntertitle(u)) {
      // An intertitle is short: it is read with the text under it.
      const passage = u.text + (next.body[i + 1]?.text ?? '');
      // A stanza's title and lines are a poem's: verse shares few words with anything.
      toPrev = next.body[i + 1]?.kind !== 'verse' && leaning(passage, theirs, mine) >= MIN_MARGIN;
    } else {
      // Only an intertitle opens a passage of the other story; a paragraph may close it.
      if (toPrev && leaning(u.text, theirs, mine) <= -MIN_MARGIN) toPrev = false;
    }
    (toPrev ? moved : kept).push(u);
  }
  const captions: Unit[] = [];
  const theirs = wordsOf(prev.headline, [...prev.body, ...moved], prev.captions);
  const mine = wordsOf(next.headline, kept);
  for (const c of next.captions) {
    // A credit goes with the caption before it.
    if (
      c.kind === 'credit' &&
      captions.length > 0 &&
      !next.captions.includes(captions[captions.length - 1])
    ) {
      captions.push(c);
      continue;
    }
    if (c.kind !== 'credit' && leaning(c.text, theirs, mine) >= MIN_MARGIN) captions.push(c);
  }
  if (moved.length === 0 && captions.length === 0) return false;
  prev.body.push(...moved);
  prev.captions.push(...captions);
  next.body = kept;
  next.captions = next.captions.filter((c) => !captions.includes(c));
  return true;
}

const startOf = (u: Unit) => u.spans[0]?.start ?? 0;

const NUMBERED_PHOTO = /^[(（]?图[一二三四五六七八九十\d\u2460-\u2473]/u;

/**
 * A photo printed over the next story's headline: captions after the last paragraph of
 * `prev` whose words lean clearly to `next` go to `next` (a credit follows its caption).
 */
function giveForward(prev: Story, next: Story): void {
  const lastBody = prev.body[prev.body.length - 1];
  if (!lastBody || next.headline.length === 0) return;
  const after = startOf(lastBody);
  const theirs = wordsOf(next.headline, next.body, next.captions);
  const mine = wordsOf(prev.headline, prev.body);
  const moved: Unit[] = [];
  for (const c of prev.captions) {
    // Numbered photos (`图①：…`, `图2 …`) are one group, set with the story they number.
    if (startOf(c) < after || NUMBERED_PHOTO.test(c.text)) continue;
    const follows = c.kind === 'credit' && moved.length > 0;
    if (follows || (c.kind === 'caption' && leaning(c.text, theirs, mine) >= MIN_MARGIN)) moved.push(c);
  }
  if (moved.length === 0) return;
  prev.captions = prev.captions.filter((c) => !moved.includes(c));
  next.captions = [...moved, ...next.captions];
}

/**
 * Regroups passages of interleaved articles into the story whose words they share. A story
 * that `ended` (its byline or a continuation mark printed after its text) takes nothing back:
 * neighbours on one subject share their words without being interleaved.
 */
export function regroupInterleaved<S extends Story>(stories: readonly S[], ended: (s: S) => boolean): void {
  for (let i = 1; i < stories.length; i++) {
    if (!ended(stories[i - 1])) takeBack(stories[i - 1], stories[i]);
    giveForward(stories[i - 1], stories[i]);
  }
}

/**
 * Where the paragraphs that `head` names start at the end of the story's body (never its
 * lede): the first paragraph leaning clearly to the headline, with none after it leaning away.
 */
function bodyOf(head: Unit, story: Story): number | undefined {
  const heading = wordsOf([head], []);
  const { body } = story;
  for (let cut = 1; cut < body.length; cut++) {
    const own = wordsOf(story.headline, body.slice(0, cut), story.captions);
    if (leaning(body[cut].text, heading, own) < MIN_MARGIN) continue;
    const tail = wordsOf([head], body.slice(cut));
    if (body.slice(cut + 1).every((u) => leaning(u.text, tail, own) >= 0)) return cut;
  }
  return undefined;
}

/**
 * A headline printed after its body (the body's last paragraphs, then the headline, then the
 * next story's headline): when the first headline of a run names what the paragraphs closing
 * the story before it are about, and the run has a headline left for its own story (or no
 * story under it), those paragraphs and that headline are a story of their own. `make`
 * builds it in the image of the story it came from; a story that `ended` is left whole.
 */
export function splitHeadlinesAfterBodies<S extends Story>(
  stories: readonly S[],
  make: (headline: Unit[], body: Unit[], from: S) => S,
  ended: (s: S) => boolean,
): S[] {
  const out: S[] = [];
  for (let i = 0; i < stories.length; i++) {
    const story = stories[i];
    out.push(story);
    // A story closed by its byline keeps its paragraphs: the headline after it is the next one's.
    if (ended(story)) continue;
    const next = stories[i + 1];
    const head = next?.headline[0];
    if (!head || DEPARTMENT.test(head.text)) continue;
    const rest = next.headline.slice(1);
    if (rest.length === 0 ? next.body.length > 0 : rest.every((u) => DEPARTMENT.test(u.text))) continue;
    const cut = bodyOf(head, story);
    if (cut === undefined) continue;
    out.push(make([head], story.body.slice(cut), story));
    story.body = story.body.slice(0, cut);
    next.headline = rest;
  }
  return out;
}
