import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { getDistricts, getVillages } from 'idn-area-data';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLE_DIR, GENERATED_FILES, generateSample, PROGRAM_PATH } from '../../scripts/generate-sample.ts';
import { apportion } from '../../scripts/sample/apportion.ts';
import { csvField } from '../../scripts/sample/csv-text.ts';

/** The published figures (DOMAIN.md); the RT/RW/LPM split is the assumed one. */
const EXPECTED_ACTIVE: Record<string, number> = {
  'ketua-rt': 3209,
  'ketua-rw': 755,
  'ketua-lpm': 64,
  'kader-posyandu': 3855,
  'kader-siaga-kelurahan': 109,
  'pekerja-sosial-keagamaan': 4703,
  'pekerja-kemasyarakatan': 152,
  nelayan: 5000,
  petani: 2650,
  'ojek-online': 3635,
  'penarik-becak': 108,
  'penambang-pancung': 108,
};
const PLANTED_DUPLICATES = 10;

const CSV_PENTING = 'enrollment/2025-06-apbd-pekerja-rentan.csv';
const XLSX = 'enrollment/2025-06-apbd-nelayan-petani.xlsx';
const CSV_APBD_P = 'enrollment/2025-09-apbd-p.csv';

/** The test's own header table, independent of stage 1's. */
const FIELD_OF_HEADER: Record<string, string> = {
  NIK: 'nik', NAMA: 'nama', 'NAMA LENGKAP': 'nama', KPJ: 'kpj', 'NO KPJ': 'kpj', TGL_LAHIR: 'lahir', 'TANGGAL LAHIR': 'lahir',
  JENIS_KELAMIN: 'jk', JK: 'jk', KECAMATAN: 'kec', KEC: 'kec', KELURAHAN: 'kel', KEL: 'kel', KATEGORI: 'kategori',
  'JENIS PEKERJAAN': 'kategori', TGL_KEPESERTAAN: 'mulai', TMT: 'mulai', STATUS: 'status', NO_HP: 'hp',
};

interface Row { file: string; nik: string; nama: string; kpj: string; lahir: string; jk: string; kec: string; kel: string; kategori: string; mulai: string; status: string }

const iso = (cell: unknown): string => {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = String(cell);
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : text;
};

function toRows(file: string, table: unknown[][]): Row[] {
  const [header, ...body] = table;
  const fields = (header ?? []).map((h) => FIELD_OF_HEADER[String(h)]);
  expect(fields, `${file} has a header the test does not know`).not.toContain(undefined);
  return body.map((cells) => {
    const row: Record<string, string> = { file };
    fields.forEach((f, i) => (row[f as string] = f === 'lahir' || f === 'mulai' ? iso(cells[i]) : String(cells[i])));
    return row as unknown as Row;
  });
}

async function readEnrollment(dir: string): Promise<Row[]> {
  const semicolon = parse(await readFile(join(dir, CSV_PENTING)), { bom: true, delimiter: ';' }) as string[][];
  const comma = parse(await readFile(join(dir, CSV_APBD_P)), { delimiter: ',' }) as string[][];
  const sheet = await readSheet(join(dir, XLSX));
  return [...toRows(CSV_PENTING, semicolon), ...toRows(XLSX, sheet.slice(2)), ...toRows(CSV_APBD_P, comma)];
}

const categoryKey = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

let dir = '';
let again = '';
let rows: Row[] = [];
let categoryOf: (kategori: string) => string | undefined;
let program: { asOfDate: string; categories: { id: string; batch: string; label: { id: string; en: string }; aliases: string[] }[]; batches: { id: string; start: string }[] };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sample-a-'));
  again = await mkdtemp(join(tmpdir(), 'sample-b-'));
  await generateSample(dir);
  await generateSample(again);
  rows = await readEnrollment(dir);
  program = JSON.parse(await readFile(PROGRAM_PATH, 'utf8'));
  const byKey = new Map<string, string>();
  for (const c of program.categories) for (const name of [c.label.id, c.label.en, ...c.aliases]) byKey.set(categoryKey(name), c.id);
  categoryOf = (kategori) => byKey.get(categoryKey(kategori));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(again, { recursive: true, force: true });
});

describe('generateSample(outDir)', () => {
  it('generateSample(dir) writes exactly the published number of active people per category', () => {
    const active = new Map<string, Set<string>>();
    for (const r of rows.filter((r) => r.status === 'AKTIF')) {
      const id = categoryOf(r.kategori) ?? `unknown:${r.kategori}`;
      active.set(id, (active.get(id) ?? new Set()).add(r.nik));
    }
    const counts = Object.fromEntries([...active].map(([id, niks]) => [id, niks.size]));
    expect(counts).toEqual(EXPECTED_ACTIVE);
    expect(Object.values(counts).reduce((a, n) => a + n, 0)).toBe(24_348);
  });

  it('generateSample(dir) writes every KATEGORI as a label or alias from program.json', () => {
    expect(rows.filter((r) => categoryOf(r.kategori) === undefined).map((r) => r.kategori)).toEqual([]);
  });

  it('generateSample(dir) writes synthetic NIKs: 16 digits, 2171 then 99, birth date (day + 40 for women) matching TGL_LAHIR', () => {
    for (const r of rows) {
      expect(r.nik).toMatch(/^217199\d{10}$/);
      const [y, m, d] = r.lahir.split('-');
      const day = String(Number(d) + (r.jk === 'P' ? 40 : 0)).padStart(2, '0');
      expect(r.nik.slice(6, 12), `${r.nik} vs ${r.lahir} ${r.jk}`).toBe(`${day}${m}${y?.slice(2)}`);
      expect(r.kpj).toMatch(/^99\d{9}$/);
      expect(r.nama).toMatch(/^PESERTA SINTETIS \d{6}/);
    }
  });

  it('generateSample(dir) repeats only the planted duplicates, each twice and describing the same person', () => {
    const byNik = new Map<string, Row[]>();
    for (const r of rows) byNik.set(r.nik, [...(byNik.get(r.nik) ?? []), r]);
    const repeated = [...byNik.values()].filter((list) => list.length > 1);
    expect(repeated).toHaveLength(PLANTED_DUPLICATES);
    for (const [first, second, ...more] of repeated) {
      expect(more).toEqual([]);
      // The phone column exists in one file only.
      const person = ({ file: _f, hp: _hp, ...rest }: Row & { hp?: string }) => rest;
      expect(person(second as Row)).toEqual(person(first as Row));
    }
    expect(repeated.some(([a, b]) => a?.file !== b?.file)).toBe(true);
    expect(repeated.some(([a, b]) => a?.file === b?.file)).toBe(true);
  });

  it('generateSample(dir) names only official Batam kecamatan and kelurahan (idn-area-data), upper-cased, each kelurahan in its kecamatan', async () => {
    const kecamatan = (await getDistricts()).filter((d) => d.regency_code === '21.71');
    const kecName = new Map(kecamatan.map((k) => [k.code, k.name.toUpperCase()]));
    const official = new Set((await getVillages()).filter((v) => kecName.has(v.district_code)).map((v) => `${kecName.get(v.district_code)}|${v.name.toUpperCase()}`));
    expect(official.size).toBe(64);
    const written = new Set(rows.map((r) => `${r.kec}|${r.kel}`));
    expect([...written].filter((pair) => !official.has(pair))).toEqual([]);
    expect(written.size).toBe(64);
  });

  it('generateSample(dir) gives each of the 64 kelurahan exactly one active LPM head', () => {
    const lpm = rows.filter((r) => r.status === 'AKTIF' && categoryOf(r.kategori) === 'ketua-lpm').map((r) => `${r.kec}|${r.kel}`);
    expect(new Set(lpm).size).toBe(64);
    expect(lpm).toHaveLength(64);
  });

  it('generateSample(dir) dates membership within each batch: APBD-P from 26 Sep 2025 (mostly on it), APBD from 1 Jun 2025', () => {
    const start = new Map(program.batches.map((b) => [b.id, b.start]));
    const batchOf = new Map(program.categories.map((c) => [c.id, c.batch]));
    for (const r of rows) {
      const batch = batchOf.get(categoryOf(r.kategori) ?? '') ?? '';
      expect(r.mulai >= (start.get(batch) ?? '9999') && r.mulai <= program.asOfDate, `${r.nik} ${r.mulai}`).toBe(true);
    }
    const apbdP = rows.filter((r) => batchOf.get(categoryOf(r.kategori) ?? '') === 'apbd-p-2025');
    const onLaunch = apbdP.filter((r) => r.mulai === '2025-09-26').length;
    expect(onLaunch / apbdP.length).toBeGreaterThan(0.5);
    expect(apbdP.some((r) => r.mulai.startsWith('2025-10'))).toBe(true);
    expect(apbdP.some((r) => r.mulai.startsWith('2025-11'))).toBe(true);
  });

  it('generateSample(dir) adds about 0.5 % non-active rows (NON AKTIF, MENINGGAL) and no other status', () => {
    const statuses = new Set(rows.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['AKTIF', 'MENINGGAL', 'NON AKTIF']);
    const share = rows.filter((r) => r.status !== 'AKTIF').length / rows.length;
    expect(share).toBeGreaterThan(0.003);
    expect(share).toBeLessThan(0.01);
  });

  it('generateSample(dir) writes the files as the exports look: BOM + CRLF + semicolons, plain comma CSV, XLSX header on row 3', async () => {
    const semicolon = await readFile(join(dir, CSV_PENTING));
    expect([...semicolon.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = semicolon.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFNIK;NAMA;KPJ;TGL_LAHIR;JENIS_KELAMIN;KECAMATAN;KELURAHAN;KATEGORI;TGL_KEPESERTAAN;STATUS;NO_HP');
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    const comma = await readFile(join(dir, CSV_APBD_P), 'utf8');
    expect(comma.charCodeAt(0)).not.toBe(0xfeff);
    expect(comma).toMatch(/,"PESERTA SINTETIS \d{6}, S\.PD\.I",/);
    const sheet = await readSheet(join(dir, XLSX));
    expect(String(sheet[0]?.[0])).toMatch(/^DAFTAR PESERTA/);
    expect(sheet[1]?.every((c) => c === null)).toBe(true);
    expect(sheet.slice(3).every((r) => typeof r[0] === 'string' && typeof r[2] === 'string' && r[3] instanceof Date)).toBe(true);
    for (const f of GENERATED_FILES.filter((p) => p.endsWith('.csv')))
      expect((await readFile(join(dir, f), 'utf8')).split(/\r?\n/).filter((l) => l.startsWith('#'))).toEqual([]);
  });

  it('generateSample(dir) writes kelurahan RT/RW/LPM targets at or above enrolment, with full and nearly full coverage', async () => {
    const targets = parse(await readFile(join(dir, 'targets.csv')), { columns: true }) as { kode_wilayah: string; kategori: string; sasaran: string }[];
    const byCodeThenCategory = (a: (typeof targets)[number], b: (typeof targets)[number]) =>
      a.kode_wilayah < b.kode_wilayah ? -1 : a.kode_wilayah > b.kode_wilayah ? 1 : a.kategori < b.kategori ? -1 : a.kategori > b.kategori ? 1 : 0;
    expect(targets).toEqual([...targets].sort(byCodeThenCategory));
    const kelurahanName = new Map((await getVillages()).map((v) => [v.code, v.name.toUpperCase()]));
    const enrolled = new Map<string, number>();
    for (const r of rows.filter((r) => r.status === 'AKTIF'))
      enrolled.set(`${r.kel}|${categoryOf(r.kategori)}`, (enrolled.get(`${r.kel}|${categoryOf(r.kategori)}`) ?? 0) + 1);
    const gaps: number[] = [];
    for (const t of targets.filter((t) => t.kode_wilayah.length === 13)) {
      expect(['ketua-rt', 'ketua-rw', 'ketua-lpm']).toContain(t.kategori);
      const gap = Number(t.sasaran) - (enrolled.get(`${kelurahanName.get(t.kode_wilayah)}|${t.kategori}`) ?? 0);
      expect(gap, `${t.kode_wilayah} ${t.kategori}`).toBeGreaterThanOrEqual(0);
      if (t.kategori === 'ketua-rt') gaps.push(gap);
    }
    expect(gaps).toHaveLength(64);
    expect(gaps).toContain(0);
    expect(gaps.some((g) => g >= 1 && g <= 4)).toBe(true);
    const rtTotal = targets.filter((t) => t.kategori === 'ketua-rt').reduce((a, t) => a + Number(t.sasaran), 0);
    expect(rtTotal).toBeGreaterThan(3209);
    expect(new Set(targets.filter((t) => t.kode_wilayah.length === 8).map((t) => t.kategori))).toEqual(new Set(['kader-posyandu', 'nelayan']));
  });

  it('generateSample(dir) writes JKK and JKM claims June–November 2025; JKM paid at Rp42 million or Rp10 million each', async () => {
    const claims = parse(await readFile(join(dir, 'claims.csv')), { columns: true }) as Record<string, string>[];
    expect(claims.length).toBeGreaterThan(20);
    for (const c of claims) {
      expect(c.tanggal! >= '2025-06-01' && c.tanggal! <= '2025-11-30').toBe(true);
      expect(c.kode_wilayah).toMatch(/^21\.71\.\d{2}\.\d{4}$/);
      expect(c.nilai_rupiah).toMatch(/^\d+$/);
      if (c.program === 'JKM') {
        const rest = Number(c.nilai_rupiah) - 10_000_000 * Number(c.jumlah_klaim);
        expect(rest % 32_000_000, JSON.stringify(c)).toBe(0);
      } else expect(c.program).toBe('JKK');
    }
  });

  it('generateSample(dir) writes populasi.csv with the real August 2013 residents of the 12 kecamatan (Riau Pos, 20 September 2013)', async () => {
    // As the article lists them, by kecamatan name; the test maps names to codes itself.
    const article: Record<string, number> = {
      'Batam Kota': 164525, 'Batu Aji': 124185, 'Batu Ampar': 88681, Sagulung: 175611, Sekupang: 137047, 'Lubuk Baja': 105784,
      Nongsa: 62336, 'Sei Beduk': 109527, 'Belakang Padang': 24343, Bengkong: 116473, Bulang: 11564, Galang: 16638,
    };
    const codeOf = new Map((await getDistricts()).filter((d) => d.regency_code === '21.71').map((d) => [d.name, d.code]));
    const rows = parse(await readFile(join(dir, 'populasi.csv')), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.kode_wilayah, Number(r.penduduk)]).sort()).toEqual(
      Object.entries(article).map(([name, n]) => [codeOf.get(name), n]).sort(),
    );
    expect(rows.reduce((s, r) => s + Number(r.penduduk), 0)).toBe(1_136_714);
    for (const r of rows) expect([r.sumber, r.tahun]).toEqual(['Dinas Kependudukan Kota Batam, Agustus 2013 (dikutip Riau Pos, 20 September 2013)', '2013']);
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toMatch(/populasi\.csv[\s\S]*August 2013[\s\S]*real published figures/);
  });

  it('generateSample(dir) writes the same bytes on a second run', async () => {
    for (const f of GENERATED_FILES) expect((await readFile(join(again, f))).equals(await readFile(join(dir, f))), f).toBe(true);
  });

  it('the committed data/sample files equal a fresh run (run `node scripts/generate-sample.ts` after changing the generator)', async () => {
    for (const f of GENERATED_FILES) expect((await readFile(join(DEFAULT_SAMPLE_DIR, f))).equals(await readFile(join(dir, f))), f).toBe(true);
  });
});

describe('apportion(total, weights, minimum)', () => {
  it('apportion(10, [1, 1, 1]) sums to 10 and gives the extra unit to the earliest tie', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });
  it('apportion(5, [0, 100], 1) gives every part the minimum first', () => {
    expect(apportion(5, [0, 100], 1)).toEqual([1, 4]);
  });
  it('apportion(7, [0.2, 0.5, 0.3]) follows the largest remainders', () => {
    // Quotas 1.4, 3.5, 2.1: floors sum to 6, the one left goes to the largest remainder (0.5).
    expect(apportion(7, [0.2, 0.5, 0.3])).toEqual([1, 4, 2]);
  });
});

describe('csvField(value, delimiter)', () => {
  it('csvField quotes only delimiters, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('PESERTA 1, S.PD', ',')).toBe('"PESERTA 1, S.PD"');
    expect(csvField('PESERTA 1, S.PD', ';')).toBe('PESERTA 1, S.PD');
    expect(csvField('ALS "ABANG"', ';')).toBe('"ALS ""ABANG"""');
    expect(csvField('BATAM KOTA', ';')).toBe('BATAM KOTA');
  });
});
