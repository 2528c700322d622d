import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoSample } from '../sample/demo-sample.ts';
import { monthlyExports, type MonthlyExport, type MonthlyExportOptions } from '../sample/monthly-exports.ts';
import { programAsOf, writeBytes, writeExport } from '../sample/write-export.ts';

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
