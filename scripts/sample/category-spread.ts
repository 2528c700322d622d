import { apportion } from './apportion.ts';
import type { BatamAreas } from './batam-areas.ts';
import { ACTIVE_RT, ACTIVE_RW, assertKnownCodes, lastPart, type KelurahanProfile } from './kelurahan-profiles.ts';
import { prngFor } from './prng.ts';

/** Active enrolled people per category: the published Sep–Nov 2025 figures (RT/RW/LPM split assumed, see DOMAIN.md). */
const ACTIVE_TOTALS: Readonly<Record<string, number>> = {
  'ketua-rt': ACTIVE_RT,
  'ketua-rw': ACTIVE_RW,
  'ketua-lpm': 64,
  'kader-posyandu': 3855,
  'kader-siaga-kelurahan': 109,
  'pekerja-sosial-keagamaan': 4703,
  'pekerja-kemasyarakatan': 152,
  nelayan: 5000,
  petani: 2650,
  'ojek-online': 3635,
  'penarik-becak': 108,
  'penambang-pancung': 108,
};

interface Spread {
  /** Relative weight of a kelurahan before jitter; 0 means nobody there. */
  weight: (k: KelurahanProfile) => number;
  /** Random spread around the weight, as [low, high] multipliers. */
  jitter: readonly [number, number];
  minimum: number;
}

const byKecamatan = (weights: Record<string, number>) => (k: KelurahanProfile) => weights[lastPart(k.kecamatanCode)] ?? 0;
const byKelurahan = (weights: Record<string, number>) => (k: KelurahanProfile) => weights[k.code] ?? 0;

/** Coastal kelurahan on Batam island with fishing settlements (Nongsa, Sekupang, the old-town shore). */
const COASTAL_FISHING: Record<string, number> = {
  '21.71.04.1001': 4, // Sambau
  '21.71.04.1002': 4, // Batu Besar
  '21.71.04.1003': 2, // Kabil
  '21.71.03.1003': 4, // Tanjung Riau
  '21.71.03.1002': 2, // Tanjung Pinggir
  '21.71.03.1001': 1.5, // Sungai Harapan
  '21.71.06.1005': 1, // Tanjung Uma
  '21.71.09.1002': 1, // Bengkong Laut
};
/** The old town (Nagoya, Jodoh) where becak still run. */
const OLD_TOWN_BECAK: Record<string, number> = {
  '21.71.06.1001': 30, // Kampung Pelita
  '21.71.06.1003': 28, // Lubuk Baja Kota
  '21.71.06.1004': 8, // Batu Selicin
  '21.71.02.1002': 30, // Sungai Jodoh
  '21.71.02.1004': 9, // Kampung Seraya
  '21.71.02.1003': 2, // Batu Merah
};
/** Boat landings on Batam island; the islands of Belakang Padang and Bulang are added by kecamatan. */
const PANCUNG_LANDINGS: Record<string, number> = {
  '21.71.03.1003': 10, // Tanjung Riau
  '21.71.03.1001': 6, // Sungai Harapan
  '21.71.02.1001': 12, // Tanjung Sengkuang
  '21.71.02.1004': 3, // Kampung Seraya
};
const PANCUNG_ISLANDS = byKecamatan({ '01': 3, '05': 1.5 });
/** Farming kecamatan: Galang most, then Nongsa, Sei Beduk and Sagulung. */
const FARMING = byKecamatan({ '08': 14, '04': 6, '07': 4, '11': 3, '05': 1.5, '12': 0.5 });
const URBAN_OJOL = ['10', '06', '09', '12', '11', '07', '02', '03'];

const SPREADS: Record<string, Spread> = {
  'kader-posyandu': { weight: (k) => k.population, jitter: [0.8, 1.2], minimum: 2 },
  'kader-siaga-kelurahan': { weight: () => 1, jitter: [0.5, 1.5], minimum: 1 },
  'pekerja-sosial-keagamaan': { weight: (k) => k.population ** 0.9, jitter: [0.7, 1.3], minimum: 1 },
  'pekerja-kemasyarakatan': { weight: () => 1, jitter: [0.2, 1.8], minimum: 0 },
  // On the islands fishing is the main work, so fishers follow population (a 3,000-person island weighs 10).
  nelayan: { weight: (k) => (k.kind === 'island' ? k.population / 300 : (COASTAL_FISHING[k.code] ?? 0)), jitter: [0.5, 1.5], minimum: 0 },
  // The square root keeps Galang's small islands ahead without giving them more farmers than people.
  petani: { weight: (k) => FARMING(k) * Math.sqrt(k.population), jitter: [0.4, 1.6], minimum: 0 },
  'ojek-online': { weight: (k) => (URBAN_OJOL.includes(lastPart(k.kecamatanCode)) ? k.population : 0), jitter: [0.7, 1.3], minimum: 0 },
  'penarik-becak': { weight: byKelurahan(OLD_TOWN_BECAK), jitter: [0.8, 1.2], minimum: 0 },
  'penambang-pancung': { weight: (k) => (PANCUNG_LANDINGS[k.code] ?? 0) + PANCUNG_ISLANDS(k), jitter: [0.5, 1.5], minimum: 0 },
};

/**
 * Active people per category and kelurahan (arrays aligned with `profiles`), summing exactly to ACTIVE_TOTALS.
 * Simulated: the weights are plausible guesses about where each kind of worker lives, not data.
 */
export function categorySpread(profiles: readonly KelurahanProfile[], areas: BatamAreas): Map<string, number[]> {
  assertKnownCodes([...Object.keys(COASTAL_FISHING), ...Object.keys(OLD_TOWN_BECAK), ...Object.keys(PANCUNG_LANDINGS)], areas);
  const spread = new Map<string, number[]>();
  spread.set('ketua-rt', profiles.map((k) => k.rtEnrolled));
  spread.set('ketua-rw', profiles.map((k) => k.rwEnrolled));
  spread.set('ketua-lpm', profiles.map(() => 1));
  for (const [category, s] of Object.entries(SPREADS)) {
    const rng = prngFor(`spread:${category}`);
    const weights = profiles.map((k) => s.weight(k) * rng.uniform(s.jitter[0], s.jitter[1]));
    spread.set(category, apportion(ACTIVE_TOTALS[category] ?? 0, weights, s.minimum));
  }
  for (const [category, total] of Object.entries(ACTIVE_TOTALS)) {
    const sum = (spread.get(category) ?? []).reduce((a, n) => a + n, 0);
    if (sum !== total) throw new Error(`Sample model bug: ${category} spreads ${sum} people, expected ${total}.`);
  }
  return spread;
}
