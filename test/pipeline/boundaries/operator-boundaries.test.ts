import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { regionGadm } from '../../../src/pipeline/boundaries/gadm-boundaries.ts';
import { rewindForD3 } from '../../../src/map/rewind.ts';
import { loadRegionIndex } from '../../../src/pipeline/load/official-areas.ts';
import { BOUNDARIES_FILE, PublishedBoundaries } from '../../../src/schemas/published-boundaries.ts';
import { copyFixture, readJson, readTree, runOn } from '../../helpers/stage1.ts';

type BigFeature = Feature<Polygon | MultiPolygon, Record<string, string | number>>;
const BIG: FeatureCollection<Polygon | MultiPolygon, Record<string, string | number>> = JSON.parse(
  await readFile('test/fixtures/boundaries/kelurahan-big.geojson', 'utf8'),
);
const regions = await loadRegionIndex('21.71');
/** GADM's own shapes of Batam's areas, as stage 1 joins them to Kemendagri codes (all are GADM's own kecamatan here). */
const gadm = await regionGadm(regions);
const gadmShapesOf = (level: 'kecamatan' | 'kelurahan') =>
  (level === 'kelurahan' ? [...gadm.kelurahan] : [...gadm.kecamatan].map(([code, k]) => [code, k.features[0]!] as const)).map(([code, f]) => ({ ...f, properties: { code } }));
const KELURAHAN = { level: 'kelurahan', file: 'batas/kelurahan.geojson', codeProperty: 'KDEPUM' };
/** Pulau Terung: the fixture cuts its islands into separate features, as BIG files do. */
const SPLIT = '21.71.01.1004';

/** A copy of the csv-comma-plain input with `boundaries` in program.json and the given files (path → JSON or text). */
async function inputWith(boundaries: object[], files: Record<string, unknown>): Promise<string> {
  const dir = await copyFixture('csv-comma-plain', (program) => ({ ...program, boundaries }));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const withFeatures = (edit: (features: BigFeature[]) => BigFeature[]) => ({ ...BIG, features: edit(structuredClone(BIG.features)) });
const published = async (outDir: string) => PublishedBoundaries.parse(await readJson(outDir, BOUNDARIES_FILE));
const layer = (topo: PublishedBoundaries, level: 'kecamatan' | 'kelurahan') =>
  (feature(topo as unknown as Topology, topo.objects[level] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>).features;
const km2 = (f: Feature<Polygon | MultiPolygon>) => geoArea(rewindForD3(f)) * 6371.0088 ** 2;
const errors = (result: Awaited<ReturnType<typeof runOn>>['result']) => result.log.problems.filter((p) => p.severity === 'error');

describe('runStage1 with an official kelurahan boundary file (BIG-style GeoJSON)', async () => {
  const input = await inputWith([KELURAHAN], { 'batas/kelurahan.geojson': BIG });
  const { result, outDir } = await runOn(input);
  const topo = await published(outDir);

  it('runStage1 publishes batas-wilayah.topo.json with one shape per official kelurahan and kecamatan, with official names', () => {
    expect(result.fatal).toEqual([]);
    expect(layer(topo, 'kelurahan').map((f) => f.properties)).toEqual(regions.kelurahan.map((k) => ({ code: k.code, name: k.name })));
    expect(layer(topo, 'kecamatan').map((f) => f.properties)).toEqual(regions.kecamatan.map((k) => ({ code: k.code, name: k.name })));
    expect(topo).toMatchObject({ regionCode: '21.71', asOfDate: '2025-11-30', synthetic: true, schemaVersion: 2 });
  });

  it('runStage1 lists the boundaries in manifest.json with their sha256', async () => {
    const manifest = await readJson(outDir, 'manifest.json');
    const bytes = await readFile(join(outDir, BOUNDARIES_FILE));
    expect(manifest.files).toContainEqual({ path: BOUNDARIES_FILE, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('runStage1 leaves out the feature of a neighbouring regency with a notice, not an error', () => {
    const notices = result.log.problems.filter((p) => p.severity === 'notice' && p.file === KELURAHAN.file);
    expect(notices.map((p) => p.value)).toEqual(['21.02.06.1001']);
  });

  it('published kelurahan keep their GADM area (within 0.5 %), the 13 island features of Pulau Terung merged into one shape', async () => {
    const ours = new Map(layer(topo, 'kelurahan').map((f) => [f.properties.code, f]));
    expect(BIG.features.filter((f) => f.properties.KDEPUM === SPLIT)).toHaveLength(13);
    expect(ours.get(SPLIT)!.geometry.type).toBe('MultiPolygon');
    for (const g of gadmShapesOf('kelurahan')) expect(km2(ours.get(g.properties.code)!) / km2(g), g.properties.code).toBeCloseTo(1, 2);
  });

  it('kecamatan made by merging their kelurahan cover the ground of GADM’s own kecamatan shapes (within 3 %)', async () => {
    // GADM's level-3 file is drawn apart from its level-4 file, so this is an independent measure.
    const ours = new Map(layer(topo, 'kecamatan').map((f) => [f.properties.code, f]));
    for (const g of gadmShapesOf('kecamatan')) expect(Math.abs(km2(ours.get(g.properties.code)!) / km2(g) - 1), g.properties.code).toBeLessThan(0.03);
  });

  it('kecamatan and kelurahan share their borders: a kecamatan is drawn from arcs its kelurahan also use', () => {
    const arcsOf = (g: { type: string; arcs: unknown }) => new Set((g.arcs as number[][]).flat(2).map((a) => (a < 0 ? ~a : a)));
    const kelurahanArcs = new Set(topo.objects.kelurahan!.geometries.flatMap((g) => [...arcsOf(g)]));
    for (const g of topo.objects.kecamatan!.geometries) for (const arc of arcsOf(g)) expect(kelurahanArcs.has(arc), g.properties.code).toBe(true);
  });

  it('the published file is much smaller than the input, on a ~1 m grid', async () => {
    expect(topo.transform.scale[0]).toBeLessThanOrEqual(1e-5);
    expect(topo.transform.scale[1]).toBeLessThanOrEqual(1e-5);
    const bytes = (await readFile(join(outDir, BOUNDARIES_FILE))).length;
    expect(bytes).toBeLessThan(JSON.stringify(BIG).length * 0.8);
  });

  it('the same input gives byte-identical boundaries (deterministic)', async () => {
    const again = await runOn(input);
    expect(await readFile(join(again.outDir, BOUNDARIES_FILE))).toEqual(await readFile(join(outDir, BOUNDARIES_FILE)));
  });

  it('a TopoJSON file holding the same features gives the same published shapes', async () => {
    const topoInput = await inputWith([{ ...KELURAHAN, file: 'batas/kelurahan.topojson' }], {
      'batas/kelurahan.topojson': topology({ desa: BIG }, 1e6),
    });
    const fromTopo = await runOn(topoInput);
    expect(fromTopo.result.fatal).toEqual([]);
    const other = await published(fromTopo.outDir);
    const area = new Map(layer(other, 'kelurahan').map((f) => [f.properties.code, km2(f)]));
    for (const f of layer(topo, 'kelurahan')) expect(area.get(f.properties.code)! / km2(f), f.properties.code).toBeCloseTo(1, 3);
  });
});

describe('runStage1 with kecamatan boundary files', () => {
  /**
   * BIG's kecamatan layer: one feature per kecamatan with KDCPUM and WADMKC, here merged from the kelurahan fixture,
   * in a TopoJSON file with a second object. Batam Kota (21.71.10) is drawn as its first kelurahan only, so that
   * publishing a kecamatan merged from kelurahan instead of the one given would show.
   */
  const BATAM_KOTA = '21.71.10';
  const firstOfBatamKota = regions.kelurahan.find((k) => k.kecamatanCode === BATAM_KOTA)!.code;
  const kecamatanTopology = () => {
    const topo = topology({ desa: BIG }) as Topology;
    const desa = (topo.objects.desa as GeometryCollection<Record<string, string>>).geometries;
    const drawn = (code: string) => (g: { properties?: Record<string, string> }) =>
      code === BATAM_KOTA ? g.properties!.KDEPUM === firstOfBatamKota : g.properties!.KDCPUM === code;
    const features = regions.kecamatan.map((k) => ({
      type: 'Feature' as const,
      properties: { KDCPUM: k.code, WADMKC: k.name },
      geometry: merge(topo, desa.filter(drawn(k.code)) as Parameters<typeof merge>[1]),
    }));
    const collection = (list: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features: list });
    return topology({ notes: collection([]), kecamatan: collection(features) });
  };
  const KECAMATAN = { level: 'kecamatan', file: 'batas/kecamatan.json', codeProperty: 'KDCPUM', object: 'kecamatan' };

  it('runStage1 with a kelurahan and a kecamatan file publishes the kecamatan as given (TopoJSON object named in program.json)', async () => {
    const input = await inputWith([KELURAHAN, KECAMATAN], { 'batas/kelurahan.geojson': BIG, 'batas/kecamatan.json': kecamatanTopology() });
    const { result, outDir } = await runOn(input);
    expect(result.fatal).toEqual([]);
    const topo = await published(outDir);
    expect(layer(topo, 'kecamatan').map((f) => f.properties.code)).toEqual(regions.kecamatan.map((k) => k.code));
    expect(layer(topo, 'kelurahan')).toHaveLength(regions.kelurahan.length);
    const batamKota = layer(topo, 'kecamatan').find((f) => f.properties.code === BATAM_KOTA)!;
    const itsFirstKelurahan = layer(topo, 'kelurahan').find((f) => f.properties.code === firstOfBatamKota)!;
    expect(km2(batamKota) / km2(itsFirstKelurahan)).toBeCloseTo(1, 2);
  });

  it('runStage1 with only a kecamatan file publishes it for the kecamatan and the default GADM shapes for the kelurahan, each with its credit', async () => {
    const input = await inputWith([KECAMATAN], { 'batas/kecamatan.json': kecamatanTopology() });
    const { result, outDir } = await runOn(input);
    expect(result.fatal).toEqual([]);
    const topo = await published(outDir);
    expect(Object.keys(topo.objects)).toEqual(['kecamatan', 'kelurahan']);
    expect(topo.source).toEqual({ kecamatan: 'operator', kelurahan: 'gadm' });
    expect(topo.attribution.kelurahan!.en).toMatch(/GADM 4\.1/);
    expect(layer(topo, 'kelurahan')).toHaveLength(regions.kelurahan.length);
  });

  it('runStage1 asks which object to read when a TopoJSON file has several and program.json names none', async () => {
    const input = await inputWith([{ ...KECAMATAN, object: undefined }], { 'batas/kecamatan.json': kecamatanTopology() });
    const { result } = await runOn(input);
    expect(result.ok).toBe(false);
    expect(errors(result).map((p) => p.message).join()).toMatch(/2 objects \("notes", "kecamatan"\).*"object"/);
  });
});

describe('runStage1 refuses a faulty boundary file, naming file, feature, property and value, and leaves the output as it was', async () => {
  const good = await runOn(await inputWith([KELURAHAN], { 'batas/kelurahan.geojson': BIG }));
  const before = await readTree(good.outDir);
  const codeOf = (n: number) => String(BIG.features[n - 1]!.properties.KDEPUM);
  const nameOf = (n: number) => String(BIG.features[n - 1]!.properties.WADMKD);
  const undotted = withFeatures((fs) => fs.map((f) => ({ ...f, properties: { ...f.properties, KDEPUM: String(f.properties.KDEPUM).replaceAll('.', '') } })));
  const dropped = regions.kelurahan[10]!;

  it.each([
    ['a missing file', [KELURAHAN], {}, { row: 0, column: '' }, /not found in the input folder/],
    ['a shapefile (not JSON)', [KELURAHAN], { 'batas/kelurahan.geojson': 'PK\u0003\u0004 zipped shapefile' }, { row: 0, column: '' }, /is not JSON.*Convert shapefiles/],
    ['a code property no feature has', [{ ...KELURAHAN, codeProperty: 'KODE_DESA' }], { 'batas/kelurahan.geojson': BIG }, { row: 0, column: 'KODE_DESA' }, /no feature has the property "KODE_DESA".*"KDEPUM"/],
    ['a code property in the wrong case', [{ ...KELURAHAN, codeProperty: 'kdepum' }], { 'batas/kelurahan.geojson': BIG }, { row: 0, column: 'kdepum' }, /case-sensitive, write "codeProperty": "KDEPUM"/],
    ['a feature without the code', [KELURAHAN], { 'batas/kelurahan.geojson': withFeatures((fs) => (delete fs[4]!.properties.KDEPUM, fs)) }, { row: 5, column: 'KDEPUM' }, /has no code/],
    ['an unknown code', [KELURAHAN], { 'batas/kelurahan.geojson': withFeatures((fs) => ((fs[2]!.properties.KDEPUM = '21.71.01.1099'), fs)) },
      { row: 3, column: 'KDEPUM', value: '21.71.01.1099' }, new RegExp(`not a kelurahan of 21.71.*did you mean "${codeOf(3).replaceAll('.', '\\.')}", ${nameOf(3)} as NAMOBJ says\\?\\)`)],
    ['BPS codes', [{ ...KELURAHAN, codeProperty: 'KDEBPS' }], { 'batas/kelurahan.geojson': BIG }, { row: 1, column: 'KDEBPS' }, /without dots.*BPS.*KDEPUM/],
    ['Kemendagri codes without dots', [KELURAHAN], { 'batas/kelurahan.geojson': undotted }, { row: 1, column: 'KDEPUM', value: codeOf(1).replaceAll('.', '') }, /without dots.*BPS/],
    ['kecamatan codes in a kelurahan file', [{ ...KELURAHAN, codeProperty: 'KDCPUM' }], { 'batas/kelurahan.geojson': BIG }, { row: 1, column: 'KDCPUM' }, /is a kecamatan code.*level kelurahan/],
    ['a kelurahan with no shape', [KELURAHAN], { 'batas/kelurahan.geojson': withFeatures((fs) => fs.filter((f) => f.properties.KDEPUM !== dropped.code)) },
      { row: 0, column: 'KDEPUM', value: dropped.code }, new RegExp(`no shape for kelurahan "${dropped.name}" \\("${dropped.code.replaceAll('.', '\\.')}"\\)`)],
    ['a line instead of a polygon', [KELURAHAN], { 'batas/kelurahan.geojson': withFeatures((fs) => ((fs[1]!.geometry = { type: 'LineString', coordinates: [[104, 1], [104.1, 1.1]] } as never), fs)) },
      { row: 2, column: 'geometry', value: 'LineString' }, /not a polygon.*_AR/],
    ['a feature without geometry', [KELURAHAN], { 'batas/kelurahan.geojson': withFeatures((fs) => ((fs[6]!.geometry = null as never), fs)) }, { row: 7, column: 'geometry' }, /no geometry/],
    ['projected coordinates (UTM)', [KELURAHAN], { 'batas/kelurahan.geojson': withFeatures((fs) => fs.map((f) => ({ ...f, geometry: JSON.parse(JSON.stringify(f.geometry), (_, v) => (typeof v === 'number' ? v * 4000 : v)) }))) },
      { row: 1, column: 'geometry' }, /not longitude\/latitude.*EPSG:4326/],
    ['a bare geometry', [KELURAHAN], { 'batas/kelurahan.geojson': BIG.features[0]!.geometry }, { row: 0, column: 'type', value: 'MultiPolygon' }, /bare geometry/],
    ['"object" on a GeoJSON file', [{ ...KELURAHAN, object: 'desa' }], { 'batas/kelurahan.geojson': BIG }, { row: 0, column: 'object' }, /not a TopoJSON file/],
  ])('%s', async (_, boundaries, files, place, message) => {
    const input = await inputWith(boundaries, files);
    const { result } = await runOn(input, { outDir: good.outDir });
    expect(result.ok).toBe(false);
    expect(result.fatal.join('\n')).toContain(`${KELURAHAN.file}: `);
    const first = errors(result)[0]!;
    expect(first).toMatchObject({ file: KELURAHAN.file, ...place });
    expect(first.message).toMatch(message);
    expect(await readTree(good.outDir)).toEqual(before);
  });

  it('program.json refuses a boundary file outside the input folder and a level given twice', async () => {
    const input = await inputWith([{ ...KELURAHAN, file: '../kelurahan.geojson' }, KELURAHAN], {});
    const { result } = await runOn(input, { outDir: good.outDir });
    expect(result.ok).toBe(false);
    const text = result.fatal.join('\n');
    expect(text).toMatch(/boundaries\[0\]\.file: must be a path inside the input folder/);
    expect(text).toMatch(/boundaries\[1\]\.level: a kelurahan file is already given/);
    expect(await readTree(good.outDir)).toEqual(before);
  });
});
