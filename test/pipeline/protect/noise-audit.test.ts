// The noise methods' audit (addNoise, and what protect() hands it): cases the property tests against the attacker
// (noise-vs-attacker.test.ts) found, kept here as small fixed examples.
import { describe, expect, it } from 'vitest';
import { buildClaimTotals } from '../../../src/pipeline/count/claims.ts';
import { recordKeyer } from '../../../src/pipeline/count/record-keys.ts';
import { Tally } from '../../../src/pipeline/count/tally.ts';
import { buildTargets } from '../../../src/pipeline/count/targets.ts';
import { loadProgram } from '../../../src/pipeline/load/input-folder.ts';
import { loadRegionIndex } from '../../../src/pipeline/load/official-areas.ts';
import { addNoise, type NoiseCell } from '../../../src/pipeline/protect/add-noise.ts';
import { cellId } from '../../../src/pipeline/protect/cell-ids.ts';
import { CELL_KEY_TABLE } from '../../../src/pipeline/protect/perturbation.ts';
import { protect } from '../../../src/pipeline/protect/protect.ts';
import { ProblemLog } from '../../../src/pipeline/report/problems.ts';
import type { Program } from '../../../src/schemas/program.ts';
import { DEMO_KEY } from '../../helpers/stage1.ts';

/** A cell key that draws the given share of the cumulative probabilities (0 ≤ u < 1): u < 0.1 is −2, u ≥ 0.9 is +2 from 3 up. */
const keyAt = (u: number) => Math.floor(u * 2 ** 32);
const cell = (id: string, value: number, u = 0.5, extra: Partial<NoiseCell> = {}): NoiseCell => ({ id, value, k: 5, key: keyAt(u), ...extra });
const cellsOf = (...list: NoiseCell[]) => new Map(list.map((c) => [c.id, c]));

describe('addNoise(cells, equations, table) audits what the sums pin', () => {
  it('addNoise(...) hides the cells further out when a hidden small cell is pinned through hidden cells only', () => {
    // T = 14 (exact) = a + b, a = 2 is small. b = 12 = c + d = e + f: c and d drawn 2 low (≈4: 2…6 each, so c + d ≤ 12),
    // e and f drawn 2 high (≈8: 6…10 each, so e + f ≥ 12) pin b, and b pins a. Hiding a, then b, leaves a pinned
    // through b's other sums; only hiding c…f frees it.
    const cells = cellsOf(
      cell('T', 14, 0.5, { exact: true }), cell('a', 2), cell('b', 12),
      cell('c', 6, 0.05), cell('d', 6, 0.05), cell('e', 6, 0.95), cell('f', 6, 0.95),
    );
    const equations = [{ total: 'T', parts: ['a', 'b'] }, { total: 'b', parts: ['c', 'd'] }, { total: 'b', parts: ['e', 'f'] }];
    const noisy = addNoise(cells, equations, CELL_KEY_TABLE);
    expect(noisy.published.get('T')).toBe(14);
    expect([...noisy.hidden].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('addNoise(..., before) takes no bound from a replaced release whose range the count is no longer in, though the two meet', () => {
    // A correction changed the count from 9 to 3. The replaced release showed ≈9 (7…11); today 3 drawn 2 high is
    // ≈5 (3…7). The ranges meet at 7, so a reader would take 7, which is wrong. Were the audit to take it too, 7 would
    // count as known and the true 3 would be shown exactly.
    const cells = cellsOf(cell('a', 3, 0.95));
    const noisy = addNoise(cells, [], CELL_KEY_TABLE, new Map([['a', [7, 11] as const]]));
    expect([noisy.published.get('a'), noisy.approximate.has('a')]).toEqual([5, true]);
  });

  it('addNoise(..., audit false) publishes the noise as drawn, pins and all (the deliberate flaw of the attacker tests)', () => {
    const cells = cellsOf(cell('T', 14, 0.5, { exact: true }), cell('a', 2, 0.95), cell('b', 12, 0.95));
    const noisy = addNoise(cells, [{ total: 'T', parts: ['a', 'b'] }], CELL_KEY_TABLE, new Map(), false);
    expect([noisy.published.get('a'), noisy.published.get('b'), noisy.hidden.size]).toEqual([4, 14, 0]);
  });
});

describe('protect(cell-key) with a category whose complement is sensitive', () => {
  it('protect(...) does not publish the city 0 of such a category exactly when its kelurahan targets are small, and hides those kelurahan', async () => {
    // Nobody enrolled in the category, 1 or 2 eligible in every kelurahan: an exact city 0 would tell every
    // kelurahan's target − 0, so the audit must be free to hide it (it used to throw: "worked out from exact cells alone").
    const regions = await loadRegionIndex('21.71');
    const sample = await loadProgram('data/sample');
    const program: Program = { ...sample, categories: sample.categories.map((c) => ({ ...c, complementSensitive: c.id === 'nelayan' })) };
    const cats = program.categories.map((c) => c.id);
    const tally = new Tally(regions.kelurahan.length, cats.length, recordKeyer(DEMO_KEY));
    let serial = 0;
    regions.kelurahan.forEach((_, kel) => {
      for (let n = 0; n < 6; n++) tally.addActive(kel, cats.indexOf('ojek-online'), n % 2, 2, '2025-10', `217199${String(serial++).padStart(10, '0')}`);
    });
    const log = new ProblemLog();
    const targetRows = regions.kelurahan.map((kl, i) => ({ value: { kode_wilayah: kl.code, kategori: 'nelayan', sasaran: 1 + (i % 2) }, place: { file: 'targets.csv', row: i + 2 } }));
    const targets = buildTargets(targetRows, program, regions, log);
    const tables = protect(program, regions, tally, targets, buildClaimTotals([], regions, program.asOfDate, log), [], DEMO_KEY);
    expect(log.problems).toEqual([]);
    const city = cellId.enrolled(regions.regionCode, 'nelayan');
    expect(tables.value(city) === null || tables.approximate(city)).toBe(true);
    for (const kl of regions.kelurahan) expect(tables.value(cellId.enrolled(kl.code, 'nelayan')), kl.code).toBeNull();
    // The other categories' city totals stay exact.
    expect(tables.value(cellId.enrolled(regions.regionCode, 'ojek-online'))).toBe(6 * regions.kelurahan.length);
    expect(tables.approximate(cellId.enrolled(regions.regionCode, 'ojek-online'))).toBe(false);
  });
});
