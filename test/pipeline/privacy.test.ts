import { beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { readEnrollmentPeople, type EnrollmentPerson } from '../helpers/enrollment-people.ts';
import {
  PLANTED, backgroundPeople, sampleWithPlantedPeople, smallInputWithPlantedPeople, traceNeedles,
} from '../helpers/planted-people.ts';
import {
  demographicsBelowKecamatan, hiddenBySubtractionOnly, sensitiveBelowKecamatan, smallComplements, smallCounts, thresholdsOf,
} from '../helpers/published-checks.ts';
import { readJson, readTree, runOn } from '../helpers/stage1.ts';
import { findTraces, nikNeedles, type Needle } from '../helpers/trace-search.ts';

const plantedNeedles = PLANTED.flatMap(traceNeedles);
const [BECAK, IMAM, ELDER] = PLANTED as [typeof PLANTED[0], typeof PLANTED[0], typeof PLANTED[0]];

const SCENARIOS = [
  ['data/sample + planted people', sampleWithPlantedPeople],
  ['a small input + planted people', smallInputWithPlantedPeople],
] as const;

describe.each(SCENARIOS)('runStage1(%s)', (_name, makeInput) => {
  let inDir = '';
  let run: Awaited<ReturnType<typeof runOn>>;
  let tree: Map<string, Buffer>;

  beforeAll(async () => {
    inDir = await makeInput();
    run = await runOn(inDir);
    tree = run.result.ok ? await readTree(run.outDir) : new Map();
  });

  it('runStage1(input) accepts every planted row and publishes', () => {
    expect(run.result.fatal).toEqual([]);
    expect(run.result.ok).toBe(true);
    const planted = run.result.log.problems.filter((p) => p.file === 'enrollment/zz-planted.csv');
    // The only remark on the planted file is the deliberate repeat of the first person (line 5).
    expect(planted.map((p) => `${p.severity}|${p.row}|${p.column}`)).toEqual(['notice|5|NIK']);
    expect([...tree.keys()]).toEqual(expect.arrayContaining(['enrollment.json', 'demographics.json', 'csv/peserta-per-wilayah.csv']));
  });

  it('runStage1(input) leaves no trace of a planted person in any byte of any output file', () => {
    expect(tree.size).toBeGreaterThan(10);
    expect(findTraces(tree, plantedNeedles)).toEqual([]);
  });

  it('runStage1(input) writes the report outside the output folder, and the same search finds the planted NIK in it', async () => {
    const rel = relative(run.outDir, run.reportPath);
    expect(rel.startsWith('..') || isAbsolute(rel)).toBe(true);
    const report = new Map([['report.csv', await readFile(run.reportPath)]]);
    const found = findTraces(report, traceNeedles(BECAK)).map((t) => t.what);
    expect(found).toContain(`${BECAK.nama}: NIK`);
  });

  it('runStage1(input) publishes no count from 1 to k−1 (kSensitive for sensitive categories), at kelurahan level or any other', async () => {
    const t = await thresholdsOf(inDir);
    expect(t.k).toBeGreaterThan(1);
    expect(t.sensitive.has(IMAM.categoryId)).toBe(true);
    expect(await smallCounts(run.outDir, t)).toEqual([]);
    expect(await smallComplements(run.outDir, t)).toEqual([]);
  });

  it('runStage1(input) never publishes exactly the cells each planted person would stand out in', async () => {
    const cells: any[] = (await readJson(run.outDir, 'enrollment.json')).cells;
    const cell = (code: string, category: string) => cells.find((c) => c.code === code && c.category === category);
    // The lone becak puller of Karas: the cell exists and is approximate (the cell key method) or hidden.
    const becak = cell(BECAK.kelurahanCode, BECAK.categoryId);
    expect(becak).toMatchObject({ level: 'kelurahan' });
    expect(becak.count === null || becak.approximate.includes('count'), JSON.stringify(becak)).toBe(true);
    // The imam: socio-religious work is never published per kelurahan.
    expect(cell(IMAM.kelurahanCode, IMAM.categoryId)).toMatchObject({ level: 'kelurahan', count: null });
  });

  it('runStage1(input) publishes sex and age only for the kota and kecamatan', async () => {
    const rows: any[] = (await readJson(run.outDir, 'demographics.json')).rows;
    expect(rows.some((r) => r.level === 'kecamatan')).toBe(true);
    expect(await demographicsBelowKecamatan(run.outDir)).toEqual([]);
  });

  it('runStage1(input) publishes no socio-religious count below kecamatan level', async () => {
    const t = await thresholdsOf(inDir);
    const cells: any[] = (await readJson(run.outDir, 'enrollment.json')).cells;
    expect(cells.filter((c) => c.level === 'kelurahan' && t.sensitive.has(c.category)).length).toBeGreaterThan(0);
    expect(await sensitiveBelowKecamatan(run.outDir, t)).toEqual([]);
  });

  it('runStage1(input) leaves no hidden count one subtraction away from published ones', async () => {
    expect(await hiddenBySubtractionOnly(run.outDir)).toEqual([]);
  });
});

describe('runStage1(data/sample + planted people): the premises of the plant', () => {
  it('the sample has no becak puller in kelurahan Karas, so the planted one is alone there', async () => {
    const program = JSON.parse(await readFile('data/sample/program.json', 'utf8'));
    const becak = program.categories.find((c: any) => c.id === BECAK.categoryId);
    const names = new Set([becak.id, becak.label.id, becak.label.en, ...becak.aliases].map((n: string) => n.toUpperCase()));
    expect(names.has(BECAK.kategori)).toBe(true);
    const people = await readEnrollmentPeople('data/sample');
    expect(people.length).toBeGreaterThan(20_000);
    expect(people.filter((p) => names.has(p.kategori.toUpperCase())).length).toBeGreaterThan(100);
    expect(people.filter((p) => names.has(p.kategori.toUpperCase()) && p.kelurahan.toUpperCase() === BECAK.kelurahan)).toEqual([]);
  });

  it('every planted NIK, KPJ and name is new to the sample', async () => {
    const people = await readEnrollmentPeople('data/sample');
    const known = new Set(people.flatMap((p) => [p.nik, p.kpj, p.nama]));
    expect(PLANTED.flatMap((p) => [p.nik, p.kpj, p.nama]).filter((v) => known.has(v))).toEqual([]);
  });

  it('runStage1(data/sample + planted people) counts exactly three more active people than runStage1(data/sample)', async () => {
    const planted = await runOn(await sampleWithPlantedPeople());
    const plain = await runOn('data/sample');
    expect(planted.result.counts.activePeople - plain.result.counts.activePeople).toBe(PLANTED.length);
  });
});

// In data/sample every kecamatan has people in every age band, so nobody planted there can be alone in one;
// a small input with the same program.json makes that case.
describe('runStage1(a small input + planted people): the 94-year-old alone in her age band in Bulang', () => {
  it('runStage1(small input) never publishes Bulang\'s 65+ count exactly, where she is the only one', async () => {
    const inDir = await smallInputWithPlantedPeople();
    const people = await readEnrollmentPeople(inDir);
    const bulang = people.filter((p) => p.kecamatan === ELDER.kecamatan);
    expect(bulang.length).toBeGreaterThan(10);
    const bornBy = (p: { tglLahir: string }) => p.tglLahir <= '1960-11-30'; // 65 or older on the as-of date, 2025-11-30
    expect(backgroundPeople().filter((p) => p.kecamatan === ELDER.kecamatan && bornBy(p))).toEqual([]);
    expect(PLANTED.filter((p) => p.kecamatan === ELDER.kecamatan && bornBy(p))).toEqual([ELDER]);
    const { outDir } = await runOn(inDir);
    const rows: any[] = (await readJson(outDir, 'demographics.json')).rows;
    const band = (code: string) => rows.find((r) => r.code === code && r.dimension === 'kelompok_umur' && r.group === '65+');
    const exact = (r: any) => r.count !== null && !r.approximate.includes('count');
    expect(band('21.71.05')).toMatchObject({ level: 'kecamatan' });
    expect(exact(band('21.71.05'))).toBe(false);
    // If the city's 65+ is exact, a second kecamatan's 65+ must not be exact either, or subtraction gives her away.
    const inexact = rows.filter((r) => r.level === 'kecamatan' && r.dimension === 'kelompok_umur' && r.group === '65+' && !exact(r));
    if (exact(band('21.71'))) expect(inexact.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the privacy checks themselves catch a leak', () => {
  let clean = '';
  beforeAll(async () => {
    clean = (await runOn(await smallInputWithPlantedPeople())).outDir;
  });

  /** A copy of a clean published folder, with one file changed by `edit`. */
  async function tampered(file: string, edit: (json: any) => void): Promise<string> {
    const copy = join(await mkdtemp(join(tmpdir(), 'tampered-')), 'published');
    await cp(clean, copy, { recursive: true });
    const json = JSON.parse(await readFile(join(copy, file), 'utf8'));
    edit(json);
    await writeFile(join(copy, file), JSON.stringify(json));
    return copy;
  }

  it('findTraces(...) finds every planted needle written into a copy of the output', async () => {
    const dir = await tampered('metadata.json', (j) => {
      j.leak = plantedNeedles.map((n) => n.text);
    });
    const found = new Set(findTraces(await readTree(dir), plantedNeedles).map((t) => `${t.file}|${t.what}`));
    expect(plantedNeedles.filter((n) => !found.has(`metadata.json|${n.what}`))).toEqual([]);
  });

  it('smallCounts(...) reports a kelurahan count of 1 published exactly', async () => {
    const t = await thresholdsOf('data/sample');
    const dir = await tampered('enrollment.json', (j) => {
      const cell = j.cells.find((c: any) => c.code === BECAK.kelurahanCode && c.category === BECAK.categoryId);
      cell.count = 1;
      cell.approximate = [];
    });
    expect(await smallCounts(dir, t)).toEqual([`enrollment.json kelurahan ${BECAK.kelurahanCode} ${BECAK.categoryId}: 1`]);
  });

  it('sensitiveBelowKecamatan(...) reports a kelurahan socio-religious count of 12', async () => {
    const t = await thresholdsOf('data/sample');
    const dir = await tampered('enrollment.json', (j) => {
      j.cells.find((c: any) => c.code === IMAM.kelurahanCode && c.category === IMAM.categoryId).count = 12;
    });
    expect(await sensitiveBelowKecamatan(dir, t)).toHaveLength(1);
  });

  it('demographicsBelowKecamatan(...) reports a kelurahan age row', async () => {
    const dir = await tampered('demographics.json', (j) => {
      j.rows.push({ level: 'kelurahan', code: ELDER.kelurahanCode, dimension: 'kelompok_umur', group: '65+', count: 0 });
    });
    expect(await demographicsBelowKecamatan(dir)).toHaveLength(1);
  });

  it('hiddenBySubtractionOnly(...) reports a hidden count whose sum and other terms are published', async () => {
    const dir = await tampered('demographics.json', (j) => {
      const men = j.rows.find((r: any) => r.level === 'kota' && r.dimension === 'jenis_kelamin' && r.group === 'L');
      const women = j.rows.find((r: any) => r.level === 'kota' && r.dimension === 'jenis_kelamin' && r.group === 'P');
      expect([typeof men.count, typeof women.count]).toEqual(['number', 'number']);
      // Women shown exactly (an approximate value is not a term a reader can subtract), men hidden.
      women.approximate = [];
      men.count = null;
    });
    // And the city total shown exactly (in this small input a small category's city count makes it approximate).
    const enrollment = JSON.parse(await readFile(join(dir, 'enrollment.json'), 'utf8'));
    enrollment.cells.find((c: any) => c.level === 'kota' && c.category === 'semua').approximate = [];
    await writeFile(join(dir, 'enrollment.json'), JSON.stringify(enrollment));
    expect(await hiddenBySubtractionOnly(dir)).toContain('demographics 21.71|jenis_kelamin|L = enrollment 21.71|semua #jenis_kelamin − the other 1 terms');
  });
});

describe('the committed data/published holds no trace of anyone in the committed data/sample', () => {
  let people: EnrollmentPerson[] = [];
  const needlesOf = (p: EnrollmentPerson): Needle[] => [
    ...nikNeedles(p.nik),
    { what: 'KPJ', text: p.kpj },
    { what: 'name', text: p.nama },
    // Names carry a title after a comma ("…, S.PD"); the bare name counts too.
    { what: 'name without title', text: p.nama.split(',')[0]!.trim() },
    ...(p.noHp ? [{ what: 'phone', text: p.noHp }, { what: 'phone digits', text: p.noHp.replace(/\D/g, '') }] : []),
  ].map((n) => ({ ...n, what: `${p.file} ${p.nik}: ${n.what}` }));

  beforeAll(async () => {
    people = await readEnrollmentPeople('data/sample');
  });

  it('readEnrollmentPeople(data/sample) reads every row of the CSV and XLSX files, with their identifiers', () => {
    const files = new Set(people.map((p) => p.file));
    expect(files).toEqual(new Set(['enrollment/2025-06-apbd-nelayan-petani.xlsx', 'enrollment/2025-06-apbd-pekerja-rentan.csv', 'enrollment/2025-09-apbd-p.csv']));
    expect(people.length).toBeGreaterThan(24_000);
    expect(people.filter((p) => !/^\d{16}$/.test(p.nik) || !/^\d{11}$/.test(p.kpj) || p.nama === '')).toEqual([]);
    expect(people.filter((p) => p.noHp !== '').length).toBeGreaterThan(3_000);
  });

  it('findTraces(data/published, every sample person) finds no NIK, NIK fragment or digest, KPJ, name or phone', async () => {
    const found = findTraces(await readTree('data/published'), people.flatMap(needlesOf));
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('findTraces(data/published with every kept release under rilis/, every person of both demo exports) finds nothing', async () => {
    const tree = await readTree('data/published');
    const releases = new Set([...tree.keys()].filter((p) => p.startsWith('rilis/')).map((p) => p.split('/')[1]));
    expect([...releases].sort()).toEqual(['2025-10-31', '2025-11-30']);
    const earlier = await readEnrollmentPeople('data/sample-2025-10');
    expect(earlier.length).toBeGreaterThan(20_000);
    expect(findTraces(tree, earlier.flatMap(needlesOf)).slice(0, 20)).toEqual([]);
  });

  it.each(['2025-10-31', '2025-11-30'])('the committed release rilis/%s publishes no small count, small complement, sensitive or demographic detail, or one-subtraction value', async (date) => {
    const dir = `data/published/rilis/${date}`;
    const t = await thresholdsOf('data/sample');
    expect(await smallCounts(dir, t)).toEqual([]);
    expect(await smallComplements(dir, t)).toEqual([]);
    expect(await sensitiveBelowKecamatan(dir, t)).toEqual([]);
    expect(await demographicsBelowKecamatan(dir)).toEqual([]);
    expect(await hiddenBySubtractionOnly(dir)).toEqual([]);
  });

  it('findTraces(...) finds every form of identifier written into a copy of data/published (the search works)', async () => {
    const tree = await readTree('data/published');
    const leaked = people.filter((_, i) => i % 1000 === 0).flatMap(needlesOf);
    const metadata = tree.get('metadata.json')!.toString('utf8');
    tree.set('metadata.json', Buffer.from(metadata.replace('"areas":', `"leak":${JSON.stringify(leaked.map((n) => n.text))},"areas":`)));
    const found = new Set(findTraces(tree, people.flatMap(needlesOf)).map((t) => `${t.file}|${t.what}`));
    expect(leaked.length).toBeGreaterThan(100);
    expect(leaked.filter((n) => !found.has(`metadata.json|${n.what}`))).toEqual([]);
  });
});
