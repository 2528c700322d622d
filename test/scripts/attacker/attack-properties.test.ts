// Property tests on random small tables: the attacker's findings are compared with a brute-force oracle that
// enumerates every whole-number table consistent with what was published. Both directions are checked: what the
// attacker learns is really pinned to that value (soundness), and what the oracle pins small the attacker finds
// (on these tables, 2-D with a hierarchy, the linear relaxation is exact).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attackReleases } from '../../../scripts/attacker/attack.ts';
import type { PerturbationTable } from '../../../scripts/attacker/read-release.ts';
import { createPrng, type Prng } from '../../../scripts/sample/prng.ts';
import { cellKeyTable, enrollmentTotals, fixtureFolder, KOTA, RR3, type FixtureRelease, type Value } from './published-fixture.ts';

const AREAS = { kec1: ['kel1', 'kel2'], kec2: ['kel3'] };
const KELURAHAN = Object.values(AREAS).flat();
const ALL_AREAS = [KOTA, ...Object.keys(AREAS), ...KELURAHAN];
const CATEGORIES = ['a', 'b'];
const K = 4;
const CATEGORY_META = [{ id: 'a', complementSensitive: true }, { id: 'b' }];
const RUNS = 60;

interface Case {
  truth: Record<string, Record<string, number>>;
  targets: Record<string, Record<string, number>>;
  releases: FixtureRelease[];
}

const rowOf = (table: PerturbationTable, t: number) => {
  const n = table.rows.length;
  return table.rows[t < n ? t : n - table.period + ((t - n) % table.period)]!;
};

/**
 * The one published rule on top of the table: never above a target the true count is under. Whether a count can
 * fall to 0 is the table's own business (never under cellKeyTable, 1 and 2 round to 0 under RR3).
 */
function publishedRules(t: number, p: number, target: number | null): number {
  return target !== null && t <= target && p > target ? target : p;
}

function perturb(prng: Prng, table: PerturbationTable, t: number, target: number | null): number {
  return publishedRules(t, t + prng.weighted(rowOf(table, t).changes.map((c) => [c.change, c.probability] as const)), target);
}

/** Every value this protection can publish for the true count t. */
const outputs = (table: PerturbationTable, t: number, target: number | null) =>
  rowOf(table, t).changes.map((c) => publishedRules(t, t + c.change, target));

/** One release of the true table under a random mix of exact, hidden and approximate cells; kota per-category totals are never hidden. */
function protect(prng: Prng, c: Omit<Case, 'releases'>, table: PerturbationTable | null): FixtureRelease {
  const enrollment: Record<string, Record<string, Value>> = {};
  for (const area of ALL_AREAS)
    for (const category of [...CATEGORIES, 'semua']) {
      const t = c.truth[area]![category]!;
      const target = c.targets[area]?.[category] ?? null;
      const kotaTotal = area === KOTA && category !== 'semua';
      const roll = prng.next();
      let value: Value;
      // Primary suppression of what would be shown small, exactly; the rest is left to chance.
      const small = (t >= 1 && t < K) || (category === 'a' && target !== null && target - t >= 1 && target - t < K);
      if (table && roll < 0.7 && !(kotaTotal && roll < 0.2)) value = `~${perturb(prng, table, t, target)}`;
      else if (!kotaTotal && (roll < 0.85 || small)) value = null;
      else value = t;
      (enrollment[area] ??= {})[category] = value;
    }
  return { k: K, categories: CATEGORY_META, areas: AREAS, enrollment, targets: c.targets, perturbation: table };
}

function randomCase(prng: Prng): Case {
  const kelurahan: Record<string, Record<string, number>> = {};
  for (const kel of KELURAHAN) for (const cat of CATEGORIES) (kelurahan[kel] ??= {})[cat] = prng.weighted([[0, 2], [prng.int(1, 3), 3], [prng.int(4, 6), 2]]);
  const truth = enrollmentTotals(AREAS, kelurahan);
  const kelTargets = Object.fromEntries(KELURAHAN.map((kel) => [kel, { a: kelurahan[kel]!.a! + prng.int(0, 3) }]));
  const targets = enrollmentTotals(AREAS, kelTargets);
  for (const area of Object.values(targets)) delete area.semua;
  const table = prng.weighted<PerturbationTable | null>([[null, 1], [cellKeyTable(1), 1], [cellKeyTable(2), 1], [RR3, 1]]);
  const releases = [protect(prng, { truth, targets }, table)];
  if (prng.chance(0.3)) releases.push(protect(prng, { truth, targets }, table));
  return { truth, targets, releases };
}

/** The true values a published cell allows (undefined: any). */
function allowedBy(release: FixtureRelease, area: string, category: string): ((t: number) => boolean) | undefined {
  const value = release.enrollment[area]?.[category];
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return (t) => t === value;
  const p = Number(value.slice(1));
  return (t) => outputs(release.perturbation!, t, release.targets?.[area]?.[category] ?? null).includes(p);
}

/** Every value each cell takes over all whole-number tables consistent with every release. */
function oracle(c: Case): Map<string, Set<number>> {
  const fits = (area: string, category: string, t: number) => c.releases.every((r) => allowedBy(r, area, category)?.(t) ?? true);
  const maxOf = (category: string) => Math.max(...c.releases.flatMap((r) => {
    const v = r.enrollment[KOTA]![category]!;
    return typeof v === 'number' ? [v] : typeof v === 'string' ? [Number(v.slice(1)) + r.perturbation!.maxDeviation] : [];
  }));
  const sums = (kel: Record<string, number>) => {
    const out: Record<string, number> = { ...kel, [KOTA]: 0 };
    for (const [kec, kels] of Object.entries(AREAS)) {
      out[kec] = kels.reduce((s, k) => s + kel[k]!, 0);
      out[KOTA]! += out[kec];
    }
    return out;
  };
  // Per category: every kelurahan split that fits all of the category's cells.
  const splits = CATEGORIES.map((category) => {
    const out: Record<string, number>[] = [];
    const max = maxOf(category);
    const walk = (i: number, acc: Record<string, number>, total: number) => {
      if (i === KELURAHAN.length) {
        const all = sums(acc);
        if (ALL_AREAS.every((area) => fits(area, category, all[area]!))) out.push(all);
        return;
      }
      for (let t = 0; total + t <= max; t++) if (fits(KELURAHAN[i]!, category, t)) walk(i + 1, { ...acc, [KELURAHAN[i]!]: t }, total + t);
    };
    walk(0, {}, 0);
    return out;
  });
  const seen = new Map<string, Set<number>>();
  const note = (area: string, category: string, t: number) => {
    const id = `enrollment/${area}/${category}`;
    if (!seen.has(id)) seen.set(id, new Set());
    seen.get(id)!.add(t);
  };
  for (const a of splits[0]!)
    for (const b of splits[1]!) {
      if (!ALL_AREAS.every((area) => fits(area, 'semua', a[area]! + b[area]!))) continue;
      for (const area of ALL_AREAS) {
        note(area, 'a', a[area]!);
        note(area, 'b', b[area]!);
        note(area, 'semua', a[area]! + b[area]!);
      }
    }
  return seen;
}

/** What the oracle says can be learned: cells with one possible value from 1 to K−1, and such complements of `a`. */
function oracleLearns(c: Case): string[] {
  const out: string[] = [];
  for (const [id, values] of oracle(c)) {
    if (values.size !== 1) continue;
    const [value] = [...values] as [number];
    if (value >= 1 && value < K) out.push(`${id} = ${value}`);
    const [, area, category] = id.split('/') as [string, string, string];
    const target = c.targets[area]?.[category];
    if (category === 'a' && target !== undefined && target - value >= 1 && target - value < K) out.push(`${id} complement = ${target - value}`);
  }
  return out.sort();
}

describe('attackReleases(folders) on random small tables', () => {
  let fixtures: Awaited<ReturnType<typeof fixtureFolder>>;
  beforeAll(async () => { fixtures = await fixtureFolder(); });
  afterAll(async () => { await fixtures.remove(); });

  it('attackReleases(folders) learns exactly what a brute-force search over all consistent tables pins', async () => {
    const prng = createPrng(20251130);
    let runsWithFindings = 0;
    for (let run = 0; run < RUNS; run++) {
      const c = randomCase(prng);
      const folders = await Promise.all(c.releases.map((r, i) => fixtures.release(`${run}-${i}`, r)));
      const report = await attackReleases(folders);
      const expected = oracleLearns(c);
      for (const release of report.releases) {
        expect(release.problems, `run ${run}`).toEqual([]);
        const got = release.learned.map((l) => `${l.cell}${l.complement ? ' complement' : ''} = ${l.value}`).sort();
        expect(got, `run ${run}: ${JSON.stringify(c.releases)}`).toEqual(expected);
        // Sound against the truth too, not only against the oracle.
        for (const l of release.learned) {
          const [, area, category] = l.cell.split('/') as [string, string, string];
          const t = c.truth[area]![category]!;
          expect(l.complement ? c.targets[area]![category]! - t : t).toBe(l.value);
        }
      }
      if (expected.length > 0) runsWithFindings++;
    }
    // Neither outcome may be vacuous.
    expect(runsWithFindings).toBeGreaterThan(RUNS / 10);
    expect(runsWithFindings).toBeLessThan(RUNS - RUNS / 10);
  });
});
