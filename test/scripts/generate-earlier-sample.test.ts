import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { getDistricts, getVillages } from 'idn-area-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EARLIER_DIR, DEFAULT_SAMPLE_DIR, EARLIER_GENERATED_FILES, generateEarlierSample } from '../../scripts/generate-sample.ts';
import { readEnrollmentPeople, type EnrollmentPerson } from '../helpers/enrollment-people.ts';

const EARLIER = '2025-10-31';

let dir = '';
let again = '';
let oct: EnrollmentPerson[] = [];
let nov: EnrollmentPerson[] = [];
let categoryOf: (kategori: string) => string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sample-earlier-a-'));
  again = await mkdtemp(join(tmpdir(), 'sample-earlier-b-'));
  await generateEarlierSample(dir);
  await generateEarlierSample(again);
  oct = await readEnrollmentPeople(dir);
  nov = await readEnrollmentPeople(DEFAULT_SAMPLE_DIR);
  const program = JSON.parse(await readFile(join(DEFAULT_SAMPLE_DIR, 'program.json'), 'utf8'));
  const key = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const byKey = new Map<string, string>();
  for (const c of program.categories) for (const name of [c.id, c.label.id, c.label.en, ...c.aliases]) byKey.set(key(name), c.id);
  categoryOf = (kategori) => byKey.get(key(kategori)) ?? `unknown ${kategori}`;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(again, { recursive: true, force: true });
});

/** The first row of each NIK, as stage 1 counts people. */
const byNik = (people: EnrollmentPerson[]) => {
  const first = new Map<string, EnrollmentPerson>();
  for (const p of people) if (!first.has(p.nik)) first.set(p.nik, p);
  return first;
};

describe('generateEarlierSample(outDir): the same people, exported on 31 October 2025', () => {
  it('generateEarlierSample(dir) copies program.json with only the as-of date changed to 2025-10-31', async () => {
    const later = await readFile(join(DEFAULT_SAMPLE_DIR, 'program.json'), 'utf8');
    const earlier = await readFile(join(dir, 'program.json'), 'utf8');
    expect(earlier).toBe(later.replace('"asOfDate": "2025-11-30"', `"asOfDate": "${EARLIER}"`));
    expect(JSON.parse(earlier).asOfDate).toBe(EARLIER);
  });

  it('generateEarlierSample(dir) lists only synthetic NIKs of people in the later export, with cover started by 31 October', () => {
    const later = byNik(nov);
    expect(oct.length).toBeGreaterThan(20_000);
    expect(oct.filter((p) => !/^217199\d{10}$/.test(p.nik))).toEqual([]);
    expect(oct.filter((p) => !later.has(p.nik)).map((p) => p.nik)).toEqual([]);
    expect(oct.filter((p) => !(p.tglKepesertaan <= EARLIER))).toEqual([]);
    // Everyone keeps their start date, name and KPJ.
    for (const p of byNik(oct).values()) expect([p.tglKepesertaan, p.nama, p.kpj]).toEqual([later.get(p.nik)!.tglKepesertaan, later.get(p.nik)!.nama, later.get(p.nik)!.kpj]);
  });

  it('generateEarlierSample(dir) leaves out exactly 12 late registrations: active later, cover backdated into October', () => {
    const earlier = byNik(oct);
    const missing = [...byNik(nov).values()].filter((p) => p.tglKepesertaan <= EARLIER && !earlier.has(p.nik));
    expect(missing).toHaveLength(12);
    for (const p of missing) {
      expect(p.status).toBe('AKTIF');
      expect(p.tglKepesertaan > '2025-10-01').toBe(true);
    }
  });

  it('generateEarlierSample(dir) writes a handful of people as still active who are non-active later, and nobody the other way round', () => {
    const later = byNik(nov);
    const becameNonActive = [...byNik(oct).values()].filter((p) => p.status === 'AKTIF' && later.get(p.nik)!.status !== 'AKTIF');
    expect(becameNonActive.length).toBeGreaterThanOrEqual(10);
    expect(becameNonActive.length).toBeLessThanOrEqual(80);
    expect([...byNik(oct).values()].filter((p) => p.status !== 'AKTIF' && later.get(p.nik)!.status === 'AKTIF')).toEqual([]);
  });

  it('generateEarlierSample(dir) writes 3 cadres as posyandu and 3 drivers in another kelurahan of the same kecamatan, corrected later', () => {
    const later = byNik(nov);
    const changed = [...byNik(oct).values()].filter((p) => {
      const q = later.get(p.nik)!;
      return p.kategori !== q.kategori || p.kelurahan !== q.kelurahan || p.kecamatan !== q.kecamatan;
    });
    const describe = (p: EnrollmentPerson) => {
      const q = later.get(p.nik)!;
      if (p.kategori !== q.kategori) return `${categoryOf(p.kategori)} → ${categoryOf(q.kategori)}`;
      return p.kecamatan === q.kecamatan ? `kelurahan moved within the kecamatan (${categoryOf(p.kategori)})` : 'kecamatan changed';
    };
    expect(changed.map(describe).sort()).toEqual([
      ...Array(3).fill('kader-posyandu → kader-siaga-kelurahan'),
      ...Array(3).fill('kelurahan moved within the kecamatan (ojek-online)'),
    ]);
  });

  it('generateEarlierSample(dir) keeps targets.csv and gives the claims paid by 31 October; no active count passes its target', async () => {
    expect(await readFile(join(dir, 'targets.csv'), 'utf8')).toBe(await readFile(join(DEFAULT_SAMPLE_DIR, 'targets.csv'), 'utf8'));
    const claims = (d: string) => readFile(join(d, 'claims.csv'), 'utf8').then((t) => parse(t, { columns: true }) as Record<string, string>[]);
    const later = await claims(DEFAULT_SAMPLE_DIR);
    expect(await claims(dir)).toEqual(later.filter((c) => c.tanggal! <= EARLIER));

    const kecName = new Map((await getDistricts()).filter((d) => d.regency_code === '21.71').map((d) => [d.code, d.name.toUpperCase()]));
    const code = new Map((await getVillages()).filter((v) => kecName.has(v.district_code)).map((v) => [`${kecName.get(v.district_code)}|${v.name.toUpperCase()}`, v.code]));
    const counts = new Map<string, number>();
    for (const p of byNik(oct).values()) {
      if (p.status !== 'AKTIF') continue;
      const kel = code.get(`${p.kecamatan}|${p.kelurahan}`)!;
      for (const area of [kel, kel.slice(0, 8)]) counts.set(`${area}|${categoryOf(p.kategori)}`, (counts.get(`${area}|${categoryOf(p.kategori)}`) ?? 0) + 1);
    }
    const targets = parse(await readFile(join(dir, 'targets.csv')), { columns: true }) as { kode_wilayah: string; kategori: string; sasaran: string }[];
    expect(targets.length).toBeGreaterThan(200);
    const over = targets.filter((t) => (counts.get(`${t.kode_wilayah}|${t.kategori}`) ?? 0) > Number(t.sasaran));
    expect(over).toEqual([]);
  });

  it('generateEarlierSample(dir) writes the same bytes on a second run, and the committed data/sample-2025-10 equals a fresh run', async () => {
    for (const f of EARLIER_GENERATED_FILES) {
      const fresh = await readFile(join(dir, f));
      expect((await readFile(join(again, f))).equals(fresh), f).toBe(true);
      expect((await readFile(join(DEFAULT_EARLIER_DIR, f))).equals(fresh), `${f}: run \`npm run sample\` and commit data/sample-2025-10`).toBe(true);
    }
  });
});
