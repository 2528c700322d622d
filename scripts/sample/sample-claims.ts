import { dayNumber, isoFromDay } from './day-number.ts';
import { prngFor } from './prng.ts';
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
  const pay = (eventDay: number, claim: Omit<SampleClaim, 'tanggal' | 'jumlah_klaim'>) => {
    const paidDay = eventDay + rng.int(5, 30);
    // Claims still being processed on the as-of date are not in the export.
    if (paidDay <= asOf) single.push({ tanggal: isoFromDay(paidDay), jumlah_klaim: 1, ...claim });
  };

  for (const p of people.filter((x) => x.status === 'MENINGGAL')) {
    const deathDay = rng.int(p.enrolledDay + 1, asOf);
    onDeath(p, deathDay);
    const threeMonthsIn = p.enrolledDay + 91;
    const nilai = deathDay < threeMonthsIn ? JKM_FUNERAL_ONLY : JKM_FULL;
    pay(deathDay, { kode_wilayah: p.kelurahanCode, program: 'JKM', nilai_rupiah: nilai });
  }
  const atRisk = people.filter((x) => x.status === 'AKTIF').map((x) => [x, JKK_RISK[x.categoryId] ?? 0.3] as const);
  for (let i = 0; i < JKK_ACCIDENTS; i++) {
    const p = rng.weighted(atRisk);
    const accidentDay = rng.int(p.enrolledDay + 1, asOf - 1);
    // Log-uniform: most claims are small treatments, a few are long hospital stays.
    const nilai = Math.round(Math.exp(rng.uniform(Math.log(250_000), Math.log(35_000_000))) / 1000) * 1000;
    pay(accidentDay, { kode_wilayah: p.kelurahanCode, program: 'JKK', nilai_rupiah: nilai });
  }

  const merged = new Map<string, SampleClaim>();
  for (const c of single) {
    const key = `${c.tanggal}|${c.kode_wilayah}|${c.program}`;
    const seen = merged.get(key);
    if (seen) {
      seen.jumlah_klaim += c.jumlah_klaim;
      seen.nilai_rupiah += c.nilai_rupiah;
    } else merged.set(key, { ...c });
  }
  return [...merged.keys()].sort().map((key) => merged.get(key) as SampleClaim);
}
