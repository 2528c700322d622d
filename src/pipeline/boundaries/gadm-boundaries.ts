import type { MultiPolygon } from 'geojson';
import { loadProvinceAreas, type RegionIndex } from '../load/official-areas.ts';
import type { AreaShapes } from './boundary-topology.ts';
import { type GadmFeature, gid2Of, readGadmFeatures, readGadmIndex } from '../load/gadm-file.ts';
import { type GadmMatch, matchGadm } from './gadm-match.ts';
import { gadmProvinces, type GadmRegency, regencySources, type RegencySources } from './gadm-regencies.ts';
import { looseKey } from './name-match.ts';

export interface RegionGadm extends GadmMatch {
  sources: RegencySources;
}


/**
 * The default shapes of one region (stage 1's only read of GADM): its GADM regencies found through the crosswalk
 * (gadm-regencies.ts), then its kecamatan and villages matched by name within them (gadm-match.ts). Reads the
 * province's GADM kecamatan and the region's GADM villages, nothing else of the 70 MB.
 */
export async function regionGadm(region: RegionIndex): Promise<RegionGadm> {
  const province = await loadProvinceAreas(region.regionCode);
  const gadmRegencies: GadmRegency[] = Object.entries((await readGadmIndex()).regencies).map(([gid2, [province, name, type]]) => ({ gid2, province, name, type }));
  const provinces = new Set(gadmProvinces(province.provinceCode, province.provinceName, gadmRegencies));
  const inProvince = gadmRegencies.filter((g) => provinces.has(g.province));
  const provinceKecamatan = await readGadmFeatures(3, inProvince.map((g) => g.gid2));
  const sources = regencySources(region.regionCode, province, inProvince, provinceKecamatan.map((f) => f.properties));
  const inSources = new Set(sources.gid2s);
  const villages = await readGadmFeatures(4, sources.gid2s);
  const others = new Set(province.kecamatan.filter((k) => k.regencyCode !== region.regionCode).map((k) => looseKey(k.name)));
  const match = matchGadm(region, provinceKecamatan.filter((f) => inSources.has(gid2Of(f.properties))), villages, others);
  return { ...match, sources };
}

/** The matched GADM shapes as stage 1's boundary topology takes them: polygons per Kemendagri code and level. */
export function gadmShapes(match: GadmMatch): Required<AreaShapes> {
  const asMulti = (f: GadmFeature): MultiPolygon =>
    f.geometry.type === 'MultiPolygon' ? f.geometry : { type: 'MultiPolygon', coordinates: [f.geometry.coordinates] };
  return {
    kecamatan: new Map([...match.kecamatan].map(([code, { features }]) => [code, features.map(asMulti)])),
    kelurahan: new Map([...match.kelurahan].map(([code, f]) => [code, [asMulti(f)]])),
  };
}
