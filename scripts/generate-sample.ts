/**
 * Writes the synthetic sample under data/sample (or --out): three enrollment exports, targets.csv, claims.csv and
 * README.md, all deterministic. Reads program.json from the repository's data/sample; never writes or deletes it.
 *
 *   node scripts/generate-sample.ts [--out data/sample]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWithFriendlyErrors } from '../src/schemas/friendly-errors.ts';
import { CLAIM_COLUMNS, TARGET_COLUMNS } from '../src/schemas/inputs.ts';
import { Program } from '../src/schemas/program.ts';
import { loadBatamAreas } from './sample/batam-areas.ts';
import { categorySpread } from './sample/category-spread.ts';
import { csvText } from './sample/csv-text.ts';
import { apbdPCsv, areaNamesOf, ENROLLMENT_PATHS, nelayanPetaniXlsx, pekerjaRentanCsv } from './sample/enrollment-files.ts';
import { enrollmentPeople, type EnrollmentFileId } from './sample/enrollment-people.ts';
import { kelurahanProfiles } from './sample/kelurahan-profiles.ts';
import { PERSON_TRAITS } from './sample/person-traits.ts';
import { sampleClaims } from './sample/sample-claims.ts';
import { sampleReadme, type WrittenFile } from './sample/sample-readme.ts';
import { sampleTargets } from './sample/sample-targets.ts';

export const DEFAULT_SAMPLE_DIR = fileURLToPath(new URL('../data/sample/', import.meta.url));
export const PROGRAM_PATH = join(DEFAULT_SAMPLE_DIR, 'program.json');
/** Every file the generator writes, relative to the output folder. */
export const GENERATED_FILES = [...Object.values(ENROLLMENT_PATHS), 'targets.csv', 'claims.csv', 'README.md'];

const plainCsv = { delimiter: ',', eol: '\n', bom: false } as const;

/** Compares ignoring case, spaces and punctuation, as stage 1 matches categories. */
const categoryKey = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Every KATEGORI spelling the generator writes must be one stage 1 accepts for that category. */
function checkKategoriSpellings(program: Program): void {
  for (const category of program.categories) {
    const accepted = new Set([category.label.id, category.label.en, ...category.aliases].map(categoryKey));
    for (const [written] of PERSON_TRAITS[category.id]?.kategori ?? [])
      if (!accepted.has(categoryKey(written)))
        throw new Error(`The sample writes KATEGORI "${written}" for ${category.id}, which program.json does not list; add it to the aliases or change scripts/sample/person-traits.ts.`);
  }
}

/** Generates the whole sample into `outDir` and returns what was written. */
export async function generateSample(outDir: string = DEFAULT_SAMPLE_DIR): Promise<WrittenFile[]> {
  const program = parseWithFriendlyErrors(Program, JSON.parse(await readFile(PROGRAM_PATH, 'utf8')), PROGRAM_PATH);
  checkKategoriSpellings(program);
  const areas = await loadBatamAreas();
  const profiles = kelurahanProfiles(areas);
  const spread = categorySpread(profiles, areas);
  const sample = enrollmentPeople(program, profiles, spread);
  const areaNames = areaNamesOf(areas);
  const targets = sampleTargets(profiles, spread);
  const claims = sampleClaims(sample.people, program.asOfDate);

  const rowsIn = (file: EnrollmentFileId) => sample.rows.filter((r) => r.file === file).length;
  const contents: [path: string, rows: number, content: string | Uint8Array][] = [
    [ENROLLMENT_PATHS['pekerja-rentan'], rowsIn('pekerja-rentan'), pekerjaRentanCsv(sample.rows, areaNames)],
    [ENROLLMENT_PATHS['nelayan-petani'], rowsIn('nelayan-petani'), await nelayanPetaniXlsx(sample.rows, areaNames, program.asOfDate)],
    [ENROLLMENT_PATHS['apbd-p'], rowsIn('apbd-p'), apbdPCsv(sample.rows, areaNames)],
    ['targets.csv', targets.length, csvText([[...TARGET_COLUMNS], ...targets.map((t) => [t.kode_wilayah, t.kategori, String(t.sasaran)])], plainCsv)],
    ['claims.csv', claims.length, csvText([[...CLAIM_COLUMNS], ...claims.map((c) => [c.tanggal, c.kode_wilayah, c.program, String(c.jumlah_klaim), String(c.nilai_rupiah)])], plainCsv)],
  ];
  const written: WrittenFile[] = [];
  for (const [path, rows, content] of contents) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), bytes);
    written.push({ path, rows, bytes: bytes.byteLength });
  }
  const readme = Buffer.from(sampleReadme(program, sample, written, { targets: targets.length, claims: claims.length }), 'utf8');
  await writeFile(join(outDir, 'README.md'), readme);
  written.push({ path: 'README.md', rows: 0, bytes: readme.byteLength });
  return written;
}

function outDirFromArgs(args: readonly string[]): string {
  const i = args.indexOf('--out');
  if (i === -1) return DEFAULT_SAMPLE_DIR;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) throw new Error('--out needs a folder, e.g. --out data/sample');
  return resolve(value);
}

if (import.meta.main) {
  try {
    const written = await generateSample(outDirFromArgs(process.argv.slice(2)));
    for (const f of written)
      process.stderr.write(`${f.path}: ${f.rows.toLocaleString('en')} rows, ${f.bytes.toLocaleString('en')} bytes\n`);
  } catch (error) {
    process.stderr.write(`generate-sample: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
