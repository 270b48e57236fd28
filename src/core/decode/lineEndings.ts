import type { Page } from '../model';

export type LineEndings = Page['lineEndings'];

/** Which line endings `text` uses, and the text with every CRLF and lone CR made LF. */
export function normaliseLineEndings(text: string): { text: string; lineEndings: LineEndings } {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 0x0a) crlf++;
    else cr++;
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lf++;
  lf -= crlf;
  const kinds = (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) + (lf > 0 ? 1 : 0);
  let lineEndings: LineEndings;
  if (kinds === 0) lineEndings = 'none';
  else if (kinds > 1) lineEndings = 'mixed';
  else lineEndings = crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
  return { text: crlf + cr > 0 ? text.replace(/\r\n?/g, '\n') : text, lineEndings };
}
