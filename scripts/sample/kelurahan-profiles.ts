import { apportion } from './apportion.ts';
import type { BatamAreas } from './batam-areas.ts';
import { prngFor } from './prng.ts';

/** island: small islands off Batam; dense: the built-up core; mainland: the less dense rest of Batam island. */
type KelurahanKind = 'island' | 'dense' | 'mainland';

/** Simulated facts about one kelurahan; plausible, not measured. */
export interface KelurahanProfile {
  code: string;
  kecamatanCode: string;
  kind: KelurahanKind;
  /** A population-like weight (people), used to spread population-driven categories. */
  population: number;
  rtEnrolled: number;
  /** RT heads who exist but are not enrolled, so target = enrolled + missing. */
  rtMissing: number;
  rwEnrolled: number;
  rwMissing: number;
}

/** Kecamatan by the last part of the code: Belakang Padang (01), Bulang (05), Galang (08). */
const ISLAND_KECAMATAN = ['01', '05', '08'];
/** Nongsa (04) and Sei Beduk (07); every other kecamatan is counted as dense. */
const MAINLAND_KECAMATAN = ['04', '07'];
/** Ngenang lies on its own island in Nongsa. */
const ISLAND_KELURAHAN = ['21.71.04.1004'];

export const ACTIVE_RT = 3209;
export const ACTIVE_RW = 755;

/** Last part of a code: '21.71.10' → '10'. */
export function lastPart(code: string): string {
  return code.slice(code.lastIndexOf('.') + 1);
}

/** Fails loudly when a hand-picked code is not in idn-area-data (a typo, or the package changed). */
export function assertKnownCodes(codes: Iterable<string>, areas: BatamAreas): void {
  const known = new Set([...areas.kecamatan.map((k) => k.code), ...areas.kelurahan.map((k) => k.code)]);
  for (const code of codes)
    if (!known.has(code)) throw new Error(`The sample model names area ${code}, which idn-area-data does not list; fix the code in scripts/sample.`);
}

function kindOf(code: string, kecamatanCode: string): KelurahanKind {
  if (ISLAND_KELURAHAN.includes(code) || ISLAND_KECAMATAN.includes(lastPart(kecamatanCode))) return 'island';
  return MAINLAND_KECAMATAN.includes(lastPart(kecamatanCode)) ? 'mainland' : 'dense';
}

const POPULATION_RANGE: Record<KelurahanKind, readonly [number, number]> = {
  dense: [20_000, 45_000],
  mainland: [12_000, 35_000],
  island: [1_500, 6_000],
};

/** Islands have more, smaller RT per head of population: settlements are spread over many islands. */
const RT_PER_PERSON_FACTOR: Record<KelurahanKind, number> = { dense: 1, mainland: 1, island: 1.8 };

export function kelurahanProfiles(areas: BatamAreas): KelurahanProfile[] {
  assertKnownCodes(ISLAND_KELURAHAN, areas);
  const rng = prngFor('kelurahan-profiles');
  const base = areas.kelurahan.map((k) => {
    const kind = kindOf(k.code, k.kecamatanCode);
    const [lo, hi] = POPULATION_RANGE[kind];
    const population = Math.round(rng.uniform(lo, hi) / 10) * 10;
    const rtWeight = population * RT_PER_PERSON_FACTOR[kind] * rng.uniform(0.85, 1.15);
    return { code: k.code, kecamatanCode: k.kecamatanCode, kind, population, rtWeight };
  });
  const rtEnrolled = apportion(ACTIVE_RT, base.map((b) => b.rtWeight), 3);
  // Every kelurahan has at least one RW; roughly one RW per four RT.
  const rwEnrolled = apportion(ACTIVE_RW, rtEnrolled, 1);
  return base.map((b, i) => {
    const rt = rtEnrolled[i] ?? 0;
    const rw = rwEnrolled[i] ?? 0;
    // Many kelurahan fully covered, some with 1–4 RT heads missing (small complements), a few with more.
    const rtMissing = Math.min(
      Math.floor(rt / 2),
      rng.weighted<number>([
        [0, 35],
        [rng.int(1, 4), 45],
        [rng.int(5, 7), 20],
      ]),
    );
    const rwMissing = Math.min(Math.floor(rw / 2), rng.weighted<number>([[0, 70], [1, 25], [2, 5]]));
    return { code: b.code, kecamatanCode: b.kecamatanCode, kind: b.kind, population: b.population, rtEnrolled: rt, rtMissing, rwEnrolled: rw, rwMissing };
  });
}
