import type { BatamAreas } from './batam-areas.ts';
import { dayNumber } from './day-number.ts';
import type { EnrollmentRow, SamplePeople } from './enrollment-people.ts';
import { prngFor } from './prng.ts';
import type { SampleClaim } from './sample-claims.ts';
import type { SampleTarget } from './sample-targets.ts';
import type { SyntheticPerson } from './synthetic-person.ts';
import { TargetCounts } from './target-counts.ts';

/** The as-of date of the earlier export, so the demo has two releases and the site can show what changed. */
export const EARLIER_AS_OF = '2025-10-31';
/** People registered late: their cover is backdated to October, but they reached the export only in November. */
const LATE_ENTRIES = 12;
/** October rows with a mistake that November's export corrects, per kind of mistake. */
const CORRECTIONS_PER_KIND = 3;

interface Correction {
  /** As the earlier export wrote the person. */
  before: SyntheticPerson;
  /** As the later export writes them. */
  after: SyntheticPerson;
  what: 'kelurahan' | 'kategori';
}

export interface EarlierExport {
  asOfDate: string;
  /** Every row in export order (planted duplicates included), people as they stood on the earlier date. */
  rows: EnrollmentRow[];
  /** One per NIK. */
  people: SyntheticPerson[];
  claims: SampleClaim[];
  /** Non-active by the later date, still active on the earlier one. */
  stillActive: SyntheticPerson[];
  /** The day each non-active person in the export left: as given, or drawn here where none was given. */
  leftDays: Map<number, number>;
  /** Left out of the earlier export: registered late, with cover backdated to before the earlier date. */
  lateEntries: SyntheticPerson[];
  corrections: Correction[];
}

export interface EarlierExportOptions {
  /** Default EARLIER_AS_OF. */
  asOfDate?: string;
  /** Seed of the random choices (who is late, who is miswritten); default the sample's. */
  seed?: number;
}

/**
 * The same synthetic people as an export taken on `asOfDate`, before the later one: only those whose cover had
 * started; the deceased and those who left later still active; a few late registrations missing; a few rows with
 * a wrong kelurahan or category (corrected in the later export). Claims are those paid by then; targets do not
 * change, and no count the earlier export gives goes above its target.
 *
 * `leftDays` gives the day a non-active person left (every death at least); for the others a day is drawn. Several
 * earlier exports of the same people agree on who was active when only if they share these days.
 */
export function earlierExport(
  sample: SamplePeople,
  laterAsOf: string,
  leftDays: ReadonlyMap<number, number>,
  claims: readonly SampleClaim[],
  targets: readonly SampleTarget[],
  areas: BatamAreas,
  { asOfDate = EARLIER_AS_OF, seed }: EarlierExportOptions = {},
): EarlierExport {
  const rng = prngFor(`earlier-export:${asOfDate}`, seed);
  const asOf = dayNumber(asOfDate);
  const later = dayNumber(laterAsOf);
  if (asOf >= later) throw new Error(`The earlier export (${asOfDate}) must be before the later one (${laterAsOf}).`);
  const duplicated = new Set(sample.duplicateNiks);
  const startedBy = sample.people.filter((p) => p.enrolledDay <= asOf);

  const pick = (candidates: SyntheticPerson[], n: number): SyntheticPerson[] => {
    const pool = [...candidates];
    const picked: SyntheticPerson[] = [];
    while (picked.length < n && pool.length > 0) picked.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
    if (picked.length < n) throw new Error(`Sample model bug: only ${candidates.length} candidates for ${n} people in the earlier export.`);
    return picked.sort((a, b) => a.seq - b.seq);
  };
  const plain = (p: SyntheticPerson) => p.status === 'AKTIF' && !duplicated.has(p.nik);

  // Cover backdated into October, row sent in November: people who joined in the month before the earlier date.
  const lateEntries = pick(startedBy.filter((p) => plain(p) && p.enrolledDay > asOf - 30 && p.categoryId !== 'ketua-lpm'), LATE_ENTRIES);
  const late = new Set(lateEntries.map((p) => p.seq));
  const inExport = startedBy.filter((p) => !late.has(p.seq));

  const counts = new TargetCounts(targets);
  for (const p of inExport) if (p.status === 'AKTIF') counts.add(p, 1);

  const asThen = new Map<number, SyntheticPerson>();
  const stillActive: SyntheticPerson[] = [];
  const leftOn = new Map<number, number>();
  for (const p of inExport.filter((x) => x.status !== 'AKTIF')) {
    let leftDay = leftDays.get(p.seq);
    if (p.status === 'MENINGGAL' && leftDay === undefined) throw new Error(`Sample model bug: no day of death for person ${p.seq}.`);
    leftDay ??= rng.int(p.enrolledDay + 1, later);
    leftOn.set(p.seq, leftDay);
    // Still active then, unless an active count would pass its target (a successor may already hold the role).
    if (leftDay > asOf && counts.fits(p)) {
      counts.add(p, 1);
      asThen.set(p.seq, { ...p, status: 'AKTIF' });
      stillActive.push(p);
    }
  }

  const corrections: Correction[] = [];
  const unchanged = inExport.filter((p) => plain(p) && !asThen.has(p.seq));
  const posyandu = { id: 'kader-posyandu', kategori: 'KADER POSYANDU' };
  const cadres = unchanged.filter((p) => p.categoryId === 'kader-siaga-kelurahan');
  // Before the cadres' batch starts there is no cadre to miswrite.
  for (const after of pick(cadres, cadres.length === 0 ? 0 : CORRECTIONS_PER_KIND)) {
    const before = { ...after, categoryId: posyandu.id, kategori: posyandu.kategori };
    if (!counts.fits(before)) throw new Error(`Sample model bug: recording person ${after.seq} as ${posyandu.id} passes a target.`);
    counts.add(after, -1);
    counts.add(before, 1);
    corrections.push({ before, after, what: 'kategori' });
  }
  const neighbour = (kelurahanCode: string, kecamatanCode: string) => {
    const same = areas.kelurahan.filter((k) => k.kecamatanCode === kecamatanCode);
    return same[(same.findIndex((k) => k.code === kelurahanCode) + 1) % same.length]!.code;
  };
  const movable = unchanged.filter((p) => p.categoryId === 'ojek-online' && areas.kelurahan.filter((k) => k.kecamatanCode === p.kecamatanCode).length > 1);
  for (const after of pick(movable, CORRECTIONS_PER_KIND))
    corrections.push({ before: { ...after, kelurahanCode: neighbour(after.kelurahanCode, after.kecamatanCode) }, after, what: 'kelurahan' });
  for (const c of corrections) asThen.set(c.after.seq, c.before);

  const then = (p: SyntheticPerson) => asThen.get(p.seq) ?? p;
  const included = new Set(inExport.map((p) => p.seq));
  return {
    asOfDate,
    rows: sample.rows.filter((r) => included.has(r.person.seq)).map((r) => ({ file: r.file, person: then(r.person) })),
    people: inExport.map(then),
    claims: claims.filter((c) => c.tanggal <= asOfDate),
    stillActive,
    leftDays: leftOn,
    lateEntries,
    corrections,
  };
}
