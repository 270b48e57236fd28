// UI strings of review, export and backup, in English and Simplified Chinese. Spread into
// i18n/en.ts and i18n/zh.ts, whose types make both languages carry every key.
// One file per language.

export { reviewEn } from './strings.en';
export { reviewZh } from './strings.zh';
