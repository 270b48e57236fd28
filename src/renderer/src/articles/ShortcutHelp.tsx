// The `?` overlay: every shortcut of the article feature.

import { useTranslation } from 'react-i18next';
import { Modal } from '../common/Modal';
import { ASSIGN_ACTIONS, COMMANDS } from './actions';

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal labelledBy="help-title" onClose={onClose} closeOnBackdrop>
      <h2 id="help-title">{t('articles.shortcutsTitle')}</h2>
      <table className="shortcut-table">
        <tbody>
          {ASSIGN_ACTIONS.map((a) => (
            <tr key={a.id}>
              <td>
                <kbd>{a.shortcut.label}</kbd>
              </td>
              <td>{t(`articles.action.${a.id}`)}</td>
            </tr>
          ))}
          {COMMANDS.map((c) => (
            <tr key={c.id}>
              <td>
                <kbd>{c.shortcut.label}</kbd>
              </td>
              <td>{t(`articles.command.${c.id}`)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Ctrl+Click</kbd>
            </td>
            <td>{t('articles.multiSelectHint')}</td>
          </tr>
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        {t('articles.close')}
      </button>
    </Modal>
  );
}
