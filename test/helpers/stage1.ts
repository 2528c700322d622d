import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { buildClaimTotals } from '../../src/pipeline/count/claims.ts';
import { Tally } from '../../src/pipeline/count/tally.ts';
import { loadRegionIndex } from '../../src/pipeline/load/official-areas.ts';
import { protect } from '../../src/pipeline/protect/protect.ts';
import { publish } from '../../src/pipeline/publish/publish.ts';
import { ProblemLog } from '../../src/pipeline/report/problems.ts';
import { runStage1, type Stage1Result } from '../../src/pipeline/run-stage1.ts';
import type { Program } from '../../src/schemas/program.ts';
import { Metadata } from '../../src/schemas/published.ts';
import { DEMO_SECRET } from '../../scripts/data.ts';
import { recordKeyer } from '../../src/pipeline/count/record-keys.ts';
import { readOrCreateSecret } from '../../src/pipeline/load/secret-file.ts';

/** The demo's published secret (see data/demo-cell-key-secret.txt), for tests that protect tables themselves. */
export const DEMO_KEY = (await readOrCreateSecret(DEMO_SECRET)).key;

export const fixture = (name: string) => join('test/fixtures', name);

/** Runs stage 1 on an input folder into a fresh temporary output; returns the result and the paths. */
export async function runOn(inDir: string, options: { maxInvalidRows?: number; outDir?: string; secretPath?: string } = {}) {
  const work = await mkdtemp(join(tmpdir(), 'stage1-test-'));
  const outDir = options.outDir ?? join(work, 'published');
  const reportPath = join(work, 'private', 'report.csv');
  const secretPath = options.secretPath ?? DEMO_SECRET;
  const result: Stage1Result = await runStage1({ inDir, outDir, reportPath, secretPath, maxInvalidRows: options.maxInvalidRows ?? 0 });
  return { result, outDir, reportPath, work };
}

/** Runs stage 1 on each input folder in turn into one fresh output folder; returns the folder and each run's result. */
export async function runInTurn(...inputs: string[]) {
  const outDir = join(await mkdtemp(join(tmpdir(), 'releases-')), 'published');
  const results: Stage1Result[] = [];
  for (const input of inputs) results.push((await runOn(input, { outDir })).result);
  return { outDir, results };
}

/** Every file below `dir` (relative path → bytes). */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path));
  }
  return files;
}

export async function readJson<T = any>(dir: string, file: string): Promise<T> {
  return JSON.parse(await readFile(join(dir, file), 'utf8')) as T;
}

/** Problems of a run as "file|row|column" keys, errors only. */
export function errorPlaces(result: Stage1Result): string[] {
  return result.log.problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.file}${p.sheet ? `#${p.sheet}` : ''}|${p.row}|${p.column}`)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** A temporary copy of a fixture folder, with program.json changed by `edit`. */
export async function copyFixture(name: string, edit: (program: any) => any): Promise<string> {
  return copyInput(fixture(name), edit);
}

/** A temporary copy of an input folder, with program.json changed by `edit`. */
export async function copyInput(source: string, edit: (program: any) => any): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'stage1-input-')), basename(source));
  await cp(source, dir, { recursive: true });
  const program = JSON.parse(await readFile(join(dir, 'program.json'), 'utf8'));
  await writeFile(join(dir, 'program.json'), JSON.stringify(edit(program), null, 2));
  return dir;
}

/** The metadata.json stage 1 publishes for `program`, with nobody enrolled: what program.json carries into it. */
export async function publishedMetadata(program: Program): Promise<Metadata> {
  const regions = await loadRegionIndex(program.region.code);
  const tally = new Tally(regions.kelurahan.length, program.categories.length, recordKeyer(DEMO_KEY));
  const tables = protect(program, regions, tally, new Map(), buildClaimTotals([], regions, program.asOfDate, new ProblemLog()), [], DEMO_KEY);
  return Metadata.parse(JSON.parse(publish(program, regions, tables, new Map()).get('metadata.json')!));
}
