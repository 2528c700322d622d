// Writes test/fixtures/boundaries/kelurahan-big.geojson: Batam's kelurahan as an official BIG boundary file
// would hold them (attributes KDEPUM, WADMKD, KDCPUM, WADMKC… with dotted Kemendagri codes, one island of a
// kelurahan per feature), built from the GADM 4.1 shapes of the geojson-indonesia package, so that tests of
// operator boundary files need no download. Deterministic; scripts/make-fixtures.ts writes it with the other
// fixtures, and test/pipeline/xlsx-reader.test.ts checks the committed file is current.
import type { Feature, Polygon } from 'geojson';
import { normaliseRegionName } from '../src/shared/place-names.ts';
import { readGadmFeatures } from '../src/pipeline/load/gadm-file.ts';
import { regionGadm } from '../src/pipeline/boundaries/gadm-boundaries.ts';
import { loadRegionIndex } from '../src/pipeline/load/official-areas.ts';

/** Where the fixture goes inside the fixtures folder. */
export const BOUNDARY_FIXTURE = 'boundaries/kelurahan-big.geojson';
/** BIG files cut a kelurahan's islands into separate features; this one (Pulau Terung, many islands) is cut so. */
const SPLIT = '21.71.01.1004';
/** The fixture's text. */
export async function boundaryFixture(): Promise<string> {
  const regions = await loadRegionIndex('21.71');
  // Stage 1's join of GADM to Kemendagri codes; GADM's feature carries its BPS code (CC_4).
  const match = await regionGadm(regions);
  const kecamatanName = new Map(regions.kecamatan.map((k) => [k.code, k.name]));

  const big = (code: string, name: string, kecamatan: string, bps: string) => ({
    NAMOBJ: name, FCODE: 'BA03070040', REMARK: 'Batas Desa/Kelurahan', SRS_ID: '4326',
    KDPPUM: code.slice(0, 2), WADMPR: 'Kepulauan Riau', KDPKAB: code.slice(0, 5), WADMKK: regionName(code.slice(0, 5)),
    KDCPUM: code.slice(0, 8), WADMKC: kecamatan, KDEPUM: code, WADMKD: name,
    KDEBPS: bps, TIPADM: code.split('.')[3]!.startsWith('1') ? 2 : 1,
  });
  const regionName = (code: string) => (code === '21.71' ? 'Kota Batam' : 'Kabupaten Karimun');

  const features: Feature[] = [];
  for (const { code, name } of regions.kelurahan) {
    const f = match.kelurahan.get(code);
    if (f === undefined) continue;
    const properties = big(code, name, kecamatanName.get(code.slice(0, 8))!, f.properties.CC_4 ?? '');
    const pieces = code === SPLIT && f.geometry.type === 'MultiPolygon'
      ? f.geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
      : [f.geometry];
    for (const geometry of pieces) features.push({ type: 'Feature', properties, geometry });
  }
  // A provincial file also holds the neighbours: one kelurahan of Kabupaten Karimun (21.02, BPS 2101), which stage 1 leaves out.
  const karimun = await loadRegionIndex('21.02');
  // Karimun is GADM's IDN.16.3 (BPS 2101).
  const buru = (await readGadmFeatures(4, ['IDN.16.3_1'])).find((f) => f.properties.CC_4 === '2101031002')!;
  const buruCode = karimun.kelurahan.find((k) => normaliseRegionName(k.name) === 'buru' && kecamatanOf(karimun, k.kecamatanCode) === 'buru')!;
  features.push({ type: 'Feature', properties: big(buruCode.code, buruCode.name, 'Buru', '2101031002'), geometry: buru.geometry });

  function kecamatanOf(index: typeof karimun, code: string) {
    return normaliseRegionName(index.kecamatan.find((k) => k.code === code)!.name);
  }

  // Written as QGIS and ogr2ogr write GeoJSON: one feature per line, a crs member naming WGS 84.
  const head = '{\n"type": "FeatureCollection",\n"name": "ADMINISTRASIDESA_AR_25K",\n"crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:OGC:1.3:CRS84" } },\n"features": [\n';
  return head + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]\n}\n';
}
