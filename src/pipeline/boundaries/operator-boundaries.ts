import type { BoundaryFile, Program } from '../../schemas/program.ts';
import type { BoundarySource } from '../../schemas/published-boundaries.ts';
import { type PublishedMeta, SCHEMA_VERSION } from '../../schemas/published-meta.ts';
import { areaPieces } from './area-pieces.ts';
import { boundaryFeatures } from './boundary-features.ts';
import { type AreaShapes, boundaryText, boundaryTopology, MIN_TRIANGLE_M2 } from './boundary-topology.ts';
import { GADM_ATTRIBUTION } from './gadm-attribution.ts';
import { gadmShapes, type RegionGadm } from './gadm-boundaries.ts';
import type { BoundaryFileData } from '../load/boundary-files.ts';
import type { ProblemLog } from '../report/problems.ts';
import type { RegionIndex } from '../load/official-areas.ts';

export interface OperatorBoundaries {
  /** The text of batas-wilayah.topo.json; null on problems with a boundary file. */
  text: string | null;
  /** Why the run must stop, one line per faulty file. */
  fatal: string[];
  /** Official areas published without a shape (default GADM shapes only: an operator file must cover every area). */
  missing: { level: BoundaryLevel; code: string; name: string }[];
}

type BoundaryLevel = BoundaryFile['level'];

/**
 * The levels drawn from GADM: those program.json gives no file for, except the kecamatan when a kelurahan file is
 * given (its kecamatan are merged from it, so both maps share their borders).
 */
export function gadmLevels(entries: readonly Pick<BoundaryFile, 'level'>[]): BoundaryLevel[] {
  const given = new Set(entries.map((e) => e.level));
  if (given.has('kelurahan')) return [];
  return given.has('kecamatan') ? ['kelurahan'] : ['kecamatan', 'kelurahan'];
}

/**
 * The topology stage 1 always publishes. Per level, the boundary file program.json names (`files`: each entry with
 * its parsed JSON, as readBoundaryFiles gives them), checked (polygons in longitude/latitude, a dotted official code on
 * every feature, a shape for every published area); for the other levels the default GADM 4.1 shapes joined to the
 * official areas (`gadm`, see gadmLevels), where an area without a shape is a notice, not an error. A file that
 * could not be read is counted as a fault here.
 */
export function operatorBoundaries(files: readonly BoundaryFileData[], program: Program, regions: RegionIndex, gadm: RegionGadm | null, log: ProblemLog): OperatorBoundaries {
  const entries = files.map((f) => f.entry);
  const shapes: AreaShapes = {};
  const fromGadm = gadm === null ? [] : gadmLevels(entries);
  if (gadm !== null) {
    const drawn = gadmShapes(gadm);
    for (const level of fromGadm) shapes[level] = drawn[level];
  }
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
  if (fatal.length > 0) return { text: null, fatal, missing: [] };

  const meta: PublishedMeta = { schemaVersion: SCHEMA_VERSION, asOfDate: program.asOfDate, synthetic: program.synthetic, regionCode: program.region.code };
  const credit = (level: BoundaryFile['level']) => {
    if (fromGadm.includes(level)) return GADM_ATTRIBUTION;
    const entry = entries.find((e) => e.level === level);
    return entry === undefined ? undefined : entry.attribution ?? DEFAULT_ATTRIBUTION;
  };
  const source = (level: BoundaryLevel): BoundarySource => (fromGadm.includes(level) ? 'gadm' : 'operator');
  const { topology, vanished } = boundaryTopology(shapes, regions, meta, { kecamatan: credit('kecamatan'), kelurahan: credit('kelurahan') }, source);
  const levelOf = (code: string): BoundaryLevel => (code.split('.').length === 4 ? 'kelurahan' : 'kecamatan');
  const gadmVanished = new Set(vanished.filter((code) => fromGadm.includes(levelOf(code))));
  for (const code of vanished.filter((c) => !gadmVanished.has(c))) {
    const entry = entries.find((e) => e.level === levelOf(code)) ?? entries[0]!;
    log.add({
      severity: 'error', file: entry.file, row: 0, column: entry.codeProperty, value: code,
      message: `the shape of "${code}" is smaller than ${MIN_TRIANGLE_M2} m² everywhere, so nothing of it is left at publishing precision; check that the feature is drawn at its true size and in longitude/latitude`,
    });
  }
  if (vanished.length > gadmVanished.size)
    return { text: null, fatal: [`the boundaries of ${vanished.filter((c) => !gadmVanished.has(c)).join(', ')} are too small to publish (see the report)`], missing: [] };
  const missing = fromGadm.flatMap((level) => {
    const drawn = new Set(topology.objects[level]?.geometries.map((g) => g.properties.code));
    return regions[level].filter((a) => !drawn.has(a.code)).map((a) => ({ level, code: a.code, name: a.name }));
  });
  for (const level of fromGadm) {
    const lacking = missing.filter((m) => m.level === level);
    if (lacking.length === 0) continue;
    log.add({
      severity: 'notice', file: 'program.json', row: 0, column: 'boundaries', value: level,
      message: `${lacking.length} of ${regions[level].length} ${level} have no shape in the default GADM 4.1 boundaries and are listed under the maps instead (their numbers are published): ${lacking.map((m) => `${m.name} (${m.code})`).join(', ')}. To draw them, name an official ${level} boundary file in program.json "boundaries" (see "Boundary files" in data/README.md); the boundary matching report lists every area without a shape`,
    });
  }
  return { text: boundaryText(topology), fatal: [], missing };
}

/** Shown when program.json gives no credit for a boundary file: at least say whose lines these are. */
export const DEFAULT_ATTRIBUTION = { id: 'Batas wilayah: berkas resmi pemerintah daerah', en: 'Boundaries: official file from the local government' };
