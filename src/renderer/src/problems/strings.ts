// The words for the core's problem codes (src/core/problems.ts), in English and 简体中文.
// i18n/en.ts and i18n/zh.ts spread these in; problemText.ts picks one per code.

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const problemsEn = {
  problem: {
    at: {
      ruleNamed: 'rule {{rule}} “{{name}}”: {{problem}}',
      ruleField: 'rule {{rule}} ({{field}}): {{problem}}',
      rule: 'rule {{rule}}: {{problem}}',
    },
    pattern: {
      empty: 'nothing to find',
      matchesEmpty: 'the pattern matches empty text',
      invalid: 'invalid regular expression: {{detail}}',
      exponential:
        'the pattern can take exponential time on some text, so it was not saved; rewrite it without nested repeats such as (a+)+',
    },
    ruleset: {
      notJson: 'not valid JSON: {{detail}}',
      notUtf8: 'the file is not UTF-8 text',
      wrongFormat: 'not a Galley rule set (it needs "format": "galley-rules")',
      wrongVersion: 'a rule set version this Galley cannot read (it reads version {{version}})',
      invalid: 'not a valid rule set: {{detail}}',
    },
    rule: {
      needsName: 'a rule needs a name',
      needsFind: 'a rule needs something to find',
      invalidField: 'a value of the wrong kind ({{detail}})',
      timedOut:
        'stopped after {{budgetMs}} ms (its pattern backtracks too long); the other rules were applied',
    },
    backup: {
      badCompression: 'the compressed data is damaged ({{detail}})',
      notUtf8: 'the content is not UTF-8 text',
      notText: 'it is not a text file',
      truncated: 'the file is cut short or damaged ({{detail}})',
      notBackup: 'it is not a Galley backup',
      newerVersion: 'backup version {{version}}; this Galley reads version {{reads}}',
      schema: 'a record is incomplete at {{path}} ({{detail}})',
      bytesNotBase64: 'the original bytes of page {{page}} are damaged',
      duplicate: '{{id}} appears twice in {{table}}',
      textOfUnknownPage: 'a text belongs to an unknown page {{page}}',
      twoTexts: 'page {{page}} has two texts',
      noText: 'page {{page}} has no raw text',
      articleOnUnknownPage: 'article {{article}} is on an unknown page {{page}}',
      spanOutside: 'article {{article}} points outside its page’s text',
      tooLarge:
        'it would unpack to more than {{limit}} bytes (damaged, a compression bomb, or too large to restore)',
      corrupt: 'its content does not match the checksum written with it ({{check}})',
    },
    decode: {
      replacementCharacters_one:
        '{{count}} replacement character (�) where bytes are not valid in the encoding, at line:column {{positions}}',
      replacementCharacters_other:
        '{{count}} replacement characters (�) where bytes are not valid in the encoding, at line:column {{positions}}',
      loneSurrogates_one:
        '{{count}} lone surrogate (half a UTF-16 pair, shown as �) at line:column {{positions}}',
      loneSurrogates_other:
        '{{count}} lone surrogates (half a UTF-16 pair, shown as �) at line:column {{positions}}',
      more_one: '{{positions}} and {{count}} more',
      more_other: '{{positions}} and {{count}} more',
      encodingGuessed:
        'encoding guessed as {{encoding}}; if the text looks wrong, re-open the page in another encoding',
      mostlyUndecodable: '{{replaced}} of its {{characters}} characters cannot be read as {{encoding}}',
    },
    page: {
      outOfRange:
        '{{owner}}: its raw text {{start}}–{{end}} lies outside the page’s text ({{length}} characters)',
      unsorted: '{{owner}}: its raw text is out of order or overlaps itself',
      shared: 'the raw text “{{raw}}” belongs to both {{owner}} and {{other}}',
      orphan: '{{owner}}: its text repeats “{{raw}}”, raw text that no field holds',
      duplicate:
        '{{owner}}: its text repeats “{{raw}}”, which {{other}} holds, so the same text would be exported twice',
      order: '{{owner}} is numbered {{order}} but stands in place {{index}}',
      furniture: 'the furniture',
    },
    file: {
      notFound: 'the file does not exist',
      permission: 'permission denied',
      readOnly: 'the disk is read-only',
      diskFull: 'the disk is full',
      quota: 'the disk quota is used up',
      nameTooLong: 'the file name is too long',
      fileInTheWay: 'a file is in the way of a folder',
      folderInTheWay: 'a folder is in the way of a file',
      notRegular: 'it is not a regular file (a device, pipe or socket)',
      tooLarge: 'the file is too large',
      io: 'input/output error',
    },
  },
} as const;

export const problemsZh: Strings<typeof problemsEn> = {
  problem: {
    at: {
      ruleNamed: '第 {{rule}} 条规则“{{name}}”：{{problem}}',
      ruleField: '第 {{rule}} 条规则（{{field}}）：{{problem}}',
      rule: '第 {{rule}} 条规则：{{problem}}',
    },
    pattern: {
      empty: '没有要查找的内容',
      matchesEmpty: '该模式会匹配空文本',
      invalid: '无效的正则表达式：{{detail}}',
      exponential: '该模式在某些文本上可能耗费指数级时间，因此未保存；请改写，避免 (a+)+ 这类嵌套重复',
    },
    ruleset: {
      notJson: '不是有效的 JSON：{{detail}}',
      notUtf8: '文件不是 UTF-8 文本',
      wrongFormat: '不是 Galley 规则集（需要 "format": "galley-rules"）',
      wrongVersion: '此版本的 Galley 无法读取该规则集版本（可读取第 {{version}} 版）',
      invalid: '不是有效的规则集：{{detail}}',
    },
    rule: {
      needsName: '规则需要名称',
      needsFind: '规则需要查找内容',
      invalidField: '值的类型不对（{{detail}}）',
      timedOut: '运行 {{budgetMs}} 毫秒后已停止（其模式回溯过久）；其他规则已应用',
    },
    backup: {
      badCompression: '压缩数据已损坏（{{detail}}）',
      notUtf8: '内容不是 UTF-8 文本',
      notText: '不是文本文件',
      truncated: '文件不完整或已损坏（{{detail}}）',
      notBackup: '不是 Galley 备份',
      newerVersion: '备份版本为 {{version}}；此 Galley 可读取第 {{reads}} 版',
      schema: '{{path}} 处的记录不完整（{{detail}}）',
      bytesNotBase64: '版面 {{page}} 的原始字节已损坏',
      duplicate: '{{id}} 在 {{table}} 中出现两次',
      textOfUnknownPage: '有文本属于未知版面 {{page}}',
      twoTexts: '版面 {{page}} 有两份文本',
      noText: '版面 {{page}} 没有原始文本',
      articleOnUnknownPage: '文章 {{article}} 位于未知版面 {{page}}',
      spanOutside: '文章 {{article}} 指向版面文本之外',
      tooLarge: '解压后将超过 {{limit}} 字节（文件已损坏、是压缩炸弹，或过大无法恢复）',
      corrupt: '内容与随附的校验值不符（{{check}}）',
    },
    decode: {
      replacementCharacters_one: '{{count}} 个替换字符（�）：字节在该编码中无效，位于（行:列）{{positions}}',
      replacementCharacters_other:
        '{{count}} 个替换字符（�）：字节在该编码中无效，位于（行:列）{{positions}}',
      loneSurrogates_one:
        '{{count}} 个孤立代理项（UTF-16 代理对的一半，显示为 �），位于（行:列）{{positions}}',
      loneSurrogates_other:
        '{{count}} 个孤立代理项（UTF-16 代理对的一半，显示为 �），位于（行:列）{{positions}}',
      more_one: '{{positions}} 等，另有 {{count}} 处',
      more_other: '{{positions}} 等，另有 {{count}} 处',
      encodingGuessed: '编码推测为 {{encoding}}；如文本显示有误，可用其他编码重新打开该版面',
      mostlyUndecodable: '{{characters}} 个字符中有 {{replaced}} 个无法按 {{encoding}} 读取',
    },
    page: {
      outOfRange: '{{owner}}：其原始文本 {{start}}–{{end}} 超出版面文本（共 {{length}} 个字符）',
      unsorted: '{{owner}}：其原始文本顺序错乱或自相重叠',
      shared: '原始文本“{{raw}}”同时属于 {{owner}} 和 {{other}}',
      orphan: '{{owner}}：其文本重复了“{{raw}}”，这段原始文本不属于任何字段',
      duplicate: '{{owner}}：其文本重复了“{{raw}}”，而这段原始文本属于 {{other}}，导出时会出现两次',
      order: '{{owner}} 的编号为 {{order}}，却排在第 {{index}} 位',
      furniture: '非正文内容',
    },
    file: {
      notFound: '文件不存在',
      permission: '没有权限',
      readOnly: '磁盘为只读',
      diskFull: '磁盘已满',
      quota: '磁盘配额已用完',
      nameTooLong: '文件名过长',
      fileInTheWay: '有文件占用了文件夹的位置',
      folderInTheWay: '有文件夹占用了文件的位置',
      notRegular: '不是普通文件（设备、管道或套接字）',
      tooLarge: '文件过大',
      io: '输入/输出错误',
    },
  },
};
