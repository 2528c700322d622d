import type { Program } from '../../schemas/program.ts';
import type { PopulationInputRow } from '../../schemas/inputs.ts';
import type { AreaLevel } from '../../schemas/area-level.ts';
import type { PopulationRow } from '../../schemas/published-population.ts';
import type { ProblemLog, RowPlace } from '../report/problems.ts';
import type { RegionIndex } from '../load/official-areas.ts';
import type { SmallCsvRow } from '../load/small-csv.ts';

/**
 * Checks populasi.csv rows against the official areas of the region and the as-of date, and returns them as
 * published, sorted by code. Residents are public statistics: published as given, with their source and year.
 */
export function buildPopulation(rows: SmallCsvRow<PopulationInputRow>[], program: Program, regions: RegionIndex, log: ProblemLog): PopulationRow[] {
  const levels = new Map<string, AreaLevel>([
    [regions.regionCode, 'kota'],
    ...regions.kecamatan.map((k) => [k.code, 'kecamatan'] as const),
    ...regions.kelurahan.map((k) => [k.code, 'kelurahan'] as const),
  ]);
  const asOfYear = Number(program.asOfDate.slice(0, 4));
  const firstRow = new Map<string, RowPlace>();
  const published: PopulationRow[] = [];
  for (const { value, place } of rows) {
    const code = value.kode_wilayah;
    const level = levels.get(code);
    const problems: [column: string, value: unknown, message: string][] = [];
    if (level === undefined) problems.push(['kode_wilayah', code, unknownCode(code, program, regions)]);
    else if (firstRow.has(code))
      problems.push(['kode_wilayah', code, `is given twice (first on row ${firstRow.get(code)!.row}); keep one row per area`]);
    if (value.tahun > asOfYear)
      problems.push(['tahun', value.tahun, `is after the as-of date ${program.asOfDate} of program.json; give the year the count was made`]);
    for (const [column, bad, message] of problems) log.at(place, 'error', column, bad, message);
    if (level !== undefined && !firstRow.has(code)) firstRow.set(code, place);
    if (problems.length > 0 || level === undefined) {
      log.invalidRows++;
      continue;
    }
    published.push({ code, level, residents: value.penduduk, source: value.sumber, year: value.tahun });
  }
  return published.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Why a code is not one of the region's areas, with what to write instead. */
function unknownCode(code: string, program: Program, regions: RegionIndex): string {
  const example = `codes look like ${regions.kecamatan[0]?.code} (kecamatan) or ${regions.kelurahan[0]?.code} (kelurahan)`;
  if (/^\d{7}(\d{3})?$/.test(code))
    return `looks like a BPS code; use the Kemendagri code of the area (${example})`;
  if (!code.startsWith(`${regions.regionCode}.`))
    return `is outside ${program.region.name} (${regions.regionCode}); give only areas of this region (${example}), or leave the row out`;
  return `is not the code of a kecamatan or kelurahan of ${program.region.name} in the official Kemendagri list; ${example}`;
}
