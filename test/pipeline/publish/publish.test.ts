import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildClaimTotals } from '../../../src/pipeline/count/claims.ts';
import { loadProgram } from '../../../src/pipeline/load/input-folder.ts';
import { ProblemLog } from '../../../src/pipeline/report/problems.ts';
import { protect } from '../../../src/pipeline/protect/protect.ts';
import { estimateSpend, percent, publish } from '../../../src/pipeline/publish/publish.ts';
import { loadRegionIndex } from '../../../src/pipeline/load/official-areas.ts';
import { Tally } from '../../../src/pipeline/count/tally.ts';
import { targetKey, type Targets } from '../../../src/pipeline/count/targets.ts';
import { checkAgainstSchemas, withManifest } from '../../../src/pipeline/publish/manifest.ts';
import type { Program } from '../../../src/schemas/program.ts';
import { AGE_BANDS, ENROLLMENT_CSV_HEADER, SCHEMA_VERSION, MANIFEST } from '../../../src/schemas/published.ts';
import { createPrng } from '../../../scripts/sample/prng.ts';

const regions = await loadRegionIndex('21.71');
const sample = await loadProgram('data/sample');
// Not the sample's values, so a hard-coded date, flag or code in publish() would show.
// Suppression (the baseline method): these tests check that hidden cells stay hidden in every file; the noise methods'
// output is tested in publish-approximate.test.ts.
const program: Program = { ...sample, asOfDate: '2025-12-31', synthetic: false, disclosure: { ...sample.disclosure, method: 'suppression' } };
const CATS = program.categories.map((c) => c.id);

/** The sample generator's seeded PRNG (mulberry32), so a failing case can be replayed. */
const random = (seed: number): (() => number) => createPrng(seed).next;

/** Protected, published tables for a seeded random tally with small counts, RT targets in kecamatan 21.71.01 and a city nelayan target. */
function publishedFiles(seed: number) {
  const rnd = random(seed);
  const tally = new Tally(regions.kelurahan.length, CATS.length);
  regions.kelurahan.forEach((_, kel) =>
    CATS.forEach((_c, cat) => {
      const n = rnd() < 0.5 ? Math.floor(rnd() * 5) : Math.floor(rnd() * 40);
      for (let j = 0; j < n; j++) tally.addActive(kel, cat, rnd() < 0.5 ? 0 : 1, Math.floor(rnd() * AGE_BANDS.length), rnd() < 0.5 ? '2025-09' : '2025-11');
      if (rnd() < 0.2) tally.addNonActive(kel, cat);
    }),
  );
  const targets: Targets = new Map();
  const rt = CATS.indexOf('ketua-rt');
  regions.kelurahan.forEach((kl, kel) => {
    if (kl.kecamatanCode === '21.71.01') targets.set(targetKey(kl.code, 'ketua-rt'), tally.activeAt(kel, rt) + Math.floor(rnd() * 8));
  });
  targets.set(targetKey(regions.regionCode, 'nelayan'), 5000);
  const claims = buildClaimTotals([], regions, program.asOfDate, new ProblemLog());
  const tables = protect(program, regions, tally, targets, claims);
  return { files: publish(program, regions, tables, targets), targets, tables };
}

describe('percent(count, target)', () => {
  it('percent(count, target) is on a 0–100 scale with one decimal', () => {
    expect(percent(1, 2)).toBe(50);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 16)).toBe(6.3); // 6.25 rounds half up
    expect(percent(0, 7)).toBe(0);
    expect(percent(194, 194)).toBe(100);
  });

  it('percent(count, target) is 100 only for the whole target: 1,999 of 2,000 is 99.9, not a rounded 100', () => {
    expect(percent(1999, 2000)).toBe(99.9);
    expect(percent(19999, 20000)).toBe(99.9);
    expect(percent(2000, 2000)).toBe(100);
  });

  it('percent(count, target) is null when the count is hidden, the target unknown or zero', () => {
    expect(percent(null, 10)).toBeNull();
    expect(percent(3, null)).toBeNull();
    expect(percent(3, 0)).toBeNull();
    expect(percent(0, 0)).toBeNull();
  });

  it('percent(count ≤ target) stays within 0–100, has one decimal, is within 0.05 of the exact ratio, and is 100 only for the whole target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }).chain((t) => fc.tuple(fc.integer({ min: 0, max: t }), fc.constant(t))), ([count, target]) => {
        const p = percent(count, target)!;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(100);
        expect(Math.abs(p * 10 - Math.round(p * 10))).toBeLessThan(1e-9);
        if (count === target) expect(p).toBe(100);
        else expect(p).toBe(Math.min(Math.round((1000 * count) / target) / 10, 99.9));
        if (p < 99.9) expect(Math.abs(p - (100 * count) / target)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});

describe('estimateSpend(program, activeAtKota)', () => {
  const counts: Record<string, number> = Object.fromEntries(CATS.map((c, i) => [c, 100 + i]));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const lookup = (hidden: string[] = [], overrides: Record<string, number | null> = {}) => (category: string) =>
    category in overrides ? overrides[category]! : hidden.includes(category) ? null : category === 'semua' ? total : counts[category]!;
  const row = (rows: ReturnType<typeof estimateSpend>, category: string) => rows.find((r) => r.category === category)!;

  it('estimateSpend(all counts published) gives each category active × premium and the all-categories sum, per month and per year', () => {
    const rows = estimateSpend(program, lookup());
    expect(rows.map((r) => r.category)).toEqual(['semua', ...CATS]);
    for (const c of CATS) expect(row(rows, c)).toEqual({ category: c, active: counts[c], premiumPerPersonMonth: 16800, monthlyRupiah: counts[c]! * 16800, yearlyRupiah: counts[c]! * 16800 * 12, approximate: [] });
    expect(row(rows, 'semua')).toEqual({ category: 'semua', active: total, premiumPerPersonMonth: 16800, monthlyRupiah: total * 16800, yearlyRupiah: total * 16800 * 12, approximate: [] });
  });

  it('estimateSpend(one category hidden, one premium for all) hides that row and gives the total as published total × premium', () => {
    const rows = estimateSpend(program, lookup(['ketua-lpm']));
    expect(row(rows, 'ketua-lpm')).toMatchObject({ active: null, monthlyRupiah: null, yearlyRupiah: null, premiumPerPersonMonth: 16800 });
    expect(row(rows, 'semua')).toMatchObject({ active: total, monthlyRupiah: total * 16800, yearlyRupiah: total * 16800 * 12 });
  });

  it('estimateSpend(one category hidden and the total hidden) gives no total spend', () => {
    const rows = estimateSpend(program, lookup(['ketua-lpm', 'semua']));
    expect(row(rows, 'semua')).toMatchObject({ active: null, monthlyRupiah: null, yearlyRupiah: null });
  });

  it('estimateSpend(a category with its own premium) uses it, and with one category hidden the total spend is hidden', () => {
    const mixed: Program = { ...program, categories: program.categories.map((c) => (c.id === 'nelayan' ? { ...c, premiumPerPersonMonth: 10800 } : c)) };
    const visible = estimateSpend(mixed, lookup());
    expect(row(visible, 'nelayan')).toMatchObject({ premiumPerPersonMonth: 10800, monthlyRupiah: counts.nelayan! * 10800 });
    const expected = CATS.reduce((s, c) => s + counts[c]! * (c === 'nelayan' ? 10800 : 16800), 0);
    expect(row(visible, 'semua')).toMatchObject({ premiumPerPersonMonth: null, monthlyRupiah: expected, yearlyRupiah: expected * 12 });

    // Total × one premium would be wrong, and total minus the visible rows would reveal the hidden row's spend.
    const hidden = estimateSpend(mixed, lookup(['ketua-lpm']));
    expect(row(hidden, 'semua')).toMatchObject({ active: total, premiumPerPersonMonth: null, monthlyRupiah: null, yearlyRupiah: null });
    expect(row(hidden, 'nelayan')).toMatchObject({ monthlyRupiah: counts.nelayan! * 10800 });
  });
});

describe('publish(program, regions, tables, targets)', () => {
  const { files, targets } = publishedFiles(11);
  const enrollment = JSON.parse(files.get('enrollment.json')!);
  const metadata = JSON.parse(files.get('metadata.json')!);

  it('publish(...) writes the journalists\' CSV with exactly the public header, one row per area × category and "semua"', () => {
    const text = files.get('csv/peserta-per-wilayah.csv')!;
    expect(text.split('\r\n')[0]).toBe('tanggal_data,tingkat,kode_wilayah,nama_wilayah,kategori,jumlah_peserta,sasaran,cakupan_persen,status');
    expect(ENROLLMENT_CSV_HEADER.join(',')).toBe(text.split('\r\n')[0]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const areas = 1 + regions.kecamatan.length + regions.kelurahan.length;
    expect(rows).toHaveLength(areas * (CATS.length + 1));
    const keys = new Set(rows.map((r) => `${r.kode_wilayah}|${r.kategori}`));
    expect(keys.size).toBe(rows.length);
    const names = new Map<string, string>([[regions.regionCode, program.region.name], ...regions.kecamatan.map((k) => [k.code, k.name] as [string, string]), ...regions.kelurahan.map((k) => [k.code, k.name] as [string, string])]);
    for (const code of names.keys()) for (const c of ['semua', ...CATS]) expect(keys.has(`${code}|${c}`), `${code}|${c}`).toBe(true);

    const levelOf = (code: string) => ['', '', 'kota', 'kecamatan', 'kelurahan'][code.split('.').length];
    const json = new Map(enrollment.cells.map((c: any) => [`${c.code}|${c.category}`, c]));
    let hiddenRows = 0;
    for (const r of rows) {
      expect(r.tanggal_data).toBe('2025-12-31');
      expect(r.tingkat).toBe(levelOf(r.kode_wilayah!));
      expect(r.nama_wilayah).toBe(names.get(r.kode_wilayah!));
      expect(['tersedia', 'disembunyikan']).toContain(r.status);
      expect(r.jumlah_peserta === '', `${r.kode_wilayah} ${r.kategori}`).toBe(r.status === 'disembunyikan');
      const cell: any = json.get(`${r.kode_wilayah}|${r.kategori}`);
      expect(r.jumlah_peserta).toBe(cell.count === null ? '' : String(cell.count));
      expect(r.sasaran).toBe(cell.target === null ? '' : String(cell.target));
      expect(r.cakupan_persen).toBe(cell.coveragePercent === null ? '' : String(cell.coveragePercent));
      if (r.status === 'disembunyikan') hiddenRows++;
    }
    expect(hiddenRows).toBeGreaterThan(0);
    expect(hiddenRows).toBeLessThan(rows.length);
  });

  it('publish(...) gives targets and coverage only where a target is known, from the published count', () => {
    for (const c of enrollment.cells) {
      const target = c.category === 'semua' ? undefined : targets.get(targetKey(c.code, c.category));
      expect(c.target, `${c.code} ${c.category}`).toBe(target ?? null);
      expect(c.coveragePercent).toBe(c.count === null || target === undefined || target === 0 ? null : Math.round((c.count / target) * 1000) / 10);
    }
    expect(enrollment.cells.filter((c: any) => c.coveragePercent !== null).length).toBeGreaterThan(0);
  });

  it('publish(...) lists every area with its level and parent, and each category with its threshold and premium', () => {
    expect(metadata.areas).toHaveLength(1 + regions.kecamatan.length + regions.kelurahan.length);
    expect(metadata.areas[0]).toEqual({ code: '21.71', name: 'Kota Batam', level: 'kota', kind: 'kota', parent: null });
    expect(metadata.region).toEqual({ code: '21.71', name: 'Kota Batam', kind: 'kota' });
    for (const k of regions.kecamatan) expect(metadata.areas).toContainEqual({ code: k.code, name: k.name, level: 'kecamatan', kind: 'kecamatan', parent: '21.71' });
    for (const k of regions.kelurahan) expect(metadata.areas).toContainEqual({ code: k.code, name: k.name, level: 'kelurahan', kind: 'kelurahan', parent: k.kecamatanCode });
    const sensitive = metadata.categories.find((c: any) => c.id === 'pekerja-sosial-keagamaan');
    expect(sensitive).toMatchObject({ sensitive: true, threshold: 10, finestGeography: 'kecamatan', premiumPerPersonMonth: 16800 });
    expect(metadata.categories.find((c: any) => c.id === 'ketua-rt')).toMatchObject({ sensitive: false, threshold: 5, finestGeography: 'kelurahan' });
  });

  it('publish(...) JSON files, with the manifest, pass the schemas stage 2 reads them with and carry the release metadata', () => {
    const meta = { schemaVersion: SCHEMA_VERSION as typeof SCHEMA_VERSION, asOfDate: program.asOfDate, synthetic: program.synthetic, regionCode: program.region.code };
    const all = withManifest(files, meta);
    expect(() => checkAgainstSchemas(all)).not.toThrow();
    const jsonNames = [...all.keys()].filter((name) => name.endsWith('.json'));
    expect(jsonNames.sort()).toEqual(['claims.json', 'demographics.json', 'enrollment.json', MANIFEST, 'metadata.json', 'population.json', 'spend.json', 'status.json', 'timeline.json']);
    for (const name of jsonNames) {
      const data = JSON.parse(all.get(name)!);
      expect({ schemaVersion: data.schemaVersion, asOfDate: data.asOfDate, synthetic: data.synthetic, regionCode: data.regionCode }, name)
        .toEqual({ schemaVersion: 2, asOfDate: '2025-12-31', synthetic: false, regionCode: '21.71' });
    }
  });

  it('publish(...) starts every CSV row of the counts with the as-of date and leaves hidden values empty', () => {
    // csv/penduduk.csv carries its figures' own year instead (and has no rows here: no population was given).
    const csvNames = [...files.keys()].filter((name) => name.startsWith('csv/') && name !== 'csv/penduduk.csv');
    expect(csvNames.length).toBe(6);
    for (const name of csvNames) {
      const rows = parse(files.get(name)!, { columns: true }) as Record<string, string>[];
      expect(rows.length, name).toBeGreaterThan(0);
      for (const r of rows) expect(r.tanggal_data, name).toBe('2025-12-31');
    }
    const status = JSON.parse(files.get('status.json')!).rows;
    const statusCsv = parse(files.get('csv/status-kepesertaan.csv')!, { columns: true }) as Record<string, string>[];
    expect(statusCsv.map((r) => [r.kode_wilayah, r.aktif, r.nonaktif, r.terdaftar])).toEqual(
      status.map((r: any) => [r.code, ...[r.active, r.nonActive, r.registered].map((v: number | null) => (v === null ? '' : String(v)))]),
    );
  });

  it('publish(...) gives the same bytes for the same tables', () => {
    const again = publishedFiles(11).files;
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [name, text] of files) expect(again.get(name), name).toBe(text);
  });
});
