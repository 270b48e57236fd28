// The words of an import's warnings (pages kept with a guessed encoding or replacement
// characters), in English and 简体中文. i18n/en.ts and i18n/zh.ts spread these in; the
// warnings themselves are problem codes, worded in problems/strings.ts.

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const importWarningsEn = {
  importWarnings: {
    summary_one: '{{count}} with warnings',
    summary_other: '{{count}} with warnings',
    title_one: '{{count}} page imported with warnings',
    title_other: '{{count}} pages imported with warnings',
    hint: 'A guessed encoding can be changed with “Re-open as…” on the page; replacement characters (�) mark bytes that could not be read.',
  },
} as const;

export const importWarningsZh: Strings<typeof importWarningsEn> = {
  importWarnings: {
    summary_one: '{{count}} 个有警告',
    summary_other: '{{count}} 个有警告',
    title_one: '{{count}} 个版面导入时有警告',
    title_other: '{{count}} 个版面导入时有警告',
    hint: '推测的编码可在版面上用“以其他编码重新打开…”更改；替换字符（�）标出无法读取的字节。',
  },
};
