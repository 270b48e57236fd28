// One pass of a global regex over a text, replacing only the matches a function changes.
// An exec loop that copies unchanged stretches as slices: on long texts this is several
// times faster than String.prototype.replace with a callback, which builds every match's
// arguments and the whole result even where nothing changes.

/** Replaces each match of `re` (global or sticky-free global) by `decide(match)`, or keeps it when that returns undefined. */
export function replaceMatches(text: string, re: RegExp, decide: (m: RegExpExecArray, text: string) => string | undefined): string {
  const parts: string[] = [];
  let copied = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const replacement = decide(m, text);
    if (replacement === undefined || replacement === m[0]) continue;
    parts.push(text.slice(copied, m.index));
    if (replacement !== '') parts.push(replacement);
    copied = m.index + m[0].length;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
