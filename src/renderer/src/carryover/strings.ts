// UI strings of the carry-over dialog (a changed version of a page takes the previous
// version's articles), in English and 简体中文. i18n/en.ts and i18n/zh.ts spread these in.

import type { Translation } from '../common/translation';

export const carryOverEn = {
  carryOver: {
    title: 'Carry the work over to the new versions?',
    intro_one:
      'This page was imported again with different bytes. The articles marked on its previous version can be carried over: every span is mapped through a character diff of the old raw text to the new one, and whatever does not map cleanly is listed. The previous version keeps its work.',
    intro_other:
      'These pages were imported again with different bytes. The articles marked on their previous versions can be carried over: every span is mapped through a character diff of the old raw text to the new one, and whatever does not map cleanly is listed. The previous versions keep their work.',
    pageArticles_one: '{{count}} article on the previous version',
    pageArticles_other: '{{count}} articles on the previous version',
    pageFurnitureOnly: 'only text marked as not article text',
    confirm: 'Carry over',
    decline: 'Not now',
    working: 'Carrying over…',
    failed:
      'The work could not be carried over: the browser’s storage refused the write. The previous versions keep their work.',
    doneTitle: 'Carried over',
    pageDone_one: '{{count}} article carried over',
    pageDone_other: '{{count}} articles carried over',
    allClean: 'Every span mapped cleanly.',
    losses_one:
      '{{count}} span did not map cleanly: the raw text changed under it. It keeps only its unchanged characters; the corrected text is as it was.',
    losses_other:
      '{{count}} spans did not map cleanly: the raw text changed under them. Each keeps only its unchanged characters; the corrected text is as it was.',
    skipped: 'Nothing was carried over: the new versions already hold work of their own.',
    oldRaw: 'Previous raw text',
    newRaw: 'New raw text',
    emptyRaw: '(no raw text)',
    lostEntirely: 'nothing of it is left',
    openPage: 'Open this page',
    undo: 'Undo carry-over',
    undone: 'The carry-over was undone: the new versions hold no articles.',
    close: 'Close',
  },
} as const;

export const carryOverZh: Translation<typeof carryOverEn> = {
  carryOver: {
    title: '将已做的工作带到新版本？',
    // Chinese has one plural form (i18next uses _other): the wording fits one page or many.
    intro_one:
      '以下版面以不同的字节再次导入。可将旧版本上标注的文章带到新版本：每个区段通过旧原始文本与新原始文本的逐字比对映射过去，无法干净映射的部分会列出。旧版本保留其工作。',
    intro_other:
      '以下版面以不同的字节再次导入。可将旧版本上标注的文章带到新版本：每个区段通过旧原始文本与新原始文本的逐字比对映射过去，无法干净映射的部分会列出。旧版本保留其工作。',
    pageArticles_one: '旧版本上有 {{count}} 篇文章',
    pageArticles_other: '旧版本上有 {{count}} 篇文章',
    pageFurnitureOnly: '只有标为非正文的文本',
    confirm: '带过去',
    decline: '暂不',
    working: '正在带过去…',
    failed: '无法带过去：浏览器存储拒绝了写入。旧版本保留其工作。',
    doneTitle: '已带过去',
    pageDone_one: '已带过去 {{count}} 篇文章',
    pageDone_other: '已带过去 {{count}} 篇文章',
    allClean: '所有区段都已干净映射。',
    losses_one:
      '{{count}} 个区段无法干净映射：其下的原始文本已改变。各区段只保留未变的字符；校正后的文本保持原样。',
    losses_other:
      '{{count}} 个区段无法干净映射：其下的原始文本已改变。各区段只保留未变的字符；校正后的文本保持原样。',
    skipped: '没有带过去任何内容：新版本已有自己的工作。',
    oldRaw: '旧原始文本',
    newRaw: '新原始文本',
    emptyRaw: '（无原始文本）',
    lostEntirely: '已一字不剩',
    openPage: '打开此版面',
    undo: '撤销带过去',
    undone: '已撤销带过去：新版本上没有文章。',
    close: '关闭',
  },
};
