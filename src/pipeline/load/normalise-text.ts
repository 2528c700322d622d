/**
 * Characters that carry no meaning when matching a header, category or code word:
 * space, tab, line breaks, dot, hyphen, underscore, slash, and the invisible spaces
 * spreadsheets leave behind (no-break space, figure space, narrow no-break space, byte-order mark).
 */
function isIgnorableKeyChar(code: number): boolean {
  switch (code) {
    case 0x20: case 0x09: case 0x0a: case 0x0d:
    case 0x2e: case 0x2d: case 0x5f: case 0x2f:
    case 0xa0: case 0x2007: case 0x202f: case 0xfeff:
      return true;
    default:
      return false;
  }
}

/**
 * Lower-cases `text` and drops the characters of `isIgnorableKeyChar`, so "Laki-Laki", "LAKI LAKI"
 * and "laki_laki" meet as "lakilaki". Returns `text` itself when it is already a key, so the
 * common case of clean values allocates nothing.
 */
export function normaliseKey(text: string): string {
  let clean = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Lower-case ASCII letters and digits are already key characters; anything else takes the slow path.
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) {
      clean = false;
      break;
    }
  }
  if (clean) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (isIgnorableKeyChar(text.charCodeAt(i))) {
      if (i > from) out += text.slice(from, i);
      from = i + 1;
    }
  }
  if (from < text.length) out += text.slice(from);
  return out.toLowerCase();
}

/** True for the blanks a spreadsheet cell may carry around a value: space, tab, line breaks, no-break spaces, byte-order mark. */
export function isBlankChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x2007 || code === 0x202f || code === 0xfeff;
}
