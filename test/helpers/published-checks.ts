import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Published counts that no rule allows, each as a readable line (an empty list means none). */

interface Thresholds {
  k: number;
  /** Category id → its threshold (kSensitive for sensitive categories). */
  byCategory: Map<string, number>;
  sensitive: Set<string>;
}

/** Thresholds taken from program.json (the input), not from the output's metadata. */
export async function thresholdsOf(inDir: string): Promise<Thresholds> {
  const program = JSON.parse(await readFile(join(inDir, 'program.json'), 'utf8'));
  const k: number = program.disclosure?.k ?? 5;
  const kSensitive: number = program.disclosure?.kSensitive ?? 10;
  const byCategory = new Map<string, number>();
  const sensitive = new Set<string>();
  for (const c of program.categories) {
    byCategory.set(c.id, c.sensitive ? kSensitive : k);
    if (c.sensitive) sensitive.add(c.id);
  }
  return { k, byCategory, sensitive };
}

const isSmall = (value: unknown, threshold: number) => typeof value === 'number' && value >= 1 && value < threshold;

const readJson = async (dir: string, file: string) => JSON.parse(await readFile(join(dir, file), 'utf8'));
const readCsv = async (dir: string, file: string) =>
  parse(await readFile(join(dir, file)), { bom: true, columns: true }) as Record<string, string>[];

/**
 * Every count from 1 to threshold−1 published exactly, in every JSON file and in the CSV mirrors. Approximate values
 * (listed in a row's `approximate`, status `perkiraan` or the `perkiraan` column) are not the count itself; whether
 * one can be worked out is the attacker's question (scripts/attacker), not this one's.
 */
export async function smallCounts(outDir: string, t: Thresholds): Promise<string[]> {
  const found: string[] = [];
  const threshold = (category: string) => t.byCategory.get(category) ?? t.k;
  const exact = (row: { approximate?: string[] }, field: string) => !(row.approximate ?? []).includes(field);
  const small = (row: any, field: string, limit: number) => exact(row, field) && isSmall(row[field], limit);
  for (const c of (await readJson(outDir, 'enrollment.json')).cells)
    if (small(c, 'count', threshold(c.category))) found.push(`enrollment.json ${c.level} ${c.code} ${c.category}: ${c.count}`);
  for (const r of (await readJson(outDir, 'status.json')).rows)
    for (const f of ['active', 'nonActive', 'registered']) if (small(r, f, t.k)) found.push(`status.json ${r.code} ${f}: ${r[f]}`);
  for (const r of (await readJson(outDir, 'demographics.json')).rows)
    if (small(r, 'count', t.k)) found.push(`demographics.json ${r.code} ${r.group}: ${r.count}`);
  for (const r of (await readJson(outDir, 'timeline.json')).rows)
    for (const f of ['newCount', 'cumulative']) if (small(r, f, t.k)) found.push(`timeline.json ${r.month} ${r.batch} ${f}: ${r[f]}`);
  for (const r of (await readJson(outDir, 'claims.json')).rows)
    if (small(r, 'claims', t.k)) found.push(`claims.json ${r.code} ${r.program}: ${r.claims}`);
  for (const r of (await readJson(outDir, 'spend.json')).rows)
    if (small(r, 'active', threshold(r.category))) found.push(`spend.json ${r.category}: ${r.active}`);
  for (const r of await readCsv(outDir, 'csv/peserta-per-wilayah.csv'))
    if (r.status !== 'perkiraan' && isSmall(cellNumber(r.jumlah_peserta), threshold(r.kategori ?? ''))) found.push(`peserta-per-wilayah.csv ${r.tingkat} ${r.kode_wilayah} ${r.kategori}: ${r.jumlah_peserta}`);
  for (const r of await readCsv(outDir, 'csv/demografi.csv'))
    if (!(r.perkiraan ?? '').split(' ').includes('jumlah_peserta') && isSmall(cellNumber(r.jumlah_peserta), t.k)) found.push(`demografi.csv ${r.kode_wilayah} ${r.kelompok}: ${r.jumlah_peserta}`);
  return found;
}

const cellNumber = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));

/** Exact published cells whose target minus count is 1 to threshold−1 ("193 of 194 enrolled" names the one who is not). */
export async function smallComplements(outDir: string, t: Thresholds): Promise<string[]> {
  return (await readJson(outDir, 'enrollment.json')).cells
    .filter((c: any) => c.target !== null && c.count !== null && c.approximate.length === 0 && isSmall(c.target - c.count, t.byCategory.get(c.category) ?? t.k))
    .map((c: any) => `enrollment.json ${c.level} ${c.code} ${c.category}: ${c.count} of ${c.target}`);
}

/** Rows describing people below kecamatan level by sex or age (JSON and CSV). */
export async function demographicsBelowKecamatan(outDir: string): Promise<string[]> {
  const json = (await readJson(outDir, 'demographics.json')).rows
    .filter((r: any) => (r.level !== 'kota' && r.level !== 'kecamatan') || r.code.split('.').length > 3)
    .map((r: any) => `demographics.json ${r.level} ${r.code} ${r.group}`);
  const csv = (await readCsv(outDir, 'csv/demografi.csv'))
    .filter((r) => (r.tingkat !== 'kota' && r.tingkat !== 'kecamatan') || (r.kode_wilayah ?? '').split('.').length > 3)
    .map((r) => `demografi.csv ${r.tingkat} ${r.kode_wilayah} ${r.kelompok}`);
  return [...json, ...csv];
}

/** Sensitive-category counts published below kecamatan level (JSON and CSV). */
export async function sensitiveBelowKecamatan(outDir: string, t: Thresholds): Promise<string[]> {
  const json = (await readJson(outDir, 'enrollment.json')).cells
    .filter((c: any) => t.sensitive.has(c.category) && c.level === 'kelurahan' && (c.count !== null || c.coveragePercent !== null))
    .map((c: any) => `enrollment.json ${c.code} ${c.category}: ${c.count} (${c.coveragePercent}%)`);
  const csv = (await readCsv(outDir, 'csv/peserta-per-wilayah.csv'))
    .filter((r) => t.sensitive.has(r.kategori ?? '') && r.tingkat === 'kelurahan' && (r.jumlah_peserta !== '' || r.cakupan_persen !== ''))
    .map((r) => `peserta-per-wilayah.csv ${r.kode_wilayah} ${r.kategori}: ${r.jumlah_peserta}`);
  return [...json, ...csv];
}

/**
 * Sums in which exactly one value is hidden while everything else is published, so the hidden value is a
 * plain subtraction away. Only single sums: the full audit of combined sums is stage 1's own job (and suppress.test.ts).
 */
export async function hiddenBySubtractionOnly(outDir: string): Promise<string[]> {
  const metadata = await readJson(outDir, 'metadata.json');
  const parentOf = new Map<string, string | null>(metadata.areas.map((a: any) => [a.code, a.parent]));
  // An approximate value is as good as unknown for a plain subtraction: only exact values count as published.
  const exactly = (row: any, field: string) => ((row.approximate ?? []).includes(field) ? null : row[field]);
  const enrollment = new Map<string, number | null>();
  for (const c of (await readJson(outDir, 'enrollment.json')).cells) enrollment.set(`${c.code}|${c.category}`, exactly(c, 'count'));
  const sums = new Map<string, { total: string; terms: string[] }>();
  const addTerm = (total: string, term: string) => {
    const sum = sums.get(total) ?? { total, terms: [] };
    sum.terms.push(term);
    sums.set(total, sum);
  };
  const counts = new Map<string, number | null>();
  for (const [key, count] of enrollment) {
    counts.set(`enrollment ${key}`, count);
    const [code, category] = key.split('|') as [string, string];
    if (category !== 'semua') addTerm(`enrollment ${code}|semua`, `enrollment ${key}`);
    const parent = parentOf.get(code);
    if (parent) addTerm(`enrollment ${parent}|${category}`, `enrollment ${key}`);
  }
  for (const r of (await readJson(outDir, 'demographics.json')).rows) {
    const key = `demographics ${r.code}|${r.dimension}|${r.group}`;
    counts.set(key, exactly(r, 'count'));
    addTerm(`enrollment ${r.code}|semua #${r.dimension}`, key);
    const parent = parentOf.get(r.code);
    if (parent) addTerm(`demographics ${parent}|${r.dimension}|${r.group}`, key);
  }
  for (const [key, count] of enrollment) {
    const [code, category] = key.split('|');
    if (category === 'semua') for (const d of ['jenis_kelamin', 'kelompok_umur']) counts.set(`enrollment ${code}|semua #${d}`, count);
  }
  for (const r of (await readJson(outDir, 'status.json')).rows) {
    for (const f of ['active', 'nonActive', 'registered']) counts.set(`status ${r.code}|${f}`, exactly(r, f));
    addTerm(`status ${r.code}|registered`, `status ${r.code}|active`);
    addTerm(`status ${r.code}|registered`, `status ${r.code}|nonActive`);
    const parent = parentOf.get(r.code);
    if (parent) for (const f of ['active', 'nonActive', 'registered']) addTerm(`status ${parent}|${f}`, `status ${r.code}|${f}`);
  }
  const found: string[] = [];
  for (const { total, terms } of sums.values()) {
    if (!counts.has(total) || terms.some((t) => !counts.has(t))) continue;
    const unknown = [total, ...terms].filter((key) => counts.get(key) === null);
    if (unknown.length === 1) found.push(`${unknown[0]} = ${total} − the other ${terms.length - 1} terms`);
  }
  return found;
}
