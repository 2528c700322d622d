import type { Perturbation } from '../../schemas/disclosure.ts';
import { boundsFrom } from './bound-pins.ts';
import { originalsOf, perturb } from './perturbation.ts';
import type { SdcCell, SdcEquation } from './sdc-input.ts';

/** A cell for the noise methods: its people's cell key, and whether it is published exactly. */
export interface NoiseCell extends SdcCell {
  /** Sum of the record keys of the people it counts, modulo 2^32. */
  key: number;
  /** Published as it is (the city's totals per category); everything else gets noise. */
  exact?: boolean;
  /** True when target − value must not be learnable either (program.json complementSensitive). */
  complementSensitive?: boolean;
}

export interface NoisyTables {
  /** Cell id → published value; null when hidden. */
  published: Map<string, number | null>;
  /** Cells published with noise. */
  approximate: Set<string>;
  /** Cells hidden: withheld ones, and the few the audit hides. */
  hidden: Set<string>;
}

/**
 * Adds noise from `table` to every cell that is not exact, drawn by its key, then audits: from the exact cells,
 * the sums, the range of true counts each approximate value can stand for, and counts never being negative, a
 * reader narrows every cell (interval propagation, to a fixed point). A cell that a reader could pin to a count from
 * 1 to k−1 (or, for complementSensitive categories, to a target minus such a count) is hidden, and the audit runs
 * again; that happens only when several cells' noise sits at its extreme in the same sum. A count with a target
 * is never published above the target unless the true count is (coverage stays ≤ 100%).
 */
export function addNoise(
  cells: ReadonlyMap<string, NoiseCell>, equations: readonly SdcEquation[], table: Perturbation,
  /** What an earlier publication of the same as-of date (one this run replaces) told readers: cell id → [lo, hi]. */
  before: ReadonlyMap<string, readonly [number, number]> = new Map(),
  /** False skips the audit: a deliberate flaw, only for the tests that check the attacker finds one. */
  audit = true,
): NoisyTables {
  const published = new Map<string, number | null>();
  const approximate = new Set<string>();
  const hidden = new Set<string>();
  for (const cell of cells.values()) {
    if (cell.withheld) {
      published.set(cell.id, null);
      hidden.add(cell.id);
    } else if (cell.exact) {
      published.set(cell.id, cell.value);
    } else {
      let value = perturb(table, cell.value, cell.key);
      if (cell.complementOf !== undefined && cell.value <= cell.complementOf && value > cell.complementOf) value = cell.complementOf;
      published.set(cell.id, value);
      approximate.add(cell.id);
    }
  }
  while (audit) {
    const { small, other } = pinned(cells, equations, table, published, approximate, before);
    if (small.length > 0) {
      for (const id of small.flatMap((id) => (hidden.has(id) ? loosen(id, equations, cells, hidden) : [id]))) {
        published.set(id, null);
        approximate.delete(id);
        hidden.add(id);
      }
      continue;
    }
    // Only once nothing small can be pinned: a count readers can work out anyway is shown as it is ("≈" would
    // only hide what they know). Showing what they know tells them nothing new, so nothing more becomes pinned.
    for (const id of other) {
      if (!approximate.has(id)) continue;
      published.set(id, cells.get(id)!.value);
      approximate.delete(id);
    }
    break;
  }
  return { published, approximate, hidden };
}

/**
 * A hidden cell that is still pinned: hide every other approximate cell it shares a sum with. When all of those are
 * hidden or exact already, its bounds come from further out, through the hidden ones: walk on through their sums,
 * nearest first, to the first approximate cells met.
 */
function loosen(id: string, equations: readonly SdcEquation[], cells: ReadonlyMap<string, NoiseCell>, hidden: ReadonlySet<string>): string[] {
  const seen = new Set([id]);
  for (let frontier = new Set([id]); frontier.size > 0; ) {
    const out = new Set<string>();
    const next = new Set<string>();
    for (const e of equations) {
      const members = [e.total, ...e.parts];
      if (!members.some((m) => frontier.has(m))) continue;
      for (const m of members)
        if (!hidden.has(m)) {
          if (!cells.get(m)!.exact) out.add(m);
        } else if (!seen.has(m)) (seen.add(m), next.add(m));
    }
    if (out.size > 0) return [...out];
    frontier = next;
  }
  throw new Error(`cell ${id} can be worked out from exact cells alone; the exact cells must not allow that`);
}

/** Cells a reader can pin to one value: to a small count (see addNoise), or to another. */
function pinned(
  cells: ReadonlyMap<string, NoiseCell>, equations: readonly SdcEquation[], table: Perturbation,
  published: ReadonlyMap<string, number | null>, approximate: ReadonlySet<string>, before: ReadonlyMap<string, readonly [number, number]>,
): { small: string[]; other: string[] } {
  const { ids, lo, hi } = boundsFrom([...cells.keys()], equations, (id) => {
    const value = published.get(id)!;
    const cell = cells.get(id)!;
    const [low, high]: readonly [number, number] =
      value === null ? [0, Infinity] : approximate.has(id) ? originalsOf(table, value, cell.complementOf) : [value, value];
    // Readers of the replaced release know its range too. Where the people changed, today's count may lie outside
    // it: then it says nothing true about today's count, even where the two ranges meet (the audit must not pin the
    // cell to a wrong value and then show the true one as "known").
    const earlier = before.get(id);
    if (earlier && earlier[0] <= cell.value && cell.value <= earlier[1]) return [Math.max(low, earlier[0]), Math.min(high, earlier[1])];
    return [low, high];
  });
  const small: string[] = [];
  const other: string[] = [];
  ids.forEach((id, i) => {
    if (lo[i] !== hi[i]) return;
    const cell = cells.get(id)!;
    const isSmall = (n: number) => n >= 1 && n <= cell.k - 1;
    if (isSmall(lo[i]!) || (cell.complementSensitive === true && cell.complementOf !== undefined && isSmall(cell.complementOf - lo[i]!))) small.push(id);
    else other.push(id);
  });
  return { small, other };
}
