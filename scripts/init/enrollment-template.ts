import writeExcelFile from 'write-excel-file/node';
import { ENROLLMENT_FIELDS, HEADER_ALIASES } from '../../src/pipeline/load/headers.ts';
import { csvText } from '../sample/csv-text.ts';
import { fixZipTimestamps } from '../sample/zip-timestamps.ts';

/** Where init puts the two templates, relative to the input folder. */
export const TEMPLATE_PATHS = { csv: 'enrollment/peserta.csv', xlsx: 'enrollment/peserta.xlsx' } as const;

/** The header of an enrollment export: each field under the first name stage 1 accepts for it (headers.ts). */
export const TEMPLATE_HEADER: readonly string[] = ENROLLMENT_FIELDS.map((field) => HEADER_ALIASES[field][0]!);

/** The CSV template: the header alone, UTF-8 with a byte-order mark so Excel opens it as UTF-8. */
export function enrollmentTemplateCsv(): string {
  return csvText([TEMPLATE_HEADER], { delimiter: ',', eol: '\r\n', bom: true });
}

/** The XLSX template: the header alone, in bold, on a sheet named PESERTA; `asOfDate` stamps the zip entries. */
export async function enrollmentTemplateXlsx(asOfDate: string): Promise<Uint8Array> {
  const header = TEMPLATE_HEADER.map((value) => ({ value, fontWeight: 'bold' as const }));
  const columns = TEMPLATE_HEADER.map((h) => ({ width: Math.max(12, h.length + 4) }));
  const buffer = await writeExcelFile([header], { sheet: 'PESERTA', columns }).toBuffer();
  return fixZipTimestamps(new Uint8Array(buffer), asOfDate);
}
