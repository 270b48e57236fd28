// Three small toggles in the top bar that fold the page list, the raw view or the article
// form away and bring them back (the splitters' Enter and the palette do the same).

import { useTranslation } from 'react-i18next';
import { isHidden, type PaneId } from './panes';
import { usePanesContext } from './usePanes';

const PANES = [
  { id: 'list', label: 'desk.list' },
  { id: 'raw', label: 'desk.raw' },
  { id: 'articles', label: 'desk.articles' },
] as const satisfies { id: PaneId; label: string }[];

export function PaneToggles() {
  const { t } = useTranslation();
  const { layout, toggle } = usePanesContext();
  return (
    <div className="pane-toggles" role="group" aria-label={t('desk.panes')}>
      {PANES.map((p) => (
        <button
          key={p.id}
          type="button"
          className="pane-toggle"
          data-pane={p.id}
          aria-pressed={!isHidden(layout, p.id)}
          title={t('desk.showHide', { pane: t(p.label) })}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => toggle(p.id)}
        >
          {t(p.label)}
        </button>
      ))}
    </div>
  );
}
