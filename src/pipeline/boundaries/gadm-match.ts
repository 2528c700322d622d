import type { RegionIndex } from '../load/official-areas.ts';
import type { GadmFeature } from '../load/gadm-file.ts';
import { looseKey, pairByName } from './name-match.ts';

/** How an official kecamatan got its shape: GADM's own kecamatan, or the union of its villages GADM draws. */
type KecamatanShapeKind = 'gadm' | 'villages';

export interface GadmMatch {
  /** Official kecamatan code → the GADM features that together draw it. */
  kecamatan: Map<string, { features: GadmFeature[]; kind: KecamatanShapeKind }>;
  /** Official village code → its GADM village. */
  kelurahan: Map<string, GadmFeature>;
  /** GADM kecamatan and villages of the region that no official area took (water bodies left out). */
  unused: GadmFeature[];
}

const isWater = (f: GadmFeature) => f.properties.TYPE_3 === 'WaterBody' || f.properties.TYPE_4 === 'WaterBody';

/**
 * Joins one region's official kecamatan and villages to GADM features by name, within their parents:
 *   1. kecamatan against the GADM kecamatan of the region's GADM regencies (exact, loose, then edit distance);
 *   2. each matched kecamatan's villages against the villages GADM draws in it (the same passes);
 *   3. the villages still unmatched against every unused GADM village of the regencies, by exact or loose name only,
 *      kept only where they come from the kecamatan's own GADM kecamatan or from one giving it two or more
 *      (a kecamatan split off after GADM): a lone homonym elsewhere is another place;
 *   4. what is left of each kecamatan against what is left in the GADM kecamatan its villages came from, fuzzy again.
 * A kecamatan whose GADM shape lost villages to another kecamatan or gained some from one, or that has no GADM
 * shape, is drawn as the union of its villages (with its GADM shape's unclaimed villages), so that no two areas
 * share ground and every village lies in its kecamatan.
 * `otherKecamatan` are the loose names of the province's other kecamatan: a GADM kecamatan bearing one is left to
 * them in the fuzzy pass. Water bodies (GADM type "WaterBody") are never matched; a village named "Danau …" is.
 */
export function matchGadm(region: RegionIndex, gadmKecamatan: GadmFeature[], gadmVillages: GadmFeature[], otherKecamatan: ReadonlySet<string>): GadmMatch {
  const ownKeys = new Set(region.kecamatan.map((k) => looseKey(k.name)));
  const kecamatanPool = gadmKecamatan.filter((g) => !isWater(g));
  const exactPairs = pairByName(region.kecamatan, kecamatanPool, (k) => k.name, (g) => g.properties.NAME_3 ?? '', false);
  const paired = new Set(exactPairs.map((p) => p.gadm));
  const fuzzyPool = kecamatanPool.filter((g) => !paired.has(g) && (ownKeys.has(looseKey(g.properties.NAME_3 ?? '')) || !otherKecamatan.has(looseKey(g.properties.NAME_3 ?? ''))));
  const kecamatanPairs = [
    ...exactPairs,
    ...pairByName(region.kecamatan.filter((k) => !exactPairs.some((p) => p.official === k)), fuzzyPool, (k) => k.name, (g) => g.properties.NAME_3 ?? ''),
  ];
  const gadmOf = new Map(kecamatanPairs.map((p) => [p.official.code, p.gadm]));

  const villages = gadmVillages.filter((v) => !isWater(v));
  const byGid3 = new Map<string, GadmFeature[]>();
  for (const v of villages) byGid3.set(v.properties.GID_3!, [...(byGid3.get(v.properties.GID_3!) ?? []), v]);
  const kelurahan = new Map<string, GadmFeature>();
  const claimedBy = new Map<GadmFeature, string>();
  const claim = (code: string, kecamatanCode: string, v: GadmFeature) => {
    kelurahan.set(code, v);
    claimedBy.set(v, kecamatanCode);
  };
  const officialByKecamatan = new Map(region.kecamatan.map((k) => [k.code, region.kelurahan.filter((v) => v.kecamatanCode === k.code)]));
  for (const [code, g] of gadmOf)
    for (const p of pairByName(officialByKecamatan.get(code) ?? [], byGid3.get(g.properties.GID_3!) ?? [], (v) => v.name, (v) => v.properties.NAME_4 ?? ''))
      claim(p.official.code, code, p.gadm);

  const restOfficial = region.kelurahan.filter((v) => !kelurahan.has(v.code));
  const restGadm = villages.filter((v) => !claimedBy.has(v));
  const wide = pairByName(restOfficial, restGadm, (v) => v.name, (v) => v.properties.NAME_4 ?? '', false);
  const support = new Map<string, number>();
  const supportKey = (kecamatanCode: string, v: GadmFeature) => `${kecamatanCode} ${v.properties.GID_3}`;
  for (const p of wide) support.set(supportKey(p.official.kecamatanCode, p.gadm), (support.get(supportKey(p.official.kecamatanCode, p.gadm)) ?? 0) + 1);
  const homes = new Map(region.kecamatan.map((k) => [k.code, new Set([gadmOf.get(k.code)?.properties.GID_3])]));
  for (const p of wide) {
    const own = gadmOf.get(p.official.kecamatanCode)?.properties.GID_3 === p.gadm.properties.GID_3;
    if (!own && (support.get(supportKey(p.official.kecamatanCode, p.gadm)) ?? 0) < 2) continue;
    claim(p.official.code, p.official.kecamatanCode, p.gadm);
    homes.get(p.official.kecamatanCode)!.add(p.gadm.properties.GID_3);
  }
  // 4. What is left of each kecamatan against what is left of the GADM kecamatan its villages came from (all passes).
  for (const k of region.kecamatan) {
    const officials = (officialByKecamatan.get(k.code) ?? []).filter((v) => !kelurahan.has(v.code));
    const pool = [...homes.get(k.code)!].flatMap((gid3) => (gid3 === undefined ? [] : (byGid3.get(gid3) ?? []))).filter((v) => !claimedBy.has(v));
    for (const p of pairByName(officials, pool, (v) => v.name, (v) => v.properties.NAME_4 ?? '')) claim(p.official.code, k.code, p.gadm);
  }

  const kecamatan: GadmMatch['kecamatan'] = new Map();
  for (const k of region.kecamatan) {
    const g = gadmOf.get(k.code);
    const inside = g === undefined ? [] : (byGid3.get(g.properties.GID_3!) ?? []);
    const own = (officialByKecamatan.get(k.code) ?? []).flatMap((v) => kelurahan.get(v.code) ?? []);
    const lost = inside.some((v) => claimedBy.has(v) && claimedBy.get(v) !== k.code);
    const gained = own.some((v) => v.properties.GID_3 !== g?.properties.GID_3);
    if (g !== undefined && !lost && !gained) {
      kecamatan.set(k.code, { features: [g], kind: 'gadm' });
      continue;
    }
    const unclaimed = inside.filter((v) => !claimedBy.has(v));
    if (own.length > 0) kecamatan.set(k.code, { features: [...own, ...unclaimed], kind: 'villages' });
  }

  const usedGid3 = new Set([...gadmOf.values()].map((g) => g.properties.GID_3));
  const usedVillages = new Set([...kecamatan.values()].flatMap((k) => (k.kind === 'villages' ? k.features : [])));
  const unused = [
    ...kecamatanPool.filter((g) => !usedGid3.has(g.properties.GID_3) && !(otherKecamatan.has(looseKey(g.properties.NAME_3 ?? '')) && !ownKeys.has(looseKey(g.properties.NAME_3 ?? '')))),
    ...villages.filter((v) => usedGid3.has(v.properties.GID_3) && !claimedBy.has(v) && !usedVillages.has(v)),
  ];
  return { kecamatan, kelurahan, unused };
}
