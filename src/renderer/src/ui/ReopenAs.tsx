import { useTranslation } from 'react-i18next';
import type { EncodingName } from '../../../core/model';

/** Encodings an archivist may try when the guess was wrong, with the names they know them by. */
const CHOICES: readonly { encoding: EncodingName; label: string }[] = [
  { encoding: 'utf-8', label: 'UTF-8' },
  { encoding: 'gb18030', label: 'GB18030 / GBK / GB2312' },
  { encoding: 'big5', label: 'Big5' },
  { encoding: 'shift_jis', label: 'Shift_JIS' },
  { encoding: 'euc-kr', label: 'EUC-KR' },
  { encoding: 'utf-16le', label: 'UTF-16 LE' },
  { encoding: 'utf-16be', label: 'UTF-16 BE' },
  { encoding: 'windows-1252', label: 'Windows-1252' },
];

export function ReopenAs({
  current,
  onChoose,
}: {
  current: EncodingName;
  onChoose: (encoding: EncodingName) => void;
}) {
  const { t } = useTranslation();
  return (
    <select
      className="reopen-as"
      value=""
      title={t('page.reopenHint')}
      aria-label={t('page.reopenAs')}
      onChange={(e) => {
        const choice = CHOICES.find((c) => c.encoding === e.target.value);
        if (choice) onChoose(choice.encoding);
      }}
    >
      <option value="">{t('page.reopenAs')}</option>
      {CHOICES.filter((c) => c.encoding !== current).map((c) => (
        <option key={c.encoding} value={c.encoding}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
