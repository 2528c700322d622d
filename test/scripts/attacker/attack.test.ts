import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attackReleases, type AttackReport } from '../../../scripts/attacker/attack.ts';
import { readRelease } from '../../../scripts/attacker/read-release.ts';
import { RUPIAH_UNIT } from '../../../scripts/attacker/release-facts.ts';
import { solveDate } from '../../../scripts/attacker/solve-date.ts';
import { cellKeyTable, fixtureFolder, RR3, type FixtureRelease } from './published-fixture.ts';

let fixtures: Awaited<ReturnType<typeof fixtureFolder>>;
beforeEach(async () => { fixtures = await fixtureFolder(); });
afterEach(async () => { await fixtures.remove(); });

/** Attacks the releases, each in its own folder, and lists what it learned as `cell = value (how)` per release. */
async function learned(...releases: FixtureRelease[]): Promise<string[][]> {
  const report = await attack(...releases);
  return report.releases.map((r) => r.learned.map((l) => `${l.cell}${l.complement ? ' complement' : ''} = ${l.value} (${l.how})`));
}

async function attack(...releases: FixtureRelease[]): Promise<AttackReport> {
  const folders = await Promise.all(releases.map((r, i) => fixtures.release(`r${i}`, r)));
  const report = await attackReleases(folders);
  expect(report.releases.flatMap((r) => r.problems)).toEqual([]);
  return report;
}

describe('attackReleases(folders) learns small counts', () => {
  it('attackReleases(folders) learns a small count published exactly', async () => {
    expect(await learned({ enrollment: { kel1: { a: 3, b: 40 } } })).toEqual([['enrollment/kel1/a = 3 (published)']]);
  });

  it('attackReleases(folders) learns a hidden cell as its total minus the shown parts', async () => {
    expect(await learned({ enrollment: { kec1: { a: 12 }, kel1: { a: null }, kel2: { a: 9 } } })).toEqual([['enrollment/kel1/a = 3 (equations)']]);
  });

  it('attackReleases(folders) learns hidden cells that only the counts being ≥ 0 pin', async () => {
    // kel1: a + b = 3, kel2: a + b = 7, kec1 a = 10: kel1 a = 10 − kel2 a ≥ 3, and kel1 a ≤ 3.
    const release = { enrollment: { kec1: { a: 10, b: null }, kel1: { a: null, b: null, semua: 3 }, kel2: { a: null, b: null, semua: 7 } } };
    expect(await learned(release)).toEqual([['enrollment/kel1/a = 3 (equations)', 'enrollment/kel1/semua = 3 (published)']]);
  });

  it('attackReleases(folders) learns a part of an exact total when the noise of the other part is at its extreme', async () => {
    // ±2 noise: kel2 ≈ 12 means 10…14, so kel1 = 12 − kel2 ≤ 2, and kel1 ≈ 4 means 2…6.
    const release = { perturbation: cellKeyTable(2), enrollment: { kec1: { a: 12 }, kel1: { a: '~4' as const }, kel2: { a: '~12' as const } } };
    expect(await learned(release)).toEqual([['enrollment/kel1/a = 2 (equations)']]);
  });

  it('attackReleases(folders) intersects the approximate values of a replaced release of the same date', async () => {
    // ≈1 means 1…3, ≈5 means 3…7: only 3 is both.
    const first = { perturbation: cellKeyTable(2), enrollment: { kel1: { a: '~1' as const } } };
    const replaced = { perturbation: cellKeyTable(2), enrollment: { kel1: { a: '~5' as const } } };
    expect(await learned(first, replaced)).toEqual([['enrollment/kel1/a = 3 (equations)'], ['enrollment/kel1/a = 3 (equations)']]);
    expect(await learned(first, { ...replaced, asOfDate: '2025-12-31' })).toEqual([[], []]);
  });

  it('attackReleases(folders) learns status, demographics, timeline and claims cells from their sums', async () => {
    const release: FixtureRelease = {
      enrollment: { kota: { a: null, b: 40, semua: null } },
      status: { kota: { active: 43, nonActive: null, registered: 45 } },
      demographics: { kota: { 'jenis_kelamin:L': null, 'jenis_kelamin:P': 40 } },
      timeline: { '2025-10': { b1: { newCount: 41, cumulative: 41 } }, '2025-11': { b1: { newCount: null, cumulative: null } } },
      claims: { kota: { JKK: { claims: null, amountRupiah: null }, JKM: { claims: 10, amountRupiah: 9e7 }, semua: { claims: 12, amountRupiah: 1e8 } } },
    };
    expect(await learned(release)).toEqual([[
      'claims/kota/JKK/claims = 2 (equations)',
      'demographics/kota/jenis_kelamin/L = 3 (equations)',
      'enrollment/kota/a = 3 (equations)',
      'status/kota/nonActive = 2 (equations)',
      'timeline/2025-11/b1/newCount = 2 (equations)',
    ]]);
  });

  it('attackReleases(folders) pins a hidden claim amount from exact amounts: amount facts still enter the system', async () => {
    // True: 47 JKK claims for 94 million, 3 JKM deaths at the fixed benefit of 42 million (126 million). With the
    // kota's JKK and total amounts exact, the hidden JKM amount is 220 − 94 = 126 million: to anyone who knows the
    // benefit is fixed, 3 deaths. (The attacker knows no benefit, so it reports the amount pinned, not a count.)
    const folder = await fixtures.release('r', {
      perturbation: cellKeyTable(2),
      enrollment: {},
      claims: {
        kota: {
          JKK: { claims: '~45', amountRupiah: 94_000_000 },
          JKM: { claims: null, amountRupiah: null },
          semua: { claims: 50, amountRupiah: 220_000_000 },
        },
      },
    });
    const { system } = await solveDate('2025-11-30', [await readRelease(folder)]);
    expect(system.conflicts).toEqual([]);
    const amount = system.variables[system.byId.get('claims/kota/JKM/amountRupiah')!]!;
    expect([amount.lo, amount.hi]).toEqual([126, 126]);
    expect((amount.lo * RUPIAH_UNIT) / 42_000_000).toBe(3);
  });

  it('attackReleases(folders) reads the city count of a category from spend.json', async () => {
    expect(await learned({ enrollment: { kota: { a: null, b: 30 } }, spend: { a: { active: null, monthlyRupiah: 4000 } } })).toEqual([['enrollment/kota/a = 4 (published)']]);
  });

  it('attackReleases(folders) learns target − count for a category whose complement is sensitive, and only for it', async () => {
    const enrollment = { kel1: { a: 8, b: 8 } };
    const targets = { kel1: { a: 10, b: 10 } };
    const categories = [{ id: 'a', complementSensitive: true }, { id: 'b' }];
    expect(await learned({ enrollment, targets, categories })).toEqual([['enrollment/kel1/a complement = 2 (published)']]);
  });

  it('attackReleases(folders) learns target − count from an approximate 0, which only a true 0 gives', async () => {
    const release = { perturbation: cellKeyTable(2), categories: [{ id: 'a', complementSensitive: true }, { id: 'b' }], enrollment: { kel1: { a: '~0' as const } }, targets: { kel1: { a: 2 } } };
    expect(await learned(release)).toEqual([['enrollment/kel1/a complement = 2 (published)']]);
  });

  it('attackReleases(folders) uses each category’s own threshold', async () => {
    const categories = [{ id: 'a', threshold: 10 }, { id: 'b' }];
    expect(await learned({ categories, enrollment: { kel1: { a: 7, b: 7 } } })).toEqual([['enrollment/kel1/a = 7 (published)']]);
  });
});

describe('attackReleases(folders) learns nothing that is not there', () => {
  it('attackReleases(folders) learns nothing behind a proper secondary suppression', async () => {
    // The true table is kel1 = (2, 18), kel2 = (13, 17): the four cells can shift by up to 15 together.
    const release = { enrollment: { kec1: { a: 15, b: 35 }, kel1: { a: null, b: null, semua: 20 }, kel2: { a: null, b: null, semua: 30 } } };
    expect(await learned(release)).toEqual([[]]);
  });

  it('attackReleases(folders) learns nothing from approximate values with slack', async () => {
    const release = { perturbation: cellKeyTable(2), enrollment: { kec1: { a: 20 }, kel1: { a: '~3' as const }, kel2: { a: '~17' as const } } };
    expect(await learned(release)).toEqual([[]]);
  });

  it('attackReleases(folders) learns nothing from approximate amounts: each is its published count × the city-wide average per claim', async () => {
    // True: 47 JKK claims for 94 million (2 million each on average), 3 JKM deaths at 42 million each; the kota's
    // total count is exact. Each approximate amount is its published count × the program's city-wide average, and
    // "semua" their sum, so the amounts repeat the counts: JKM = 50 − JKK with JKK 43…47 and JKM 2…6 leaves 3…6.
    // (Amounts that kept each cell's own true average per claim, 94 and 126 million, would pin JKM to 3.)
    const release: FixtureRelease = {
      perturbation: cellKeyTable(2),
      enrollment: {},
      claims: {
        kota: {
          JKK: { claims: '~45', amountRupiah: '~90000000' },
          JKM: { claims: '~4', amountRupiah: '~168000000' },
          semua: { claims: 50, amountRupiah: '~258000000' },
        },
      },
    };
    expect(await learned(release)).toEqual([[]]);
  });

  it('attackReleases(folders) learns no complement from an approximate 0 under RR3, which 1 and 2 round to as well', async () => {
    const release = { perturbation: RR3, method: 'random-rounding', categories: [{ id: 'a', complementSensitive: true }, { id: 'b' }], enrollment: { kel1: { a: '~0' as const } }, targets: { kel1: { a: 2 } } };
    expect(await learned(release)).toEqual([[]]);
  });

  it('attackReleases(folders) reports a small net change between dates apart from learned counts', async () => {
    const report = await attack(
      { asOfDate: '2025-10-31', enrollment: { kel1: { a: 10, b: 10 } } },
      { asOfDate: '2025-11-30', enrollment: { kel1: { a: 12, b: 20 } } },
    );
    expect(report.releases.map((r) => r.learned)).toEqual([[], []]);
    expect(report.netChanges).toEqual([{ cell: 'enrollment/kel1/a', from: '2025-10-31', to: '2025-11-30', before: 10, after: 12, threshold: 5 }]);
  });

  it('attackReleases(folders) reports published values that contradict each other, and no findings for them', async () => {
    const folder = await fixtures.release('r', { enrollment: { kec1: { a: 10 }, kel1: { a: 3 }, kel2: { a: 4 } } });
    const [release] = (await attackReleases([folder])).releases;
    expect(release!.problems.length).toBeGreaterThan(0);
    expect(release!.learned).toEqual([]);
  });
});
