import type { Category, Program } from '../../src/schemas/program.ts';
import { dayNumber } from './day-number.ts';
import { drawPerson, enrollmentFileOf, type EnrollmentRow, type SamplePeople } from './enrollment-people.ts';
import { prngFor, type Prng } from './prng.ts';
import { accidentClaim, deathClaim, mergeClaims, type SampleClaim } from './sample-claims.ts';
import type { SampleTarget } from './sample-targets.ts';
import { createNikIssuer, type SyntheticPerson } from './synthetic-person.ts';
import { TargetCounts } from './target-counts.ts';

/** Share of the people active at one release who are no longer active at the next. */
const LEAVE_SHARE = 0.01;
/** Share of the people active at one release who join before the next, besides successors. */
const JOIN_SHARE = 0.025;
/** How a member leaves: marked non-active, removed from the export altogether, or deceased (a JKM claim). */
const HOW_PEOPLE_LEAVE = [['NON AKTIF', 6], ['gone', 3], ['MENINGGAL', 1]] as const;
/** Posts that exist once (RT, RW, LPM heads) or are filled again (posyandu cadres): a leaver gets a successor. */
const POSTS = new Set(['ketua-rt', 'ketua-rw', 'ketua-lpm', 'kader-posyandu']);
/** A successor is enrolled within this many days of the day the post fell vacant (maybe after the next as-of date). */
const SUCCESSOR_DELAY: readonly [number, number] = [1, 45];
const ACCIDENTS_PER_MONTH = 5;
/** A joiner whose area and category are at their target is drawn again, up to this many times. */
const JOIN_TRIES = 20;

/** What happened between the release before and this one. */
export interface Churn {
  /** Active at the release before. */
  activeBefore: number;
  left: number;
  /** Of those who left, removed from the export (not even listed as non-active). */
  gone: number;
  /** Successors appointed for vacated posts (some start only after this as-of date). */
  successors: number;
  /** New people besides successors. */
  joined: number;
}

export interface ProjectedExport {
  asOfDate: string;
  rows: EnrollmentRow[];
  claims: SampleClaim[];
  churn: Churn;
}

/**
 * Exports after the demo's, one per as-of date in `asOfDates` (ascending, all after the demo's): each month about 1% of
 * the active people leave, vacated posts get successors, and 2.5% new people join, within every target.
 * Projected, not modelled on data: the shares are round guesses at a scheme in its first year.
 */
export function projectedExports(
  program: Program, sample: SamplePeople, claims: readonly SampleClaim[], targets: readonly SampleTarget[],
  asOfDates: readonly string[], seed?: number,
): ProjectedExport[] {
  const people = new Map(sample.people.map((p) => [p.seq, p]));
  const order = sample.rows.map((r) => ({ file: r.file, seq: r.person.seq }));
  const gone = new Set<number>();
  const counts = new TargetCounts(targets);
  for (const p of people.values()) if (p.status === 'AKTIF') counts.add(p, 1);
  const issueNik = createNikIssuer(sample.people.map((p) => p.nik));
  const newClaims: SampleClaim[] = [];
  const add = (p: SyntheticPerson) => {
    people.set(p.seq, p);
    order.push({ file: enrollmentFileOf(categoryOf(program, p.categoryId)), seq: p.seq });
    counts.add(p, 1);
  };

  let previous = dayNumber(program.asOfDate);
  return asOfDates.map((asOfDate) => {
    const asOf = dayNumber(asOfDate);
    if (asOf <= previous) throw new Error(`Projected as-of dates must come after ${program.asOfDate}, in order; got ${asOfDate}.`);
    const rng = prngFor(`projected-month:${asOfDate}`, seed);
    const active = [...people.values()].filter((p) => p.status === 'AKTIF' && !gone.has(p.seq) && p.enrolledDay <= previous);
    const newPerson = (category: Category, at: SyntheticPerson | { code: string; kecamatanCode: string }, enrolledDay: number) =>
      drawPerson({
        seq: people.size + 1, category, status: 'AKTIF', enrolledDay, asOfDay: asOf,
        kelurahan: 'seq' in at ? { code: at.kelurahanCode, kecamatanCode: at.kecamatanCode } : at,
      }, rng, issueNik);

    const churn: Churn = { activeBefore: active.length, left: 0, gone: 0, successors: 0, joined: 0 };
    for (const p of pickAtRandom(active, Math.round(active.length * LEAVE_SHARE), rng)) {
      const leftDay = rng.int(previous + 1, asOf);
      const how = rng.weighted(HOW_PEOPLE_LEAVE);
      counts.add(p, -1);
      churn.left++;
      if (how === 'gone') {
        gone.add(p.seq);
        churn.gone++;
      } else people.set(p.seq, { ...p, status: how });
      if (how === 'MENINGGAL') newClaims.push(deathClaim(p, leftDay, rng));
      if (POSTS.has(p.categoryId)) {
        add(newPerson(categoryOf(program, p.categoryId), p, leftDay + rng.int(...SUCCESSOR_DELAY)));
        churn.successors++;
      }
    }

    const joinable = active.filter((p) => !POSTS.has(p.categoryId));
    for (let n = Math.round(active.length * JOIN_SHARE); n > 0; n--) {
      for (let tries = 0; tries < JOIN_TRIES; tries++) {
        // Like an active member of a joinable category, so joiners follow where each kind of worker lives.
        const like = joinable[rng.int(0, joinable.length - 1)]!;
        const joiner = newPerson(categoryOf(program, like.categoryId), like, rng.int(previous + 1, asOf));
        if (!counts.fits(joiner)) continue;
        add(joiner);
        churn.joined++;
        break;
      }
    }

    const atRisk = [...people.values()].filter((p) => p.status === 'AKTIF' && !gone.has(p.seq) && p.enrolledDay < asOf);
    for (let i = 0; i < ACCIDENTS_PER_MONTH; i++) newClaims.push(accidentClaim(atRisk, previous + 1, asOf, rng));
    previous = asOf;
    return {
      asOfDate,
      rows: exportRows(order, people, gone, asOf),
      claims: mergeClaims([...claims, ...newClaims.filter((c) => c.tanggal <= asOfDate)]),
      churn,
    };
  });
}

function categoryOf(program: Program, id: string): Category {
  const category = program.categories.find((c) => c.id === id);
  if (!category) throw new Error(`Sample model bug: no category "${id}" in program.json.`);
  return category;
}

/** `n` of `items` chosen at random without replacement, in their original order. */
function pickAtRandom<T>(items: readonly T[], n: number, rng: Prng): T[] {
  const pool = items.map((item, i) => ({ item, i }));
  for (let i = 0; i < n; i++) {
    const j = rng.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n).sort((a, b) => a.i - b.i).map((x) => x.item);
}

/** The export on `asOf`: people enrolled by then and not removed, as they stand, in the order they were registered. */
function exportRows(
  order: readonly { file: EnrollmentRow['file']; seq: number }[], people: ReadonlyMap<number, SyntheticPerson>,
  gone: ReadonlySet<number>, asOf: number,
): EnrollmentRow[] {
  return order
    .filter((r) => !gone.has(r.seq) && people.get(r.seq)!.enrolledDay <= asOf)
    .map((r) => ({ file: r.file, person: people.get(r.seq)! }))
    .sort((a, b) => a.person.enrolledDay - b.person.enrolledDay);
}
