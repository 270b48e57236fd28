// UI strings of the cleanup tools (suggested articles, cleanup, user rules, find and
// replace), in English and 简体中文. en.ts and zh.ts spread these groups into theirs.
// One file per language.

export { toolsEn, type ToolsStrings } from './strings.en';
export { toolsZh } from './strings.zh';
