import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDerivable, suppress } from '../../../src/pipeline/protect/suppress.ts';
import { derivableByRank } from '../../helpers/exact-rank.ts';
import type { SdcCell, SdcInput } from '../../../src/pipeline/protect/sdc-input.ts';

const sorted = (s: Iterable<string>): string[] => [...s].sort();

/** Cells with no equations, for the per-cell rules. */
const loose = (cells: SdcCell[], links?: string[][]): SdcInput => ({ cells, equations: [], links });

interface AreaTableSpec {
  /** counts[kecamatan][kelurahan][category] */
  counts: number[][][];
  k: number;
  /** Categories never published at kelurahan level (their kecamatan and kota values are). */
  withheldAtKelurahan?: number[];
  /** Public target for a kelurahan cell, keyed "kec.kel.cat", making its complement sensitive too. */
  targets?: Map<string, number>;
}

/**
 * A table shaped like the real one: kota → kecamatan → kelurahan × categories plus "semua"; each
 * area's "semua" sums its categories, each category's parent area sums its children.
 */
function areaTable({ counts, k, withheldAtKelurahan = [], targets = new Map() }: AreaTableSpec): SdcInput {
  const categories = counts[0]![0]!.length;
  const cats = [...Array.from({ length: categories }, (_, c) => `c${c}`), 'semua'];
  const cells: SdcCell[] = [];
  const equations: SdcInput['equations'] = [];
  const id = (area: string, cat: string): string => `area:${area}|cat:${cat}`;
  const addArea = (area: string, values: number[], extra: (c: number) => Partial<SdcCell>): void => {
    values.forEach((value, c) => cells.push({ id: id(area, cats[c]!), value, k, ...extra(c) }));
    cells.push({ id: id(area, 'semua'), value: values.reduce((a, b) => a + b, 0), k });
    equations.push({ total: id(area, 'semua'), parts: values.map((_, c) => id(area, cats[c]!)) });
  };
  const kotaValues = Array.from({ length: categories }, () => 0);
  counts.forEach((kelurahan, kc) => {
    const kec = `21.71.${String(kc + 1).padStart(2, '0')}`;
    const kecValues = Array.from({ length: categories }, () => 0);
    kelurahan.forEach((values, kl) => {
      addArea(`${kec}.${1001 + kl}`, values, (c) => ({
        withheld: withheldAtKelurahan.includes(c) || undefined,
        complementOf: targets.get(`${kc}.${kl}.${c}`),
      }));
      values.forEach((v, c) => (kecValues[c]! += v));
    });
    addArea(kec, kecValues, () => ({}));
    kecValues.forEach((v, c) => (kotaValues[c]! += v));
    for (const cat of cats) equations.push({ total: id(kec, cat), parts: kelurahan.map((_, kl) => id(`${kec}.${1001 + kl}`, cat)) });
  });
  addArea('21.71', kotaValues, () => ({}));
  for (const cat of cats) equations.push({ total: id('21.71', cat), parts: counts.map((_, kc) => id(`21.71.${String(kc + 1).padStart(2, '0')}`, cat)) });
  return { cells, equations };
}

/** The primary rule restated independently of the engine. */
function unsafe(cell: SdcCell): boolean {
  const small = (x: number): boolean => x >= 1 && x < cell.k;
  return !cell.withheld && (!!cell.forceSuppress || small(cell.value) || (cell.complementOf !== undefined && small(cell.complementOf - cell.value)));
}

describe('suppress(input) primary rules', () => {
  it('suppress(cells) hides values 1 to k-1 as primary and publishes zeros and values from k', () => {
    const result = suppress(loose([0, 1, 2, 3, 4].map((value) => ({ id: `v${value}`, value, k: 3 }))));
    expect(sorted(result.primary)).toEqual(['v1', 'v2']);
    expect(sorted(result.hidden)).toEqual(['v1', 'v2']);
    expect(result.secondary.size).toBe(0);
  });

  it('suppress(cells) hides a small complement: complementOf - value from 1 to k-1', () => {
    const result = suppress(
      loose([
        { id: 'gap2', value: 8, k: 3, complementOf: 10 },
        { id: 'gap3', value: 7, k: 3, complementOf: 10 },
        { id: 'full', value: 10, k: 3, complementOf: 10 },
        { id: 'over', value: 12, k: 3, complementOf: 10 },
      ]),
    );
    expect(sorted(result.primary)).toEqual(['gap2']);
  });

  it('suppress(cells) hides withheld cells without counting them as primary or secondary', () => {
    const result = suppress(loose([{ id: 'w', value: 40, k: 3, withheld: true }, { id: 'w-small', value: 1, k: 3, withheld: true }, { id: 'p', value: 40, k: 3 }]));
    expect(sorted(result.hidden)).toEqual(['w', 'w-small']);
    expect(result.primary.size + result.secondary.size).toBe(0);
  });

  it('suppress(cells) hides forceSuppress cells as primary whatever their value', () => {
    const result = suppress(loose([{ id: 'big', value: 5_000_000, k: 3, forceSuppress: true }, { id: 'zero', value: 0, k: 3, forceSuppress: true }]));
    expect(sorted(result.primary)).toEqual(['big', 'zero']);
  });

  it('suppress(cells, links) hides every member of a link group with a hidden member, as secondary', () => {
    const result = suppress(
      loose(
        [
          { id: 'count', value: 2, k: 3 },
          { id: 'rupiah', value: 84_000_000, k: 3 },
          { id: 'count2', value: 9, k: 3 },
          { id: 'rupiah2', value: 42_000_000, k: 3 },
        ],
        [['count', 'rupiah'], ['rupiah2', 'count2']],
      ),
    );
    expect(sorted(result.primary)).toEqual(['count']);
    expect(sorted(result.secondary)).toEqual(['rupiah']);
  });
});

describe('suppress(input) secondary suppression', () => {
  const single: SdcInput = {
    cells: [
      { id: 'total', value: 16, k: 3 },
      { id: 'a', value: 1, k: 3 },
      { id: 'b', value: 0, k: 3 },
      { id: 'c', value: 9, k: 3 },
      { id: 'd', value: 6, k: 3 },
    ],
    equations: [{ total: 'total', parts: ['a', 'b', 'c', 'd'] }],
  };

  it('suppress(one equation) hides the smallest non-zero other part beside the unsafe one', () => {
    const result = suppress(single);
    expect(sorted(result.primary)).toEqual(['a']);
    expect(sorted(result.secondary)).toEqual(['d']);
  });

  it('suppress(one equation) hides the total rather than a zero part when only zeros are left', () => {
    const result = suppress({
      cells: [{ id: 't', value: 5, k: 3 }, { id: 'a', value: 5, k: 3, forceSuppress: true }, { id: 'z1', value: 0, k: 3 }, { id: 'z2', value: 0, k: 3 }],
      equations: [{ total: 't', parts: ['a', 'z1', 'z2'] }],
    });
    expect(sorted(result.secondary)).toEqual(['t']);
  });

  it('suppress(linked equations) carries link groups through secondary suppression', () => {
    const counts = { a: 1, b: 4, c: 6 };
    const cells: SdcCell[] = [{ id: 'n', value: 11, k: 3 }, { id: 'rp', value: 11 * 42, k: 3 }];
    for (const [id, value] of Object.entries(counts)) cells.push({ id, value, k: 3 }, { id: `${id}-rp`, value: value * 42, k: 3 });
    const input: SdcInput = {
      cells,
      equations: [
        { total: 'n', parts: ['a', 'b', 'c'] },
        { total: 'rp', parts: ['a-rp', 'b-rp', 'c-rp'] },
      ],
      links: [['a', 'a-rp'], ['b', 'b-rp'], ['c', 'c-rp'], ['n', 'rp']],
    };
    const result = suppress(input);
    expect(sorted(result.hidden)).toEqual(['a', 'a-rp', 'b', 'b-rp']);
    expect(derivableByRank(input, result.hidden)).toEqual([]);
  });
});

/** A 4×4 table with row, column and grand totals; two hidden 2×2 cycles joined by the bridge cell x23. */
function bridgeTable(): { input: SdcInput; primary: Set<string> } {
  const small = new Set(['x11', 'x12', 'x21', 'x22', 'x33', 'x34', 'x43', 'x44', 'x23']);
  const cells: SdcCell[] = [];
  const grid = [1, 2, 3, 4].map((r) => [1, 2, 3, 4].map((c) => (small.has(`x${r}${c}`) ? 1 + ((r + c) % 2) : 10 + r * c)));
  grid.forEach((row, r) => row.forEach((value, c) => cells.push({ id: `x${r + 1}${c + 1}`, value, k: 3 })));
  const rowSums = grid.map((row) => row.reduce((a, b) => a + b, 0));
  const colSums = [0, 1, 2, 3].map((c) => grid.reduce((a, row) => a + row[c]!, 0));
  rowSums.forEach((value, r) => cells.push({ id: `r${r + 1}`, value, k: 3 }));
  colSums.forEach((value, c) => cells.push({ id: `c${c + 1}`, value, k: 3 }));
  cells.push({ id: 'g', value: rowSums.reduce((a, b) => a + b, 0), k: 3 });
  const equations = [
    ...[1, 2, 3, 4].map((r) => ({ total: `r${r}`, parts: [1, 2, 3, 4].map((c) => `x${r}${c}`) })),
    ...[1, 2, 3, 4].map((c) => ({ total: `c${c}`, parts: [1, 2, 3, 4].map((r) => `x${r}${c}`) })),
    { total: 'g', parts: ['r1', 'r2', 'r3', 'r4'] },
    { total: 'g', parts: ['c1', 'c2', 'c3', 'c4'] },
  ];
  return { input: { cells, equations }, primary: small };
}

describe('findDerivable(input, hidden) across equations', () => {
  it('findDerivable(bridge) finds the bridge cell although every equation has 0 or at least 2 hidden cells', () => {
    const { input, primary } = bridgeTable();
    for (const eq of input.equations) {
      expect([0, 2, 3]).toContain([eq.total, ...eq.parts].filter((id) => primary.has(id)).length);
    }
    expect(findDerivable(input, primary)).toEqual(['x23']);
    expect(derivableByRank(input, primary)).toEqual(['x23']);
  });

  it('suppress(bridge) hides more until the bridge cell is no longer derivable', () => {
    const { input, primary } = bridgeTable();
    const result = suppress(input);
    expect(sorted(result.primary)).toEqual(sorted(primary));
    expect(result.secondary.size).toBeGreaterThan(0);
    expect(findDerivable(input, result.hidden)).toEqual([]);
    expect(derivableByRank(input, result.hidden)).toEqual([]);
  });

  it('suppress(cell fixed by the equations alone) stops, and findDerivable still reports it', () => {
    // a = b + c and a = b force c = 0 whatever is hidden: no suppression can protect c.
    const input: SdcInput = {
      cells: [{ id: 'a', value: 5, k: 3 }, { id: 'b', value: 5, k: 3 }, { id: 'c', value: 0, k: 3, forceSuppress: true }],
      equations: [{ total: 'a', parts: ['b', 'c'] }, { total: 'a', parts: ['b'] }],
    };
    const result = suppress(input);
    expect(sorted(result.hidden)).toEqual(['a', 'b', 'c']);
    expect(findDerivable(input, result.hidden)).toEqual(['c']);
    expect(derivableByRank(input, result.hidden)).toEqual(['c']);
  });

  it('findDerivable(input, hidden) rejects unknown ids', () => {
    expect(() => findDerivable(bridgeTable().input, new Set(['nope']))).toThrow(/"nope"/);
  });
});

describe('suppress(area × category table)', () => {
  // Three kecamatan; the second has a single kelurahan, so its kelurahan values equal its kecamatan values.
  const counts = [
    [[12, 7, 4], [30, 0, 9], [8, 14, 6]],
    [[22, 11, 13]],
    [[3, 25, 7], [16, 9, 11]],
  ];
  const input = areaTable({ counts, k: 5, withheldAtKelurahan: [2] });
  const withheld = input.cells.filter((c) => c.withheld).map((c) => c.id);

  it('suppress(table with a category withheld at kelurahan level) leaves no withheld value derivable', () => {
    const result = suppress(input);
    expect(withheld).toHaveLength(6);
    for (const id of withheld) {
      expect(result.hidden.has(id)).toBe(true);
      expect(result.primary.has(id) || result.secondary.has(id)).toBe(false);
    }
    expect(derivableByRank(input, result.hidden)).toEqual([]);
    expect(findDerivable(input, result.hidden)).toEqual([]);
    // Publishing this kecamatan's value would publish its only kelurahan's value.
    expect(result.secondary.has('area:21.71.02|cat:c2')).toBe(true);
  });

  it('findDerivable(table, withheld only) shows why secondary suppression is needed there', () => {
    const derivable = findDerivable(input, new Set(withheld));
    expect(derivable).toEqual(derivableByRank(input, new Set(withheld)));
    expect(derivable.length).toBeGreaterThan(0);
  });

  it('suppress(table) marks exactly the unsafe cells as primary', () => {
    const result = suppress(input);
    const unsafeIds = input.cells.filter(unsafe).map((c) => c.id);
    expect(unsafeIds.length).toBeGreaterThan(0);
    expect(sorted(result.primary)).toEqual(sorted(unsafeIds));
  });
});

describe('suppress(input) validation', () => {
  const base = (): SdcInput => ({
    cells: [{ id: 't', value: 5, k: 3 }, { id: 'a', value: 2, k: 3 }, { id: 'b', value: 3, k: 3 }],
    equations: [{ total: 't', parts: ['a', 'b'] }],
  });

  it('suppress(input) names an equation whose numbers do not add up', () => {
    const input = base();
    input.cells[0]!.value = 6;
    expect(() => suppress(input)).toThrow(/equation "t" = sum of \[a, b\] does not add up: the total is 6 but the parts sum to 5/);
  });

  it('suppress(input) rejects duplicate ids', () => {
    const input = base();
    input.cells.push({ id: 'a', value: 1, k: 3 });
    expect(() => suppress(input)).toThrow(/cell id "a" is used more than once/);
  });

  it('suppress(input) rejects unknown ids in equations and links', () => {
    const input = base();
    input.equations.push({ total: 't', parts: ['a', 'ghost'] });
    input.links = [['a', 'phantom']];
    expect(() => suppress(input)).toThrow(/unknown cell "ghost"[\s\S]*unknown cell "phantom"/);
  });

  it('suppress(input) rejects negative and non-integer values', () => {
    const input = base();
    input.cells.push({ id: 'neg', value: -1, k: 3 }, { id: 'half', value: 1.5, k: 3 });
    expect(() => suppress(input)).toThrow(/cell "neg": value -1 is not a non-negative whole number/);
    expect(() => suppress(input)).toThrow(/cell "half": value 1.5 is not a non-negative whole number/);
  });

  it('findDerivable(input, hidden) validates its input the same way', () => {
    const input = base();
    input.cells[1]!.value = 1;
    expect(() => findDerivable(input, new Set())).toThrow(/does not add up/);
  });
});

/** Counts 0–30 with many small ones, as in thin categories spread over 64 kelurahan. */
const countArb = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 4 }), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 30 }), weight: 2 });

const areaTableArb = fc
  .record({ categories: fc.integer({ min: 2, max: 4 }), kecamatan: fc.integer({ min: 2, max: 4 }) })
  .chain(({ categories, kecamatan }) =>
    fc.record({
      counts: fc.array(fc.array(fc.array(countArb, { minLength: categories, maxLength: categories }), { minLength: 1, maxLength: 4 }), {
        minLength: kecamatan,
        maxLength: kecamatan,
      }),
      k: fc.integer({ min: 3, max: 10 }),
      withheld: fc.boolean(),
      // Slack between a kelurahan's public target and its first category's count, when it has one.
      slack: fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }), { minLength: 16, maxLength: 16 }),
    }),
  )
  .map(({ counts, k, withheld, slack }) => {
    const targets = new Map<string, number>();
    counts.forEach((kelurahan, kc) =>
      kelurahan.forEach((values, kl) => {
        const s = slack[kc * 4 + kl];
        if (s !== undefined) targets.set(`${kc}.${kl}.0`, values[0]! + s);
      }),
    );
    const categories = counts[0]![0]!.length;
    return areaTable({ counts, k, targets, withheldAtKelurahan: withheld ? [categories - 1] : [] });
  });

describe('suppress(input) properties', () => {
  it('suppress(random area table) hides every unsafe cell, leaves nothing derivable, and keeps published equations true', () => {
    fc.assert(
      fc.property(areaTableArb, (input) => {
        const result = suppress(input);
        const value = new Map(input.cells.map((c) => [c.id, c.value]));
        // (a) every unsafe cell is primary and hidden, every withheld cell hidden
        for (const cell of input.cells) {
          expect(result.primary.has(cell.id)).toBe(unsafe(cell));
          if (unsafe(cell) || cell.withheld) expect(result.hidden.has(cell.id)).toBe(true);
        }
        // (b) the independent rank audit finds nothing derivable
        expect(derivableByRank(input, result.hidden)).toEqual([]);
        // (c) hidden is exactly primary ∪ secondary ∪ withheld, and published cells satisfy the equations
        for (const cell of input.cells) {
          const parts = [result.primary.has(cell.id), result.secondary.has(cell.id), !!cell.withheld].filter(Boolean).length;
          expect(parts).toBe(result.hidden.has(cell.id) ? 1 : 0);
        }
        for (const eq of input.equations) {
          const cells = [eq.total, ...eq.parts];
          if (cells.some((id) => result.hidden.has(id))) {
            expect(cells.filter((id) => result.hidden.has(id)).length).toBeGreaterThanOrEqual(2);
          } else {
            expect(eq.parts.reduce((s, p) => s + value.get(p)!, 0)).toBe(value.get(eq.total));
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('findDerivable(random table, random hidden set) agrees with the independent rank audit', () => {
    const arb = areaTableArb.chain((input) =>
      fc.record({ input: fc.constant(input), hide: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: input.cells.length, maxLength: input.cells.length }), p: fc.double({ min: 0.05, max: 0.6, noNaN: true }) }),
    );
    fc.assert(
      fc.property(arb, ({ input, hide, p }) => {
        const hidden = new Set(input.cells.filter((_, i) => hide[i]! < p).map((c) => c.id));
        expect(findDerivable(input, hidden)).toEqual(derivableByRank(input, hidden));
      }),
      { numRuns: 200 },
    );
  });

  it('suppress(shuffled input) gives the same result as suppress(input)', () => {
    const arb = areaTableArb.chain((input) =>
      fc.record({
        input: fc.constant(input),
        cells: fc.shuffledSubarray(input.cells, { minLength: input.cells.length }),
        equations: fc.shuffledSubarray(input.equations, { minLength: input.equations.length }),
        reverseParts: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arb, ({ input, cells, equations, reverseParts }) => {
        const shuffled: SdcInput = { cells, equations: equations.map((eq) => ({ total: eq.total, parts: reverseParts ? [...eq.parts].reverse() : eq.parts })) };
        const a = suppress(input);
        const b = suppress(shuffled);
        expect(sorted(b.hidden)).toEqual(sorted(a.hidden));
        expect(sorted(b.secondary)).toEqual(sorted(a.secondary));
      }),
      { numRuns: 100 },
    );
  });
});
