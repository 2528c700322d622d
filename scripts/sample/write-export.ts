import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CLAIM_COLUMNS, POPULATION_COLUMNS, TARGET_COLUMNS } from '../../src/schemas/inputs.ts';
import { csvText } from './csv-text.ts';
import { apbdPCsv, type AreaNames, ENROLLMENT_PATHS, nelayanPetaniXlsx, pekerjaRentanCsv } from './enrollment-files.ts';
import type { EnrollmentFileId, EnrollmentRow } from './enrollment-people.ts';
import type { SampleClaim } from './sample-claims.ts';
import type { WrittenFile } from './sample-readme.ts';
import type { SampleTarget } from './sample-targets.ts';
import { samplePopulation } from './sample-population.ts';

const plainCsv = { delimiter: ',', eol: '\n', bom: false } as const;

/**
 * Writes one export (enrollment files, targets.csv, claims.csv, and populasi.csv with the real 2013 residents per
 * kecamatan) and returns what was written.
 */
export async function writeExport(
  outDir: string, asOfDate: string, rows: readonly EnrollmentRow[], areaNames: AreaNames,
  targets: readonly SampleTarget[], claims: readonly SampleClaim[],
): Promise<WrittenFile[]> {
  const rowsIn = (file: EnrollmentFileId) => rows.filter((r) => r.file === file).length;
  const population = samplePopulation();
  const contents: [path: string, rows: number, content: string | Uint8Array][] = [
    [ENROLLMENT_PATHS['pekerja-rentan'], rowsIn('pekerja-rentan'), pekerjaRentanCsv(rows, areaNames)],
    [ENROLLMENT_PATHS['nelayan-petani'], rowsIn('nelayan-petani'), await nelayanPetaniXlsx(rows, areaNames, asOfDate)],
    [ENROLLMENT_PATHS['apbd-p'], rowsIn('apbd-p'), apbdPCsv(rows, areaNames)],
    ['targets.csv', targets.length, csvText([[...TARGET_COLUMNS], ...targets.map((t) => [t.kode_wilayah, t.kategori, String(t.sasaran)])], plainCsv)],
    ['claims.csv', claims.length, csvText([[...CLAIM_COLUMNS], ...claims.map((c) => [c.tanggal, c.kode_wilayah, c.program, String(c.jumlah_klaim), String(c.nilai_rupiah)])], plainCsv)],
    ['populasi.csv', population.length, csvText([[...POPULATION_COLUMNS], ...population.map((p) => [p.kode_wilayah, String(p.penduduk), p.sumber, String(p.tahun)])], plainCsv)],
  ];
  const written: WrittenFile[] = [];
  for (const [path, count, content] of contents) written.push(await writeBytes(outDir, path, count, content));
  return written;
}

export async function writeBytes(outDir: string, path: string, rows: number, content: string | Uint8Array): Promise<WrittenFile> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await mkdir(dirname(join(outDir, path)), { recursive: true });
  await writeFile(join(outDir, path), bytes);
  return { path, rows, bytes: bytes.byteLength };
}

/** program.json's text with another as-of date and nothing else changed, for an export of another date. */
export function programAsOf(programText: string, fromAsOf: string, asOfDate: string): string {
  const asOfLine = `"asOfDate": "${fromAsOf}"`;
  if (programText.split(asOfLine).length !== 2) throw new Error(`program.json must contain ${asOfLine} exactly once, so a copy for another date can change it.`);
  return programText.replace(asOfLine, `"asOfDate": "${asOfDate}"`);
}
