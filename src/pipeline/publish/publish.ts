import type { Program } from '../../schemas/program.ts';
import {
  AGE_BANDS, ALL_CATEGORIES, type AreaLevel, type Claims, type Demographics, type Enrollment, ENROLLMENT_CSV_HEADER,
  type Metadata, type PublishedArea, type PublishedJsonName, type PublishedMeta, SCHEMA_VERSION, type Spend, type Status,
  type Timeline,
} from '../../schemas/published.ts';
import { POPULATION_CSV_HEADER, POPULATION_FILE, type PopulationRow } from '../../schemas/published-population.ts';
import { toCsv } from '../../shared/csv.ts';
import type { ProtectedTables } from '../protect/protect.ts';
import type { RegionIndex } from '../load/official-areas.ts';
import { stableJson } from './stable-json.ts';
import { type AreaKind, villageKindOf } from '../../shared/area-kind.ts';
import { SEXES } from '../count/tally.ts';
import { targetKey, type Targets } from '../count/targets.ts';
import { CLAIM_PROGRAMS, cellId } from '../protect/cell-ids.ts';

export type PublishedFiles = Map<string, string>;

/**
 * Turns protected tables into the published JSON files and their CSV mirrors (path → text), and residents per area
 * (populasi.csv, public statistics: as given, never protected) into population.json and csv/penduduk.csv.
 */
export function publish(program: Program, regions: RegionIndex, tables: ProtectedTables, targets: Targets, population: PopulationRow[] = []): PublishedFiles {
  const meta: PublishedMeta = { schemaVersion: SCHEMA_VERSION, asOfDate: program.asOfDate, synthetic: program.synthetic, regionCode: program.region.code };
  const areas = listAreas(program, regions);
  const upper = areas.filter((a) => a.level !== 'kelurahan');
  const name = new Map(areas.map((a) => [a.code, a.name]));
  /** The CSVs' `tingkat`: the area's kind (kota, kabupaten, kecamatan, kelurahan, desa), not its structural level. */
  const kind = new Map(areas.map((a) => [a.code, a.kind]));
  const categoryIds = [ALL_CATEGORIES, ...program.categories.map((c) => c.id)];
  const v = (id: string) => tables.value(id);
  /** The row's approximate fields, from [field, cell id] pairs (see Approximate in schemas). */
  const approx = (...fields: [string, string][]) => fields.filter(([, id]) => tables.approximate(id)).map(([field]) => field);
  /** The CSV's `perkiraan` column: the CSV names of a row's approximate fields (JSON name → CSV name). */
  const approxCsv = (fields: readonly string[], names: Record<string, string>) => fields.map((f) => names[f]!).join(' ');
  const files: PublishedFiles = new Map();
  const json = (file: PublishedJsonName, data: object) => files.set(file, stableJson(data));
  const csv = (file: string, header: readonly string[], rows: (string | number | null)[][]) =>
    files.set(`csv/${file}`, toCsv(header, rows.map((r) => [program.asOfDate, ...r])));

  const metadata: Metadata = {
    ...meta,
    region: { ...program.region, kind: regions.regionKind },
    programName: program.name,
    source: program.source,
    disclosure: { ...program.disclosure, perturbation: tables.perturbation },
    batches: program.batches,
    ...(program.text?.lead ? { text: { lead: program.text.lead } } : {}),
    groups: program.groups,
    categories: program.categories.map((c) => ({
      id: c.id, label: c.label, group: c.group, batch: c.batch, sensitive: c.sensitive, finestGeography: c.finestGeography,
      complementSensitive: c.complementSensitive,
      threshold: c.sensitive ? program.disclosure.kSensitive : program.disclosure.k,
      premiumPerPersonMonth: c.premiumPerPersonMonth ?? program.premiumPerPersonMonth,
    })),
    areas,
    ...(program.contact ? { contact: program.contact } : {}),
    ...(program.site ? { site: program.site } : {}),
  };
  json('metadata.json', metadata);

  const cells: Enrollment['cells'] = areas.flatMap((area) =>
    categoryIds.map((category) => {
      const count = v(cellId.enrolled(area.code, category));
      const target = category === ALL_CATEGORIES ? null : (targets.get(targetKey(area.code, category)) ?? null);
      const id = cellId.enrolled(area.code, category);
      return {
        level: area.level, code: area.code, category, count, target, coveragePercent: percent(count, target),
        approximate: approx(['count', id], ...(target === null ? [] : [['coveragePercent', id] as [string, string]])),
      };
    }),
  );
  json('enrollment.json', { ...meta, cells });
  csv('peserta-per-wilayah.csv', ENROLLMENT_CSV_HEADER, cells.map((c) => [
    kind.get(c.code)!, c.code, name.get(c.code)!, c.category, c.count, c.target, c.coveragePercent,
    c.count === null ? 'disembunyikan' : c.approximate.length > 0 ? 'perkiraan' : 'tersedia',
  ]));

  const status: Status['rows'] = upper.map((a) => ({
    level: a.level, code: a.code,
    active: v(cellId.enrolled(a.code, ALL_CATEGORIES)), nonActive: v(cellId.nonActive(a.code)), registered: v(cellId.registered(a.code)),
    approximate: approx(['active', cellId.enrolled(a.code, ALL_CATEGORIES)], ['nonActive', cellId.nonActive(a.code)], ['registered', cellId.registered(a.code)]),
  }));
  json('status.json', { ...meta, rows: status });
  csv('status-kepesertaan.csv', ['tanggal_data', 'tingkat', 'kode_wilayah', 'nama_wilayah', 'aktif', 'nonaktif', 'terdaftar', 'perkiraan'],
    status.map((r) => [kind.get(r.code)!, r.code, name.get(r.code)!, r.active, r.nonActive, r.registered,
      approxCsv(r.approximate, { active: 'aktif', nonActive: 'nonaktif', registered: 'terdaftar' })]));

  const timeline: Timeline['rows'] = tables.months.flatMap((month) =>
    [ALL_CATEGORIES, ...program.batches.map((b) => b.id)].map((batch) => ({
      month, batch, newCount: v(cellId.newInMonth(month, batch)), cumulative: v(cellId.cumulative(month, batch)),
      approximate: approx(['newCount', cellId.newInMonth(month, batch)], ['cumulative', cellId.cumulative(month, batch)]),
    })),
  );
  json('timeline.json', { ...meta, rows: timeline });
  csv('perkembangan-bulanan.csv', ['tanggal_data', 'bulan', 'batch', 'peserta_baru', 'kumulatif', 'perkiraan'],
    timeline.map((r) => [r.month, r.batch, r.newCount, r.cumulative, approxCsv(r.approximate, { newCount: 'peserta_baru', cumulative: 'kumulatif' })]));

  const demographics: Demographics['rows'] = upper.flatMap((a) => [
    ...SEXES.map((g) => ({ level: a.level, code: a.code, dimension: 'jenis_kelamin' as const, group: g, count: v(cellId.sex(a.code, g)), approximate: approx(['count', cellId.sex(a.code, g)]) })),
    ...AGE_BANDS.map((g) => ({ level: a.level, code: a.code, dimension: 'kelompok_umur' as const, group: g, count: v(cellId.age(a.code, g)), approximate: approx(['count', cellId.age(a.code, g)]) })),
  ]);
  json('demographics.json', { ...meta, rows: demographics });
  csv('demografi.csv', ['tanggal_data', 'tingkat', 'kode_wilayah', 'nama_wilayah', 'dimensi', 'kelompok', 'jumlah_peserta', 'perkiraan'],
    demographics.map((r) => [kind.get(r.code)!, r.code, name.get(r.code)!, r.dimension, r.group, r.count, approxCsv(r.approximate, { count: 'jumlah_peserta' })]));

  const claims: Claims['rows'] = upper.flatMap((a) =>
    [ALL_CATEGORIES, ...CLAIM_PROGRAMS].map((p) => ({
      level: a.level, code: a.code, program: p, claims: v(cellId.claims(a.code, p)), amountRupiah: v(cellId.claimRupiah(a.code, p)),
      approximate: approx(['claims', cellId.claims(a.code, p)], ['amountRupiah', cellId.claimRupiah(a.code, p)]),
    })),
  );
  json('claims.json', { ...meta, rows: claims });
  csv('klaim.csv', ['tanggal_data', 'tingkat', 'kode_wilayah', 'nama_wilayah', 'program', 'jumlah_klaim', 'nilai_rupiah', 'perkiraan'],
    claims.map((r) => [kind.get(r.code)!, r.code, name.get(r.code)!, r.program, r.claims, r.amountRupiah, approxCsv(r.approximate, { claims: 'jumlah_klaim', amountRupiah: 'nilai_rupiah' })]));

  const spend = estimateSpend(program, (category) => v(cellId.enrolled(program.region.code, category)),
    (category) => tables.approximate(cellId.enrolled(program.region.code, category)));
  json('spend.json', { ...meta, rows: spend });
  csv('biaya-premi.csv', ['tanggal_data', 'kategori', 'peserta_aktif', 'premi_per_orang_per_bulan', 'biaya_per_bulan', 'biaya_per_tahun', 'perkiraan'],
    spend.map((r) => [r.category, r.active, r.premiumPerPersonMonth, r.monthlyRupiah, r.yearlyRupiah,
      approxCsv(r.approximate, { active: 'peserta_aktif', monthlyRupiah: 'biaya_per_bulan', yearlyRupiah: 'biaya_per_tahun' })]));

  json(POPULATION_FILE, { ...meta, rows: population });
  files.set('csv/penduduk.csv', toCsv(POPULATION_CSV_HEADER,
    population.map((r) => [r.code, kind.get(r.code)!, name.get(r.code)!, r.residents, r.source, r.year])));
  return files;
}

/** Coverage in percent (0–100), one decimal; null when the count is hidden or no target is known. */
export function percent(count: number | null, target: number | null): number | null {
  if (count === null || target === null || target === 0) return null;
  const rounded = Math.round((count / target) * 1000) / 10;
  // 100% means the whole target: 1,999 of 2,000 is 99.9%, not a rounded 100%.
  return count < target ? Math.min(rounded, 99.9) : rounded;
}

/**
 * Premium the city pays per month and per year, from published (protected) counts only. The all-categories
 * spend is shown only when it cannot reveal a hidden category count: when no category count is hidden, or
 * when every category has the same premium (then it is the published total × that premium).
 */
export function estimateSpend(
  program: Program, activeAtKota: (category: string) => number | null, isApproximate: (category: string) => boolean = () => false,
): Spend['rows'] {
  const approximateIf = (yes: boolean) => (yes ? ['active', 'monthlyRupiah', 'yearlyRupiah'] : []);
  const premium = (c: Program['categories'][number]) => c.premiumPerPersonMonth ?? program.premiumPerPersonMonth;
  const rows: Spend['rows'] = program.categories.map((c) => {
    const active = activeAtKota(c.id);
    const monthly = active === null ? null : active * premium(c);
    return {
      category: c.id, active, premiumPerPersonMonth: premium(c), monthlyRupiah: monthly, yearlyRupiah: monthly === null ? null : monthly * 12,
      approximate: approximateIf(active !== null && isApproximate(c.id)),
    };
  });
  const premiums = new Set(program.categories.map(premium));
  const total = activeAtKota(ALL_CATEGORIES);
  let monthly: number | null = null;
  let monthlyApproximate = false;
  if (rows.every((r) => r.monthlyRupiah !== null)) {
    monthly = rows.reduce((s, r) => s + r.monthlyRupiah!, 0);
    monthlyApproximate = rows.some((r) => r.approximate.length > 0);
  } else if (premiums.size === 1 && total !== null) {
    monthly = total * [...premiums][0]!;
    monthlyApproximate = isApproximate(ALL_CATEGORIES);
  }
  const totalApproximate = total !== null && isApproximate(ALL_CATEGORIES);
  rows.unshift({
    category: ALL_CATEGORIES, active: total, premiumPerPersonMonth: premiums.size === 1 ? [...premiums][0]! : null,
    monthlyRupiah: monthly, yearlyRupiah: monthly === null ? null : monthly * 12,
    approximate: [...(totalApproximate ? ['active'] : []), ...(monthly !== null && monthlyApproximate ? ['monthlyRupiah', 'yearlyRupiah'] : [])],
  });
  return rows;
}

/** Every area with its structural level and its official kind (kota/kabupaten, kecamatan, kelurahan/desa). */
function listAreas(program: Program, regions: RegionIndex): (PublishedArea & { kind: AreaKind })[] {
  const level = (l: AreaLevel) => l;
  return [
    { code: program.region.code, name: program.region.name, level: level('kota'), kind: regions.regionKind, parent: null },
    ...regions.kecamatan.map((k) => ({ code: k.code, name: k.name, level: level('kecamatan'), kind: 'kecamatan' as const, parent: program.region.code })),
    ...regions.kelurahan.map((k) => ({ code: k.code, name: k.name, level: level('kelurahan'), kind: villageKindOf(k.code), parent: k.kecamatanCode })),
  ];
}
