import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseTable, summaryTable, type MethodResult } from '../../../scripts/bench/benchmark-tables.ts';
import { readPublishedRelease } from '../../../scripts/bench/published-release.ts';
import { releaseMetrics } from '../../../scripts/bench/release-metrics.ts';
import { trueCounts } from '../../../scripts/bench/true-counts.ts';
import type { EnrollmentRow } from '../../../scripts/sample/enrollment-people.ts';
import type { SyntheticPerson } from '../../../scripts/sample/synthetic-person.ts';

/**
 * A hand-made release of a region with one kecamatan (99.01) of two kelurahan, and two categories: "rt" published
 * at kelurahan level (with targets) and "imam" at kecamatan level only. Schema v2: `approximate` lists noisy fields.
 */
const cell = (level: string, code: string, category: string, count: number | null, extra: object = {}) =>
  ({ level, code, category, count, target: null, coveragePercent: null, approximate: [], ...extra });
const FILES = {
  'metadata.json': {
    asOfDate: '2026-01-31',
    disclosure: { method: 'cell-key', k: 5, kSensitive: 10 },
    categories: [{ id: 'rt', finestGeography: 'kelurahan' }, { id: 'imam', finestGeography: 'kecamatan' }],
  },
  'enrollment.json': {
    cells: [
      cell('kota', '99', 'semua', 30),
      cell('kota', '99', 'rt', 20),
      cell('kota', '99', 'imam', 10),
      cell('kecamatan', '99.01', 'semua', 31, { approximate: ['count'] }),
      cell('kecamatan', '99.01', 'rt', 18, { approximate: ['count', 'coveragePercent'], target: 25, coveragePercent: 72 }),
      cell('kecamatan', '99.01', 'imam', null),
      cell('kelurahan', '99.01.1001', 'semua', 22, { approximate: ['count'] }),
      cell('kelurahan', '99.01.1001', 'rt', 15, { approximate: ['count', 'coveragePercent'], target: 20, coveragePercent: 75 }),
      cell('kelurahan', '99.01.1001', 'imam', null),
      cell('kelurahan', '99.01.1002', 'semua', null),
      cell('kelurahan', '99.01.1002', 'rt', null, { target: 5 }),
      cell('kelurahan', '99.01.1002', 'imam', null),
    ],
  },
  'status.json': { rows: [{ active: 30, nonActive: 2, registered: 32, approximate: ['nonActive'] }] },
  'timeline.json': { rows: [{ newCount: 30, cumulative: 30 }] },
  'demographics.json': { rows: [{ count: 12, approximate: ['count'] }, { count: null }] },
  'claims.json': { rows: [{ claims: 3, amountRupiah: 1_000_000 }] },
};

const person = (seq: number, kelurahanCode: string, categoryId: string, status: SyntheticPerson['status'] = 'AKTIF'): EnrollmentRow => ({
  file: 'apbd-p',
  person: {
    seq, nik: `219999010190${String(seq).padStart(4, '0')}`, name: '', kpj: '', phone: '', birthDay: 0, sex: 'L',
    kecamatanCode: '99.01', kelurahanCode, categoryId, kategori: categoryId.toUpperCase(), enrolledDay: 0, status,
  },
});

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'release-metrics-'));
  for (const [name, content] of Object.entries(FILES)) await writeFile(join(dir, name), JSON.stringify(content));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('releaseMetrics(release, truth): how a published release shows its counts', () => {
  it('trueCounts(rows, region) counts each NIK once, active only, per kelurahan, kecamatan and kota, per category and "semua"', () => {
    const rows = [person(1, '99.01.1001', 'rt'), person(1, '99.01.1001', 'rt'), person(2, '99.01.1002', 'rt'), person(3, '99.01.1002', 'imam', 'NON AKTIF')];
    expect(Object.fromEntries(trueCounts(rows, '99'))).toEqual({
      '99|rt': 2, '99|semua': 2, '99.01|rt': 2, '99.01|semua': 2,
      '99.01.1001|rt': 1, '99.01.1001|semua': 1, '99.01.1002|rt': 1, '99.01.1002|semua': 1,
    });
  });

  it('releaseMetrics(readPublishedRelease(dir), truth) counts exact, approximate and hidden cells per level, kelurahan ones only where published', async () => {
    const truth = new Map([['99|semua', 30], ['99|rt', 20], ['99|imam', 10], ['99.01|semua', 30], ['99.01|rt', 20], ['99.01.1001|semua', 25], ['99.01.1001|rt', 16]]);
    const m = releaseMetrics(await readPublishedRelease(dir), truth);
    expect(m.asOfDate).toBe('2026-01-31');
    expect(m.method).toBe('cell-key');
    expect(m.enrollment).toEqual({
      kota: { exact: 3, approximate: 0, hidden: 0 },
      kecamatan: { exact: 0, approximate: 2, hidden: 1 },
      // The two "rt" cells only: "semua" and "imam" are not a category published at kelurahan level.
      kelurahan: { exact: 0, approximate: 1, hidden: 1 },
    });
    expect(m.enrollmentFile).toEqual({ exact: 3, approximate: 4, hidden: 5 });
    // Enrollment (6 exact or approximate, 2 hidden) + status 3 + timeline 2 + demographics 2 + claims 1 (rupiah are not people).
    expect(m.allCounts).toEqual({ exact: 3 + 2 + 2 + 1, approximate: 3 + 1 + 1, hidden: 2 + 1 });
    expect(m.coverage).toEqual({ shown: 1, of: 2 });
    // |31 − 30| + |18 − 20| + |22 − 25| + |15 − 16|, over the 7 shown cells.
    expect(m.change).toEqual({ cells: 7, sum: 1 + 2 + 3 + 1, largest: 3 });
  });

  it('releaseMetrics reads a schema v1 release (no approximate lists, no method) as exact or hidden', async () => {
    const release = await readPublishedRelease(dir);
    const v1 = structuredClone(release);
    v1.metadata.disclosure = {};
    for (const c of v1.enrollment.cells) delete c.approximate;
    const m = releaseMetrics(v1, new Map());
    expect(m.method).toBeNull();
    expect(m.enrollment.kecamatan).toEqual({ exact: 2, approximate: 0, hidden: 1 });
  });

  it('releaseTable(result) and summaryTable(results) print one row per release and one per method', async () => {
    const metrics = releaseMetrics(await readPublishedRelease(dir), new Map());
    const result: MethodResult = { method: 'cell-key', releases: [{ metrics, seconds: 1.25, attacker: 'n/a' }, { metrics, seconds: 3, attacker: 'n/a' }], failure: null, wallSeconds: 5 };
    const perRelease = releaseTable(result).split('\n');
    expect(perRelease[0]).toBe('### cell-key');
    expect(perRelease.filter((l) => l.startsWith('| 2 | 2026-01-31 |'))).toHaveLength(1);
    expect(perRelease.at(-1)).toContain('| 0 / 1 / 1 | 50.0% | 1 of 2 |');
    const summary = summaryTable([result, { method: 'suppression', releases: [], failure: 'stage 1 failed', wallSeconds: 1 }]).split('\n');
    expect(summary).toHaveLength(4);
    expect(summary[2]).toMatch(/^\| cell-key \| 2 \| 100\.0% \/ 0\.0% \/ 0\.0% \|/);
    expect(summary[2]).toContain('| 2.1 (3.0) | 5.0 |');
    expect(summary[3]).toMatch(/^\| suppression \| 0 \(stage 1 failed\) \|/);
  });
});
