// File names that every system accepts: Windows, macOS and Linux. Chinese is kept as it is;
// what a file system refuses or misreads is replaced; names are capped in UTF-8 bytes (the
// unit file systems count, 255 at most) and numbered when two would collide.

import sanitize from 'sanitize-filename';

const REPLACEMENT = '_';
/** Characters Windows refuses, control characters (C0, DEL, C1) and line/paragraph separators. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const SPACES = /\s+/g;
/**
 * Invisible format characters (Unicode Cf): bidi controls such as U+202E, which make
 * `txt.exe` read as `exe.txt`, zero-width characters, soft hyphens. Removed, not replaced.
 */
const FORMAT = /\p{Cf}/gu;
/** Device names Windows reserves, with or without an extension (`CON`, `aux.txt`, `COM¹`). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;
/** A whole file name's limit in UTF-8 bytes on ext4, APFS and NTFS (NTFS counts UTF-16, more). */
export const MAX_NAME_BYTES = 255;

/** Stems are capped so that stem + number + extension stays far below 255 bytes. */
export const MAX_STEM_BYTES = 120;

/** A safe file name stem: unsafe characters replaced, spaces collapsed, capped in bytes. */
export function safeStem(text: string, fallback: string, maxBytes = MAX_STEM_BYTES): string {
  let stem = text
    .normalize('NFC')
    .replace(FORMAT, '')
    .replace(SPACES, ' ')
    .trim()
    .replace(UNSAFE, REPLACEMENT);
  // A leading dot would hide the file on macOS and Linux.
  stem = stem.replace(/^\.+/, (dots) => REPLACEMENT.repeat(dots.length));
  // Windows drops trailing dots and spaces; a name of underscores only says nothing.
  stem = capBytes(stem, maxBytes).replace(/[. ]+$/, '');
  stem = sanitize(stem, { replacement: REPLACEMENT });
  return stem === '' || /^_+$/.test(stem) || WINDOWS_RESERVED.test(stem) ? fallback : stem;
}

/**
 * One path segment (a file or folder name) made safe on every system, or null when nothing
 * usable is left. The main process passes every name it writes through this, whatever the
 * renderer sent; names made by `safeStem` and `FileNamer` come back unchanged. Format
 * characters go, unsafe characters become `_`, a leading dot and a reserved Windows name
 * get a `_` in front, trailing dots and spaces go, and the name is capped at 255 bytes.
 */
export function safeFileName(name: string): string | null {
  let safe = name.normalize('NFC').replace(FORMAT, '').replace(UNSAFE, REPLACEMENT);
  safe = safe.replace(/^\.+/, (dots) => REPLACEMENT.repeat(dots.length)).replace(/[. ]+$/, '');
  if (WINDOWS_RESERVED.test(safe)) safe = REPLACEMENT + safe;
  safe = sanitize(capBytes(safe, MAX_NAME_BYTES), { replacement: REPLACEMENT }).replace(/[. ]+$/, '');
  return safe === '' || /^_+$/.test(safe) ? null : safe;
}

/** The longest prefix of `text` that fits in `maxBytes` of UTF-8, never cutting a character. */
export function capBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    i += cp > 0xffff ? 2 : 1;
  }
  return text.slice(0, i);
}

/**
 * Hands out unique paths. Names are compared the way case-insensitive, normalising file
 * systems (Windows, macOS) compare them, so `A.txt` and `a.txt` are numbered apart too.
 */
export class FileNamer {
  private readonly taken = new Set<string>();

  /** `dir` is a path already made safe ('' for the top), `stem` a safe stem, `ext` with its dot. */
  claim(dir: string, stem: string, ext: string): string {
    const prefix = dir === '' ? '' : `${dir}/`;
    for (let n = 1; ; n++) {
      const name = n === 1 ? `${stem}${ext}` : `${stem}-${n}${ext}`;
      const key = (prefix + name).normalize('NFC').toLowerCase();
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return prefix + name;
      }
    }
  }
}
