// The few words the main process shows itself (menu, dialog titles and buttons, message
// boxes), in the UI's two languages. The renderer has the full i18n layer; these start in the
// system language and follow the app's once the page says which it speaks: the menu is set
// again and the one words object every dialog reads is changed in place (menuHandlers.ts).

export interface MainStrings {
  file: string;
  openFiles: string;
  openFolder: string;
  export: string;
  backUp: string;
  restore: string;
  edit: string;
  undo: string;
  redo: string;
  view: string;
  window: string;
  textFiles: string;
  allFiles: string;
  chooseExportFolder: string;
  chooseFolder: string;
  openPagesTitle: string;
  openFolderTitle: string;
  open: string;
  saveTitle: string;
  save: string;
  exportHere: string;
  cancel: string;
  sourceFolderWarning: string;
  sourceFolderDetail: string;
  pageReloaded: string;
  pageReloadedDetail: string;
  pageKeepsStopping: string;
  pageUnresponsive: string;
  pageUnresponsiveDetail: string;
  wait: string;
  reload: string;
  unsavedWork: string;
  unsavedWorkDetail: string;
  stay: string;
  leave: string;
}

const en: MainStrings = {
  file: 'File',
  openFiles: 'Open Files…',
  openFolder: 'Open Folder…',
  export: 'Export…',
  backUp: 'Back Up Project…',
  restore: 'Restore Project…',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  view: 'View',
  window: 'Window',
  textFiles: 'Text files',
  allFiles: 'All files',
  chooseExportFolder: 'Choose a folder for the export',
  chooseFolder: 'Choose Folder',
  openPagesTitle: 'Open Raw OCR Pages',
  openFolderTitle: 'Open a Folder of Raw OCR Pages',
  open: 'Open',
  saveTitle: 'Save As',
  save: 'Save',
  exportHere: 'Export Here',
  cancel: 'Cancel',
  sourceFolderWarning: 'This folder holds raw OCR pages you opened.',
  sourceFolderDetail:
    'Exported files will be written beside the raw pages (never over them). Export here anyway?',
  pageReloaded: 'Galley’s window stopped and was reloaded.',
  pageReloadedDetail:
    'Your pages and articles are saved as you work; anything typed in the last moment may need typing again.',
  pageKeepsStopping: 'Galley’s window keeps stopping, so it was not reloaded again. Restart Galley.',
  pageUnresponsive: 'Galley’s window is not responding.',
  pageUnresponsiveDetail: 'Wait for it to finish, or reload it (work saved so far is kept).',
  wait: 'Wait',
  reload: 'Reload',
  unsavedWork: 'Some of your work is not saved yet.',
  unsavedWorkDetail:
    'Galley is still writing it, or the last save failed and is being tried again. If you leave now, those changes are lost.',
  stay: 'Stay',
  leave: 'Leave Anyway',
};

const zh: MainStrings = {
  file: '文件',
  openFiles: '打开文件…',
  openFolder: '打开文件夹…',
  export: '导出…',
  backUp: '备份项目…',
  restore: '恢复项目…',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  view: '视图',
  window: '窗口',
  textFiles: '文本文件',
  allFiles: '所有文件',
  chooseExportFolder: '选择导出文件夹',
  chooseFolder: '选择文件夹',
  openPagesTitle: '打开原始 OCR 版面',
  openFolderTitle: '打开原始 OCR 版面所在的文件夹',
  open: '打开',
  saveTitle: '另存为',
  save: '保存',
  exportHere: '导出到此处',
  cancel: '取消',
  sourceFolderWarning: '此文件夹中有您打开的原始 OCR 版面。',
  sourceFolderDetail: '导出的文件将写在原始版面旁边（不会覆盖它们）。仍要导出到这里吗？',
  pageReloaded: 'Galley 窗口意外停止，已重新载入。',
  pageReloadedDetail: '您的版面和文章在操作时随时保存；最后片刻输入的内容可能需要重新输入。',
  pageKeepsStopping: 'Galley 窗口反复停止，因此未再重新载入。请重新启动 Galley。',
  pageUnresponsive: 'Galley 窗口没有响应。',
  pageUnresponsiveDetail: '可以等待它完成，或重新载入（已保存的工作不会丢失）。',
  wait: '等待',
  reload: '重新载入',
  unsavedWork: '部分工作尚未保存。',
  unsavedWorkDetail: 'Galley 仍在写入，或上次保存失败正在重试。现在离开，这些更改将会丢失。',
  stay: '留下',
  leave: '仍要离开',
};

/** Strings for a BCP 47 locale such as `app.getLocale()` returns: a copy, changed in place later. */
export function stringsFor(locale: string): MainStrings {
  return { ...(locale.toLowerCase().startsWith('zh') ? zh : en) };
}
