import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoSample } from '../sample/demo-sample.ts';
import { monthlyExports, type MonthlyExport, type MonthlyExportOptions } from '../sample/monthly-exports.ts';
import { programAsOf, writeBytes, writeExport } from '../sample/write-export.ts';
import { stage1TakesSecret } from './stage1-child.ts';

export interface ReleaseInput {
  asOfDate: string;
  /** The input folder: program.json, enrollment/, targets.csv, claims.csv. */
  dir: string;
  export: MonthlyExport;
}

export interface ReleaseInputOptions extends MonthlyExportOptions {
  /** program.json's disclosure.method; left as data/sample/program.json has it when not given. */
  method?: string;
}

/**
 * Writes one input folder per monthly export of the demo's people (see scrip../sample/monthly-exports.ts) into
 * `dir`/<as-of date>/, oldest first: the same seed gives the same bytes.
 */
export async function writeReleaseInputs(dir: string, options: ReleaseInputOptions = {}): Promise<ReleaseInput[]> {
  const demo = await demoSample();
  const inputs: ReleaseInput[] = [];
  for (const e of monthlyExports(demo, options)) {
    const folder = join(dir, e.asOfDate);
    const program = programAsOf(demo.programText, demo.program.asOfDate, e.asOfDate);
    await writeBytes(folder, 'program.json', 0, options.method ? programWithMethod(program, options.method) : program);
    await writeExport(folder, e.asOfDate, e.rows, demo.areaNames, demo.targets, e.claims);
    inputs.push({ asOfDate: e.asOfDate, dir: folder, export: e });
  }
  return inputs;
}

/** Sets program.json's disclosure.method in an input folder written by writeReleaseInputs. */
export async function setMethod(folder: string, method: string): Promise<void> {
  const path = join(folder, 'program.json');
  await writeFile(path, programWithMethod(await readFile(path, 'utf8'), method));
}

function programWithMethod(programText: string, method: string): string {
  const program = JSON.parse(programText);
  program.disclosure = { ...program.disclosure, method };
  return `${JSON.stringify(program, null, 2)}\n`;
}

/** --releases and --seed as whole numbers (--releases at least 1); null when either is not one. */
export function monthsAndSeed(releases: string, seed: string | undefined): { months: number; seed: number | undefined } | null {
  const months = Number(releases);
  const drawn = seed === undefined ? undefined : Number(seed);
  return Number.isInteger(months) && months >= 1 && (drawn === undefined || Number.isInteger(drawn)) ? { months, seed: drawn } : null;
}

/**
 * What a release benchmark runs stage 1 on, written into `work`: the monthly input folders (inputs/<as-of date>/) and
 * a fixed cell-key secret per seed; and whether this checkout's stage 1 takes that secret.
 */
export async function benchmarkInputs(work: string, months: number, seed: number | undefined): Promise<{ inputs: ReleaseInput[]; secretPath: string; takesSecret: boolean }> {
  process.stderr.write(`writing ${months} monthly input folders…\n`);
  const inputs = await writeReleaseInputs(join(work, 'inputs'), { months, seed });
  const secretPath = join(work, 'cell-key-secret.txt');
  await writeFile(secretPath, benchmarkSecret(seed));
  return { inputs, secretPath, takesSecret: stage1TakesSecret() };
}

/** A fixed secret per seed, so runs of the benchmark are reproducible; it protects no one (the data is synthetic). */
function benchmarkSecret(seed: number | undefined): string {
  const key = createHash('sha256').update(`releases-benchmark:${seed ?? 'sample'}`).digest('hex');
  return `# Cell-key secret of the monthly-release benchmark: synthetic data only, protects no one.\n${key}\n`;
}
