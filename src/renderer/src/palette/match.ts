// Which commands a palette query finds: every word of the query must occur in the command's
// words (its label in each language, its id, its shortcut), ignoring case and width, so
// “title”, “标题”, “alt+t” and “ａｌｔ” all find “Title”.

interface Searchable {
  words: string[];
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

export function matchCommands<T extends Searchable>(items: readonly T[], query: string): T[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = fold(item.words.join('\n'));
    return terms.every((term) => haystack.includes(term));
  });
}
