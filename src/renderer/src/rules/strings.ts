// UI strings of the user rules panel, in English and 简体中文. i18n/en.ts and i18n/zh.ts spread these in.

import type { Translation } from '../common/translation';

export const rulesEn = {
  rules: {
    title: 'My rules',
    intro: 'Your own find-and-replace rules, applied in order after the built-in transforms.',
    add: 'Add rule',
    name: 'Name',
    find: 'Find',
    replace: 'Replace with',
    regex: 'Regular expression',
    caseSensitive: 'Match case',
    enabled: 'On',
    moveUp: 'Move up',
    moveDown: 'Move down',
    delete: 'Delete',
    deleteNamed: 'Delete rule “{{name}}”',
    empty: 'No rules yet.',
    newName: 'Rule {{n}}',
    export: 'Export rule set…',
    import: 'Import rule set…',
    imported_one: 'Imported {{count}} rule.',
    imported_other: 'Imported {{count}} rules.',
    importFailed: 'Could not import “{{name}}”:',
    exported: 'Saved {{name}}.',
    invalid: 'This rule is skipped: {{reason}}',
  },
} as const;

export const rulesZh: Translation<typeof rulesEn> = {
  rules: {
    title: '我的规则',
    intro: '自定义的查找替换规则，在内置清理项之后依次应用。',
    add: '添加规则',
    name: '名称',
    find: '查找',
    replace: '替换为',
    regex: '正则表达式',
    caseSensitive: '区分大小写',
    enabled: '启用',
    moveUp: '上移',
    moveDown: '下移',
    delete: '删除',
    deleteNamed: '删除规则“{{name}}”',
    empty: '还没有规则。',
    newName: '规则 {{n}}',
    export: '导出规则集…',
    import: '导入规则集…',
    imported_one: '已导入 {{count}} 条规则。',
    imported_other: '已导入 {{count}} 条规则。',
    importFailed: '无法导入“{{name}}”：',
    exported: '已保存 {{name}}。',
    invalid: '此规则被跳过：{{reason}}',
  },
};
