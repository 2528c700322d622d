/**
 * Index of the first byte of `bytes` that starts an invalid UTF-8 sequence (as WHATWG's decoder judges it:
 * no overlong forms, surrogates or code points above U+10FFFF), or -1. A sequence cut off by the end of `bytes`
 * is invalid only when `final`. Up to 3 continuation bytes at the start are skipped: they end a sequence begun
 * before `bytes`.
 */
export function firstInvalidUtf8(bytes: Uint8Array, final: boolean): number {
  let i = 0;
  while (i < 3 && i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range narrows after E0, ED, F0 and F4; the others are 80–BF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return final ? i : -1;
      const b = bytes[i + k]!;
      if (k === 1 ? b < low || b > high : (b & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}
