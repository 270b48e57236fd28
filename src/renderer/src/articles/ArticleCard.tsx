// One article as a form, in the order its parts are printed. The current article shows
// every field; the others show only the fields that hold text, to keep long pages light.

import type { TFunction } from 'i18next';
import type { Key } from '../i18n/keys';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleStatus, FieldRef, ListFieldKind, SingleFieldKind } from '../../../core/model';
import { hueOf } from '../rawview/spans';
import { FieldEditor } from './FieldEditor';
import { displayHeadline } from '../common/headline';
import { useLive, type LiveArticles } from './liveText';

export interface CardHandlers {
  onSelect: (articleId: string) => void;
  onText: (articleId: string, field: FieldRef, text: string) => void;
  /** `activate`: focus came to a read-only preview; the field's editor should take the focus. */
  onFocusField: (articleId: string, field: FieldRef, activate?: boolean) => void;
  onCaret: (articleId: string, field: FieldRef, offset: number) => void;
  onBlurField: () => void;
  onStatus: (articleId: string, status: ArticleStatus) => void;
  onRemoveField: (articleId: string, field: FieldRef) => void;
  onAddParagraph: (articleId: string) => void;
  onDragStart: (articleId: string) => void;
  onDropOn: (articleId: string) => void;
}

interface ArticleCardProps {
  article: Article;
  current: boolean;
  /** The focused field when this is the current article. */
  focusedKey?: string | undefined;
  handlers: CardHandlers;
  revisions?: React.ReactNode | undefined;
  /** The session's articles: the current card reads its texts and headline from it (liveText.ts). */
  live?: LiveArticles | undefined;
}

const HEAD: SingleFieldKind[] = ['section', 'kicker', 'title', 'subtitle', 'dateline'];
const STATUSES: ArticleStatus[] = ['draft', 'corrected', 'reviewed'];

// One FieldRef object per field, so the memoised editors of the current article get the
// same props on every keystroke and only the edited one re-renders.
const singleRefs = new Map<SingleFieldKind, FieldRef>();
const listRefs = new Map<string, FieldRef>();
function refOf(kind: SingleFieldKind): FieldRef;
function refOf(kind: ListFieldKind, index: number): FieldRef;
function refOf(kind: SingleFieldKind | ListFieldKind, index?: number): FieldRef {
  if (index === undefined) {
    const single = kind as SingleFieldKind;
    let ref = singleRefs.get(single);
    if (!ref) singleRefs.set(single, (ref = { kind: single }));
    return ref;
  }
  const key = `${kind}-${index}`;
  let ref = listRefs.get(key);
  if (!ref) listRefs.set(key, (ref = { kind: kind as ListFieldKind, index }));
  return ref;
}

/** Translated field labels, looked up once per language: the current card re-renders as the archivist types. */
function labeller(t: TFunction): (key: Key, n?: number) => string {
  const known = new Map<string, string>();
  return (key, n) => {
    const id = n === undefined ? key : `${key}#${n}`;
    let label = known.get(id);
    if (label === undefined) known.set(id, (label = n === undefined ? t(key) : t(key, { n })));
    return label;
  };
}

export const ArticleCard = memo(function ArticleCard({
  article,
  current,
  focusedKey,
  handlers,
  revisions,
  live,
}: ArticleCardProps) {
  const { t } = useTranslation();
  const tr = useMemo(() => labeller(t), [t]);
  const a = article;
  const editor = (field: FieldRef, value: string, label: string, long = false) => {
    const key = 'index' in field ? `${field.kind}-${field.index}` : field.kind;
    if (!current) {
      // Other articles show their text as it reads; a click or Tab makes the article
      // current and puts the cursor in that field, so every field still edits in place
      // while a page of 80 articles stays light.
      return (
        <div className={`field field-${field.kind}`} key={key}>
          <span className="field-label">{label}</span>
          <div
            className="field-preview"
            tabIndex={0}
            role="textbox"
            aria-label={label}
            aria-readonly="false"
            data-field={key}
            onFocus={() => handlers.onFocusField(a.id, field, true)}
          >
            {value}
          </div>
        </div>
      );
    }
    return (
      <div className="field-row" key={key}>
        <FieldEditor
          articleId={a.id}
          field={field}
          value={value}
          live={live}
          label={label}
          long={long}
          focused={focusedKey === key}
          onText={handlers.onText}
          onFocusField={handlers.onFocusField}
          onCaret={handlers.onCaret}
          onBlurField={handlers.onBlurField}
        />
        {'index' in field && (
          <button
            type="button"
            className="field-remove"
            title={tr('articles.removeField')}
            aria-label={tr('articles.removeField')}
            onClick={() => handlers.onRemoveField(a.id, field)}
          >
            ×
          </button>
        )}
      </div>
    );
  };
  const shows = (kind: SingleFieldKind) => current || a[kind].text !== '' || a[kind].spans.length > 0;
  const headline = useLive(current ? live : undefined, a, displayHeadline) || tr('articles.untitled');

  return (
    <article
      className={`article-card${current ? ' article-current' : ''}`}
      style={{ '--span-hue': hueOf(a.order) } as React.CSSProperties}
      data-article-id={a.id}
      aria-current={current ? 'true' : undefined}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        handlers.onDropOn(a.id);
      }}
    >
      <header className="article-head" onClick={() => handlers.onSelect(a.id)}>
        <span
          className="article-handle"
          draggable
          title={tr('articles.dragHint')}
          onDragStart={(e) => {
            e.dataTransfer.setData('text/plain', a.id);
            handlers.onDragStart(a.id);
          }}
        >
          ⠿
        </span>
        <span className="article-number">{a.order + 1}</span>
        <span className="article-headline">{headline}</span>
        {current ? (
          <select
            className="article-status"
            value={a.status}
            aria-label={tr('articles.status')}
            onClick={(e) => e.stopPropagation()}
            onChange={(e) => handlers.onStatus(a.id, e.target.value as ArticleStatus)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {tr(`articles.statusName.${s}`)}
              </option>
            ))}
          </select>
        ) : (
          <span className={`article-status-badge status-${a.status}`}>
            {tr(`articles.statusName.${a.status}`)}
          </span>
        )}
      </header>
      <div className="article-fields">
        {HEAD.filter(shows).map((kind) => editor(refOf(kind), a[kind].text, tr(`articles.field.${kind}`)))}
        {a.paragraphs.map((p, index) =>
          editor(refOf('paragraph', index), p.text, tr('articles.field.paragraphN', index + 1), true),
        )}
        {current && (
          <button type="button" className="add-paragraph" onClick={() => handlers.onAddParagraph(a.id)}>
            {tr('articles.addParagraph')}
          </button>
        )}
        {shows('byline') && editor(refOf('byline'), a.byline.text, tr('articles.field.byline'))}
        {a.captions.map((c, index) =>
          editor(refOf('caption', index), c.text, tr('articles.field.captionN', index + 1), true),
        )}
        {a.notes.map((n, index) =>
          editor(refOf('note', index), n.text, tr('articles.field.noteN', index + 1), true),
        )}
      </div>
      {current && revisions}
    </article>
  );
});
