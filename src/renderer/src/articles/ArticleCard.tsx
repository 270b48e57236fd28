// One article as a form, in the order its parts are printed. The current article shows
// every field; the others show only the fields that hold text, to keep long pages light.

import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleStatus, FieldRef, SingleFieldKind } from '../../../core/model';
import { hueOf } from '../rawview/spans';
import { FieldEditor } from './FieldEditor';

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
  focusedKey?: string;
  handlers: CardHandlers;
  revisions?: React.ReactNode;
}

const HEAD: SingleFieldKind[] = ['section', 'kicker', 'title', 'subtitle', 'dateline'];
const STATUSES: ArticleStatus[] = ['draft', 'corrected', 'reviewed'];

export const ArticleCard = memo(function ArticleCard({
  article,
  current,
  focusedKey,
  handlers,
  revisions,
}: ArticleCardProps) {
  const { t } = useTranslation();
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
            title={t('articles.removeField')}
            aria-label={t('articles.removeField')}
            onClick={() => handlers.onRemoveField(a.id, field)}
          >
            ×
          </button>
        )}
      </div>
    );
  };
  const shows = (kind: SingleFieldKind) => current || a[kind].text !== '' || a[kind].spans.length > 0;
  const headline = a.title.text || a.paragraphs[0]?.text.slice(0, 30) || t('articles.untitled');

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
          title={t('articles.dragHint')}
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
            aria-label={t('articles.status')}
            onClick={(e) => e.stopPropagation()}
            onChange={(e) => handlers.onStatus(a.id, e.target.value as ArticleStatus)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`articles.statusName.${s}`)}
              </option>
            ))}
          </select>
        ) : (
          <span className={`article-status-badge status-${a.status}`}>
            {t(`articles.statusName.${a.status}`)}
          </span>
        )}
      </header>
      <div className="article-fields">
        {HEAD.filter(shows).map((kind) => editor({ kind }, a[kind].text, t(`articles.field.${kind}`)))}
        {a.paragraphs.map((p, index) =>
          editor(
            { kind: 'paragraph', index },
            p.text,
            t('articles.field.paragraphN', { n: index + 1 }),
            true,
          ),
        )}
        {current && (
          <button type="button" className="add-paragraph" onClick={() => handlers.onAddParagraph(a.id)}>
            {t('articles.addParagraph')}
          </button>
        )}
        {shows('byline') && editor({ kind: 'byline' }, a.byline.text, t('articles.field.byline'))}
        {a.captions.map((c, index) =>
          editor({ kind: 'caption', index }, c.text, t('articles.field.captionN', { n: index + 1 }), true),
        )}
        {a.notes.map((n, index) =>
          editor({ kind: 'note', index }, n.text, t('articles.field.noteN', { n: index + 1 }), true),
        )}
      </div>
      {current && revisions}
    </article>
  );
});
