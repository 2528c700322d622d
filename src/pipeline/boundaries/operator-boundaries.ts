import type { BoundaryFile, Program } from '../../schemas/program.ts';
import { type PublishedMeta, SCHEMA_VERSION } from '../../schemas/published-meta.ts';
import { areaPieces } from './area-pieces.ts';
import { boundaryFeatures } from './boundary-features.ts';
import { type AreaShapes, boundaryText, boundaryTopology, MIN_TRIANGLE_M2 } from './boundary-topology.ts';
import type { BoundaryFileData } from '../load/boundary-files.ts';
import type { ProblemLog } from '../report/problems.ts';
import type { RegionIndex } from '../load/official-areas.ts';

export interface OperatorBoundaries {
  /** The text of batas-wilayah.topo.json; null when program.json names no boundary file, or on problems. */
  text: string | null;
  /** Why the run must stop, one line per faulty file. */
  fatal: string[];
}

/**
 * The boundary files program.json names (`files`: each entry with its parsed JSON, as readBoundaryFiles gives them),
 * checked (polygons in longitude/latitude, a dotted official code on every feature, a shape for every published area)
 * and turned into the one topology stage 1 publishes. A file that could not be read is counted as a fault here.
 */
export function operatorBoundaries(files: readonly BoundaryFileData[], program: Program, regions: RegionIndex, log: ProblemLog): OperatorBoundaries {
  const entries = files.map((f) => f.entry);
  if (entries.length === 0) return { text: null, fatal: [] };
  const shapes: AreaShapes = {};
  const fatal: string[] = [];
  for (const { entry, data, errors } of files) {
    const before = log.errorCount;
    const features = data === undefined ? null : boundaryFeatures(data, entry, log);
    const pieces = features === null ? null : areaPieces(features, entry, regions, log);
    if (pieces !== null) shapes[entry.level] = new Map([...pieces].map(([code, list]) => [code, list.map((f) => f.geometry)]));
    const problems = errors + log.errorCount - before;
    if (problems > 0)
      fatal.push(`${entry.file}: ${problems} problem(s) with the ${entry.level} boundaries; fix them (see the report and data/README.md) and run again`);
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
