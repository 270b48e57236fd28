// UI strings of backing up and restoring a project, in English and 简体中文. i18n/en.ts and i18n/zh.ts spread these in.

import type { Translation } from '../common/translation';

export const backupEn = {
  backup: {
    button: 'Back up…',
    restoreButton: 'Restore…',
    title: 'Project backup',
    restoreTitle: 'Restore from a backup',
    working: {
      backup: 'Backing up the project…',
      restore: 'Restoring…',
    },
    saved:
      'Saved {{name}} ({{size}} KB) — pages: {{pages}}, articles: {{articles}}, with their raw text, revisions, rules and settings.',
    notSaved: 'The backup was not saved.',
    progress: '{{done}} of {{total}} records',
    progressLabel: 'Progress',
    stop: 'Stop',
    failed: 'The backup could not be written.',
    close: 'Close',
    refused: {
      foreign: '“{{name}}” is not a Galley backup.',
      corrupt: '“{{name}}” is a damaged Galley backup (cut short or corrupted).',
      'newer-version': '“{{name}}” was written by a newer Galley; update Galley to restore it.',
      invalid: '“{{name}}” is a Galley backup whose records are incomplete or contradict each other.',
      storage: 'The backup could not be stored (the browser’s storage refused it).',
    },
    nothingChanged: 'Nothing in this project was changed.',
    undo: 'Undo this restore',
    undoHint: 'Galley kept the project as it was just before the restore; undoing puts it back exactly.',
    undone: 'The restore was undone: the project is as it was before.',
    undoFailed: 'The restore could not be undone: {{detail}}',
    restored:
      'Restored “{{name}}”, merged with this project by record: the newer change of each article wins.',
    count: {
      added: 'Added',
      updated: 'Updated',
      unchanged: 'Same',
      keptExisting: 'Kept ours',
    },
    table: {
      pages: 'Pages',
      articles: 'Articles',
      revisions: 'Revisions',
      rules: 'Rules',
      settings: 'Settings',
    },
    skippedArticles_one:
      '{{count}} article of the backup was left out: its page here has different raw text.',
    skippedArticles_other:
      '{{count}} articles of the backup were left out: their page here has different raw text.',
    noConflicts: 'No conflicts.',
    conflicts_one: '{{count}} conflict (the other version is kept as a revision where it is an article):',
    conflicts_other: '{{count}} conflicts (the other version is kept as a revision where it is an article):',
    conflict: {
      'both-changed': 'changed on both sides;',
      'different-source': 'same page id, different raw file;',
      'different-value': 'different value;',
      'owned-elsewhere':
        'its raw text belongs to another article or is marked as not article text here now (kept as a revision);',
    },
    /** The same, naming the article's parts. */
    conflictParts: {
      'both-changed_one': 'changed on both sides: {{parts}} differs;',
      'both-changed_other': 'changed on both sides: {{parts}} differ;',
      'owned-elsewhere_one':
        'the raw text of {{parts}} belongs to another article or is marked as not article text here now (kept as a revision);',
      'owned-elsewhere_other':
        'the raw text of {{parts}} belongs to another article or is marked as not article text here now (kept as a revision);',
    },
    willRestore:
      'Restoring “{{name}}” will merge it with this project by record (the newer change of each article wins). Nothing is written until you choose Restore:',
    cancel: 'Cancel',
    confirmRestore: 'Restore',
    onPage: 'on page “{{page}}”',
    what: {
      page: 'Page “{{name}}”',
      article: 'Article “{{name}}”',
      rule: 'Rule “{{name}}”',
      setting: 'Setting “{{name}}”',
    },
    setting: {
      reviewer: 'Reviewer’s name',
      extract: 'Cleanup extracts datelines, bylines and captions',
      transforms: 'Cleanup transforms switched on or off',
      rejected: 'Rejected suggestions',
    },
    kept: {
      existing: 'this project’s version kept.',
      incoming: 'the backup’s version kept.',
    },
  },
} as const;

export const backupZh: Translation<typeof backupEn> = {
  backup: {
    button: '备份…',
    restoreButton: '恢复…',
    title: '项目备份',
    restoreTitle: '从备份恢复',
    working: {
      backup: '正在备份项目…',
      restore: '正在恢复…',
    },
    saved:
      '已保存 {{name}}：{{pages}} 个版面、{{articles}} 篇文章，连同原始文本、修订版本、规则和设置（{{size}} KB）。',
    notSaved: '备份未保存。',
    progress: '{{done}} / {{total}} 条记录',
    progressLabel: '进度',
    stop: '停止',
    failed: '无法写入备份。',
    close: '关闭',
    refused: {
      foreign: '“{{name}}”不是 Galley 备份文件。',
      corrupt: '“{{name}}”是已损坏的 Galley 备份（不完整或数据损坏）。',
      'newer-version': '“{{name}}”由更新版本的 Galley 写入；请先升级 Galley 再恢复。',
      invalid: '“{{name}}”是 Galley 备份，但其中的记录不完整或相互矛盾。',
      storage: '无法保存备份内容（浏览器存储拒绝写入）。',
    },
    nothingChanged: '本项目未作任何改动。',
    undo: '撤销此次恢复',
    undoHint: 'Galley 保留了恢复前一刻的项目；撤销会将其原样放回。',
    undone: '已撤销恢复：项目已回到恢复之前的样子。',
    undoFailed: '无法撤销恢复：{{detail}}',
    restored: '已恢复“{{name}}”，并按记录与本项目合并：每篇文章以较新的修改为准。',
    count: {
      added: '新增',
      updated: '更新',
      unchanged: '相同',
      keptExisting: '保留本项目',
    },
    table: {
      pages: '版面',
      articles: '文章',
      revisions: '修订版本',
      rules: '规则',
      settings: '设置',
    },
    skippedArticles_one: '备份中有 {{count}} 篇文章未恢复：本项目中对应版面的原始文本不同。',
    skippedArticles_other: '备份中有 {{count}} 篇文章未恢复：本项目中对应版面的原始文本不同。',
    noConflicts: '没有冲突。',
    conflicts_one: '{{count}} 处冲突（如为文章，另一版本已保存为修订版本）：',
    conflicts_other: '{{count}} 处冲突（如为文章，另一版本已保存为修订版本）：',
    conflict: {
      'both-changed': '双方都有修改；',
      'different-source': '版面 ID 相同但原始文件不同；',
      'different-value': '取值不同；',
      'owned-elsewhere': '其原始文本现已归属另一篇文章或被标为非文章文本（已保存为修订版本）；',
    },
    conflictParts: {
      'both-changed_one': '双方都有修改：{{parts}}不同；',
      'both-changed_other': '双方都有修改：{{parts}}不同；',
      'owned-elsewhere_one': '{{parts}}的原始文本现已归属另一篇文章或被标为非文章文本（已保存为修订版本）；',
      'owned-elsewhere_other':
        '{{parts}}的原始文本现已归属另一篇文章或被标为非文章文本（已保存为修订版本）；',
    },
    willRestore:
      '恢复“{{name}}”将按记录与本项目合并（每篇文章以较新的修改为准）。在您选择“恢复”之前不会写入任何内容：',
    cancel: '取消',
    confirmRestore: '恢复',
    onPage: '（版面“{{page}}”）',
    what: {
      page: '版面“{{name}}”',
      article: '文章“{{name}}”',
      rule: '规则“{{name}}”',
      setting: '设置“{{name}}”',
    },
    setting: {
      reviewer: '审校人姓名',
      extract: '清理时提取电头、署名和图片说明',
      transforms: '清理转换的开关',
      rejected: '已拒绝的建议',
    },
    kept: {
      existing: '保留本项目的版本。',
      incoming: '采用备份中的版本。',
    },
  },
};
