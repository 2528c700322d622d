/**
 * Writes the synthetic sample under data/sample (or --out): three enrollment exports, targets.csv, claims.csv and
 * README.md, all deterministic. Reads program.json from the repository's data/sample; never writes or deletes it.
 * Also writes the same people as an earlier export under data/sample-2025-10 (or --earlier-out), with its own
 * program.json (the as-of date changed), so the demo publishes two releases.
 *
 *   node scripts/generate-sample.ts [--out data/sample] [--earlier-out data/sample-2025-10]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWithFriendlyErrors } from '../src/schemas/friendly-errors.ts';
import { CLAIM_COLUMNS, TARGET_COLUMNS } from '../src/schemas/inputs.ts';
import { Program } from '../src/schemas/program.ts';
import { loadBatamAreas } from './sample/batam-areas.ts';
import { categorySpread } from './sample/category-spread.ts';
import { csvText } from './sample/csv-text.ts';
import { apbdPCsv, areaNamesOf, ENROLLMENT_PATHS, nelayanPetaniXlsx, pekerjaRentanCsv } from './sample/enrollment-files.ts';
import { earlierExport, EARLIER_AS_OF } from './sample/earlier-export.ts';
import { earlierSampleReadme } from './sample/earlier-readme.ts';
import { enrollmentPeople, type EnrollmentFileId, type EnrollmentRow } from './sample/enrollment-people.ts';
import { kelurahanProfiles } from './sample/kelurahan-profiles.ts';
import { PERSON_TRAITS } from './sample/person-traits.ts';
import { sampleClaims, type SampleClaim } from './sample/sample-claims.ts';
import { sampleReadme, type WrittenFile } from './sample/sample-readme.ts';
import { sampleTargets, type SampleTarget } from './sample/sample-targets.ts';

export const DEFAULT_SAMPLE_DIR = fileURLToPath(new URL('../data/sample/', import.meta.url));
export const DEFAULT_EARLIER_DIR = fileURLToPath(new URL(`../data/sample-${EARLIER_AS_OF.slice(0, 7)}/`, import.meta.url));
export const PROGRAM_PATH = join(DEFAULT_SAMPLE_DIR, 'program.json');
/** Every file the generator writes, relative to the output folder. */
export const GENERATED_FILES = [...Object.values(ENROLLMENT_PATHS), 'targets.csv', 'claims.csv', 'README.md'];
/** The earlier export has its own program.json too (generated: a copy with the earlier as-of date). */
export const EARLIER_GENERATED_FILES = ['program.json', ...GENERATED_FILES];

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

/** The synthetic people and everything derived from them, before anything is written. */
async function buildSample() {
  const programText = await readFile(PROGRAM_PATH, 'utf8');
  const program = parseWithFriendlyErrors(Program, JSON.parse(programText), PROGRAM_PATH);
  checkKategoriSpellings(program);
  const areas = await loadBatamAreas();
  const profiles = kelurahanProfiles(areas);
  const spread = categorySpread(profiles, areas);
  const sample = enrollmentPeople(program, profiles, spread);
  const targets = sampleTargets(profiles, spread);
  const deathDays = new Map<number, number>();
  const claims = sampleClaims(sample.people, program.asOfDate, (person, day) => deathDays.set(person.seq, day));
  return { programText, program, areas, sample, targets, claims, deathDays, areaNames: areaNamesOf(areas) };
}

/** Writes one export (enrollment files, targets.csv, claims.csv) and returns what was written. */
async function writeExport(
  outDir: string, asOfDate: string, rows: readonly EnrollmentRow[], areaNames: ReturnType<typeof areaNamesOf>,
  targets: readonly SampleTarget[], claims: readonly SampleClaim[],
): Promise<WrittenFile[]> {
  const rowsIn = (file: EnrollmentFileId) => rows.filter((r) => r.file === file).length;
  const contents: [path: string, rows: number, content: string | Uint8Array][] = [
    [ENROLLMENT_PATHS['pekerja-rentan'], rowsIn('pekerja-rentan'), pekerjaRentanCsv(rows, areaNames)],
    [ENROLLMENT_PATHS['nelayan-petani'], rowsIn('nelayan-petani'), await nelayanPetaniXlsx(rows, areaNames, asOfDate)],
    [ENROLLMENT_PATHS['apbd-p'], rowsIn('apbd-p'), apbdPCsv(rows, areaNames)],
    ['targets.csv', targets.length, csvText([[...TARGET_COLUMNS], ...targets.map((t) => [t.kode_wilayah, t.kategori, String(t.sasaran)])], plainCsv)],
    ['claims.csv', claims.length, csvText([[...CLAIM_COLUMNS], ...claims.map((c) => [c.tanggal, c.kode_wilayah, c.program, String(c.jumlah_klaim), String(c.nilai_rupiah)])], plainCsv)],
  ];
  const written: WrittenFile[] = [];
  for (const [path, count, content] of contents) written.push(await writeBytes(outDir, path, count, content));
  return written;
}

async function writeBytes(outDir: string, path: string, rows: number, content: string | Uint8Array): Promise<WrittenFile> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await mkdir(dirname(join(outDir, path)), { recursive: true });
  await writeFile(join(outDir, path), bytes);
  return { path, rows, bytes: bytes.byteLength };
}

/** Generates the whole sample into `outDir` and returns what was written. */
export async function generateSample(outDir: string = DEFAULT_SAMPLE_DIR): Promise<WrittenFile[]> {
  const { program, sample, targets, claims, areaNames } = await buildSample();
  const written = await writeExport(outDir, program.asOfDate, sample.rows, areaNames, targets, claims);
  const readme = sampleReadme(program, sample, written, { targets: targets.length, claims: claims.length });
  written.push(await writeBytes(outDir, 'README.md', 0, readme));
  return written;
}

/**
 * Generates the earlier export of the same people into `outDir` (see scripts/sample/earlier-export.ts), with a copy
 * of program.json whose as-of date is the earlier one; returns what was written.
 */
export async function generateEarlierSample(outDir: string = DEFAULT_EARLIER_DIR): Promise<WrittenFile[]> {
  const { programText, program, areas, sample, targets, claims, deathDays, areaNames } = await buildSample();
  const earlier = earlierExport(sample, program.asOfDate, deathDays, claims, targets, areas);
  const asOfLine = `"asOfDate": "${program.asOfDate}"`;
  if (programText.split(asOfLine).length !== 2) throw new Error(`${PROGRAM_PATH} must contain ${asOfLine} exactly once, so the earlier copy can change it.`);
  const written = [await writeBytes(outDir, 'program.json', 0, programText.replace(asOfLine, `"asOfDate": "${earlier.asOfDate}"`))];
  written.push(...(await writeExport(outDir, earlier.asOfDate, earlier.rows, areaNames, targets, earlier.claims)));
  written.push(await writeBytes(outDir, 'README.md', 0, earlierSampleReadme(program, earlier, written)));
  return written;
}

function argValue(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  if (i === -1) return fallback;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a folder, e.g. ${name} data/sample`);
  return resolve(value);
}

if (import.meta.main) {
  try {
    const args = process.argv.slice(2);
    for (const [dir, generate] of [[argValue(args, '--out', DEFAULT_SAMPLE_DIR), generateSample], [argValue(args, '--earlier-out', DEFAULT_EARLIER_DIR), generateEarlierSample]] as const) {
      for (const f of await generate(dir))
        process.stderr.write(`${relative(process.cwd(), join(dir, f.path))}: ${f.rows.toLocaleString('en')} rows, ${f.bytes.toLocaleString('en')} bytes\n`);
    }
  } catch (error) {
    process.stderr.write(`generate-sample: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
