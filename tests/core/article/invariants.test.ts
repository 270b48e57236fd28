import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  assign,
  deleteArticle,
  mergeArticles,
  reorder,
  setFieldText,
  splitArticle,
} from '../../../src/core/article';
import type { AssignTarget, PageArticles } from '../../../src/core/article';
import { SINGLE_FIELDS } from '../../../src/core/model';
import { emptyState, expectOneOwner, ids } from './helpers';

// Short pages made of CJK, Latin, spaces and line breaks, and random sequences of every
// operation on them: whatever the archivist does, each raw character keeps at most one owner.
const rawArb = fc
  .array(fc.constantFrom('字', '报', 'a', 'b', ' ', '\n', '\n\n', '。', '\u3000'), {
    minLength: 1,
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

type Op =
  | { op: 'assign'; a: number; b: number; c: number; d: number; target: number; pick: number; move: boolean }
  | { op: 'merge'; x: number; y: number }
  | { op: 'split'; x: number; p: number; at: number }
  | { op: 'delete'; x: number }
  | { op: 'reorder'; x: number; to: number }
  | { op: 'edit'; x: number };

const n = fc.nat(200);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('assign' as const),
    a: n,
    b: n,
    c: n,
    d: n,
    target: fc.nat(8),
    pick: n,
    move: fc.boolean(),
  }),
  fc.record({ op: fc.constant('merge' as const), x: n, y: n }),
  fc.record({ op: fc.constant('split' as const), x: n, p: n, at: n }),
  fc.record({ op: fc.constant('delete' as const), x: n }),
  fc.record({ op: fc.constant('reorder' as const), x: n, to: n }),
  fc.record({ op: fc.constant('edit' as const), x: n }),
);

function targetFor(state: PageArticles, kind: number, pick: number): AssignTarget {
  const a = state.articles[pick % Math.max(1, state.articles.length)];
  if (!a || kind === 0) return { kind: 'new-article' };
  switch (kind) {
    case 1:
      return { kind: 'field', articleId: a.id, field: SINGLE_FIELDS[pick % SINGLE_FIELDS.length] };
    case 2:
      return { kind: 'new-paragraph', articleId: a.id, after: pick % (a.paragraphs.length + 1) };
    case 3:
      return { kind: 'append-paragraph', articleId: a.id, index: pick % Math.max(1, a.paragraphs.length) };
    case 4:
      return { kind: 'caption', articleId: a.id };
    case 5:
      return { kind: 'note', articleId: a.id };
    default:
      return { kind: 'furniture' };
  }
}

function apply(state: PageArticles, raw: string, op: Op, newId: () => string): PageArticles {
  const pickArticle = (x: number) => state.articles[x % Math.max(1, state.articles.length)];
  const len = raw.length + 1;
  switch (op.op) {
    case 'assign': {
      const ranges = [
        { start: Math.min(op.a % len, op.b % len), end: Math.max(op.a % len, op.b % len) },
        { start: Math.min(op.c % len, op.d % len), end: Math.max(op.c % len, op.d % len) },
      ];
      const r = assign(state, raw, ranges, targetFor(state, op.target, op.pick), {
        now: 1,
        newId,
        move: op.move,
      });
      return r.ok ? r.state : state;
    }
    case 'merge': {
      const x = pickArticle(op.x);
      const y = pickArticle(op.y);
      return x && y ? mergeArticles(state, x.id, y.id, 2) : state;
    }
    case 'split': {
      const x = pickArticle(op.x);
      if (!x || x.paragraphs.length === 0) return state;
      const p = op.p % x.paragraphs.length;
      return splitArticle(state, raw, x.id, p, op.at % (x.paragraphs[p].text.length + 1), { now: 3, newId })
        .state;
    }
    case 'delete': {
      const x = pickArticle(op.x);
      return x ? deleteArticle(state, x.id) : state;
    }
    case 'reorder': {
      const x = pickArticle(op.x);
      return x ? reorder(state, x.id, op.to % (state.articles.length + 1)) : state;
    }
    case 'edit': {
      const x = pickArticle(op.x);
      return x && x.paragraphs.length > 0
        ? setFieldText(state, x.id, { kind: 'paragraph', index: 0 }, '改过的文字', 4)
        : state;
    }
  }
}

describe('the one-owner rule', () => {
  it('holds after any sequence of assign (with and without move), merge, split, delete, reorder and edit', () => {
    fc.assert(
      fc.property(rawArb, fc.array(opArb, { maxLength: 25 }), (raw, ops) => {
        const newId = ids();
        let state = emptyState();
        for (const op of ops) {
          state = apply(state, raw, op, newId);
          expectOneOwner(state, raw.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
