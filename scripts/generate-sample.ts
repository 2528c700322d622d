/**
 * Writes the synthetic sample under data/sample (or --out): three enrollment exports, targets.csv, claims.csv,
 * populasi.csv (real, published 2013 residents per kecamatan) and README.md, all deterministic. Reads program.json
 * from the repository's data/sample; never writes or deletes it.
 * Also writes the same people as an earlier export under data/sample-2025-10 (or --earlier-out), with its own
 * program.json (the as-of date changed), so the demo publishes two releases.
 *
 *   node scripts/generate-sample.ts [--out data/sample] [--earlier-out data/sample-2025-10]
 *
 * With --region, a synthetic export for any regency or city instead (scripts/sample/region-sample.ts), with its
 * own program.json, into --out (default data/sample-<code>); --seed changes every drawn number:
 *
 *   node scripts/generate-sample.ts --region 35.78 [--out <folder>] [--seed 7]
 */
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoSample } from './sample/demo-sample.ts';
import { ENROLLMENT_PATHS } from './sample/enrollment-files.ts';
import { earlierExport, EARLIER_AS_OF } from './sample/earlier-export.ts';
import { earlierSampleReadme } from './sample/earlier-readme.ts';
import { generateRegionSample } from './sample/region-sample.ts';
import { sampleReadme, type WrittenFile } from './sample/sample-readme.ts';
import { programAsOf, writeBytes, writeExport } from './sample/write-export.ts';

export { PROGRAM_PATH } from './sample/demo-sample.ts';
export const DEFAULT_SAMPLE_DIR = fileURLToPath(new URL('../data/sample/', import.meta.url));
export const DEFAULT_EARLIER_DIR = fileURLToPath(new URL(`../data/sample-${EARLIER_AS_OF.slice(0, 7)}/`, import.meta.url));
/** Every file the generator writes, relative to the output folder. */
export const GENERATED_FILES = [...Object.values(ENROLLMENT_PATHS), 'targets.csv', 'claims.csv', 'populasi.csv', 'README.md'];
/** The earlier export has its own program.json too (generated: a copy with the earlier as-of date). */
export const EARLIER_GENERATED_FILES = ['program.json', ...GENERATED_FILES];

/** Generates the whole sample into `outDir` and returns what was written. */
export async function generateSample(outDir: string = DEFAULT_SAMPLE_DIR): Promise<WrittenFile[]> {
  const { program, sample, targets, claims, areaNames } = await demoSample();
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
  const { programText, program, areas, sample, targets, claims, deathDays, areaNames } = await demoSample();
  const earlier = earlierExport(sample, program.asOfDate, deathDays, claims, targets, areas);
  const written = [await writeBytes(outDir, 'program.json', 0, programAsOf(programText, program.asOfDate, earlier.asOfDate))];
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

/** --region and --seed: a region sample instead of the demo. */
function regionArgs(args: readonly string[]): { region: string; seed?: number } | undefined {
  const value = (name: string) => {
    const i = args.indexOf(name);
    if (i === -1) return undefined;
    const given = args[i + 1];
    if (!given || given.startsWith('--')) throw new Error(`${name} needs a value, e.g. --region 35.78 --seed 7`);
    return given;
  };
  const region = value('--region');
  const seed = value('--seed');
  if (region === undefined) {
    if (seed !== undefined) throw new Error('--seed goes with --region: the demo sample always uses its own seed, so its files never change');
    return undefined;
  }
  if (seed !== undefined && !/^\d{1,9}$/.test(seed)) throw new Error(`--seed must be a whole number, got "${seed}"`);
  return { region, ...(seed === undefined ? {} : { seed: Number(seed) }) };
}

if (import.meta.main) {
  try {
    const args = process.argv.slice(2);
    const region = regionArgs(args);
    const report = (dir: string, written: WrittenFile[]) => {
      for (const f of written)
        process.stderr.write(`${relative(process.cwd(), join(dir, f.path))}: ${f.rows.toLocaleString('en')} rows, ${f.bytes.toLocaleString('en')} bytes\n`);
    };
    if (region) {
      const dir = argValue(args, '--out', resolve(`data/sample-${region.region}`));
      report(dir, await generateRegionSample(region.region, dir, region.seed));
    } else {
      for (const [dir, generate] of [[argValue(args, '--out', DEFAULT_SAMPLE_DIR), generateSample], [argValue(args, '--earlier-out', DEFAULT_EARLIER_DIR), generateEarlierSample]] as const)
        report(dir, await generate(dir));
    }
  } catch (error) {
    process.stderr.write(`generate-sample: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
