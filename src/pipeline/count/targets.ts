import type { Program } from '../../schemas/program.ts';
import type { TargetRow } from '../../schemas/inputs.ts';
import type { ProblemLog, RowPlace } from '../report/problems.ts';
import type { RegionIndex } from '../load/official-areas.ts';
import type { SmallCsvRow } from '../load/small-csv.ts';

/** Eligible people per `code|category`, at every level where the whole area is covered by targets. */
export type Targets = Map<string, number>;

export const targetKey = (code: string, category: string) => `${code}|${category}`;

/**
 * Checks target rows (kota, kecamatan or kelurahan level) against the official areas and the categories, then rolls kelurahan targets up to
 * their kecamatan and kecamatan targets up to the kota, but only where every child area has one:
 * a partial sum would overstate coverage.
 */
export function buildTargets(rows: SmallCsvRow<TargetRow>[], program: Program, regions: RegionIndex, log: ProblemLog): Targets {
  const categories = new Set(program.categories.map((c) => c.id));
  const kecamatan = new Set(regions.kecamatan.map((k) => k.code));
  const kelurahan = new Map(regions.kelurahan.map((k) => [k.code, k.kecamatanCode]));
  const given: Targets = new Map();
  const placeOf = new Map<string, RowPlace>();
  for (const { value, place } of rows) {
    let ok = true;
    if (!categories.has(value.kategori)) {
      log.at(place, 'error', 'kategori', value.kategori, `unknown category; use one of the ids in program.json: ${[...categories].join(', ')}`);
      ok = false;
    }
    if (value.kode_wilayah !== regions.regionCode && !kecamatan.has(value.kode_wilayah) && !kelurahan.has(value.kode_wilayah)) {
      log.at(place, 'error', 'kode_wilayah', value.kode_wilayah,
        `is not the code of ${program.region.name} (${regions.regionCode}) or of one of its kecamatan or kelurahan in the official Kemendagri list; codes look like ${regions.kecamatan[0]?.code} or ${regions.kelurahan[0]?.code}`);
      ok = false;
    }
    const key = targetKey(value.kode_wilayah, value.kategori);
    if (ok && given.has(key)) {
      log.at(place, 'error', 'kode_wilayah', value.kode_wilayah, `a target for this area and category "${value.kategori}" is given twice; keep one row`);
      ok = false;
    }
    if (!ok) {
      log.invalidRows++;
      continue;
    }
    given.set(key, value.sasaran);
    placeOf.set(key, place);
  }

  const targets: Targets = new Map(given);
  for (const category of categories) {
    for (const kec of regions.kecamatan) {
      const children = regions.kelurahan.filter((k) => k.kecamatanCode === kec.code);
      const childTargets = children.map((k) => given.get(targetKey(k.code, category)));
      const own = given.get(targetKey(kec.code, category));
      const anyChild = childTargets.some((t) => t !== undefined);
      if (own !== undefined && anyChild) {
        log.at(placeOf.get(targetKey(kec.code, category))!, 'error', 'kode_wilayah', kec.code,
          `category "${category}" has a target both for kecamatan ${kec.name} and for some of its kelurahan; give one level only`);
        log.invalidRows++;
        continue;
      }
      if (own === undefined && childTargets.every((t) => t !== undefined) && children.length > 0)
        targets.set(targetKey(kec.code, category), childTargets.reduce<number>((s, t) => s + t!, 0));
    }
    const kecTargets = regions.kecamatan.map((k) => targets.get(targetKey(k.code, category)));
    const own = given.get(targetKey(regions.regionCode, category));
    if (own !== undefined && kecTargets.some((t) => t !== undefined)) {
      log.at(placeOf.get(targetKey(regions.regionCode, category))!, 'error', 'kode_wilayah', regions.regionCode,
        `category "${category}" has a target both for the whole ${program.region.name} and for some of its areas; give one level only`);
      log.invalidRows++;
    } else if (own === undefined && kecTargets.every((t) => t !== undefined))
      targets.set(targetKey(regions.regionCode, category), kecTargets.reduce<number>((s, t) => s + t!, 0));
  }
  return targets;
}
