// The evaluation corpus for learning from corrections: the training fixture pages with
// known OCR confusions injected by a seeded generator (never the holdout pages).
//
// Kinds: look-alike characters (未→末, 已→己, 日→曰, 人→入, 天→夭, 〇→0), a dropped
// and a doubled character in recurring names and phrases. A few carrier sentences put the
// brief's confusable words (未来, 已经, 二〇二四年) on the pages, and traps put the
// "wrong" character where it is right (周末来, 期末来, 自己经常, 子曰): a proposal there
// is a false one. Each chosen term is damaged at each of its occurrences with RATE.
// OCR breaks raw lines at column width, so a damaged word straddles a line break with
// BREAK_RATE (the first, hand-corrected occurrence too), and some traps do as well.

export interface InjectedError {
  page: number;
  /** Where the damaged word stands in the damaged page: [start, end), a line break inside or not. */
  start: number;
  end: number;
  truth: string;
  damaged: string;
  /** Which damage: one per chosen term and kind. */
  term: string;
}

export interface InjectedCorpus {
  clean: string[];
  damaged: string[];
  errors: InjectedError[];
}

/** mulberry32: small, seeded, good enough to pick places. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOOK_ALIKE: Record<string, string> = { 未: '末', 已: '己', 日: '曰', 人: '入', 天: '夭', 〇: '0' };
const CARRIERS = ['面向未来，', '共创美好未来。', '工作已经完成。', '项目已经启动。', '二〇二四年工作总结。'];
const TRAPS = ['这个周末来了不少游客。', '期末来临，', '他自己经常参加。', '子曰：学而时习之。'];
/** Traps the line broke inside: the word is still read across the break. */
const BROKEN_TRAPS = ['这个周末\n来了不少游客。', '期\n末来临，', '他自己 \n经常参加。'];
/** Share of a chosen term's occurrences that OCR damages. */
const RATE = 0.5;
/** Share of damaged occurrences a line break splits, and what OCR leaves there. */
const BREAK_RATE = 0.25;
const BREAKS = ['\n', '\n', ' \n', '  \n', '\u3000\n', '\n '];

const HAN = /^\p{Script=Han}$/u;

/** `word` with a line break between two of its Han characters, or as it is when it has no such place. */
function broken(word: string, rand: () => number): string {
  const places: number[] = [];
  for (let k = 1; k < word.length; k++) {
    if (HAN.test(word[k - 1] ?? '') && HAN.test(word[k] ?? '')) places.push(k);
  }
  const k = places[Math.floor(rand() * places.length)];
  if (k === undefined) return word;
  const gap = BREAKS[Math.floor(rand() * BREAKS.length)] ?? '\n';
  return word.slice(0, k) + gap + word.slice(k);
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Puts each sentence `times` times after a random `。` of a random page. */
function insertSentences(pages: string[], sentences: string[], times: number, rand: () => number): void {
  for (const s of sentences) {
    for (let k = 0; k < times; k++) {
      const i = Math.floor(rand() * pages.length);
      const page = pages[i] ?? '';
      const stops = [...page.matchAll(/。/g)].map((m) => (m.index ?? 0) + 1);
      const at = stops[Math.floor(rand() * stops.length)] ?? page.length;
      pages[i] = page.slice(0, at) + s + page.slice(at);
    }
  }
}

interface Damage {
  term: string;
  damaged: string;
}

/** How each chosen term is damaged: look-alikes, then a dropped and a doubled character. */
function chooseDamage(pages: readonly string[], original: string, rand: () => number): Damage[] {
  const freq = new Map<string, number>();
  for (const p of pages) {
    for (const s of segmenter.segment(p)) {
      if (s.isWordLike && s.segment.length >= 2) freq.set(s.segment, (freq.get(s.segment) ?? 0) + 1);
    }
  }
  const recurring = [...freq].filter(([, n]) => n >= 3).map(([w]) => w);
  const out: Damage[] = [];
  const taken = new Set<string>();
  // A damaged form the fixture pages already hold (老年人 → 老人, 管理局 → 管局 beside
  // 城管局) cannot be told from the right text by any context: such a term is not chosen.
  // The traps are added on purpose and do not count here.
  const push = (term: string, damaged: string) => {
    if (!original.includes(damaged)) out.push({ term, damaged });
  };
  for (const [truth, wrong] of Object.entries(LOOK_ALIKE)) {
    const words = recurring.filter((w) => w.includes(truth) && !taken.has(w));
    words.sort(() => rand() - 0.5);
    for (const w of words.slice(0, 3)) {
      taken.add(w);
      push(w, w.replace(truth, wrong));
    }
  }
  const han = recurring.filter((w) => /^\p{Script=Han}{3,}$/u.test(w) && !taken.has(w));
  han.sort(() => rand() - 0.5);
  for (const w of han.slice(0, 2)) push(w, w.slice(0, 1) + w.slice(2));
  for (const w of han.slice(2, 4)) push(w, w + w.slice(-1));
  return out;
}

/** The damaged corpus: the same pages, the same seed, the same damage. */
export function injectErrors(cleanPages: readonly string[], seed: number): InjectedCorpus {
  const rand = rng(seed);
  const clean = [...cleanPages];
  const original = cleanPages.join('\n');
  insertSentences(clean, CARRIERS, 3, rand);
  insertSentences(clean, TRAPS, 2, rand);
  insertSentences(clean, BROKEN_TRAPS, 1, rand);
  const damages = new Map(chooseDamage(clean, original, rand).map((d) => [d.term, d]));
  const damaged: string[] = [];
  const errors: InjectedError[] = [];
  // Dates in Chinese numerals are not one word to ICU, so the date is damaged as a whole.
  damages.set('二〇二四年', { term: '二〇二四年', damaged: '二0二四年' });
  const terms = [...damages.values()].sort((a, b) => b.term.length - a.term.length);
  clean.forEach((page, index) => {
    const bounds = new Set([...segmenter.segment(page)].map((s) => s.index));
    bounds.add(page.length);
    let out = '';
    for (let p = 0; p < page.length;) {
      const d = bounds.has(p)
        ? terms.find((t) => page.startsWith(t.term, p) && bounds.has(p + t.term.length))
        : undefined;
      if (d && rand() < RATE) {
        const start = out.length;
        out += rand() < BREAK_RATE ? broken(d.damaged, rand) : d.damaged;
        errors.push({ page: index, start, end: out.length, truth: d.term, damaged: d.damaged, term: d.term });
        p += d.term.length;
      } else if (d) {
        out += d.term;
        p += d.term.length;
      } else {
        out += page[p] ?? '';
        p++;
      }
    }
    damaged.push(out);
  });
  return { clean, damaged, errors };
}
