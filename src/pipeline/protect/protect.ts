import { isNoiseMethod, type Perturbation } from '../../schemas/disclosure.ts';
import { AGE_BANDS, ALL_CATEGORIES } from '../../schemas/published.ts';
import { type AreaLevel, isFiner } from '../../schemas/area-level.ts';
import type { Program } from '../../schemas/program.ts';
import type { ClaimTotals } from '../count/claims.ts';
import type { RegionIndex } from '../load/official-areas.ts';
import { CLAIM_PROGRAMS, cellId } from './cell-ids.ts';
import { knownValues } from './bound-pins.ts';
import { addNoise, type NoiseCell } from './add-noise.ts';
import { chooseHidden } from './choose-hidden.ts';
import { optimalHidden, type Solver } from './optimal-hidden.ts';
import { CELL_KEY_TABLE, originalsOf, RANDOM_ROUNDING_TABLE } from './perturbation.ts';
import { knownInRelease, smallDifferences, type ReleaseCells } from './release-differences.ts';
import type { SdcCell, SdcEquation } from './sdc-input.ts';
import { SEXES, type Tally } from '../count/tally.ts';
import { targetKey, type Targets } from '../count/targets.ts';

export interface ProtectedTables {
  /** The published value of a cell: null when hidden. Throws for an id that was never a cell. */
  value(id: string): number | null;
  /** True when the cell's published value is approximate (noise or rounding), not exact. */
  approximate(id: string): boolean;
  /** The noise method's public perturbation table; null for the suppression methods. */
  perturbation: Perturbation | null;
  /** Cells published approximately (among cellCount). */
  approximateCount: number;
  months: string[];
  hiddenCount: number;
  /** Cells hidden because they differ from the same count in another release by 1 to k−1 (among hiddenCount). */
  hiddenForChanges: number;
  cellCount: number;
}

/**
 * Puts every count that will be published into one set of cells and equations (area hierarchy,
 * categories, status, sex, age, months, claims), so that suppression sees every way two published
 * numbers could be subtracted from each other, and all outputs show the same protected numbers.
 * `otherReleases` are the releases already published (see release-differences.ts): no count this run
 * publishes differs from the same count in one of them by 1 to k−1.
 * `noiseAudit` false publishes the noise methods' values without their audit (see addNoise): a deliberate flaw,
 * only for the tests that check the attacker finds one. Stage 1 never passes it.
 */
export function protect(
  program: Program, regions: RegionIndex, tally: Tally, targets: Targets, claims: ClaimTotals, otherReleases: readonly ReleaseCells[] = [],
  secret: Buffer | null = null, solver: Solver | null = null, noiseAudit = true,
): ProtectedTables {
  const method = program.disclosure.method;
  const noise = isNoiseMethod(method);
  if (noise && secret === null) throw new Error(`disclosure method ${method} needs the cell-key secret`);
  if (method === 'optimal-suppression' && solver === null) throw new Error('optimal-suppression needs the HiGHS solver (loadSolver)');
  const fitted = method === 'fitted-suppression' || method === 'optimal-suppression';
  const tallyKeys = noise ? tally.keys() : null;
  const keys = new Map<string, number>();
  const cells = new Map<string, SdcCell>();
  const equations: SdcEquation[] = [];
  const links: string[][] = [];
  const { k, kSensitive } = program.disclosure;
  const add = (cell: SdcCell, key = 0) => {
    cells.set(cell.id, cell);
    keys.set(cell.id, key >>> 0);
  };
  const keyOf = (id: string) => keys.get(id)!;
  const keySum = (ids: readonly string[]) => ids.reduce((s, id) => (s + keyOf(id)) >>> 0, 0);
  const tallyKey = (array: 'active' | 'nonActive' | 'sex' | 'age', index: number) => (tallyKeys ? tallyKeys[array][index]! : 0);
  const kota = regions.regionCode;
  const kecamatan = regions.kecamatan.map((kc) => kc.code);
  const kelurahanOf = (kec: string) => regions.kelurahan.map((kl, i) => ({ ...kl, i })).filter((kl) => kl.kecamatanCode === kec);
  const categoryIds = program.categories.map((c) => c.id);

  // Enrollment: area × category, plus the all-categories column.
  const kelValue = (i: number, c: number) => tally.activeAt(i, c);
  const totals = new Map<string, number>();
  const addEnrolled = (code: string, level: AreaLevel, category: string, value: number, key: number) => {
    const cat = program.categories.find((c) => c.id === category);
    const target = targets.get(targetKey(code, category));
    // The fitted rules protect "all but a few are enrolled" only where being outside the group is itself sensitive.
    const complementOf = fitted && !cat?.complementSensitive ? undefined : target;
    add({
      id: cellId.enrolled(code, category),
      value,
      k: cat?.sensitive ? kSensitive : k,
      complementOf,
      withheld: cat !== undefined && isFiner(level, cat.finestGeography),
    }, key);
    totals.set(cellId.enrolled(code, category), value);
  };
  for (const kec of kecamatan) {
    const kels = kelurahanOf(kec);
    program.categories.forEach((cat, c) => {
      let sum = 0;
      for (const kl of kels) {
        const v = kelValue(kl.i, c);
        sum += v;
        addEnrolled(kl.code, 'kelurahan', cat.id, v, tallyKey('active', kl.i * categoryIds.length + c));
      }
      addEnrolled(kec, 'kecamatan', cat.id, sum, keySum(kels.map((kl) => cellId.enrolled(kl.code, cat.id))));
      equations.push({ total: cellId.enrolled(kec, cat.id), parts: kels.map((kl) => cellId.enrolled(kl.code, cat.id)) });
    });
  }
  for (const cat of categoryIds) {
    const parts = kecamatan.map((kec) => cellId.enrolled(kec, cat));
    addEnrolled(kota, 'kota', cat, parts.reduce((s, id) => s + totals.get(id)!, 0), keySum(parts));
    equations.push({ total: cellId.enrolled(kota, cat), parts: kecamatan.map((kec) => cellId.enrolled(kec, cat)) });
  }
  const allAreas = [
    { code: kota, level: 'kota' as const },
    ...kecamatan.map((code) => ({ code, level: 'kecamatan' as const })),
    ...regions.kelurahan.map((kl) => ({ code: kl.code, level: 'kelurahan' as const })),
  ];
  for (const area of allAreas) {
    const parts = categoryIds.map((cat) => cellId.enrolled(area.code, cat));
    addEnrolled(area.code, area.level, ALL_CATEGORIES, parts.reduce((s, id) => s + totals.get(id)!, 0), keySum(parts));
    equations.push({ total: cellId.enrolled(area.code, ALL_CATEGORIES), parts });
  }
  for (const kec of kecamatan)
    equations.push({ total: cellId.enrolled(kec, ALL_CATEGORIES), parts: kelurahanOf(kec).map((kl) => cellId.enrolled(kl.code, ALL_CATEGORIES)) });
  equations.push({ total: cellId.enrolled(kota, ALL_CATEGORIES), parts: kecamatan.map((kec) => cellId.enrolled(kec, ALL_CATEGORIES)) });

  // Status, sex and age: kota and kecamatan only, each margin tied to the all-categories count.
  const sumKel = (kec: string | null, f: (i: number) => number) =>
    regions.kelurahan.reduce((s, kl, i) => (kec === null || kl.kecamatanCode === kec ? s + f(i) : s), 0);
  const keyKel = (kec: string | null, f: (i: number) => number) =>
    regions.kelurahan.reduce((s, kl, i) => (kec === null || kl.kecamatanCode === kec ? (s + f(i)) >>> 0 : s), 0);
  const breakdowns = [
    { id: cellId.sex, groups: SEXES, array: 'sex' as const, counts: tally.sex },
    { id: cellId.age, groups: AGE_BANDS, array: 'age' as const, counts: tally.age },
  ];
  for (const code of [kota, ...kecamatan]) {
    const scope = code === kota ? null : code;
    const nonActive = sumKel(scope, (i) => categoryIds.reduce((s, _c, c) => s + tally.nonActiveAt(i, c), 0));
    const nonActiveKey = keyKel(scope, (i) => categoryIds.reduce((s, _c, c) => s + tallyKey('nonActive', i * categoryIds.length + c), 0));
    add({ id: cellId.nonActive(code), value: nonActive, k }, nonActiveKey);
    add({ id: cellId.registered(code), value: nonActive + totals.get(cellId.enrolled(code, ALL_CATEGORIES))!, k }, nonActiveKey + keyOf(cellId.enrolled(code, ALL_CATEGORIES)));
    equations.push({ total: cellId.registered(code), parts: [cellId.enrolled(code, ALL_CATEGORIES), cellId.nonActive(code)] });
    for (const b of breakdowns) {
      const n = b.groups.length;
      b.groups.forEach((g, gi) =>
        add({ id: b.id(code, g), value: sumKel(scope, (i) => b.counts[i * n + gi]!), k }, keyKel(scope, (i) => tallyKey(b.array, i * n + gi))));
      equations.push({ total: cellId.enrolled(code, ALL_CATEGORIES), parts: b.groups.map((g) => b.id(code, g)) });
    }
  }
  for (const id of [cellId.nonActive, cellId.registered])
    equations.push({ total: id(kota), parts: kecamatan.map((kec) => id(kec)) });
  for (const b of breakdowns)
    for (const g of b.groups) equations.push({ total: b.id(kota, g), parts: kecamatan.map((kec) => b.id(kec, g)) });

  // Timeline: new and cumulative active people by start month and funding batch.
  const months = monthRange([...tally.byMonth.keys()]);
  for (const batch of [...program.batches.map((b) => b.id), ALL_CATEGORIES]) {
    let cumulative = 0;
    let cumulativeKey = 0;
    for (const month of months) {
      const counts = tally.byMonth.get(month);
      const monthKeys = tallyKeys?.byMonth.get(month);
      const value = counts ? batchCategories(program, batch).reduce((s, { i }) => s + counts[i]!, 0) : 0;
      const key = monthKeys ? batchCategories(program, batch).reduce((s, { i }) => (s + monthKeys[i]!) >>> 0, 0) : 0;
      cumulative += value;
      cumulativeKey = (cumulativeKey + key) >>> 0;
      add({ id: cellId.newInMonth(month, batch), value, k }, key);
      add({ id: cellId.cumulative(month, batch), value: cumulative, k }, cumulativeKey);
    }
  }

  // Claims: count and rupiah share their fate, so a hidden count never sits beside its visible amount.
  for (const code of [kota, ...kecamatan]) {
    for (const p of [...CLAIM_PROGRAMS, ALL_CATEGORIES]) {
      const total = claims.get(code, p);
      add({ id: cellId.claims(code, p), value: total.claims, k }, total.key);
      // Amounts are never small in count terms; they are hidden only through the link to their count.
      add({ id: cellId.claimRupiah(code, p), value: total.rupiah, k: 1 });
      links.push([cellId.claims(code, p), cellId.claimRupiah(code, p)]);
    }
    for (const id of [cellId.claims, cellId.claimRupiah])
      equations.push({ total: id(code, ALL_CATEGORIES), parts: CLAIM_PROGRAMS.map((p) => id(code, p)) });
  }
  for (const p of [...CLAIM_PROGRAMS, ALL_CATEGORIES])
    for (const id of [cellId.claims, cellId.claimRupiah])
      equations.push({ total: id(kota, p), parts: kecamatan.map((kec) => id(kec, p)) });

  const allEquations = [...equations, ...timelineEquations(program, months)];
  const base = { months, cellCount: cells.size };
  if (noise) {
    const table = method === 'cell-key' ? CELL_KEY_TABLE : RANDOM_ROUNDING_TABLE;
    const exact = exactCells(program, cells, months);
    const rupiah = new Set([...cells.keys()].filter((id) => id.startsWith('v|')));
    const noiseCells = new Map<string, NoiseCell>();
    for (const cell of cells.values()) {
      if (rupiah.has(cell.id)) continue;
      const category = cell.id.startsWith('e|') ? program.categories.find((c) => c.id === cell.id.split('|')[2]) : undefined;
      noiseCells.set(cell.id, { ...cell, key: keyOf(cell.id), exact: exact.has(cell.id), complementSensitive: category?.complementSensitive ?? false });
    }
    const replaced = otherReleases.find((r) => r.asOfDate === program.asOfDate);
    const sums = [...allEquations.filter((e) => !rupiah.has(e.total)), ...impliedSums(program, months)];
    const noisy = addNoise(noiseCells, sums, table, replaced ? rangesIn(replaced) : new Map(), noiseAudit);
    // Rupiah: an amount would give its claim count away (a death benefit is a fixed sum), and amounts scaled area by
    // area would tie counts together. So each program's amount is its published count × the program's city-wide
    // average per claim, and "semua" the sum of the programs' amounts: they add nothing to what the counts say.
    for (const code of [kota, ...kecamatan]) {
      let sum: number | null = 0;
      let approximate = false;
      for (const p of CLAIM_PROGRAMS) {
        const [count, amount] = [cellId.claims(code, p), cellId.claimRupiah(code, p)];
        const published = noisy.published.get(count)!;
        const cityCount = cells.get(cellId.claims(kota, p))!.value;
        const average = cityCount === 0 ? 0 : cells.get(cellId.claimRupiah(kota, p))!.value / cityCount;
        const value = published === null ? null : Math.round(published * average);
        noisy.published.set(amount, value);
        // Exact only where it is the true amount: the city's, when its count is exact, and any amount of no claims.
        const exact = value === 0 ? published === 0 && !noisy.approximate.has(count) : code === kota && !noisy.approximate.has(count);
        if (!exact && value !== null) noisy.approximate.add(amount), (approximate = true);
        sum = sum === null || value === null ? null : sum + value;
      }
      noisy.published.set(cellId.claimRupiah(code, ALL_CATEGORIES), sum);
      if (approximate) noisy.approximate.add(cellId.claimRupiah(code, ALL_CATEGORIES));
    }
    return {
      ...base,
      value: (id) => lookup(noisy.published, id),
      approximate: (id) => (lookup(noisy.published, id), noisy.approximate.has(id)),
      perturbation: table,
      approximateCount: noisy.approximate.size,
      hiddenCount: noisy.hidden.size,
      hiddenForChanges: 0,
    };
  }

  const weigh = importance(kota, kecamatan);
  // The timeline's sums depend on the months: each other release is read with its own (its last month is its total).
  // The fitted rules compare only with a release of the same date (one this run replaces): between two dates a
  // count's difference is people who joined minus people who left, which tells no one who joined.
  const compared = fitted ? otherReleases.filter((r) => r.asOfDate === program.asOfDate) : otherReleases;
  const others = compared.map((r) => ({
    asOfDate: r.asOfDate, known: knownInRelease(r, [...equations, ...timelineEquations(program, r.months)]),
  }));
  // Counts that differ by a few people from what an earlier release (or the one this run replaces) lets readers
  // know are unsafe from the start. Against later releases (this run fills in an older date) only what a
  // pattern lets readers know is compared, so that a rerun of an older release reproduces it exactly. After
  // each pattern, every count it lets readers know is compared with all the other releases; counts that differ
  // by a few people become primary and the pattern is chosen again, until none does.
  const trueValues = new Map([...cells.values()].map((c) => [c.id, c.value]));
  const earlier = others.filter((r) => r.asOfDate <= program.asOfDate).map((r) => r.known);
  const forChanges = new Set(smallDifferences(cells, trueValues, earlier));
  let hidden: Set<string>;
  for (;;) {
    const weighed = [...cells.values()].map((c) => ({ ...c, cost: weigh(c), ...(forChanges.has(c.id) ? { forceSuppress: true } : {}) }));
    const input = { cells: weighed, equations: allEquations, links };
    hidden = solver ? optimalHidden(input, solver) : chooseHidden(input, (c) => c.cost! >= KEEP_WORTHY);
    if (others.length === 0) break;
    const { known } = knownValues(cells, allEquations, hidden);
    const changed = smallDifferences(cells, known, others.map((r) => r.known)).filter((id) => !forChanges.has(id));
    if (changed.length === 0) break;
    changed.forEach((id) => forChanges.add(id));
  }
  return {
    ...base,
    value(id) {
      const cell = cells.get(id);
      if (!cell) throw new Error(`no protected cell "${id}"`);
      return hidden.has(id) ? null : cell.value;
    },
    approximate(id) {
      if (!cells.has(id)) throw new Error(`no protected cell "${id}"`);
      return false;
    },
    perturbation: null,
    approximateCount: 0,
    hiddenCount: hidden.size,
    hiddenForChanges: forChanges.size,
  };
}

/** What readers of a kept release know of each of its counts: [value, value] if exact, its originals if approximate. */
function rangesIn(release: ReleaseCells): Map<string, readonly [number, number]> {
  const ranges = new Map<string, readonly [number, number]>();
  for (const [id, value] of release.values) {
    if (value === null || id.startsWith('v|')) continue;
    if (!release.approximate.has(id)) ranges.set(id, [value, value]);
    else if (release.perturbation) ranges.set(id, originalsOf(release.perturbation, value, release.targets.get(id)));
  }
  return ranges;
}

function lookup(published: ReadonlyMap<string, number | null>, id: string): number | null {
  const value = published.get(id);
  if (value === undefined) throw new Error(`no protected cell "${id}"`);
  return value;
}

/**
 * The cells the noise methods publish exactly: the city's count per category (officials announce them and
 * journalists quote them), unless it is from 1 to k−1 (or, where being outside the group is sensitive, its target
 * minus it is, or it is 0: a city 0 says that nobody eligible is enrolled in any kelurahan, so the audit must be free
 * to hide it); the city's all-categories count when every category's is exact; and each batch's last cumulative
 * month, which counts the same people as its categories' city counts.
 */
function exactCells(program: Program, cells: ReadonlyMap<string, SdcCell>, months: readonly string[]): Set<string> {
  const kota = program.region.code;
  const exact = new Set<string>();
  const small = (n: number, k: number) => n >= 1 && n <= k - 1;
  for (const cat of program.categories) {
    const cell = cells.get(cellId.enrolled(kota, cat.id))!;
    const smallComplement = cat.complementSensitive && ((cell.complementOf !== undefined && small(cell.complementOf - cell.value, cell.k)) || cell.value === 0);
    if (!small(cell.value, cell.k) && !smallComplement) exact.add(cell.id);
  }
  const allExact = (categories: readonly { id: string }[]) => categories.every((c) => exact.has(cellId.enrolled(kota, c.id)));
  if (allExact(program.categories)) exact.add(cellId.enrolled(kota, ALL_CATEGORIES));
  const last = months.at(-1);
  if (last)
    for (const batch of [...program.batches.map((b) => b.id), ALL_CATEGORIES])
      if (allExact(batchCategories(program, batch).map(({ c }) => c))) exact.add(cellId.cumulative(last, batch));
  return exact;
}

/**
 * Cells at least this costly are worth another suppression run to keep published: the city figures by
 * category. (Each run costs up to a second on dense tables, so kecamatan figures are not tried.)
 */
const KEEP_WORTHY = 1000;

/**
 * What readers lose when a cell is hidden: a city figure by category most (the headline numbers the city
 * announced), then kecamatan figures, city breakdowns and months, then kelurahan and kecamatan breakdowns.
 */
function importance(kota: string, kecamatan: string[]): (cell: SdcCell) => number {
  const kecamatanSet = new Set(kecamatan);
  return (cell) => {
    const [kind, code] = cell.id.split('|') as [string, string];
    if (kind === 'e') return code === kota ? 1000 : kecamatanSet.has(code) ? 10 : 1;
    return code === kota || kind === 't' || kind === 'c' ? 10 : 1;
  };
}

/** The categories counted in a funding batch ("semua": all), with their index in program.categories. */
const batchCategories = (program: Program, batch: string) =>
  program.categories.map((c, i) => ({ c, i })).filter(({ c }) => batch === ALL_CATEGORIES || c.batch === batch);

/**
 * The timeline's sums: each month's cumulative is the previous one plus the month's new people, the batches add up
 * to "semua", and the last month's cumulative of a batch is the kota count of the batch's categories.
 */
function timelineEquations(program: Program, months: readonly string[]): SdcEquation[] {
  const equations: SdcEquation[] = [];
  const batches = program.batches.map((b) => b.id);
  for (const batch of [...batches, ALL_CATEGORIES]) {
    months.forEach((month, m) => {
      const previous = m === 0 ? [] : [cellId.cumulative(months[m - 1]!, batch)];
      equations.push({ total: cellId.cumulative(month, batch), parts: [...previous, cellId.newInMonth(month, batch)] });
    });
    const last = months.at(-1);
    if (last) equations.push({ total: cellId.cumulative(last, batch), parts: batchCategories(program, batch).map(({ c }) => cellId.enrolled(program.region.code, c.id)) });
  }
  for (const month of months)
    equations.push({ total: cellId.newInMonth(month, ALL_CATEGORIES), parts: batches.map((b) => cellId.newInMonth(month, b)) });
  return equations;
}

/**
 * Sums that follow from the others, which interval propagation (the noise methods' audit) cannot put together by
 * itself, though a reader of timeline.json and enrollment.json writes them down at once: each month, the batches'
 * cumulative counts add up to "semua"; and the last month's cumulative "semua" is the city's all-categories count.
 */
function impliedSums(program: Program, months: readonly string[]): SdcEquation[] {
  const sums = months.map((m) => ({ total: cellId.cumulative(m, ALL_CATEGORIES), parts: program.batches.map((b) => cellId.cumulative(m, b.id)) }));
  const last = months.at(-1);
  if (last) sums.push({ total: cellId.cumulative(last, ALL_CATEGORIES), parts: [cellId.enrolled(program.region.code, ALL_CATEGORIES)] });
  return sums;
}

/** Every month from the first to the last, so a month with no new people shows as 0, not as missing. */
export function monthRange(months: string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const [first, last] = [sorted[0]!, sorted.at(-1)!];
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; ) {
    out.push(key);
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
    key = `${y}-${String(m).padStart(2, '0')}`;
  }
  return out;
}
