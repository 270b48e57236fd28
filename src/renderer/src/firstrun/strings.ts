// The first run's words: the workflow in three steps and the demo page.

export const firstRunEn = {
  firstRun: {
    title: 'Turn raw OCR pages into clean articles',
    step1: 'Open your pages',
    step1Body:
      'Plain-text OCR pages (.txt), one file per newspaper page: open files or a whole folder, or drop them on the window.',
    step2: 'Mark each article',
    step2Body:
      'Select raw text and press Alt+T for the title, Alt+P for each paragraph, Alt+Shift+D for a dateline with its byline. Alt+G finds the next unassigned text; Ctrl+K lists every command.',
    step3: 'Review and export',
    step3Body:
      'Correct the text, review what changed, then export plain text, Markdown, JSON Lines, TEI or CSV.',
    demo: 'Try it on a demo page',
    demoHint: 'A made-up newspaper page that ships with Galley.',
    openHint: 'Your own pages: Open files… or Open folder… at the top, or drop them on the window.',
  },
};

export const firstRunZh: typeof firstRunEn = {
  firstRun: {
    title: '把 OCR 原始版面整理成干净的文章',
    step1: '打开版面',
    step1Body: '纯文本 OCR 版面（.txt），每个文件一版：打开文件或整个文件夹，也可以拖到窗口里。',
    step2: '标出每篇文章',
    step2Body:
      '选中原文，按 Alt+T 设为主题，Alt+P 设为段落，Alt+Shift+D 一步设为电头和署名。Alt+G 跳到下一处未归属的文字；Ctrl+K 列出所有命令。',
    step3: '审校并导出',
    step3Body: '校正文字，审阅改动，然后导出为纯文本、Markdown、JSON Lines、TEI 或 CSV。',
    demo: '用示例版面试一试',
    demoHint: 'Galley 自带的一版虚构报纸。',
    openHint: '自己的版面：点上方的“打开文件…”或“打开文件夹…”，或拖到窗口里。',
  },
};
