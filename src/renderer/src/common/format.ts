import type { TFunction } from 'i18next';

const formats = new Map<string, Intl.NumberFormat>();

/** Number formats are costly to make and the page list formats a size per row: keep them. */
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}/${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    formats.set(key, format);
  }
  return format;
}

export function formatSize(t: TFunction, bytes: number, locale: string): string {
  const number = (value: number, digits: number) => numberFormat(locale, digits).format(value);
  if (bytes < 1024) return t('sizes.bytes', { value: number(bytes, 0) });
  if (bytes < 1024 * 1024) return t('sizes.kb', { value: number(bytes / 1024, 1) });
  return t('sizes.mb', { value: number(bytes / (1024 * 1024), 1) });
}

export function formatPercent(share: number): string {
  return String(Math.floor(share * 100));
}

/** Orders pages the way a person reads a folder listing: page-2 before page-10. */
export const naturalOrder = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
