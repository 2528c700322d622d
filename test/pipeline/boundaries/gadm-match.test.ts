import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { regionGadm, type RegionGadm } from '../../../src/pipeline/boundaries/gadm-boundaries.ts';
import { type GadmFeature, readGadmFeatures } from '../../../src/pipeline/load/gadm-file.ts';
import { looseKey, pairByName } from '../../../src/pipeline/boundaries/name-match.ts';
import { loadRegionIndex, type RegionIndex } from '../../../src/pipeline/load/official-areas.ts';

type Box = [number, number, number, number];
function boxOf(features: GadmFeature[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const [x, y] of polygons.flat(2) as Position[]) {
      box[0] = Math.min(box[0], x!);
      box[1] = Math.min(box[1], y!);
      box[2] = Math.max(box[2], x!);
      box[3] = Math.max(box[3], y!);
    }
  }
  return box;
}
const centre = (features: GadmFeature[]): [number, number] => {
  const [x0, y0, x1, y1] = boxOf(features);
  return [(x0 + x1) / 2, (y0 + y1) / 2];
};
const inside = ([x, y]: [number, number], [x0, y0, x1, y1]: Box) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

const matched: Record<string, { region: RegionIndex; match: RegionGadm }> = {};
async function matchOf(code: string) {
  if (!matched[code]) {
    const region = await loadRegionIndex(code);
    matched[code] = { region, match: await regionGadm(region) };
  }
  return matched[code];
}
const gadmName3 = (m: RegionGadm, code: string) => m.kecamatan.get(code)?.features.map((f) => f.properties.NAME_3);

describe('regionGadm (GADM 4.1 joined to Kemendagri codes in stage 1)', () => {
  it('regionGadm(Kota Batam 21.71) gives all 12 kecamatan their own GADM shape and all 64 kelurahan a village', async () => {
    const { region, match } = await matchOf('21.71');
    expect([...match.kecamatan.keys()]).toEqual(region.kecamatan.map((k) => k.code));
    expect([...match.kecamatan.values()].every((k) => k.kind === 'gadm')).toBe(true);
    expect(region.kelurahan.filter((v) => !match.kelurahan.has(v.code))).toEqual([]);
    expect(region.kelurahan).toHaveLength(64);
    expect(match.kelurahan.get('21.71.01.1004')!.properties.NAME_4).toBe('PulauTerong');
    expect(gadmName3(match, '21.71.10')).toEqual(['BatamKota']);
  });

  it('regionGadm(Kabupaten Bintan 21.01) draws Bintan, not Karimun (BPS 2101): every shape comes from GADM’s Bintan and lies east of Karimun', async () => {
    const { region, match } = await matchOf('21.01');
    expect(match.sources.gid2s).toEqual(['IDN.16.2_1']);
    expect(match.kecamatan.size).toBe(region.kecamatan.length);
    expect(gadmName3(match, '21.01.04')).toEqual(['GunungKijang']);
    const karimun = boxOf(await readGadmFeatures(3, ['IDN.16.3_1']));
    for (const [code, { features }] of match.kecamatan) {
      expect(features.every((f) => f.properties.NAME_2 === 'Bintan'), code).toBe(true);
      expect(inside(centre(features), karimun), code).toBe(false);
    }
  });

  // Known splits and renames since GADM's lists: a regency split off after GADM (Pangandaran from Ciamis; Buton
  // Selatan from Buton), a province split off (Kalimantan Utara), a 2022 Papua province (Papua Tengah: Nabire;
  // Papua Selatan: Merauke), a renamed regency (Toba Samosir → Toba), Aceh (codes shifted by one).
  const SAMPLE = ['32.18', '32.07', '74.15', '74.04', '65.01', '94.01', '93.01', '12.12', '11.01'];

  it.each(SAMPLE)('regionGadm(%s) never gives an area another place’s shape: each village lies within its kecamatan’s shape, each kecamatan within its GADM regencies', async (code) => {
    const { region, match } = await matchOf(code);
    expect(match.kecamatan.size, 'drawn').toBeGreaterThan(0);
    const regency = boxOf(await readGadmFeatures(3, match.sources.gid2s));
    for (const [kecamatan, { features }] of match.kecamatan) {
      expect(inside(centre(features), regency), kecamatan).toBe(true);
      expect(features.every((f) => match.sources.gid2s.includes(f.properties.GID_2!.replace(/(_1)?$/, '_1'))), kecamatan).toBe(true);
    }
    for (const village of region.kelurahan) {
      const shape = match.kelurahan.get(village.code);
      if (shape === undefined) continue;
      const parent = match.kecamatan.get(village.kecamatanCode);
      expect(parent, `${village.code} has a shape but its kecamatan has none`).toBeDefined();
      expect(inside(centre([shape]), boxOf(parent!.features)), `${village.code} ${village.name} → ${shape.properties.NAME_4}`).toBe(true);
    }
  });

  it('regionGadm finds regencies GADM lists under another name or parent, and leaves the parent what is still its own', async () => {
    expect((await matchOf('12.12')).match.sources.gid2s).toEqual(['IDN.32.34_1']); // Toba ← GADM TobaSamosir
    expect((await matchOf('65.01')).match.sources.named).toBe('IDN.35.4_1'); // Bulungan, Kalimantan Utara
    const pangandaran = (await matchOf('32.18')).match;
    expect(pangandaran.sources).toEqual({ gid2s: ['IDN.9.6_1'], named: null }); // inside GADM's Ciamis
    expect(gadmName3(pangandaran, '32.18.01')).toEqual(['Parigi']);
    const ciamis = (await matchOf('32.07')).match;
    const ciamisNames = new Set([...ciamis.kecamatan.values()].flatMap((k) => k.features.map((f) => f.properties.NAME_3)));
    for (const k of pangandaran.kecamatan.values()) for (const f of k.features) expect(ciamisNames.has(f.properties.NAME_3)).toBe(false);
    expect(gadmName3((await matchOf('94.01')).match, '94.01.01')).toEqual(['Nabire']);
  });

  it('regionGadm keeps villages named “Danau …” (only GADM’s water bodies are skipped)', async () => {
    const { region, match } = await matchOf('11.10');
    const danau = region.kelurahan.find((v) => v.name === 'Danau Bungara')!;
    expect(match.kelurahan.get(danau.code)?.properties.NAME_4).toBe('DanauBungara');
    expect(match.unused.every((f) => f.properties.TYPE_4 !== 'WaterBody' && f.properties.TYPE_3 !== 'WaterBody')).toBe(true);
  });
});

describe('name matching', () => {
  it('looseKey() ignores kind words, number writing and old spellings', () => {
    expect(looseKey('Gampong Alue Bagok')).toBe(looseKey('AlueBagok'));
    expect(looseKey('Sukamaju II')).toBe(looseKey('Sukamaju 2'));
    expect(looseKey('Taluak Ampek Suku')).toBe(looseKey('TaluakIvSuku'));
    expect(looseKey('Dr. Soetomo')).toBe(looseKey('Dr.Sutomo'));
  });

  it('pairByName() pairs one to one, by edit distance when needed, and makes no pair where two candidates tie', () => {
    const areas = (...names: string[]) => names.map((name) => ({ name }));
    const name = (a: { name: string }) => a.name;
    const pairs = (official: string[], gadm: string[]) => pairByName(areas(...official), areas(...gadm), name, name).map((p) => [p.official.name, p.gadm.name]);
    expect(pairs(['Beringin', 'Sukamaju'], ['Bringin', 'Sukamaju', 'Sukamaju'])).toEqual([['Beringin', 'Bringin']]);
    expect(pairs(['Yoboi'], ['Yoboy/Kehusa/Kehiran'])).toEqual([['Yoboi', 'Yoboy/Kehusa/Kehiran']]);
    expect(pairs(['Tanjung Batu'], ['Tanjung Bata', 'Tanjung Batz'])).toEqual([]);
  });
});
