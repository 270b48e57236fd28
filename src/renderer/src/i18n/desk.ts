// The desk's own words (the shell's panes and the compact toolbars' overflow menu): kept in i18n/
// beside the shell's other groups, since ui/ sits above i18n/.

export const deskEn = {
  desk: {
    view: 'View',
    panes: 'Panes',
    list: 'Pages',
    raw: 'Raw text',
    articles: 'Articles',
    showHide: 'Show or hide: {{pane}}',
    resizeList: 'Page list width: arrow keys resize, Enter hides or shows',
    resizeArticles: 'Article form width: arrow keys resize, Enter hides or shows',
    more: 'More',
  },
};

export const deskZh: typeof deskEn = {
  desk: {
    view: '视图',
    panes: '窗格',
    list: '页面',
    raw: '原始文本',
    articles: '文章',
    showHide: '显示或隐藏：{{pane}}',
    resizeList: '页面列表宽度：方向键调整，回车键隐藏或显示',
    resizeArticles: '文章表单宽度：方向键调整，回车键隐藏或显示',
    more: '更多',
  },
};
