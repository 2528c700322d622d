import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { parseWithFriendlyErrors } from '../schemas/friendly-errors.ts';
import { BOUNDARIES_FILE, PublishedBoundaries, type BoundarySource as PublishedSource } from '../schemas/published-boundaries.ts';
import type { Metadata } from '../schemas/published.ts';
import type { BilingualText } from '../schemas/text.ts';

/** gadm: the default GADM 4.1 shapes stage 1 joined to Kemendagri codes; operator: the official file program.json names; none: no shapes published. */
export type BoundarySource = PublishedSource | 'none';
export type MapLevel = 'kecamatan' | 'kelurahan';
/** An area's Kemendagri code and official name, as the published topology carries them. */
export interface AreaProperties { code: string; name: string }
export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;
export type Boundaries = FeatureCollection<Polygon | MultiPolygon, AreaProperties> & {
  source: BoundarySource;
  /** Published areas of this level that have no shape: maps draw the others and name these. */
  missing: AreaProperties[];
  /** The credit shown under every map drawn from these shapes (empty when there are none). */
  attribution: BilingualText;
};

/**
 * The shapes the site draws for one level, keyed by Kemendagri code and sorted by it, from the topology stage 1
 * published (batas-wilayah.topo.json): the only source of shapes. A folder or level without one draws no shapes.
 * An area without a shape is listed in `missing` (and the build says so once per level), never an error: one
 * unmatched village must not take the site down. Results are kept per metadata, folder and level.
 */
export function loadBoundaries(metadata: Metadata, level: MapLevel, publishedDir: string): Promise<Boundaries> {
  const key = `${publishedDir}\u0000${level}`;
  let cache = loaded.get(metadata);
  if (cache === undefined) loaded.set(metadata, (cache = new Map()));
  let result = cache.get(key);
  if (result === undefined) {
    result = load(metadata, level, publishedDir);
    cache.set(key, result);
    result.catch(() => cache.delete(key));
  }
  return result;
}

const loaded = new WeakMap<Metadata, Map<string, Promise<Boundaries>>>();

async function load(metadata: Metadata, level: MapLevel, publishedDir: string): Promise<Boundaries> {
  const published = await readPublishedBoundaries(publishedDir, metadata);
  const layer = published?.objects[level];
  const areas = metadata.areas.filter((a) => a.level === level);
  const shapes = published && layer ? (feature(published as unknown as Topology, layer as GeometryCollection<AreaProperties>).features as AreaFeature[]) : [];
  const byCode = new Map(shapes.map((f) => [f.properties.code, f]));
  const missing = areas.filter((a) => !byCode.has(a.code)).map((a) => ({ code: a.code, name: a.name }));
  const source: BoundarySource = layer === undefined ? 'none' : (published?.source?.[level] ?? 'operator');
  const why = layer === undefined
    ? `${join(publishedDir, BOUNDARIES_FILE)} has no ${level} shapes; run stage 1 again (it publishes them)`
    : source === 'gadm'
      ? 'the default GADM 4.1 shapes stage 1 published have none for them; name an official boundary file in program.json (see data/README.md)'
      : `${join(publishedDir, BOUNDARIES_FILE)} has none for them; run stage 1 again with a boundary file that covers every area (see data/README.md)`;
  warnMissing(level, missing, why);
  return {
    type: 'FeatureCollection',
    features: areas.flatMap((a) => byCode.get(a.code) ?? []).sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1)),
    missing,
    source,
    attribution: published?.attribution[level] ?? { id: '', en: '' },
  };
}

/** Says once per level and folder, while building, which areas the maps cannot draw and what to do. */
function warnMissing(level: MapLevel, missing: AreaProperties[], why: string): void {
  if (missing.length === 0) return;
  console.warn(`Maps: ${missing.length} ${level} without a shape, drawn as a list under their maps: ${missing.map((a) => `${a.name} (${a.code})`).join(', ')}; ${why}`);
}

/** The published boundaries file, validated and checked to belong to the same release; null when there is none. */
async function readPublishedBoundaries(dir: string, metadata: Metadata): Promise<PublishedBoundaries | null> {
  const path = join(dir, BOUNDARIES_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON (${(error as Error).message}); run stage 1 again`);
  }
  const boundaries = parseWithFriendlyErrors(PublishedBoundaries, data, path);
  if (boundaries.regionCode !== metadata.regionCode || boundaries.asOfDate !== metadata.asOfDate)
    throw new Error(`${path} belongs to region ${boundaries.regionCode} as of ${boundaries.asOfDate}, but metadata.json to ${metadata.regionCode} as of ${metadata.asOfDate}; publish both from one stage 1 run`);
  return boundaries;
}
