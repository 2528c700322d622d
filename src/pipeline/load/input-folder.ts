import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseWithFriendlyErrors } from '../../schemas/friendly-errors.ts';
import { Program } from '../../schemas/program.ts';
import { UnreadableFileError } from './raw-table.ts';

const ENROLLMENT_DIR = 'enrollment';

/** Reads and validates program.json; any problem is fatal (the run cannot be configured). */
export async function loadProgram(inDir: string): Promise<Program> {
  const path = join(inDir, 'program.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UnreadableFileError('program.json', `not found in ${inDir}`, 'Every input folder needs a program.json; copy data/sample/program.json and edit it (see data/README.md)');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UnreadableFileError('program.json', `is not valid JSON (${(error as Error).message})`, 'Fix the syntax (a missing comma or quote is the usual cause); a JSON validator shows the line');
  }
  return parseWithFriendlyErrors(Program, data, 'program.json');
}

export interface EnrollmentFile { path: string; file: string; kind: 'csv' | 'xlsx'; bytes: number }

/**
 * The enrollment files, in name order (monthly batches named by date are read oldest first).
 * Excel's lock files (~$name.xlsx) and hidden files are skipped; any other file is an error, so that a
 * batch saved as .xls or .ods is not silently left out.
 */
export async function listEnrollmentFiles(inDir: string): Promise<{ files: EnrollmentFile[]; skipped: string[] }> {
  const dir = join(inDir, ENROLLMENT_DIR);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new UnreadableFileError(`${ENROLLMENT_DIR}/`, `folder not found in ${inDir}`, 'Put the exported .csv or .xlsx files in an "enrollment" folder inside the input folder');
  }
  const files: EnrollmentFile[] = [];
  const skipped: string[] = [];
  for (const name of names.sort()) {
    const file = `${ENROLLMENT_DIR}/${name}`;
    if (name.startsWith('~$') || name.startsWith('.')) {
      skipped.push(file);
      continue;
    }
    const path = join(dir, name);
    const info = await stat(path);
    if (!info.isFile()) {
      skipped.push(file);
      continue;
    }
    const ext = extname(name).toLowerCase();
    if (ext === '.csv' || ext === '.txt') files.push({ path, file, kind: 'csv', bytes: info.size });
    else if (ext === '.xlsx') files.push({ path, file, kind: 'xlsx', bytes: info.size });
    else
      throw new UnreadableFileError(file, `is not a .csv or .xlsx file`, ext === '.xls'
        ? 'Open it in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8'
        : 'Move it out of the enrollment folder, or save it as .xlsx or CSV UTF-8');
  }
  if (files.length === 0)
    throw new UnreadableFileError(`${ENROLLMENT_DIR}/`, 'holds no .csv or .xlsx file', 'Put the exported enrollment files in the folder');
  return { files, skipped };
}
