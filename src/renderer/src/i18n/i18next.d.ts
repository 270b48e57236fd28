// i18next's keys checked by the compiler: English is the shape (every language must have
// the same keys, see zh.ts), so `t('no.such.key')` does not compile.
import type { Resources } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}
