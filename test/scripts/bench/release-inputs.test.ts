import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMethod, writeReleaseInputs, type ReleaseInput } from '../../../scripts/bench/release-inputs.ts';
import { demoSample } from '../../../scripts/sample/demo-sample.ts';
import { monthlyExports } from '../../../scripts/sample/monthly-exports.ts';
import { readEnrollmentPeople, type EnrollmentPerson } from '../../helpers/enrollment-people.ts';
import { runInTurn } from '../../helpers/stage1.ts';

const MONTH_ENDS = [
  '2025-06-30', '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31', '2025-11-30',
  '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31',
];

let work = '';
let inputs: ReleaseInput[] = [];
/** Per release: NIK → the first row of that NIK, read from the written files (not the generator's model). */
let people: Map<string, EnrollmentPerson>[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'release-inputs-'));
  inputs = await writeReleaseInputs(join(work, 'a'));
  people = [];
  for (const input of inputs) {
    const byNik = new Map<string, EnrollmentPerson>();
    for (const p of await readEnrollmentPeople(input.dir)) if (!byNik.has(p.nik)) byNik.set(p.nik, p);
    people.push(byNik);
  }
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function files(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) out.set(relative(dir, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name)));
  return out;
}

const active = (release: Map<string, EnrollmentPerson>) => new Set([...release].filter(([, p]) => p.status === 'AKTIF').map(([nik]) => nik));

describe('writeReleaseInputs(dir): twelve monthly input folders of the demo with churn', () => {
  it('writeReleaseInputs(dir) writes one input folder per month end from June 2025 to May 2026, each as data/sample has it', async () => {
    expect(inputs.map((i) => i.asOfDate)).toEqual(MONTH_ENDS);
    const sampleProgram = JSON.parse(await readFile('data/sample/program.json', 'utf8'));
    for (const input of inputs) {
      expect([...(await files(input.dir)).keys()].sort()).toEqual([
        'claims.csv', 'enrollment/2025-06-apbd-nelayan-petani.xlsx', 'enrollment/2025-06-apbd-pekerja-rentan.csv',
        'enrollment/2025-09-apbd-p.csv', 'populasi.csv', 'program.json', 'targets.csv',
      ]);
      expect(JSON.parse(await readFile(join(input.dir, 'program.json'), 'utf8'))).toEqual({ ...sampleProgram, asOfDate: input.asOfDate });
    }
  });

  it('writeReleaseInputs(dir) writes the same bytes again with the same seed; October and November are the demo\'s own exports', async () => {
    const again = await writeReleaseInputs(join(work, 'b'));
    expect((await files(join(work, 'b'))).size).toBe((await files(join(work, 'a'))).size);
    for (const [path, bytes] of await files(join(work, 'a'))) expect((await readFile(join(work, 'b', path))).equals(bytes), path).toBe(true);
    expect(again.map((i) => i.asOfDate)).toEqual(MONTH_ENDS);
    for (const [demoDir, month] of [['data/sample-2025-10', '2025-10-31'], ['data/sample', '2025-11-30']] as const)
      for (const [path, bytes] of await files(join(work, 'a', month)))
        if (path !== 'program.json') expect((await readFile(join(demoDir, path))).equals(bytes), `${month}/${path}`).toBe(true);
  });

  it('monthlyExports(demo, { seed }) draws other churn with another seed, from the same demo people', async () => {
    const demo = await demoSample();
    const [mine, other] = [monthlyExports(demo, { seed: 1 }), monthlyExports(demo, { seed: 2 })];
    const niks = (rows: (typeof mine)[number]['rows']) => rows.map((r) => r.person.nik).join();
    expect(niks(mine[11]!.rows)).not.toBe(niks(other[11]!.rows));
    expect(niks(mine[5]!.rows)).toBe(niks(other[5]!.rows));
  });

  it('writeReleaseInputs(dir) writes only synthetic NIKs: 16 digits with 99 in digits 5–6', () => {
    for (const release of people) for (const nik of release.keys()) expect(nik).toMatch(/^\d{4}99\d{10}$/);
  });

  it('writeReleaseInputs(dir): in each projected month about 1% of the active people leave and about 2.5% join, besides successors', () => {
    for (let i = 6; i < inputs.length; i++) {
      const [before, now] = [active(people[i - 1]!), active(people[i]!)];
      const left = [...before].filter((nik) => !now.has(nik)).length / before.size;
      const joined = [...now].filter((nik) => !before.has(nik)).length / before.size;
      expect(left, inputs[i]!.asOfDate).toBeGreaterThan(0.008);
      expect(left, inputs[i]!.asOfDate).toBeLessThan(0.012);
      // 2.5% new people, and successors for the RT/RW/LPM heads and posyandu cadres who left (a third of the leavers).
      expect(joined, inputs[i]!.asOfDate).toBeGreaterThan(0.024);
      expect(joined, inputs[i]!.asOfDate).toBeLessThan(0.032);
      // Leavers are marked non-active or removed from the export.
      const gone = [...before].filter((nik) => !people[i]!.has(nik)).length / before.size;
      expect(gone).toBeGreaterThan(0.001);
      expect(gone).toBeLessThan(left);
    }
  });

  it('writeReleaseInputs(dir): nobody becomes active again once non-active, and every successor takes a vacated post', () => {
    for (let i = 1; i < inputs.length; i++) {
      const back = [...people[i]!].filter(([nik, p]) => p.status === 'AKTIF' && people[i - 1]!.get(nik)?.status === 'NON AKTIF');
      expect(back.map(([nik]) => nik), inputs[i]!.asOfDate).toEqual([]);
    }
    const heads = (release: Map<string, EnrollmentPerson>) => [...release.values()].filter((p) => p.status === 'AKTIF' && /^(KETUA )?(RT|RW|LPM)$/.test(p.kategori)).length;
    // Every head who leaves is followed within 45 days, so the count of heads changes by a few at most.
    for (let i = 6; i < inputs.length; i++) expect(Math.abs(heads(people[i]!) - heads(people[5]!)), inputs[i]!.asOfDate).toBeLessThan(40);
  });

  it('stage 1 accepts the first and the last projected month, in order into one published folder', async () => {
    const { results } = await runInTurn(inputs[6]!.dir, inputs[11]!.dir);
    for (const result of results) {
      expect(result.fatal).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.log.errorCount).toBe(0);
    }
    expect(results[1]!.counts.activePeople).toBe(active(people[11]!).size);
  });

  it('setMethod(folder, method) sets disclosure.method in program.json and keeps every other field', async () => {
    const before = JSON.parse(await readFile(join(inputs[0]!.dir, 'program.json'), 'utf8'));
    await setMethod(inputs[0]!.dir, 'cell-key');
    const after = JSON.parse(await readFile(join(inputs[0]!.dir, 'program.json'), 'utf8'));
    expect(after).toEqual({ ...before, disclosure: { ...before.disclosure, method: 'cell-key' } });
  });
});
