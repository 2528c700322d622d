/**
 * npm run init -- --region <code> --out <folder> [--as-of YYYY-MM-DD]: writes a starter input folder for a
 * regency or city: program.json with the region from the official list and example categories, targets.csv and
 * claims.csv with their headers only, enrollment templates (CSV and XLSX) and a README saying what to fill in.
 * It never overwrites: the folder must not exist or be empty.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CLAIM_COLUMNS, TARGET_COLUMNS } from '../src/schemas/inputs.ts';
import { enrollmentTemplateCsv, enrollmentTemplateXlsx, TEMPLATE_PATHS } from './init/enrollment-template.ts';
import { officialRegion } from './init/official-region.ts';
import { programText, starterProgram } from './init/starter-program.ts';
import { starterReadme } from './init/starter-readme.ts';
import { csvText } from './sample/csv-text.ts';

const USAGE = 'Usage: npm run init -- --region <Kemendagri code, e.g. 35.78> --out <new folder> [--as-of YYYY-MM-DD]';

export interface InitOptions {
  region: string;
  out: string;
  /** The as-of date written into program.json; today (UTC) by default. */
  asOfDate?: string;
}

/** Writes the starter folder and returns the files written, relative to it. */
export async function initFolder(options: InitOptions): Promise<string[]> {
  const entries = await readdir(options.out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries.length > 0)
    throw new Error(`${options.out} is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}); init never overwrites: give a new folder`);
  const region = await officialRegion(options.region);
  const asOfDate = options.asOfDate ?? new Date().toISOString().slice(0, 10);
  const program = starterProgram(region, { asOfDate, batchStart: `${asOfDate.slice(0, 4)}-01-01`, synthetic: false });
  const plain = { delimiter: ',', eol: '\n', bom: false } as const;
  const files: [string, string | Uint8Array][] = [
    ['program.json', programText(program)],
    ['targets.csv', csvText([[...TARGET_COLUMNS]], plain)],
    ['claims.csv', csvText([[...CLAIM_COLUMNS]], plain)],
    [TEMPLATE_PATHS.csv, enrollmentTemplateCsv()],
    [TEMPLATE_PATHS.xlsx, await enrollmentTemplateXlsx(asOfDate)],
    ['README.md', starterReadme(region, relative(process.cwd(), options.out) || '.')],
  ];
  for (const [path, content] of files) {
    await mkdir(dirname(join(options.out, path)), { recursive: true });
    await writeFile(join(options.out, path), content);
  }
  return files.map(([path]) => path);
}

if (import.meta.main) {
  try {
    const { values } = parseArgs({ options: { region: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' } }, strict: true });
    if (!values.region || !values.out) throw new Error(`--region and --out are both needed\n${USAGE}`);
    if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) throw new Error(`--as-of must be a date written as YYYY-MM-DD\n${USAGE}`);
    const out = resolve(values.out);
    const started = performance.now();
    const written = await initFolder({ region: values.region, out, asOfDate: values['as-of'] });
    const shown = relative(process.cwd(), out) || '.';
    process.stderr.write(`${written.map((f) => `${join(shown, f)}\n`).join('')}Starter folder written in ${((performance.now() - started) / 1000).toFixed(1)} s; read ${join(shown, 'README.md')} for what to fill in.\n`);
  } catch (error) {
    process.stderr.write(`init: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
