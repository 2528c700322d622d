// A release the size of the demo's (12 kecamatan, 64 kelurahan, 12 categories, every file), with its true values,
// protected by a simple stand-in for each kind of method: noise from a table with exact city totals per category
// (as the cell key method and random rounding publish them), or primary-only suppression (a deliberate flaw).
import type { PerturbationTable } from '../../../scripts/attacker/read-release.ts';
import { createPrng, prngFor, type Prng } from '../../../scripts/sample/prng.ts';
import { KOTA, type FixtureRelease, type Value } from './published-fixture.ts';

type Protection = { kind: 'noise'; table: PerturbationTable } | { kind: 'primary-suppression' };

const BATCHES = ['apbd', 'apbd-p'];
/** City totals like the demo's; the 6th is sensitive (threshold 10, kecamatan at finest). */
const CATEGORY_TOTALS = [3209, 755, 64, 3855, 109, 4703, 152, 5000, 2650, 3635, 108, 108];
const CATEGORIES = CATEGORY_TOTALS.map((_, i) => ({ id: `c${i + 1}`, batch: BATCHES[i < 7 ? 1 : 0]!, threshold: i === 5 ? 10 : 5 }));
const SENSITIVE = 'c6';
const AGE_BANDS = ['15-24', '25-34', '35-44', '45-54', '55-64', '65+'];
const MONTHS = ['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11'];

const REALISTIC_AREAS: Record<string, string[]> = Object.fromEntries(
  Array.from({ length: 12 }, (_, k) => [`kec${k + 1}`, Array.from({ length: k < 4 ? 6 : 5 }, (_, j) => `kel${k + 1}.${j + 1}`)]),
);

/** Splits n into parts proportional to random weights (some of them zero), by largest remainder. */
function split(prng: Prng, n: number, parts: number, zeroShare = 0.15): number[] {
  const weights = Array.from({ length: parts }, () => (prng.chance(zeroShare) ? 0 : prng.uniform(0.2, 2)));
  const sum = weights.reduce((s, w) => s + w, 0) || 1;
  const exact = weights.map((w) => (n * w) / sum);
  const out = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let r = n - out.reduce((s, x) => s + x, 0), i = 0; r > 0; r--, i++) out[order[i % parts]![1]]!++;
  return out;
}

/** The true counts of every published cell, by the attacker's cell ids. */
export type Truth = Map<string, number>;

interface Row { cells: Record<string, number>; target?: Record<string, number> }

function trueTables(seed: number) {
  const prng = createPrng(seed);
  const kelurahan = Object.values(REALISTIC_AREAS).flat();
  const enrollment: Record<string, Row> = {};
  const add = (code: string, cat: string, n: number) => {
    const row = (enrollment[code] ??= { cells: {} });
    row.cells[cat] = (row.cells[cat] ?? 0) + n;
  };
  CATEGORIES.forEach((c, i) => {
    const total = Math.round(CATEGORY_TOTALS[i]! * prng.uniform(0.97, 1.03));
    const counts = c.id === 'c3' ? kelurahan.map(() => (prng.chance(0.95) ? 1 : 0)) : split(prng, total, kelurahan.length);
    kelurahan.forEach((kel, j) => {
      const kec = kel.split('.')[0]!.replace('kel', 'kec');
      for (const code of [kel, kec, KOTA]) for (const cat of [c.id, 'semua']) add(code, cat, counts[j]!);
    });
  });
  for (const [code, row] of Object.entries(enrollment)) row.target = { c1: row.cells.c1! + prng.int(0, 3), c3: code === KOTA ? 64 : code.startsWith('kec') ? REALISTIC_AREAS[code]!.length : 1 };
  return { prng, enrollment };
}

/** A release of a seeded true table, and the truth by cell id. */
export function realisticRelease(seed: number, asOfDate: string, protection: Protection): { release: FixtureRelease; truth: Truth } {
  const { prng, enrollment } = trueTables(seed);
  const truth: Truth = new Map();
  const noise = prngFor(`noise ${asOfDate}`, seed);
  const publish = (id: string, t: number, { exact = false, target = null as number | null, threshold = 5 } = {}): Value => {
    truth.set(id, t);
    if (protection.kind === 'primary-suppression') return !exact && t >= 1 && t < threshold ? null : t;
    if (exact && t >= threshold) return t;
    const { table } = protection;
    const n = table.rows.length;
    const row = table.rows[t < n ? t : n - table.period + ((t - n) % table.period)]!;
    let p = t + noise.weighted(row.changes.map((c) => [c.change, c.probability] as const));
    if (target !== null && t <= target && p > target) p = target;
    return `~${p}`;
  };
  const level = (code: string) => (code === KOTA ? 0 : code.startsWith('kec') ? 1 : 2);

  const published: FixtureRelease['enrollment'] = {};
  const targets: Record<string, Record<string, number>> = {};
  for (const [code, row] of Object.entries(enrollment)) {
    published[code] = {};
    targets[code] = row.target!;
    for (const [cat, t] of Object.entries(row.cells)) {
      const threshold = CATEGORIES.find((c) => c.id === cat)?.threshold ?? 5;
      const value = publish(`enrollment/${code}/${cat}`, t, { exact: level(code) === 0, target: row.target![cat] ?? null, threshold });
      published[code][cat] = cat === SENSITIVE && level(code) === 2 ? null : value;
    }
  }
  const kecamatan = Object.keys(REALISTIC_AREAS);
  const status: FixtureRelease['status'] = {};
  const demographics: FixtureRelease['demographics'] = {};
  const claims: FixtureRelease['claims'] = {};
  const nonActive = new Map(kecamatan.map((kec) => [kec, prng.int(0, 15)]));
  nonActive.set(KOTA, [...nonActive.values()].reduce((s, x) => s + x, 0));
  for (const [code, na] of nonActive) {
    const semua = enrollment[code]!.cells.semua!;
    status[code] = {
      active: publish(`enrollment/${code}/semua`, semua, { exact: code === KOTA }),
      nonActive: publish(`status/${code}/nonActive`, na),
      registered: publish(`status/${code}/registered`, semua + na),
    };
  }
  const sexAge = new Map<string, number[]>();
  for (const kec of kecamatan) {
    const semua = enrollment[kec]!.cells.semua!;
    const male = Math.round(semua * prng.uniform(0.6, 0.8));
    sexAge.set(kec, [male, semua - male, ...split(prng, semua, AGE_BANDS.length, 0.05)]);
  }
  const groups = ['jenis_kelamin:L', 'jenis_kelamin:P', ...AGE_BANDS.map((b) => `kelompok_umur:${b}`)];
  for (const code of [KOTA, ...kecamatan]) {
    const counts = code === KOTA ? groups.map((_, g) => kecamatan.reduce((s, k) => s + sexAge.get(k)![g]!, 0)) : sexAge.get(code)!;
    demographics[code] = Object.fromEntries(groups.map((g, i) => [g, publish(`demographics/${code}/${g.replace(':', '/')}`, counts[i]!)]));
  }
  const perKec = kecamatan.map(() => ({ JKK: prng.int(0, 6), JKM: prng.int(0, 3) }));
  // True amounts: JKK claims of 1–4 million each, JKM a fixed death benefit of 42 million.
  const amounts = prngFor(`claim amounts ${asOfDate}`, seed);
  const rupiah = perKec.map((x) => ({ JKK: Array.from({ length: x.JKK }, () => amounts.int(1, 4) * 1_000_000).reduce((s, a) => s + a, 0), JKM: x.JKM * 42_000_000 }));
  const sum = (f: (i: number) => number) => kecamatan.reduce((s, _k, i) => s + f(i), 0);
  const cityCount = { JKK: sum((i) => perKec[i]!.JKK), JKM: sum((i) => perKec[i]!.JKM) };
  const cityRupiah = { JKK: sum((i) => rupiah[i]!.JKK), JKM: sum((i) => rupiah[i]!.JKM) };
  for (const code of [KOTA, ...kecamatan]) {
    const i = kecamatan.indexOf(code);
    const n = code === KOTA ? cityCount : perKec[i]!;
    const trueRupiah = code === KOTA ? cityRupiah : rupiah[i]!;
    const rows: Record<string, Record<string, Value>> = {};
    const shown: Value[] = [];
    for (const program of ['JKK', 'JKM'] as const) {
      const c = publish(`claims/${code}/${program}/claims`, n[program]);
      // As the noise methods publish it: the published count × the program's city-wide average per claim.
      const average = cityCount[program] === 0 ? 0 : cityRupiah[program] / cityCount[program];
      const amount: Value = typeof c === 'string' ? `~${Math.round(Number(c.slice(1)) * average)}` : c === null ? null : trueRupiah[program];
      shown.push(amount);
      rows[program] = { claims: c, amountRupiah: amount };
    }
    // "semua": the sum of the programs' amounts, approximate when either is.
    const semua: Value = shown.includes(null)
      ? null
      : shown.some((a) => typeof a === 'string')
        ? `~${shown.reduce<number>((s, a) => s + Number(String(a).replace('~', '')), 0)}`
        : trueRupiah.JKK + trueRupiah.JKM;
    rows.semua = { claims: publish(`claims/${code}/semua/claims`, n.JKK + n.JKM), amountRupiah: semua };
    claims[code] = rows;
  }
  const timeline: FixtureRelease['timeline'] = {};
  const byBatch = BATCHES.map((b) => CATEGORIES.filter((c) => c.batch === b).reduce((s, c) => s + enrollment[KOTA]!.cells[c.id]!, 0));
  const newCounts = BATCHES.map((b, i) => (b === 'apbd' ? split(prng, byBatch[i]!, 6, 0) : [0, 0, 0, ...split(prng, byBatch[i]!, 3, 0)]));
  const cumulative = [0, 0];
  MONTHS.forEach((month, m) => {
    const isLast = m === MONTHS.length - 1;
    const rows: Record<string, Record<string, Value>> = {};
    BATCHES.forEach((b, i) => {
      cumulative[i]! += newCounts[i]![m]!;
      rows[b] = { newCount: publish(`timeline/${month}/${b}/newCount`, newCounts[i]![m]!), cumulative: publish(`timeline/${month}/${b}/cumulative`, cumulative[i]!, { exact: isLast }) };
    });
    rows.semua = {
      newCount: publish(`timeline/${month}/semua/newCount`, newCounts[0]![m]! + newCounts[1]![m]!),
      cumulative: publish(`timeline/${month}/semua/cumulative`, cumulative[0]! + cumulative[1]!, { exact: isLast }),
    };
    timeline[month] = rows;
  });
  const spend = Object.fromEntries(['semua', ...CATEGORIES.map((c) => c.id)].map((cat) => {
    const t = enrollment[KOTA]!.cells[cat]!;
    return [cat, { active: published[KOTA]![cat]!, monthlyRupiah: typeof published[KOTA]![cat] === 'number' ? t * 1000 : null }];
  }));
  return {
    truth,
    release: {
      asOfDate, k: 5, categories: CATEGORIES.map((c) => ({ ...c, complementSensitive: c.id === 'c1' })), areas: REALISTIC_AREAS,
      perturbation: protection.kind === 'noise' ? protection.table : null, method: protection.kind === 'noise' ? 'cell-key' : 'suppression',
      enrollment: published, targets, status, demographics, claims, timeline, spend,
    },
  };
}
