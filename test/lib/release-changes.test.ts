import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPublished, type Published } from '../../src/lib/published.ts';
import { countChange, isLastDayOfMonth, releaseChanges, type ReleaseChanges } from '../../src/lib/release-changes.ts';
import { readEnrollmentPeople, type EnrollmentPerson } from '../helpers/enrollment-people.ts';
import { SCHEMA_VERSION } from '../../src/schemas/published.ts';

/** An enrollment cell; its count is approximate when `approximate` is true. */
type Cell = [code: string, category: string, count: number | null, approximate?: boolean];
type StatusRow = [code: string, active: number | null, nonActive: number | null, registered: number | null];

const AREAS = [
  { code: '21.71', name: 'Kota Batam', level: 'kota' as const, parent: null },
  { code: '21.71.10', name: 'Batam Kota', level: 'kecamatan' as const, parent: '21.71' },
  { code: '21.71.10.1001', name: 'Belian', level: 'kelurahan' as const, parent: '21.71.10' },
  { code: '21.71.10.1002', name: 'Sungai Panas', level: 'kelurahan' as const, parent: '21.71.10' },
];
const levelOf = (code: string) => (code.split('.').length === 2 ? 'kota' : code.split('.').length === 3 ? 'kecamatan' : 'kelurahan') as 'kota' | 'kecamatan' | 'kelurahan';
const category = (id: string) => ({ id, label: { id, en: id }, group: 'g', batch: 'b', sensitive: false, finestGeography: 'kelurahan' as const, complementSensitive: false, threshold: 5, premiumPerPersonMonth: 16800 });
const EXACT = { previous: false, current: false, difference: false };

/** A hand-made release: only what releaseChanges reads is filled in. */
function release(asOfDate: string, o: {
  cells: Cell[]; status: StatusRow[]; timeline?: [month: string, cumulative: number | null, approximate?: boolean][]; areas?: string[]; categories?: string[];
  /** Status fields published as approximate, on every status row. */
  statusApproximate?: string[];
}): Published {
  const meta = { schemaVersion: SCHEMA_VERSION as typeof SCHEMA_VERSION, asOfDate, synthetic: true, regionCode: '21.71' };
  return {
    metadata: {
      ...meta, region: { code: '21.71', name: 'Kota Batam' }, programName: { id: 'P', en: 'P' }, source: { id: 'S', en: 'S' },
      disclosure: { method: 'cell-key', k: 5, kSensitive: 10, perturbation: null }, batches: [], groups: [],
      categories: (o.categories ?? ['ketua-rt', 'nelayan']).map(category),
      areas: AREAS.filter((a) => (o.areas ?? AREAS.map((x) => x.code)).includes(a.code)),
    },
    enrollment: {
      ...meta,
      cells: o.cells.map(([code, cat, count, approximate]) => ({ level: levelOf(code), code, category: cat, count, target: null, coveragePercent: null, approximate: approximate ? ['count'] : [] })),
    },
    status: { ...meta, rows: o.status.map(([code, active, nonActive, registered]) => ({ level: levelOf(code), code, active, nonActive, registered, approximate: o.statusApproximate ?? [] })) },
    timeline: { ...meta, rows: (o.timeline ?? []).map(([month, cumulative, approximate]) => ({ month, batch: 'semua', newCount: null, cumulative, approximate: approximate ? ['cumulative'] : [] })) },
    demographics: { ...meta, rows: [] },
    claims: { ...meta, rows: [] },
    spend: { ...meta, rows: [] },
  } as unknown as Published;
}

const OCT = release('2025-10-31', {
  cells: [['21.71', 'semua', 100], ['21.71', 'ketua-rt', 60], ['21.71', 'nelayan', 40], ['21.71.10.1001', 'ketua-rt', null], ['21.71.10.1001', 'nelayan', 7]],
  status: [['21.71', 100, 10, 110], ['21.71.10', 100, null, null]],
  areas: ['21.71', '21.71.10', '21.71.10.1001'],
});
const NOV = release('2025-11-30', {
  cells: [['21.71', 'semua', 130], ['21.71', 'ketua-rt', 75], ['21.71', 'nelayan', 40], ['21.71.10.1001', 'ketua-rt', 12], ['21.71.10.1001', 'nelayan', null], ['21.71.10.1002', 'ketua-rt', 9]],
  status: [['21.71', 130, 15, 145], ['21.71.10', 130, 15, 145]],
  // 90 started in September, 8 in October (cumulative 98 by the end of October), 32 in November.
  timeline: [['2025-09', 90], ['2025-10', 98], ['2025-11', 130]],
});

const cellOf = (c: ReleaseChanges, code: string, cat: string) => c.cells.find((x) => x.code === code && x.category === cat);
const statusOf = (c: ReleaseChanges, code: string) => c.status.find((x) => x.code === code)!;

describe('releaseChanges(previous, current)', () => {
  it('releaseChanges(Oct, Nov) gives each area × category difference of active members, null where either side is hidden', () => {
    const c = releaseChanges(OCT, NOV);
    expect([c.previous, c.current]).toEqual(['2025-10-31', '2025-11-30']);
    expect(cellOf(c, '21.71', 'semua')).toEqual({ level: 'kota', code: '21.71', category: 'semua', presence: 'both', previous: 100, current: 130, difference: 30, approximate: EXACT });
    expect(cellOf(c, '21.71', 'ketua-rt')?.difference).toBe(15);
    expect(cellOf(c, '21.71', 'nelayan')?.difference).toBe(0);
    expect(cellOf(c, '21.71.10.1001', 'ketua-rt')).toMatchObject({ previous: null, current: 12, difference: null });
    expect(cellOf(c, '21.71.10.1001', 'nelayan')).toMatchObject({ previous: 7, current: null, difference: null });
  });

  it('releaseChanges(Oct, Nov) reports a kelurahan only Nov publishes as added, without a difference', () => {
    const c = releaseChanges(OCT, NOV);
    expect(c.areasAdded).toEqual(['21.71.10.1002']);
    expect(c.areasRemoved).toEqual([]);
    expect(cellOf(c, '21.71.10.1002', 'ketua-rt')).toMatchObject({ presence: 'added', previous: null, current: 9, difference: null });
  });

  it('releaseChanges(…) reports a category dropped from program.json as removed, its cells with no current count', () => {
    const withPetani = release('2025-10-31', { cells: [['21.71', 'semua', 5], ['21.71', 'petani', 5]], status: [], categories: ['petani'] });
    const without = release('2025-11-30', { cells: [['21.71', 'semua', 6]], status: [], categories: [] });
    const c = releaseChanges(withPetani, without);
    expect([c.categoriesAdded, c.categoriesRemoved]).toEqual([[], ['petani']]);
    expect(cellOf(c, '21.71', 'petani')).toEqual({ level: 'kota', code: '21.71', category: 'petani', presence: 'removed', previous: 5, current: null, difference: null, approximate: EXACT });
    expect(c.cells.map((x) => x.category)).toEqual(['semua', 'petani']);
  });

  it('releaseChanges(Oct, Nov) gives the kota flows: 35 new registrations (32 new starts, 3 corrections), 5 became non-active', () => {
    // Hand computation: Δregistered = 145 − 110 = 35; ΔnonActive = 15 − 10 = 5; new starts = 130 active − 98 started by 31 Oct = 32.
    const kota = statusOf(releaseChanges(OCT, NOV), '21.71');
    const exact = (value: number) => ({ value, approximate: false });
    expect(kota).toMatchObject({ level: 'kota', presence: 'both', newRegistrations: exact(35), becameNonActive: exact(5), split: { newStarts: exact(32), corrections: exact(3) } });
    expect(kota.active).toEqual({ previous: 100, current: 130, difference: 30, approximate: EXACT });
    expect(kota.active.difference).toBe(kota.split!.newStarts.value! + kota.split!.corrections.value! - kota.becameNonActive.value!);
  });

  it('releaseChanges(Oct, Nov) gives kecamatan flows without a split, null where a count is hidden', () => {
    const kec = statusOf(releaseChanges(OCT, NOV), '21.71.10');
    expect(kec).toMatchObject({ level: 'kecamatan', newRegistrations: { value: null }, becameNonActive: { value: null }, split: null });
    expect(kec.active.difference).toBe(30);
  });

  it('releaseChanges(a release of 15 Oct, Nov) cannot split registrations: the timeline counts by month', () => {
    expect(isLastDayOfMonth('2025-10-15')).toBe(false);
    const mid = release('2025-10-15', { cells: [], status: [['21.71', 100, 10, 110]] });
    expect(statusOf(releaseChanges(mid, NOV), '21.71')).toMatchObject({ newRegistrations: { value: 35 }, split: null });
  });

  it('releaseChanges(…) counts every active member as a new start when the timeline begins after the previous as-of date', () => {
    const before = release('2025-05-31', { cells: [], status: [['21.71', 0, 0, 0]] });
    expect(statusOf(releaseChanges(before, NOV), '21.71').split).toEqual({ newStarts: { value: 130, approximate: false }, corrections: { value: 15, approximate: false } });
  });

  it('releaseChanges(…) leaves the split null where the timeline\'s cumulative count is hidden', () => {
    const hidden = release('2025-11-30', { cells: [], status: [['21.71', 130, 15, 145]], timeline: [['2025-10', null], ['2025-11', 130]] });
    expect(statusOf(releaseChanges(OCT, hidden), '21.71').split).toEqual({ newStarts: { value: null, approximate: false }, corrections: { value: null, approximate: false } });
  });

  it('releaseChanges(…) makes a difference approximate when either of its counts is, and keeps it exact when both are', () => {
    const before = release('2025-10-31', { cells: [['21.71.10', 'nelayan', 40, true], ['21.71.10', 'petani', 8], ['21.71.10', 'ketua-rt', 12]], status: [['21.71', 100, 10, 110]] });
    const after = release('2025-11-30', {
      cells: [['21.71.10', 'nelayan', 41], ['21.71.10', 'petani', 8], ['21.71.10', 'ketua-rt', 14, true]],
      status: [['21.71', 130, 15, 145]], statusApproximate: ['nonActive', 'registered'], timeline: [['2025-10', 98, true], ['2025-11', 130]],
    });
    const c = releaseChanges(before, after);
    expect(cellOf(c, '21.71.10', 'nelayan')).toMatchObject({ difference: 1, approximate: { previous: true, current: false, difference: true } });
    expect(cellOf(c, '21.71.10', 'ketua-rt')).toMatchObject({ difference: 2, approximate: { previous: false, current: true, difference: true } });
    expect(cellOf(c, '21.71.10', 'petani')).toMatchObject({ difference: 0, approximate: EXACT });
    const kota = statusOf(c, '21.71');
    expect(kota.active.approximate).toEqual(EXACT);
    expect([kota.newRegistrations.approximate, kota.becameNonActive.approximate]).toEqual([true, true]);
    // New starts: exact active members less an approximate cumulative count; corrections follow both.
    expect(kota.split).toEqual({ newStarts: { value: 32, approximate: true }, corrections: { value: 3, approximate: true } });
  });

  it('releaseChanges refuses a previous release that is not older, and releases of two regions', () => {
    expect(() => releaseChanges(NOV, OCT)).toThrow(/must be older/);
    expect(() => releaseChanges(NOV, NOV)).toThrow(/must be older/);
    const other = { ...OCT, metadata: { ...OCT.metadata, regionCode: '21.72' } };
    expect(() => releaseChanges(other, NOV)).toThrow(/different regions/);
  });

  it('countChange(…) is null-propagating and zero-aware, and never calls a hidden difference approximate', () => {
    const exact = (value: number | null) => ({ value, approximate: false });
    expect(countChange(exact(0), exact(0))).toEqual({ previous: 0, current: 0, difference: 0, approximate: EXACT });
    expect(countChange(exact(null), exact(4)).difference).toBeNull();
    expect(countChange(undefined, exact(4))).toEqual({ previous: null, current: 4, difference: null, approximate: EXACT });
    expect(countChange(exact(null), { value: 4, approximate: true }).approximate).toEqual({ previous: false, current: true, difference: false });
  });
});

describe('releaseChanges(the demo\'s 2025-10-31 release, its 2025-11-30 release)', () => {
  let changes: ReleaseChanges;
  let oct: EnrollmentPerson[] = [];
  let nov: EnrollmentPerson[] = [];
  let categoryOf: (kategori: string) => string;

  beforeAll(async () => {
    changes = releaseChanges(loadPublished('data/published/rilis/2025-10-31'), loadPublished('data/published'));
    oct = await readEnrollmentPeople('data/sample-2025-10');
    nov = await readEnrollmentPeople('data/sample');
    const program = JSON.parse(await readFile('data/sample/program.json', 'utf8'));
    const key = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
    const byKey = new Map<string, string>();
    for (const c of program.categories) for (const name of [c.id, c.label.id, c.label.en, ...c.aliases]) byKey.set(key(name), c.id);
    categoryOf = (kategori) => byKey.get(key(kategori)) ?? `unknown ${kategori}`;
  });

  /** People counted once per NIK (the first row), from the raw export, not from stage 1. */
  const firstRows = (people: EnrollmentPerson[]) => {
    const seen = new Map<string, EnrollmentPerson>();
    for (const p of people) if (!seen.has(p.nik)) seen.set(p.nik, p);
    return [...seen.values()];
  };
  const active = (people: EnrollmentPerson[]) => firstRows(people).filter((p) => p.status === 'AKTIF');

  it('the kota difference per category is exact and equals the change in active people counted straight from the two exports', () => {
    expect(firstRows(nov).length).toBeGreaterThan(24_000);
    const count = (people: EnrollmentPerson[], id: string) => active(people).filter((p) => id === 'semua' || categoryOf(p.kategori) === id).length;
    const kota = changes.cells.filter((c) => c.level === 'kota');
    expect(kota.length).toBe(13);
    for (const c of kota) {
      expect(c.presence).toBe('both');
      // The noise methods publish the city's totals per category exactly, in both releases.
      expect(c.approximate, c.category).toEqual({ previous: false, current: false, difference: false });
      expect(c.difference, c.category).toBe(count(nov, c.category) - count(oct, c.category));
    }
    // The planted corrections: cadres written as posyandu in October move back to their own category.
    expect(kota.find((c) => c.category === 'kader-siaga-kelurahan')!.difference).toBeGreaterThanOrEqual(3);
  });

  it('the kota flows match the exports: exactly where both counts are exact, within the perturbation table\'s largest change per approximate count otherwise', () => {
    const { maxDeviation } = loadPublished('data/published').metadata.disclosure.perturbation!;
    const kota = changes.status.find((s) => s.level === 'kota')!;
    const registered = (people: EnrollmentPerson[]) => firstRows(people).length;
    const nonActive = (people: EnrollmentPerson[]) => firstRows(people).filter((p) => p.status !== 'AKTIF').length;
    const startedInNovember = active(nov).filter((p) => p.tglKepesertaan > '2025-10-31').length;
    expect(startedInNovember).toBeGreaterThan(100);
    // 12 late registrations are planted (scripts/sample/earlier-export.ts), plus anyone who joined and left in November.
    const joinedAndLeft = firstRows(nov).filter((p) => p.status !== 'AKTIF' && p.tglKepesertaan > '2025-10-31').length;
    // Each flow with its true value and how many published counts it is made of.
    const flows = [
      { name: 'new registrations', shown: kota.newRegistrations, truth: registered(nov) - registered(oct), counts: 2 },
      { name: 'became non-active', shown: kota.becameNonActive, truth: nonActive(nov) - nonActive(oct), counts: 2 },
      { name: 'new starts', shown: kota.split!.newStarts, truth: startedInNovember, counts: 2 },
      { name: 'corrections', shown: kota.split!.corrections, truth: 12 + joinedAndLeft, counts: 4 },
    ];
    for (const { name, shown, truth, counts } of flows) {
      expect(shown.value, name).not.toBeNull();
      if (shown.approximate) expect(Math.abs(shown.value! - truth), name).toBeLessThanOrEqual(counts * maxDeviation);
      else expect(shown.value, name).toBe(truth);
    }
    // The city's active count is exact: new starts are exact where the timeline's October count is.
    expect(kota.active.approximate.difference).toBe(false);
    expect(flows.some((f) => f.shown.approximate)).toBe(true);
  });

  it('every kota and kecamatan satisfies Δactive = new registrations − became non-active, exactly when its counts are exact', () => {
    const { maxDeviation } = loadPublished('data/published').metadata.disclosure.perturbation!;
    const complete = changes.status.filter((s) => s.newRegistrations.value !== null && s.becameNonActive.value !== null && s.active.difference !== null);
    expect(complete.length).toBeGreaterThan(3);
    for (const s of complete) {
      const approximateCounts = [s.active, s.registered, s.nonActive].flatMap((c) => [c.approximate.previous, c.approximate.current]).filter(Boolean).length;
      const gap = Math.abs(s.active.difference! - (s.newRegistrations.value! - s.becameNonActive.value!));
      expect(gap, s.code).toBeLessThanOrEqual(approximateCounts * maxDeviation);
    }
  });

  it('a difference is approximate exactly when either of its counts is listed approximate in its release\'s JSON', () => {
    const current = loadPublished('data/published');
    const previous = loadPublished('data/published/rilis/2025-10-31');
    const listed = (data: typeof current, code: string, category: string) =>
      data.enrollment.cells.find((c) => c.code === code && c.category === category)!.approximate.includes('count');
    const shown = changes.cells.filter((c) => c.difference !== null);
    expect(shown.length).toBeGreaterThan(300);
    for (const c of shown) {
      const either = listed(previous, c.code, c.category) || listed(current, c.code, c.category);
      expect(c.approximate.difference, `${c.code} ${c.category}`).toBe(either);
    }
    expect(shown.filter((c) => c.approximate.difference).length).toBeGreaterThan(100);
  });

  it('areas and categories are the same in both demo releases', () => {
    expect([changes.areasAdded, changes.areasRemoved, changes.categoriesAdded, changes.categoriesRemoved]).toEqual([[], [], [], []]);
  });
});
