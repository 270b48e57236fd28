// UI strings of the suggested articles panel, in English and 简体中文. i18n/en.ts and i18n/zh.ts spread these in.

import type { Translation } from '../common/translation';

export const suggestEn = {
  suggest: {
    title: 'Suggested articles',
    count_one: '{{count}} open',
    count_other: '{{count}} open',
    acceptAll: 'Accept all',
    accept: 'Accept',
    reject: 'Reject',
    rejectNamed: 'Reject “{{title}}”',
    showRejected_one: 'Show {{count}} rejected',
    showRejected_other: 'Show {{count}} rejected',
    none: 'No open suggestions: every suggested article is accepted, rejected or already assigned.',
    nothingFree: 'Nothing to accept: that text is already assigned.',
    accepted_one: 'Accepted {{count}} article. Undo with Ctrl+Z.',
    accepted_other: 'Accepted {{count}} articles. Undo with Ctrl+Z.',
    untitled: '(no headline)',
    showInRaw: 'Show in the raw text',
    paragraphs_one: '{{count}} paragraph',
    paragraphs_other: '{{count}} paragraphs',
    captions_one: '{{count}} caption',
    captions_other: '{{count}} captions',
    partlyTaken: '{{percent}} % already assigned: only the rest will be taken',
  },
} as const;

export const suggestZh: Translation<typeof suggestEn> = {
  suggest: {
    title: '建议的文章',
    count_one: '{{count}} 篇待定',
    count_other: '{{count}} 篇待定',
    acceptAll: '全部接受',
    accept: '接受',
    reject: '拒绝',
    rejectNamed: '拒绝“{{title}}”',
    showRejected_one: '显示已拒绝的 {{count}} 篇',
    showRejected_other: '显示已拒绝的 {{count}} 篇',
    none: '没有待定的建议：建议的文章都已接受、拒绝或已被分配。',
    nothingFree: '无可接受的内容：这些文字已被分配。',
    accepted_one: '已接受 {{count}} 篇文章。可按 Ctrl+Z 撤销。',
    accepted_other: '已接受 {{count}} 篇文章。可按 Ctrl+Z 撤销。',
    untitled: '（无标题）',
    showInRaw: '在原文中显示',
    paragraphs_one: '{{count}} 段',
    paragraphs_other: '{{count}} 段',
    captions_one: '{{count}} 条图片说明',
    captions_other: '{{count}} 条图片说明',
    partlyTaken: '已有 {{percent}}% 被分配：只取其余部分',
  },
};
