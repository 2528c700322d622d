import { dayNumber, isoFromDay } from './day-number.ts';
import { prngFor, type Prng } from './prng.ts';
import type { SyntheticPerson } from './synthetic-person.ts';

export interface SampleClaim {
  /** ISO date the claim was paid. */
  tanggal: string;
  /** Kemendagri kelurahan code. */
  kode_wilayah: string;
  program: 'JKK' | 'JKM';
  jumlah_klaim: number;
  /** Whole rupiah. */
  nilai_rupiah: number;
}

/** JKM: Rp42 million to the heirs; only the Rp10 million funeral cost in the first three months of membership. */
const JKM_FULL = 42_000_000;
const JKM_FUNERAL_ONLY = 10_000_000;
const JKK_ACCIDENTS = 32;
/** Relative accident risk by category: riders and boatmen most, office-like roles least. */
const JKK_RISK: Record<string, number> = { 'ojek-online': 5, 'penambang-pancung': 6, nelayan: 4, 'penarik-becak': 3, petani: 2 };

/** The JKM claim for a member who died on `deathDay`, paid 5–30 days later. */
export function deathClaim(p: SyntheticPerson, deathDay: number, rng: Prng): SampleClaim {
  const nilai = deathDay < p.enrolledDay + 91 ? JKM_FUNERAL_ONLY : JKM_FULL;
  return paid(deathDay, { kode_wilayah: p.kelurahanCode, program: 'JKM', nilai_rupiah: nilai }, rng);
}

/** One JKK claim: a member chosen by accident risk, hurt on a day from `from` to `to` (at the earliest the day after joining), paid 5–30 days later. */
export function accidentClaim(active: readonly SyntheticPerson[], from: number, to: number, rng: Prng): SampleClaim {
  const p = rng.weighted(active.map((x) => [x, JKK_RISK[x.categoryId] ?? 0.3] as const));
  const accidentDay = rng.int(Math.max(from, p.enrolledDay + 1), to);
  // Log-uniform: most claims are small treatments, a few are long hospital stays.
  const nilai = Math.round(Math.exp(rng.uniform(Math.log(250_000), Math.log(35_000_000))) / 1000) * 1000;
  return paid(accidentDay, { kode_wilayah: p.kelurahanCode, program: 'JKK', nilai_rupiah: nilai }, rng);
}

function paid(eventDay: number, claim: Omit<SampleClaim, 'tanggal' | 'jumlah_klaim'>, rng: Prng): SampleClaim {
  return { tanggal: isoFromDay(eventDay + rng.int(5, 30)), jumlah_klaim: 1, ...claim };
}

/**
 * Claims paid between the start of cover and the as-of date, summed per day, kelurahan and programme.
 * `onDeath` hears each deceased person's day of death (the earlier export needs it: who was still alive then).
 */
export function sampleClaims(
  people: readonly SyntheticPerson[],
  asOfDate: string,
  onDeath: (person: SyntheticPerson, day: number) => void = () => {},
): SampleClaim[] {
  const rng = prngFor('claims');
  const asOf = dayNumber(asOfDate);
  const single: SampleClaim[] = [];
  for (const p of people.filter((x) => x.status === 'MENINGGAL')) {
    const deathDay = rng.int(p.enrolledDay + 1, asOf);
    onDeath(p, deathDay);
    single.push(deathClaim(p, deathDay, rng));
  }
  const active = people.filter((x) => x.status === 'AKTIF');
  for (let i = 0; i < JKK_ACCIDENTS; i++) single.push(accidentClaim(active, 0, asOf - 1, rng));
  // Claims still being processed on the as-of date are not in the export.
  return mergeClaims(single.filter((c) => c.tanggal <= asOfDate));
}

/** Claims summed per day, kelurahan and programme, sorted by that key, as claims.csv lists them. */
export function mergeClaims(claims: readonly SampleClaim[]): SampleClaim[] {
  const merged = new Map<string, SampleClaim>();
  for (const c of claims) {
    const key = `${c.tanggal}|${c.kode_wilayah}|${c.program}`;
    const seen = merged.get(key);
    if (seen) {
      seen.jumlah_klaim += c.jumlah_klaim;
      seen.nilai_rupiah += c.nilai_rupiah;
    } else merged.set(key, { ...c });
  }
  return [...merged.keys()].sort().map((key) => merged.get(key) as SampleClaim);
}
