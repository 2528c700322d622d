/**
 * Differences between releases. A reader who has two releases can subtract one published count from the same
 * count in the other: if an area's count of fishers goes from 40 to 41, one fisher joined there between the two
 * dates, and a neighbour who knows who joined learns that person's category. So a count is published only if it
 * equals the same count in every other release (kept or replaced, since once published a number stays known)
 * or differs from it by at least k. Where it would differ by 1 to k−1 it is hidden like a small count, and
 * secondary suppression and the bound check then make sure it cannot be worked out.
 *
 * "The same count in another release" is what readers know of it: its published value, or, where it was hidden,
 * the value that release's bounds pin it to (see knownValues).
 */
import type { Perturbation } from '../../schemas/disclosure.ts';
import { knownValues } from './bound-pins.ts';
import { ReleaseError } from '../report/release-error.ts';
import type { SdcCell, SdcEquation } from './sdc-input.ts';

/** What a kept release published, as protect() names its cells. */
export interface ReleaseCells {
  asOfDate: string;
  /** Cell id → the published count, null where it was hidden. */
  values: Map<string, number | null>;
  /** Cells whose published count is approximate (noise methods); their values are not known counts. */
  approximate: Set<string>;
  /** The perturbation table that release published its approximate values with (null for suppression). */
  perturbation: Perturbation | null;
  /** Enrolled cell id → its published target (the reader's upper bound on a hidden count). */
  targets: Map<string, number>;
  /** The months of its timeline, oldest first. */
  months: string[];
}

/**
 * What readers know of another release's cells: its published counts and the hidden ones its own bounds pin.
 * `equations` are that release's sums (see protect). Throws a ReleaseError if its published counts do not add up
 * under them, which happens only if the tables changed shape between releases (areas, categories or batches).
 */
export function knownInRelease(release: ReleaseCells, equations: readonly SdcEquation[]): Map<string, number> {
  // An approximate value is not a known count: for this check it is as good as hidden.
  const hidden = new Set([...release.values].filter(([id, value]) => value === null || release.approximate.has(id)).map(([id]) => id));
  const cellsWith = (caps: boolean) =>
    new Map([...release.values].map(([id, value]): [string, SdcCell] => [id, { id, value: value ?? 0, k: 1, complementOf: caps ? release.targets.get(id) : undefined }]));
  // Only the sums over cells that release has: a category it did not have is no part of its tables.
  const inRelease = equations.filter((e) => release.values.has(e.total) && e.parts.every((p) => release.values.has(p)));
  // Targets cap hidden counts, unless that release enrolled more people than a target somewhere: then they are
  // no caps readers can rely on, and only the sums remain.
  let broken: string[] = [];
  for (const caps of [true, false]) {
    const { known, crossed } = knownValues(cellsWith(caps), inRelease, hidden);
    if (crossed.length === 0) return known;
    broken = crossed;
  }
  throw new ReleaseError(`release ${release.asOfDate}'s published counts do not add up the way this run's tables do (first: ${broken.slice(0, 3).join(', ')}), so changes since that release cannot be checked. Did program.json's areas, categories or batches change? Ask the maintainers before publishing`);
}

/**
 * Ids of the cells whose known value (`known`: this release's published and bound-pinned values) differs from
 * the same cell's known value in one of the `others` by 1 to k−1 people. Sorted.
 */
export function smallDifferences(
  cells: ReadonlyMap<string, SdcCell>,
  known: ReadonlyMap<string, number>,
  others: readonly ReadonlyMap<string, number>[],
): string[] {
  const small: string[] = [];
  for (const [id, value] of known) {
    const k = cells.get(id)!.k;
    if (others.some((other) => {
      const before = other.get(id);
      if (before === undefined) return false;
      const difference = Math.abs(value - before);
      return difference >= 1 && difference <= k - 1;
    })) small.push(id);
  }
  return small.sort();
}
