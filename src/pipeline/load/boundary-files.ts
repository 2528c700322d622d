import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BoundaryFile } from '../../schemas/program.ts';
import type { ProblemLog } from '../report/problems.ts';

/** One boundary file program.json names, with its parsed JSON (undefined when it could not be read) and the errors logged for it. */
export interface BoundaryFileData {
  entry: BoundaryFile;
  data: unknown;
  errors: number;
}

/** Reads every boundary file program.json names from the input folder; problems are logged against the file. */
export async function readBoundaryFiles(inDir: string, entries: readonly BoundaryFile[], log: ProblemLog): Promise<BoundaryFileData[]> {
  const files: BoundaryFileData[] = [];
  for (const entry of entries) {
    const before = log.errorCount;
    const data = await readJsonFile(inDir, entry, log);
    files.push({ entry, data, errors: log.errorCount - before });
  }
  return files;
}

const CONVERT = 'Convert shapefiles (.shp), GeoPackage (.gpkg) or KML to GeoJSON first: QGIS Export → Save Features As… → GeoJSON with CRS EPSG:4326, or ogr2ogr -f GeoJSON -t_srs EPSG:4326 out.geojson in.shp';

async function readJsonFile(inDir: string, entry: BoundaryFile, log: ProblemLog): Promise<unknown> {
  const error = (message: string) => log.add({ severity: 'error', file: entry.file, row: 0, column: '', value: '', message });
  let text: string;
  try {
    text = await readFile(join(inDir, entry.file.replaceAll('\\', '/')), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    error(code === 'ENOENT'
      ? `not found in the input folder; put the file there or correct "file" in the boundaries of program.json (paths are relative to the input folder)`
      : `cannot be read (${code ?? (e as Error).message}); check that it is a file and readable`);
    return undefined;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    error(`is not JSON (${(e as Error).message}), so neither GeoJSON nor TopoJSON. ${CONVERT}`);
    return undefined;
  }
}
