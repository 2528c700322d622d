import { open, readFile, stat } from 'node:fs/promises';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** One GADM 4.1 feature's attributes (GID_2 = its regency's GADM id, NAME_3 = "TanjungpinangBarat", TYPE_4 = "Desa" …). */
export type GadmProperties = Record<string, string>;
export type GadmFeature = Feature<Polygon | MultiPolygon, GadmProperties>;
export type GadmLevel = 3 | 4;
/** Byte ranges [start, end) of each GADM regency's features (GID_2 → range) in one file. */
export type GadmSpans = Record<string, [number, number]>;

/** A feature's GADM regency id; Kalimantan Utara's kecamatan write it without the "_1" the others carry. */
export const gid2Of = (properties: GadmProperties) => (properties.GID_2 ?? '').replace(/(_1)?$/, '_1');

/** gadm-index.json, written by scripts/gadm-index.ts: GADM regencies (GID_2 → province, name, type) and byte ranges. */
export interface GadmIndex {
  regencies: Record<string, [string, string, string]>;
  files: Record<`${GadmLevel}`, { bytes: number; spans: GadmSpans }>;
}

let indexFile: Promise<GadmIndex> | undefined;
export function readGadmIndex(): Promise<GadmIndex> {
  indexFile ??= readFile(new URL('./gadm-index.json', import.meta.url), 'utf8').then((text) => JSON.parse(text) as GadmIndex);
  return indexFile;
}

const START = '{"type":"Feature","properties":';
const gadmUrl = (level: GadmLevel) => new URL(import.meta.resolve(`geojson-indonesia/geojson/gadm41_IDN_${level}.json`));

/**
 * The features of some GADM regencies (by GID_2) from geojson-indonesia's GADM 4.1 file of a level (3 = kecamatan,
 * 13 MB; 4 = villages, 56 MB). Parsing the village file whole takes seconds and hundreds of MB, and stage 1 needs a
 * few hundred of its 77,000 features, so only their bytes are read, found through gadm-index.json (made by
 * scripts/gadm-index.ts). Should the package's files ever differ from the index, the file is scanned instead.
 */
export async function readGadmFeatures(level: GadmLevel, gid2s: readonly string[]): Promise<GadmFeature[]> {
  const spans = await spansOf(level);
  const wanted = gid2s.map((gid2) => spans[gid2]).filter((span) => span !== undefined).sort((a, b) => a[0] - b[0]);
  if (wanted.length === 0) return [];
  const file = await open(gadmUrl(level));
  try {
    const features: GadmFeature[] = [];
    for (const [start, end] of wanted) {
      const buffer = Buffer.alloc(end - start);
      await file.read(buffer, 0, buffer.length, start);
      const text = buffer.toString('utf8');
      if (!text.startsWith(START)) throw new Error(`gadm-index.json does not fit gadm41_IDN_${level}.json; run node scripts/gadm-index.ts`);
      features.push(...(JSON.parse(`[${text}]`) as GadmFeature[]));
    }
    return features;
  } finally {
    await file.close();
  }
}

const scanned = new Map<GadmLevel, Promise<GadmSpans>>();

async function spansOf(level: GadmLevel): Promise<GadmSpans> {
  const stored = (await readGadmIndex()).files[level];
  if ((await stat(gadmUrl(level))).size === stored.bytes) return stored.spans;
  let spans = scanned.get(level);
  if (spans === undefined) {
    spans = readFile(gadmUrl(level), 'latin1').then(gadmSpans);
    scanned.set(level, spans);
  }
  return spans;
}

/**
 * Where each GADM regency's features lie in a GADM file's text: the files are one line, one feature after another,
 * sorted by GADM id, so a regency's features are one run. The text must be read byte for byte (latin1) for the
 * positions to be byte offsets; GADM 4.1's Indonesian names are ASCII.
 */
export function gadmSpans(text: string): GadmSpans {
  const spans: GadmSpans = {};
  let at = text.indexOf(START);
  while (at >= 0) {
    const next = text.indexOf(START, at + START.length);
    // GID_<level> comes first: "IDN.1.2.1_1" or "IDN.1.2.1.1_1"; its first three parts name the regency.
    const idAt = at + START.length + '{"GID_3":"'.length;
    const gid2 = `${text.slice(idAt, text.indexOf('"', idAt)).split('.').slice(0, 3).join('.')}_1`;
    const end = next < 0 ? text.lastIndexOf(']') : next - 1;
    const span = spans[gid2];
    if (span === undefined) spans[gid2] = [at, end];
    else span[1] = end;
    at = next;
  }
  return spans;
}
