import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRegionSample } from '../../scripts/sample/region-sample.ts';
import { loadRegionIndex } from '../../src/pipeline/load/official-areas.ts';
import { Program } from '../../src/schemas/program.ts';
import { readEnrollmentPeople, type EnrollmentPerson } from '../helpers/enrollment-people.ts';
import { runOn } from '../helpers/stage1.ts';

let work: string;
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'region-sample-'));
});

/** Kabupaten Bintan, mostly desa; Kota Surabaya, 153 kelurahan. */
describe.for([
  { code: '21.01', name: 'Kabupaten Bintan' },
  { code: '35.78', name: 'Kota Surabaya' },
])('generateRegionSample("$code") ($name)', ({ code, name }) => {
  let dir: string;
  let people: EnrollmentPerson[];
  beforeAll(async () => {
    dir = join(work, code);
    await generateRegionSample(code, dir);
    people = await readEnrollmentPeople(dir);
  });

  it(`generateRegionSample("${code}") writes a synthetic program.json for ${name} that the program schema accepts`, async () => {
    const program = Program.parse(JSON.parse(await readFile(join(dir, 'program.json'), 'utf8')));
    expect(program.region).toEqual({ code, name });
    expect(program.synthetic).toBe(true);
    expect(program.source.id).toMatch(/sintetis/i);
    expect(program.source.en).toMatch(/synthetic/i);
  });

  it(`generateRegionSample("${code}") writes NIKs of 16 digits with the region's digits and 99 as kecamatan, each once`, () => {
    expect(people.length).toBeGreaterThan(500);
    expect(people.length).toBeLessThan(10_000);
    for (const p of people) expect(p.nik).toMatch(new RegExp(`^${code.replace('.', '')}99\\d{10}$`));
    expect(new Set(people.map((p) => p.nik)).size).toBe(people.length);
  });

  it(`generateRegionSample("${code}") spreads people over every official kecamatan and most villages`, async () => {
    const index = await loadRegionIndex(code);
    const kecamatan = new Set(index.kecamatan.map((k) => k.name.toUpperCase()));
    expect(new Set(people.map((p) => p.kecamatan))).toEqual(kecamatan);
    const villages = new Set(people.map((p) => `${p.kecamatan}|${p.kelurahan}`));
    expect(villages.size).toBeGreaterThan(index.kelurahan.length * 0.9);
  });

  it(`stage 1 accepts the sample of ${name}: every row read, every active person counted, targets and claims taken`, async () => {
    const { result } = await runOn(dir);
    expect(result.fatal).toEqual([]);
    expect(result.log.errorCount).toBe(0);
    expect(result.counts.rowsRead).toBe(people.length);
    expect(result.counts.activePeople).toBe(people.filter((p) => p.status === 'AKTIF').length);
    expect(result.counts.activePeople + result.counts.nonActivePeople).toBe(people.length);
    expect(result.counts.duplicateRows).toBe(0);
    const targets = parse(await readFile(join(dir, 'targets.csv'), 'utf8'), { columns: true }) as unknown[];
    const claims = parse(await readFile(join(dir, 'claims.csv'), 'utf8'), { columns: true }) as unknown[];
    expect(targets.length).toBeGreaterThan(0);
    expect(claims.length).toBeGreaterThan(0);
  });

  it(`generateRegionSample("${code}") writes the same bytes twice, and other bytes with another seed`, async () => {
    const again = join(work, `${code}-again`);
    const seeded = join(work, `${code}-seed`);
    await generateRegionSample(code, again);
    await generateRegionSample(code, seeded, 7);
    const csv = 'enrollment/2025-06-apbd-peserta.csv';
    expect(await readFile(join(again, csv))).toEqual(await readFile(join(dir, csv)));
    expect(await readFile(join(again, 'enrollment/2025-06-apbd-nelayan-petani.xlsx'))).toEqual(await readFile(join(dir, 'enrollment/2025-06-apbd-nelayan-petani.xlsx')));
    expect((await readFile(join(seeded, csv))).equals(await readFile(join(dir, csv)))).toBe(false);
  });
});

describe('npm run sample options', () => {
  it('npm run sample -- --region <code> --out <folder> writes the region sample and lists its files', () => {
    const out = join(work, 'cli');
    const run = spawnSync(process.execPath, ['scripts/generate-sample.ts', '--region', '21.01', '--out', out, '--seed', '3'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/enrollment\/2025-06-apbd-peserta\.csv: [\d,]+ rows/);
  });

  it('npm run sample -- --seed without --region fails: the demo keeps its own seed', () => {
    const run = spawnSync(process.execPath, ['scripts/generate-sample.ts', '--seed', '3'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--seed goes with --region');
  });
});
