// The command palette's words, and those of the shell's commands it lists.

export const paletteEn = {
  palette: {
    title: 'Commands',
    open: 'Commands…',
    search: 'Type a command, in English or 中文',
    none: 'No command matches “{{query}}”.',
    unavailable: 'not available now',
    command: {
      'open-files': 'Open files…',
      'open-folder': 'Open folder…',
      review: 'Review on or off',
      export: 'Export…',
      backup: 'Back up…',
      restore: 'Restore…',
      tools: 'Cleanup & find',
      'toggle-list': 'Show or hide the page list',
      'toggle-raw': 'Show or hide the raw text',
      'toggle-articles': 'Show or hide the article form',
      'theme-system': 'Theme: as the system',
      'theme-light': 'Theme: light',
      'theme-dark': 'Theme: dark',
      'language-en': 'Language: English',
      'language-zh': 'Language: 简体中文',
      demo: 'Open the demo page',
    },
  },
};

export const paletteZh: typeof paletteEn = {
  palette: {
    title: '命令',
    open: '命令…',
    search: '输入命令（中文或英文）',
    none: '没有与“{{query}}”相符的命令。',
    unavailable: '现在不可用',
    command: {
      'open-files': '打开文件…',
      'open-folder': '打开文件夹…',
      review: '开启或关闭审校',
      export: '导出…',
      backup: '备份…',
      restore: '恢复…',
      tools: '清理与查找',
      'toggle-list': '显示或隐藏页面列表',
      'toggle-raw': '显示或隐藏原始文本',
      'toggle-articles': '显示或隐藏文章表单',
      'theme-system': '主题：跟随系统',
      'theme-light': '主题：浅色',
      'theme-dark': '主题：深色',
      'language-en': '语言：English',
      'language-zh': '语言：简体中文',
      demo: '打开示例页面',
    },
  },
};
