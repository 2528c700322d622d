import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BoundaryFile, Program } from '../schemas/program.ts';
import { type PublishedMeta, SCHEMA_VERSION } from '../schemas/published-meta.ts';
import { areaPieces } from './boundary-codes.ts';
import { boundaryFeatures } from './boundary-features.ts';
import { type AreaShapes, boundaryText, boundaryTopology, MIN_TRIANGLE_M2 } from './boundary-topology.ts';
import type { ProblemLog } from './problems.ts';
import type { RegionIndex } from './regions.ts';

export interface OperatorBoundaries {
  /** The text of batas-wilayah.topo.json; null when program.json names no boundary file, or on problems. */
  text: string | null;
  /** Why the run must stop, one line per faulty file. */
  fatal: string[];
}

/**
 * The boundary files program.json names: read, checked (polygons in longitude/latitude, a dotted official code
 * on every feature, a shape for every published area) and turned into the one topology stage 1 publishes.
 */
export async function loadOperatorBoundaries(inDir: string, program: Program, regions: RegionIndex, log: ProblemLog): Promise<OperatorBoundaries> {
  const entries = program.boundaries ?? [];
  if (entries.length === 0) return { text: null, fatal: [] };
  const shapes: AreaShapes = {};
  const fatal: string[] = [];
  for (const entry of entries) {
    const before = log.errorCount;
    const data = await readJsonFile(inDir, entry, log);
    const features = data === undefined ? null : boundaryFeatures(data, entry, log);
    const pieces = features === null ? null : areaPieces(features, entry, regions, log);
    if (pieces !== null) shapes[entry.level] = new Map([...pieces].map(([code, list]) => [code, list.map((f) => f.geometry)]));
    if (log.errorCount > before)
      fatal.push(`${entry.file}: ${log.errorCount - before} problem(s) with the ${entry.level} boundaries; fix them (see the report and data/README.md) and run again`);
  }
  if (fatal.length > 0) return { text: null, fatal };

  const meta: PublishedMeta = { schemaVersion: SCHEMA_VERSION, asOfDate: program.asOfDate, synthetic: program.synthetic, regionCode: program.region.code };
  const credit = (level: BoundaryFile['level']) => {
    const entry = entries.find((e) => e.level === level);
    return entry === undefined ? undefined : entry.attribution ?? DEFAULT_ATTRIBUTION;
  };
  const { topology, vanished } = boundaryTopology(shapes, regions, meta, { kecamatan: credit('kecamatan'), kelurahan: credit('kelurahan') });
  for (const code of vanished) {
    const entry = entries.find((e) => e.level === (code.split('.').length === 4 ? 'kelurahan' : 'kecamatan')) ?? entries[0]!;
    log.add({
      severity: 'error', file: entry.file, row: 0, column: entry.codeProperty, value: code,
      message: `the shape of "${code}" is smaller than ${MIN_TRIANGLE_M2} m² everywhere, so nothing of it is left at publishing precision; check that the feature is drawn at its true size and in longitude/latitude`,
    });
  }
  if (vanished.length > 0) return { text: null, fatal: [`the boundaries of ${vanished.join(', ')} are too small to publish (see the report)`] };
  return { text: boundaryText(topology), fatal: [] };
}

/** Shown when program.json gives no credit for a boundary file: at least say whose lines these are. */
export const DEFAULT_ATTRIBUTION = { id: 'Batas wilayah: berkas resmi pemerintah daerah', en: 'Boundaries: official file from the local government' };

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
