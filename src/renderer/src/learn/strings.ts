// UI strings of "Same error elsewhere" (learning from corrections), in English and 简体中文.
// i18n/en.ts and i18n/zh.ts spread these in.

import type { Translation } from '../common/translation';

export const learnEn = {
  learn: {
    open: 'Same error elsewhere',
    openCount_one: 'Same error elsewhere ({{count}})',
    openCount_other: 'Same error elsewhere ({{count}})',
    title: 'Same error elsewhere',
    intro:
      'Corrections you typed, and where the same raw text recurs. Nothing changes until you accept it; each acceptance is one undoable step.',
    empty:
      'Correct a character in a field (a look-alike such as 末/未, a dropped or doubled character) and Galley looks for it on every page.',
    further_one: '{{count}} more',
    further_other: '{{count}} more',
    waiting_one: '{{count}} in text not yet marked (proposed once it is in a field)',
    waiting_other: '{{count}} in text not yet marked (proposed once it is in a field)',
    lowTitle: 'Less certain: the same raw text was left as it is in text you edited or reviewed',
    confidence: '{{percent}}% sure',
    acceptHit: 'Accept',
    rejectHit: 'Reject',
    acceptPage: 'Accept on this page',
    acceptAll: 'Accept all',
    rejectAll: 'Reject this correction',
    makeRule: 'Keep as a rule',
    ruleMade: 'Added to My rules as “{{name}}”.',
    accepted_one: 'Accepted {{count}} correction. Undo takes it back.',
    accepted_other: 'Accepted {{count}} corrections. Undo takes them back.',
    againstHint: 'You edited or reviewed this text and left it: it counts against the correction.',
    failed: 'Could not change the text: {{reason}}',
    close: 'Close',
  },
} as const;

export const learnZh: Translation<typeof learnEn> = {
  learn: {
    open: '别处的相同错误',
    openCount_one: '别处的相同错误（{{count}}）',
    openCount_other: '别处的相同错误（{{count}}）',
    title: '别处的相同错误',
    intro:
      '您手动改正的内容，以及同样的原始文字在别处出现的位置。您接受之前不会改动任何文字；每次接受都可撤销。',
    empty: '在字段中改正一个字（如形近字末/未、漏字或多字），Galley 会在所有页面中查找同样的错误。',
    further_one: '另有 {{count}} 处',
    further_other: '另有 {{count}} 处',
    waiting_one: '{{count}} 处在尚未标记的文字中（标记为字段后再提出）',
    waiting_other: '{{count}} 处在尚未标记的文字中（标记为字段后再提出）',
    lowTitle: '把握较小：您编辑或审校过的文字中保留了同样的原始文字',
    confidence: '把握 {{percent}}%',
    acceptHit: '接受',
    rejectHit: '拒绝',
    acceptPage: '接受本页全部',
    acceptAll: '全部接受',
    rejectAll: '拒绝此改正',
    makeRule: '保存为规则',
    ruleMade: '已添加到“我的规则”：“{{name}}”。',
    accepted_one: '已接受 {{count}} 处改正。撤销即可恢复。',
    accepted_other: '已接受 {{count}} 处改正。撤销即可恢复。',
    againstHint: '您编辑或审校过这段文字并保留了原样：这会降低此改正的把握。',
    failed: '无法修改文字：{{reason}}',
    close: '关闭',
  },
};
