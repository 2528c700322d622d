import { beforeAll, describe, expect, it } from 'vitest';
import { createPrng, type Prng } from '../../../scripts/sample/prng.ts';
import { boundPins } from '../../../src/pipeline/protect/bound-pins.ts';
import { chooseHidden } from '../../../src/pipeline/protect/choose-hidden.ts';
import { loadSolver, optimalHidden, type Solver } from '../../../src/pipeline/protect/optimal-hidden.ts';
import type { SdcCell, SdcEquation, SdcInput } from '../../../src/pipeline/protect/sdc-input.ts';
import { findDerivable, mustStayUnknown } from '../../../src/pipeline/protect/suppress.ts';

let solver: Solver;
beforeAll(async () => {
  solver = await loadSolver();
});

/** A table of rows × columns with a total per row, per column and overall; `cost` and extras by cell id. */
function crossTable(values: number[][], extra: (id: string) => Partial<SdcCell> = () => ({})): SdcInput {
  const rows = values.length;
  const columns = values[0]!.length;
  const id = (r: number | 'T', c: number | 'T') => `r${r}c${c}`;
  const cells: SdcCell[] = [];
  const equations: SdcEquation[] = [];
  const add = (cellId: string, value: number) => cells.push({ id: cellId, value, k: 5, cost: 1, ...extra(cellId) });
  values.forEach((row, r) => row.forEach((v, c) => add(id(r, c), v)));
  values.forEach((row, r) => add(id(r, 'T'), row.reduce((a, b) => a + b, 0)));
  for (let c = 0; c < columns; c++) add(id('T', c), values.reduce((s, row) => s + row[c]!, 0));
  add(id('T', 'T'), values.flat().reduce((a, b) => a + b, 0));
  for (let r = 0; r < rows; r++) equations.push({ total: id(r, 'T'), parts: values[r]!.map((_, c) => id(r, c)) });
  for (let c = 0; c < columns; c++) equations.push({ total: id('T', c), parts: values.map((_, r) => id(r, c)) });
  equations.push({ total: id('T', 'T'), parts: values.map((_, r) => id(r, 'T')) });
  equations.push({ total: id('T', 'T'), parts: values[0]!.map((_, c) => id('T', c)) });
  return { cells, equations };
}

const costOf = (input: SdcInput, hidden: ReadonlySet<string>) => input.cells.reduce((s, c) => (hidden.has(c.id) ? s + (c.cost ?? 0) : s), 0);

/** What the audits still work out of the cells that must stay unknown (and of cells linked to them). */
function givenAway(input: SdcInput, hidden: ReadonlySet<string>): string[] {
  const cells = new Map(input.cells.map((c) => [c.id, c]));
  const linkedToUnsafe = new Set((input.links ?? []).filter((g) => g.some((id) => mustStayUnknown(cells.get(id)!))).flat());
  const protect = (id: string) => mustStayUnknown(cells.get(id)!) || linkedToUnsafe.has(id);
  return [...findDerivable(input, hidden).filter(protect), ...boundPins(cells, input.equations, hidden, protect).pinned];
}

/** A rows × columns table with row, column and grand totals: the smallest shape secondary suppression works on. */
function gridTable(values: number[][], cost: (r: number, c: number) => number = () => 1): SdcInput {
  const cells: SdcCell[] = [];
  const equations: SdcEquation[] = [];
  const id = (r: number | 'T', c: number | 'T') => `${r}|${c}`;
  const rows = values.length;
  const cols = values[0]!.length;
  const rowSum = (r: number) => values[r]!.reduce((s, v) => s + v, 0);
  const colSum = (c: number) => values.reduce((s, row) => s + row[c]!, 0);
  values.forEach((row, r) => row.forEach((v, c) => cells.push({ id: id(r, c), value: v, k: 5, cost: cost(r, c) })));
  for (let r = 0; r < rows; r++) {
    cells.push({ id: id(r, 'T'), value: rowSum(r), k: 5, cost: 10 });
    equations.push({ total: id(r, 'T'), parts: Array.from({ length: cols }, (_, c) => id(r, c)) });
  }
  for (let c = 0; c < cols; c++) {
    cells.push({ id: id('T', c), value: colSum(c), k: 5, cost: 10 });
    equations.push({ total: id('T', c), parts: Array.from({ length: rows }, (_, r) => id(r, c)) });
  }
  const total = values.flat().reduce((s, v) => s + v, 0);
  cells.push({ id: id('T', 'T'), value: total, k: 5, cost: 100 });
  equations.push({ total: id('T', 'T'), parts: Array.from({ length: rows }, (_, r) => id(r, 'T')) });
  equations.push({ total: id('T', 'T'), parts: Array.from({ length: cols }, (_, c) => id('T', c)) });
  return { cells, equations };
}

const expectSafe = (input: SdcInput, hidden: ReadonlySet<string>) => {
  expect(findDerivable(input, hidden)).toEqual([]);
  expect(boundPins(new Map(input.cells.map((c) => [c.id, c])), input.equations, hidden).pinned).toEqual([]);
};

describe('optimalHidden on grid tables with costly totals', () => {
  it('one small cell in a 3 × 3 table: hides the cheapest rectangle of four inner cells, no total', () => {
    const input = gridTable([[2, 20, 30], [25, 40, 35], [30, 45, 50]]);
    const hidden = optimalHidden(input, solver);
    expectSafe(input, hidden);
    expect(hidden.has('0|0')).toBe(true);
    expect(hidden.size).toBe(4);
    expect([...hidden].every((id) => !id.includes('T'))).toBe(true);
  });

  it('prefers cheap cells: with one row costly, the rectangle avoids it', () => {
    const input = gridTable([[2, 20, 30], [25, 40, 35], [30, 45, 50]], (r) => (r === 1 ? 50 : 1));
    const hidden = optimalHidden(input, solver);
    expectSafe(input, hidden);
    expect([...hidden].some((id) => id.startsWith('1|'))).toBe(false);
  });

  it('on seeded random tables it always passes the exact audit and the bound check, at no more cost than the heuristic', () => {
    const prng = createPrng(11);
    for (let n = 0; n < 12; n++) {
      const [rows, cols] = [3 + Math.floor(prng.next() * 3), 3 + Math.floor(prng.next() * 3)];
      const values = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (prng.next() < 0.3 ? Math.floor(prng.next() * 5) : 5 + Math.floor(prng.next() * 40))));
      const input = gridTable(values, () => 1 + Math.floor(prng.next() * 3));
      const optimal = optimalHidden(input, solver);
      expectSafe(input, optimal);
      const heuristic = chooseHidden(input, () => false);
      expect(costOf(input, optimal), `table ${n}`).toBeLessThanOrEqual(costOf(input, heuristic));
    }
  });
});

describe('optimalHidden', () => {
  it('optimalHidden(3 × 3 table with totals, one small cell) hides the cheapest rectangle of four inner cells', () => {
    // Row 0 and column 0 partners of r0c0 cost 1 in row 1 / column 1, 5 elsewhere; totals cost 20.
    const costs: Record<string, number> = { r0c1: 1, r1c0: 1, r1c1: 1 };
    const input = crossTable([[2, 30, 40], [50, 60, 70], [80, 90, 25]], (id) => ({ cost: id.includes('T') ? 20 : (costs[id] ?? 5) }));
    const hidden = optimalHidden(input, solver);
    expect([...hidden].sort()).toEqual(['r0c0', 'r0c1', 'r1c0', 'r1c1']);
    expect(givenAway(input, hidden)).toEqual([]);
  });

  it('optimalHidden(2 × 2 table with totals, one small cell) hides all four inner cells: three more', () => {
    const input = crossTable([[3, 30], [40, 50]], (id) => ({ cost: id.includes('T') ? 10 : 1 }));
    expect([...optimalHidden(input, solver)].sort()).toEqual(['r0c0', 'r0c1', 'r1c0', 'r1c1']);
  });

  it('optimalHidden(table) hides totals rather than cells marked keep', () => {
    const input = crossTable([[3, 30], [40, 50]], (id) => ({ cost: 1, keep: id === 'r1c1' }));
    const hidden = optimalHidden(input, solver);
    expect(hidden.has('r0c0')).toBe(true);
    expect(hidden.has('r1c1')).toBe(false);
    expect(givenAway(input, hidden)).toEqual([]);
  });

  it('optimalHidden(cells of cost 0) hides as few of them as it can', () => {
    const input = crossTable([[3, 30, 40], [40, 50, 60], [70, 80, 90]], () => ({ cost: 0 }));
    const hidden = optimalHidden(input, solver);
    expect(hidden.size).toBe(4);
    expect(givenAway(input, hidden)).toEqual([]);
  });

  it('optimalHidden(forced and withheld cells) hides them and keeps them unknown', () => {
    const input = crossTable([[30, 40, 50], [60, 70, 80], [90, 35, 45]], (id) => ({
      forceSuppress: id === 'r0c0' ? true : undefined,
      withheld: id === 'r2c2' ? true : undefined,
    }));
    const hidden = optimalHidden(input, solver);
    expect(hidden.has('r0c0')).toBe(true);
    expect(hidden.has('r2c2')).toBe(true);
    expect(givenAway(input, hidden)).toEqual([]);
  });

  it('optimalHidden(linked cells) hides a link group whole and protects the amount of a small count', () => {
    // Claims in two areas and their total, each count linked to its rupiah amount; area a's count is small.
    const cells: SdcCell[] = [
      { id: 'k.a', value: 2, k: 5, cost: 1 }, { id: 'k.b', value: 40, k: 5, cost: 1 }, { id: 'k.t', value: 42, k: 5, cost: 10 },
      { id: 'v.a', value: 900, k: 1, cost: 1 }, { id: 'v.b', value: 8000, k: 1, cost: 1 }, { id: 'v.t', value: 8900, k: 1, cost: 10 },
    ];
    const input: SdcInput = {
      cells,
      equations: [{ total: 'k.t', parts: ['k.a', 'k.b'] }, { total: 'v.t', parts: ['v.a', 'v.b'] }],
      links: [['k.a', 'v.a'], ['k.b', 'v.b'], ['k.t', 'v.t']],
    };
    const hidden = optimalHidden(input, solver);
    expect([...hidden].sort()).toEqual(['k.a', 'k.b', 'v.a', 'v.b']);
    expect(givenAway(input, hidden)).toEqual([]);
  });

  it('optimalHidden(full coverage) does not count on hidden cells that cannot move', () => {
    // Column 0 is full in every row (value = public target): a hidden full cell can only go down.
    const input = crossTable([[1, 30], [2, 40], [3, 50]], (id) => (id === 'r0c0' ? { complementOf: 1 } : id === 'r1c0' ? { complementOf: 2 } : id === 'r2c0' ? { complementOf: 3 } : {}));
    const hidden = optimalHidden(input, solver);
    expect(hidden.has('r0c0')).toBe(true);
    expect(givenAway(input, hidden)).toEqual([]);
  });

  it('optimalHidden(no cells) hides nothing', () => {
    expect(optimalHidden({ cells: [], equations: [] }, solver)).toEqual(new Set());
  });

  it('optimalHidden(random tables) passes both audits and never costs more than chooseHidden', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const input = randomTables(createPrng(seed));
      const hidden = optimalHidden(input, solver);
      const cells = new Map(input.cells.map((c) => [c.id, c]));
      for (const cell of input.cells) if (mustStayUnknown(cell) || cell.withheld) expect(hidden.has(cell.id), `seed ${seed}: ${cell.id}`).toBe(true);
      for (const group of input.links ?? []) expect(new Set(group.map((id) => hidden.has(id))).size, `seed ${seed}: link ${group}`).toBe(1);
      expect(givenAway(input, hidden), `seed ${seed}`).toEqual([]);
      const heuristic = chooseHidden(input, (c) => (c.cost ?? 0) >= 1000);
      expect(costOf(input, hidden), `seed ${seed}`).toBeLessThanOrEqual(costOf(input, heuristic));
      expect(hidden.size, `seed ${seed}`).toBeLessThanOrEqual(cells.size);
    }
  });

  it('optimalHidden(same table, cells in another order) gives the same pattern', () => {
    const input = randomTables(createPrng(7));
    const shuffled: SdcInput = { ...input, cells: [...input.cells].reverse(), equations: [...input.equations].reverse() };
    expect([...optimalHidden(shuffled, solver)].sort()).toEqual([...optimalHidden(input, solver)].sort());
  });
});

/**
 * A kota of 2–3 kecamatan of 2–4 kelurahan, 2–4 categories and their all-categories column, costed like
 * protect.ts (kota 1000, kecamatan 10, kelurahan 1): small counts, zeros, now and then a public target per
 * kelurahan (complement rule), a withheld category, and a second table of linked cells (claims and amounts).
 */
function randomTables(rng: Prng): SdcInput {
  const cells = new Map<string, SdcCell>();
  const equations: SdcEquation[] = [];
  const categories = Array.from({ length: rng.int(2, 4) }, (_, c) => `c${c}`);
  const kecamatan = Array.from({ length: rng.int(2, 3) }, (_, k) => `k${k}`);
  const kelurahan = new Map(kecamatan.map((k) => [k, Array.from({ length: rng.int(2, 4) }, (_, l) => `${k}.l${l}`)]));
  const withheld = rng.chance(0.3) ? categories[0] : undefined;
  const targeted = rng.chance(0.4) ? categories.at(-1) : undefined;
  const cost = (area: string) => (area === 'kota' ? 1000 : area.includes('.') ? 1 : 10);
  const add = (id: string, area: string, value: number, extra: Partial<SdcCell> = {}) => cells.set(id, { id, value, k: 5, cost: cost(area), ...extra });
  const value = (cat: string, area: string) => cells.get(`${area}|${cat}`)!.value;
  const sumOver = (areas: string[], cat: string) => areas.reduce((s, a) => s + value(cat, a), 0);

  for (const [kec, kels] of kelurahan) {
    for (const kel of kels) {
      for (const cat of categories) {
        const v = rng.weighted<number>([[0, 2], [rng.int(1, 4), 2], [rng.int(5, 60), 5]]);
        const target = cat === targeted ? v + rng.weighted<number>([[0, 1], [rng.int(1, 4), 2], [rng.int(5, 20), 3]]) : undefined;
        add(`${kel}|${cat}`, kel, v, { complementOf: target, withheld: cat === withheld ? true : undefined });
      }
    }
    for (const cat of categories) {
      add(`${kec}|${cat}`, kec, sumOver(kels, cat));
      equations.push({ total: `${kec}|${cat}`, parts: kels.map((l) => `${l}|${cat}`) });
    }
  }
  for (const cat of categories) {
    add(`kota|${cat}`, 'kota', sumOver(kecamatan, cat));
    equations.push({ total: `kota|${cat}`, parts: kecamatan.map((k) => `${k}|${cat}`) });
  }
  const areas = ['kota', ...kecamatan, ...[...kelurahan.values()].flat()];
  for (const area of areas) {
    add(`${area}|all`, area, categories.reduce((s, c) => s + value(c, area), 0));
    equations.push({ total: `${area}|all`, parts: categories.map((c) => `${area}|${c}`) });
  }
  for (const kec of kecamatan) equations.push({ total: `${kec}|all`, parts: kelurahan.get(kec)!.map((l) => `${l}|all`) });
  equations.push({ total: 'kota|all', parts: kecamatan.map((k) => `${k}|all`) });

  // Claims by kecamatan, each count linked to its amount.
  const links: string[][] = [];
  for (const kec of kecamatan) {
    const n = rng.weighted<number>([[0, 1], [rng.int(1, 4), 2], [rng.int(5, 30), 3]]);
    add(`n|${kec}`, kec, n);
    add(`rp|${kec}`, kec, n * rng.int(1000, 5000), { k: 1 });
    links.push([`n|${kec}`, `rp|${kec}`]);
  }
  for (const kind of ['n', 'rp']) {
    add(`${kind}|kota`, 'kota', kecamatan.reduce((s, k) => s + cells.get(`${kind}|${k}`)!.value, 0), kind === 'rp' ? { k: 1 } : {});
    equations.push({ total: `${kind}|kota`, parts: kecamatan.map((k) => `${kind}|${k}`) });
  }
  links.push(['n|kota', 'rp|kota']);
  return { cells: [...cells.values()], equations, links };
}
