// UI strings of starting Galley and keeping its work safe (a failed save, a database that
// will not open, a second tab), in English and 简体中文. i18n/en.ts and i18n/zh.ts spread these in.

import type { Translation } from '../common/translation';

export const bootEn = {
  boot: {
    saveFailing:
      'Your latest changes are not saved: the browser’s storage refused the write. Galley keeps them and tries again.',
    saveFailingHint: 'Keep this window open. If it goes on, free some disk space, or back up the project.',
    failedTitle: 'Galley could not open your project',
    failedBody:
      'The project’s database in this browser could not be opened or upgraded. Nothing was deleted.',
    reason: {
      VersionError: 'It was written by a newer Galley. Update Galley to open it.',
      QuotaExceededError: 'The disk or the browser’s storage is full.',
      MissingAPIError: 'This browser gives Galley no storage (a private window, or storage turned off).',
      other: 'The browser reported: {{detail}}',
    },
    recover:
      'Save a backup of what can still be read, then reload. A backup can be restored into a working Galley.',
    saveBackup: 'Save a backup of what can be read',
    backupSaved: 'Saved {{name}}: {{pages}} pages, {{articles}} articles.',
    backupNotSaved: 'The backup was not saved.',
    backupFailed: 'Nothing could be read: {{detail}}',
    reload: 'Reload',
    crashedTitle: 'Something went wrong in Galley’s window',
    crashedBody:
      'Your work is saved as you go. Reload to continue; if this happens again, save a backup first.',
    otherTabTitle: 'Galley is open in another tab',
    otherTabBody:
      'Two tabs writing the same project would overwrite each other’s corrections, so only one tab works on it at a time.',
    takeOver: 'Use Galley in this tab',
    takingOver: 'Waiting for the other tab to save and let go…',
    movedTitle: 'Galley moved to another tab',
    movedBody: 'Your work was saved before the other tab took over. This tab no longer writes the project.',
    moveBack: 'Use Galley here again',
  },
};

export const bootZh: Translation<typeof bootEn> = {
  boot: {
    saveFailing: '最近的更改尚未保存：浏览器存储拒绝了写入。Galley 保留着这些更改并会重试。',
    saveFailingHint: '请不要关闭此窗口。如果持续出现，请释放磁盘空间，或备份项目。',
    failedTitle: 'Galley 无法打开您的项目',
    failedBody: '无法打开或升级此浏览器中的项目数据库。没有删除任何内容。',
    reason: {
      VersionError: '它由更新版本的 Galley 写入。请更新 Galley 后再打开。',
      QuotaExceededError: '磁盘或浏览器存储已满。',
      MissingAPIError: '此浏览器没有为 Galley 提供存储（无痕窗口，或存储已关闭）。',
      other: '浏览器报告：{{detail}}',
    },
    recover: '请先保存一份仍可读取内容的备份，然后重新载入。备份可以恢复到正常工作的 Galley 中。',
    saveBackup: '保存可读取内容的备份',
    backupSaved: '已保存 {{name}}：{{pages}} 个版面，{{articles}} 篇文章。',
    backupNotSaved: '备份未保存。',
    backupFailed: '无法读取任何内容：{{detail}}',
    reload: '重新载入',
    crashedTitle: 'Galley 窗口出错了',
    crashedBody: '您的工作随时保存。请重新载入以继续；如果再次发生，请先保存备份。',
    otherTabTitle: 'Galley 已在另一个标签页中打开',
    otherTabBody: '两个标签页同时写入同一项目会互相覆盖校对结果，因此同一时间只有一个标签页可以编辑。',
    takeOver: '在此标签页使用 Galley',
    takingOver: '正在等待另一个标签页保存并释放…',
    movedTitle: 'Galley 已转到另一个标签页',
    movedBody: '在另一个标签页接管之前，您的工作已保存。此标签页不再写入项目。',
    moveBack: '在此处重新使用 Galley',
  },
};
