/**
 * Windows-1252's characters at bytes 0x80–0x9F, from Unicode's mapping table (MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT);
 * 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined. Bytes 0xA0–0xFF are the Latin-1 characters of the same number.
 * Written out by hand so that tests do not check the reader's decoder against itself.
 */
const HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b,
  'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99,
  'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** `text` as Excel's "CSV (Comma delimited)" saves it on a Windows set to an Indonesian or Western locale. */
export function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((c) => {
    const code = c.codePointAt(0)!;
    if (HIGH[c] !== undefined) return HIGH[c];
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    throw new Error(`${c} has no Windows-1252 byte`);
  }));
}
