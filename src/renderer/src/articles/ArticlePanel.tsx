// Placeholder: the articles feature replaces this file. The shell renders it beside the
// raw view with the page's id and the raw view's EditorView. `view` is null until the
// view shows this page's raw text, so an effect on [pageId, view] runs once the text is there.

import type { EditorView } from '@codemirror/view';
import { useTranslation } from 'react-i18next';

export interface ArticlePanelProps {
  pageId: string;
  view: EditorView | null;
}

export function ArticlePanel(_props: ArticlePanelProps) {
  const { t } = useTranslation();
  return <p className="article-panel-placeholder">{t('articles.placeholder')}</p>;
}
