import { readFile } from 'node:fs/promises';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { normaliseRegionName } from '../shared/place-names.ts';

export interface AreaProperties { code: string; name: string }
/** The official kecamatan and kelurahan of one city or regency, by Kemendagri code (stage 1's RegionIndex fits it). */
export interface AreaList {
  regionCode: string;
  kecamatan: { code: string; name: string }[];
  kelurahan: { code: string; name: string; kecamatanCode: string }[];
}
export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;

/** GADM 4.1 via the geojson-indonesia package: level 3 = kecamatan, level 4 = kelurahan/desa. */
const GADM_FILES = { kecamatan: 'gadm41_IDN_3.json', kelurahan: 'gadm41_IDN_4.json' } as const;
/** GADM cuts lakes and reservoirs out as their own "villages"; they are no area of the official list. */
const WATER = /^(danau|waduk)/;

/** GADM writes names without spaces ("SeiBeduk", "PulauTerong"); the words must come back for Sei/Sungai-style variants. */
const gadmName = (name: string | undefined) => normaliseRegionName((name ?? '').replace(/([a-z])([A-Z])/g, '$1 $2'));

/** GADM's licence allows non-commercial use with attribution: this line goes under every map drawn from it. */
export const GADM_ATTRIBUTION = {
  id: 'Batas wilayah: GADM 4.1 (gadm.org), lisensi non-komersial',
  en: 'Boundaries: GADM 4.1 (gadm.org), non-commercial licence',
} as const;

/** Shapes keyed by Kemendagri code, with the official areas that have none (a map draws what it has and lists them). */
export type ShapedAreas = FeatureCollection<Polygon | MultiPolygon, AreaProperties> & { missing: AreaProperties[] };

/**
 * The default map boundaries: GADM polygons for the region's kecamatan or kelurahan, joined once to
 * Kemendagri codes by normalised name (GADM writes "BatamKota", "PulauTerong", and uses BPS codes), then
 * keyed by code. An official area without a shape is listed in `missing`, not an error: its map draws the others
 * and names it, and its numbers stay in every table. Shapes that match no official area are left out.
 */
export async function loadDefaultBoundaries(regions: AreaList, level: 'kecamatan' | 'kelurahan'): Promise<ShapedAreas> {
  const path = new URL(import.meta.resolve(`geojson-indonesia/geojson/${GADM_FILES[level]}`));
  const gadm = JSON.parse(await readFile(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;
  // GADM's regency code (CC_2) is the BPS code, which for regencies equals the Kemendagri code without its dot.
  const regency = regions.regionCode.replace('.', '');
  const inRegion = gadm.features.filter((f) => f.properties.CC_2 === regency || f.properties.CC_4?.startsWith(regency) || f.properties.CC_3?.startsWith(regency));
  const kecamatanByKey = new Map(regions.kecamatan.map((k) => [normaliseRegionName(k.name), k]));
  const features: AreaFeature[] = [];
  for (const f of inRegion) {
    const kecamatan = kecamatanByKey.get(gadmName(f.properties.NAME_3));
    if (level === 'kecamatan') {
      if (kecamatan) features.push(withArea(f, kecamatan.code, kecamatan.name));
      continue;
    }
    const name = gadmName(f.properties.NAME_4);
    if (WATER.test(name)) continue;
    const kelurahan = regions.kelurahan.find((k) => k.kecamatanCode === kecamatan?.code && normaliseRegionName(k.name) === name);
    if (kelurahan) features.push(withArea(f, kelurahan.code, kelurahan.name));
  }
  const official = level === 'kecamatan' ? regions.kecamatan : regions.kelurahan;
  const shaped = new Set(features.map((f) => f.properties.code));
  return {
    type: 'FeatureCollection',
    features: features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1)),
    missing: official.filter((a) => !shaped.has(a.code)).map((a) => ({ code: a.code, name: a.name })),
  };
}

function withArea(f: Feature<Polygon | MultiPolygon, unknown>, code: string, name: string): AreaFeature {
  return { type: 'Feature', properties: { code, name }, geometry: f.geometry };
}
