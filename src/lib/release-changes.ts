/**
 * "Apa yang berubah" / "What changed": the differences between two releases, computed only from their published
 * (already protected) numbers. Nothing here sees an unprotected count.
 *
 * A difference of two published counts could itself be small: if an area's count of a category went from 40 to 41,
 * one person joined it between the two dates. Stage 1 protects against that in every method: the suppression
 * methods hide a count that differs from the same count in a kept release by 1 to k−1, and the noise methods
 * publish both counts with a little noise, so their difference is approximate too (≈) and cannot be pinned down.
 * Where a count is hidden in either release, its difference is null (hidden) too.
 */
import { shownValue, type ShownValue } from './approximate.ts';
import type { Published } from './published.ts';
import { ALL_CATEGORIES, type AreaLevel } from '../schemas/published.ts';

export interface CountChange {
  previous: number | null;
  current: number | null;
  /** current − previous; null when either is hidden or the count exists in one release only. */
  difference: number | null;
  /** Which of the three are approximate (≈): a difference is approximate when either of its counts is. */
  approximate: { previous: boolean; current: boolean; difference: boolean };
}

/** Whether an area (or category) is in both releases, only in the current one, or only in the previous one. */
type Presence = 'both' | 'added' | 'removed';

/** Active members of one area × category (or "semua", all categories). */
interface CellChange extends CountChange {
  level: AreaLevel;
  code: string;
  category: string;
  presence: Presence;
}

/** Flows of members in one area (kota or kecamatan), from status.json and, for the kota, timeline.json. */
interface StatusChange {
  level: AreaLevel;
  code: string;
  presence: Presence;
  active: CountChange;
  nonActive: CountChange;
  registered: CountChange;
  /** New registrations: Δregistered, people added to the register (active or not), net of rows withdrawn. */
  newRegistrations: ShownValue;
  /** People who became non-active: ΔnonActive (net of any who became active again). */
  becameNonActive: ShownValue;
  /**
   * How the new registrations split, where the published numbers allow it: for the kota only (timeline.json is
   * published for the kota only) and only when the previous as-of date is the last day of a month (the timeline
   * counts by month). null where it cannot be split.
   */
  split: RegistrationSplit | null;
}

interface RegistrationSplit {
  /** Active members whose cover started after the previous as-of date. */
  newStarts: ShownValue;
  /**
   * newRegistrations − newStarts: late entries (cover backdated to on or before the previous as-of date) and
   * corrections (rows added or withdrawn), and members who both joined and left between the two dates. So that
   * Δactive = newStarts + corrections − becameNonActive. (Δactive − (Δregistered − ΔnonActive) is always 0,
   * because registered = active + nonActive in every release: it cannot show corrections.)
   */
  corrections: ShownValue;
}

export interface ReleaseChanges {
  /** As-of dates of the two releases. */
  previous: string;
  current: string;
  cells: CellChange[];
  status: StatusChange[];
  areasAdded: string[];
  areasRemoved: string[];
  categoriesAdded: string[];
  categoriesRemoved: string[];
}

/** The change of one published count between two releases; undefined where a release does not have the count. */
export function countChange(previous: ShownValue | undefined, current: ShownValue | undefined): CountChange {
  const p = previous?.value ?? null;
  const c = current?.value ?? null;
  const difference = p === null || c === null ? null : c - p;
  const approximate = { previous: previous?.approximate ?? false, current: current?.approximate ?? false };
  return { previous: p, current: c, difference, approximate: { ...approximate, difference: difference !== null && (approximate.previous || approximate.current) } };
}

/** The difference of two shown values: hidden when either is, approximate when either is. */
const minus = (a: ShownValue, b: ShownValue): ShownValue =>
  (a.value === null || b.value === null ? { value: null, approximate: false } : { value: a.value - b.value, approximate: a.approximate || b.approximate });
const differenceOf = (change: CountChange): ShownValue => ({ value: change.difference, approximate: change.approximate.difference });

/** The differences from `previous` to `current` (a later release of the same region). */
export function releaseChanges(previous: Published, current: Published): ReleaseChanges {
  const before = previous.metadata;
  const after = current.metadata;
  if (before.regionCode !== after.regionCode) throw new Error(`releases of different regions (${before.regionCode}, ${after.regionCode}) cannot be compared`);
  if (before.asOfDate >= after.asOfDate) throw new Error(`the previous release (${before.asOfDate}) must be older than the current one (${after.asOfDate})`);

  const cells = matchRows(previous.enrollment.cells, current.enrollment.cells, (c) => `${c.code}|${c.category}`).map(
    ({ previous: p, current: c, presence }) => {
      const row = (c ?? p)!;
      return { level: row.level, code: row.code, category: row.category, presence, ...countChange(p && shownValue(p, 'count'), c && shownValue(c, 'count')) };
    },
  );

  const registeredSplit = split(previous, current);
  const status = matchRows(previous.status.rows, current.status.rows, (r) => r.code).map(({ previous: p, current: c, presence }) => {
    const row = (c ?? p)!;
    const change = (field: 'active' | 'nonActive' | 'registered') => countChange(p && shownValue(p, field), c && shownValue(c, field));
    const registered = change('registered');
    const nonActive = change('nonActive');
    const newRegistrations = differenceOf(registered);
    return {
      level: row.level, code: row.code, presence,
      active: change('active'), nonActive, registered,
      newRegistrations, becameNonActive: differenceOf(nonActive),
      split: row.level === 'kota' && presence === 'both' && registeredSplit
        ? { newStarts: registeredSplit.newStarts, corrections: minus(newRegistrations, registeredSplit.newStarts) }
        : null,
    };
  });

  const areas = added(before.areas.map((a) => a.code), after.areas.map((a) => a.code));
  const categories = added([ALL_CATEGORIES, ...before.categories.map((c) => c.id)], [ALL_CATEGORIES, ...after.categories.map((c) => c.id)]);
  return {
    previous: before.asOfDate, current: after.asOfDate, cells, status,
    areasAdded: areas.added, areasRemoved: areas.removed, categoriesAdded: categories.added, categoriesRemoved: categories.removed,
  };
}

/** Active kota members whose cover started after the previous as-of date, from the current release's timeline. */
function split(previous: Published, current: Published): { newStarts: ShownValue } | null {
  const asOf = previous.metadata.asOfDate;
  if (!isLastDayOfMonth(asOf)) return null;
  const month = asOf.slice(0, 7);
  const rows = current.timeline.rows.filter((r) => r.batch === ALL_CATEGORIES).sort((a, b) => (a.month < b.month ? -1 : 1));
  const kota = current.status.rows.find((r) => r.level === 'kota');
  if (!kota || rows.length === 0) return null;
  const active = shownValue(kota, 'active');
  if (month < rows[0]!.month) return { newStarts: active };
  const startedBy = rows.find((r) => r.month === month);
  if (!startedBy) return null;
  return { newStarts: minus(active, shownValue(startedBy, 'cumulative')) };
}

export function isLastDayOfMonth(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).getUTCDate() === 1;
}

/** Rows of both releases paired by key: current order first, then rows only the previous release has. */
function matchRows<T>(previous: readonly T[], current: readonly T[], key: (row: T) => string) {
  const before = new Map(previous.map((r) => [key(r), r]));
  const now = new Set(current.map(key));
  return [
    ...current.map((c) => {
      const p = before.get(key(c));
      return { previous: p, current: c as T | undefined, presence: (p === undefined ? 'added' : 'both') as Presence };
    }),
    ...previous.filter((p) => !now.has(key(p))).map((p) => ({ previous: p as T | undefined, current: undefined, presence: 'removed' as Presence })),
  ];
}

function added(before: readonly string[], after: readonly string[]) {
  return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) };
}
