export interface CsvStyle {
  delimiter: ',' | ';';
  eol: '\n' | '\r\n';
  /** Excel writes a UTF-8 byte-order mark when saving "CSV UTF-8". */
  bom: boolean;
}

/** RFC 4180: quote a field only when it holds the delimiter, a quote or a line break; double inner quotes. */
export function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A whole CSV file, ending with a line break as Excel writes it. */
export function csvText(rows: readonly (readonly string[])[], style: CsvStyle): string {
  const body = rows.map((row) => row.map((v) => csvField(v, style.delimiter)).join(style.delimiter)).join(style.eol);
  return (style.bom ? '\uFEFF' : '') + body + style.eol;
}
