import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { SchemaError } from '../schemas/friendly-errors.ts';
import { CLAIM_COLUMNS, ClaimRow, POPULATION_COLUMNS, PopulationInputRow, TARGET_COLUMNS, TargetRow } from '../schemas/inputs.ts';
import type { Program } from '../schemas/program.ts';
import { BOUNDARIES_FILE } from '../schemas/published-boundaries.ts';
import { SCHEMA_VERSION } from '../schemas/published.ts';
import { readBoundaryFiles } from './load/boundary-files.ts';
import { readCsv } from './load/csv-reader.ts';
import { looksLikeHeader } from './load/headers.ts';
import { listEnrollmentFiles, loadProgram } from './load/input-folder.ts';
import { loadRegionIndex } from './load/official-areas.ts';
import { type RawCell, UnreadableFileError } from './load/raw-table.ts';
import { readOptionalSmallCsv } from './load/small-csv.ts';
import { readXlsx } from './load/xlsx-reader.ts';
import { isNoiseMethod } from '../schemas/disclosure.ts';
import { buildClaimTotals } from './count/claims.ts';
import { claimRowKeyer, recordKeyer } from './count/record-keys.ts';
import { readOrCreateSecret } from './load/secret-file.ts';
import { EnrollmentRows, type EnrollmentCounts } from './count/enrollment-rows.ts';
import { buildTargets } from './count/targets.ts';
import { buildPopulation } from './count/population.ts';
import { regionGadm, type RegionGadm } from './boundaries/gadm-boundaries.ts';
import { gadmLevels, operatorBoundaries } from './boundaries/operator-boundaries.ts';
import { loadSolver } from './protect/optimal-hidden.ts';
import { protect } from './protect/protect.ts';
import { checkAgainstSchemas, withManifest } from './publish/manifest.ts';
import { publish } from './publish/publish.ts';
import { releaseCells } from './releases/kept-release-cells.ts';
import { readKeptReleases } from './releases/kept-releases.ts';
import { releaseTree, type ReleasePlan } from './releases/release-tree.ts';
import { writeOutputFolder } from './releases/write-folder.ts';
import { ProblemLog } from './report/problems.ts';
import { BOUNDARY_REPORT_FILE, boundaryReport } from './report/boundary-report.ts';
import { ReleaseError } from './report/release-error.ts';
import { validationReport } from './report/validation-report.ts';

export interface Stage1Options {
  inDir: string;
  outDir: string;
  /** Where the full validation report goes; never inside outDir. The boundary matching report goes beside it. */
  reportPath: string;
  /** Invalid enrollment rows allowed (they are left out and counted); more fails the run. */
  maxInvalidRows: number;
  /**
   * The cell-key secret (noise methods only): read from this file, or made there when there is none. Never inside
   * outDir. A published demo secret (see secret-file.ts) is refused for input that is not synthetic.
   */
  secretPath: string;
  /** Called about once a second while enrollment rows are read. */
  onProgress?: (rowsRead: number, seconds: number) => void;
}

export interface Stage1Result {
  ok: boolean;
  /** Why the run failed, one line each; the output folder was not touched. */
  fatal: string[];
  log: ProblemLog;
  counts: EnrollmentCounts;
  program?: Program;
  /** Where the release went among the kept ones (set when the run published). */
  release?: ReleasePlan;
  /** Files of this run's release, manifest.json included. */
  filesWritten: number;
  hiddenCells: number;
  /** Counts published approximately (noise methods). */
  approximateCells: number;
  /** Set when this run made a new cell-key secret there: the officer must back it up. */
  secretCreated?: string;
  /** Of hiddenCells, those hidden because they differ from the same count in a kept release by 1 to k−1. */
  hiddenForChanges: number;
  cells: number;
  seconds: number;
}

/**
 * Stage 1: load inputs → validate and count → protect → publish, as one release among those kept in the output
 * folder (see releases/release-tree.ts). With load/ and releases/, the only place in stage 1 that touches files.
 */
export async function runStage1(options: Stage1Options): Promise<Stage1Result> {
  const started = performance.now();
  const log = new ProblemLog();
  const result: Stage1Result = {
    ok: false, fatal: [], log, filesWritten: 0, hiddenCells: 0, approximateCells: 0, hiddenForChanges: 0, cells: 0, seconds: 0,
    counts: { rowsRead: 0, validRows: 0, duplicateRows: 0, activePeople: 0, nonActivePeople: 0 },
  };
  let matching: string | null = null;
  const finish = async () => {
    result.seconds = (performance.now() - started) / 1000;
    await mkdir(dirname(options.reportPath), { recursive: true });
    await writeFile(options.reportPath, validationReport(log), 'utf8');
    if (matching !== null) await writeFile(join(dirname(options.reportPath), BOUNDARY_REPORT_FILE), matching, 'utf8');
    return result;
  };
  const fail = (line: string) => result.fatal.push(line);

  const out = resolve(options.outDir);
  const report = resolve(options.reportPath);
  if (report === out || report.startsWith(out + sep)) {
    fail(`the report (${options.reportPath}) must not be written inside the output folder: it quotes personal data. Choose another --report path`);
    return result;
  }
  const secretPath = resolve(options.secretPath);
  if (secretPath === out || secretPath.startsWith(out + sep)) {
    fail(`the cell-key secret (${options.secretPath}) must not be inside the output folder: it would be published. Choose another --secret path, e.g. data/private/cell-key-secret.txt`);
    return result;
  }

  try {
    const program = await loadProgram(options.inDir);
    result.program = program;
    const regions = await loadRegionIndex(program.region.code);
    const { files, skipped } = await listEnrollmentFiles(options.inDir);
    for (const file of skipped) log.add({ severity: 'notice', file, row: 0, column: '', value: '', message: 'skipped (a lock file, hidden file or folder)' });

    let secret: Buffer | null = null;
    if (isNoiseMethod(program.disclosure.method)) {
      const read = await readOrCreateSecret(options.secretPath);
      if (read.demo && !program.synthetic) {
        fail(`${options.secretPath} is the published demo secret, which protects no one; it may only be used with synthetic input. Remove --secret to use (or make) data/private/cell-key-secret.txt`);
        return await finish();
      }
      if (read.created) result.secretCreated = options.secretPath;
      secret = read.key;
    }
    const targetRows = await readOptionalSmallCsv(options.inDir, 'targets.csv', TARGET_COLUMNS, TargetRow, log);
    const targets = buildTargets(targetRows, program, regions, log);
    const claimRows = await readOptionalSmallCsv(options.inDir, 'claims.csv', CLAIM_COLUMNS, ClaimRow, log);
    const claims = buildClaimTotals(claimRows, regions, program.asOfDate, log, secret === null ? null : claimRowKeyer(secret));
    const populationRows = await readOptionalSmallCsv(options.inDir, 'populasi.csv', POPULATION_COLUMNS, PopulationInputRow, log);
    const population = buildPopulation(populationRows, program, regions, log);
    if (log.errorCount > 0)
      fail(`targets.csv, claims.csv or populasi.csv has ${log.errorCount} error(s); fix them (see the report) and run again`);
    const gadm: RegionGadm | null = gadmLevels(program.boundaries ?? []).length > 0 ? await regionGadm(regions) : null;
    const boundaries = operatorBoundaries(await readBoundaryFiles(options.inDir, program.boundaries ?? [], log), program, regions, gadm, log);
    result.fatal.push(...boundaries.fatal);
    if (boundaries.text !== null) matching = boundaryReport(boundaries.missing, gadm?.unused ?? []);
    // --max-invalid-rows concerns enrollment rows only: count those apart, then report the sum.
    const configErrors = log.invalidRows;
    log.invalidRows = 0;

    const rows = new EnrollmentRows(program, regions, log, expectedRows(files), secret === null ? null : recordKeyer(secret));
    const isHeader = (cells: RawCell[]) => looksLikeHeader(cells, program.columnAliases);
    const ticker = options.onProgress ? setInterval(() => options.onProgress!(rows.counts.rowsRead, (performance.now() - started) / 1000), 1000) : null;
    try {
      for (const f of files) {
        try {
          if (f.kind === 'csv') {
            const read = await readCsv(f.path, f.file, rows, isHeader);
            for (const notice of read.notices) log.add(notice);
          } else {
            const sheets = await readXlsx(f.path, f.file, rows, isHeader);
            for (const sheet of sheets.sheetsSkipped)
              log.add({ severity: 'notice', file: f.file, sheet, row: 0, column: '', value: '', message: 'sheet skipped: it has no header row with the enrollment columns' });
          }
        } catch (error) {
          if (!(error instanceof UnreadableFileError)) throw error;
          fail(error.message);
          log.add({ severity: 'error', file: f.file, row: 0, column: '', value: '', message: error.message });
        }
      }
    } finally {
      if (ticker) clearInterval(ticker);
    }
    result.counts = rows.counts;
    result.fatal.push(...rows.fatal);
    if (log.invalidRows > options.maxInvalidRows)
      fail(`${log.invalidRows} enrollment row(s) are invalid, more than --max-invalid-rows ${options.maxInvalidRows}; fix them (see the report) or allow them with --max-invalid-rows`);
    log.invalidRows += configErrors;
    if (result.fatal.length > 0) return await finish();

    // Every kept release, the one this run replaces included: once published, its numbers stay known.
    const kept = await readKeptReleases(options.outDir);
    const solver = program.disclosure.method === 'optimal-suppression' ? await loadSolver() : null;
    const tables = protect(program, regions, rows.tally, targets, claims, kept.map(releaseCells), secret, solver);
    result.hiddenCells = tables.hiddenCount;
    result.approximateCells = tables.approximateCount;
    result.hiddenForChanges = tables.hiddenForChanges;
    result.cells = tables.cellCount;
    const output = publish(program, regions, tables, targets, population);
    output.set(BOUNDARIES_FILE, boundaries.text!);
    const published = withManifest(output, {
      schemaVersion: SCHEMA_VERSION, asOfDate: program.asOfDate, synthetic: program.synthetic, regionCode: program.region.code,
    });
    checkAgainstSchemas(published);
    const tree = releaseTree(kept, {
      asOfDate: program.asOfDate, synthetic: program.synthetic, regionCode: program.region.code, files: published,
    });
    await writeOutputFolder(options.outDir, tree.files);
    result.release = tree.plan;
    result.filesWritten = published.size;
    result.ok = true;
  } catch (error) {
    if (error instanceof UnreadableFileError || error instanceof SchemaError || error instanceof ReleaseError) fail(error.message);
    else throw error;
  }
  return await finish();
}

export function relativeForDisplay(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel || '.';
}

/** A low guess of the row count from file sizes (real export rows are 100–200 bytes; XLSX compresses ~5×). */
function expectedRows(files: { kind: string; bytes: number }[]): number {
  return Math.round(files.reduce((s, f) => s + (f.kind === 'csv' ? f.bytes / 150 : f.bytes / 40), 0));
}
