// The command palette (Ctrl+K, Ctrl+Shift+P): every action the window offers now, with its
// shortcut, found by typing in English or Chinese. It is a modal dialog, so nothing behind
// it runs while it is open; the chosen command runs after it closed and the focus is back
// where it was (the raw view and its selection), so it acts on what was selected.

import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskCommand } from '../common/commands';
import { Modal } from '../common/Modal';
import { matchCommands } from './match';
import './palette.css';

interface CommandPaletteProps {
  commands: DeskCommand[];
  onRun: (command: DeskCommand) => void;
  onClose: () => void;
}

export function CommandPalette({ commands, onRun, onClose }: CommandPaletteProps) {
  const { t, i18n } = useTranslation();
  const heading = useId();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const items = useMemo(() => {
    const en = i18n.getFixedT('en');
    const zh = i18n.getFixedT('zh');
    return commands.map((c) => ({
      command: c,
      words: [en(c.label, c.params ?? {}), zh(c.label, c.params ?? {}), c.id, c.shortcut ?? ''],
    }));
  }, [commands, i18n]);
  const found = matchCommands(items, query);
  const current = Math.min(active, Math.max(0, found.length - 1));
  const run = (c: DeskCommand | undefined) => {
    if (c && c.enabled !== false) onRun(c);
  };

  return (
    <Modal labelledBy={heading} onClose={onClose} closeOnBackdrop className="palette">
      <h2 id={heading} className="visually-hidden">
        {t('palette.title')}
      </h2>
      <input
        className="palette-search"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={found[current] ? `${listId}-${current}` : undefined}
        aria-label={t('palette.search')}
        placeholder={t('palette.search')}
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(1, found.length));
          else if (e.key === 'ArrowUp') setActive((current - 1 + found.length) % Math.max(1, found.length));
          else if (e.key === 'Enter') run(found[current]?.command);
          else return;
          e.preventDefault();
        }}
      />
      <ul className="palette-list" id={listId} role="listbox" aria-label={t('palette.title')}>
        {found.map(({ command: c }, i) => (
          <li
            key={c.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            aria-disabled={c.enabled === false}
            data-command-id={c.id}
            className="palette-item"
            onMouseMove={() => setActive(i)}
            onClick={() => run(c)}
          >
            <span className="palette-label">{t(c.label, c.params ?? {})}</span>
            {c.enabled === false ? <span className="palette-note">{t('palette.unavailable')}</span> : null}
            {c.shortcut ? <kbd>{c.shortcut}</kbd> : null}
          </li>
        ))}
      </ul>
      {found.length === 0 ? <p className="palette-none">{t('palette.none', { query })}</p> : null}
    </Modal>
  );
}
