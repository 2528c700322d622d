import type { PopulationInputRow } from '../../src/schemas/inputs.ts';

/** Where the demo's population figures come from: real, published, and old. */
export const POPULATION_SOURCE = {
  sumber: 'Dinas Kependudukan Kota Batam, Agustus 2013 (dikutip Riau Pos, 20 September 2013)',
  tahun: 2013,
  article: 'Riau Pos, 20 September 2013, "Sebulan, Penduduk Batam Naik 2.646 Jiwa"',
  url: 'https://iklan.riaupos.co/pendidikan/20/09/2013/34563/sebulan-penduduk-batam-naik-2646-jiwa.html',
  total: 1_136_714,
} as const;

/**
 * Residents per kecamatan of Kota Batam in August 2013 as the Dinas Kependudukan counted them (POPULATION_SOURCE):
 * real published figures, unlike the synthetic enrollment beside them. Typed from the article, by Kemendagri code.
 */
const RESIDENTS_AUGUST_2013: Record<string, number> = {
  '21.71.01': 24_343, // Belakang Padang
  '21.71.02': 88_681, // Batu Ampar
  '21.71.03': 137_047, // Sekupang
  '21.71.04': 62_336, // Nongsa
  '21.71.05': 11_564, // Bulang
  '21.71.06': 105_784, // Lubuk Baja
  '21.71.07': 109_527, // Sei Beduk
  '21.71.08': 16_638, // Galang
  '21.71.09': 116_473, // Bengkong
  '21.71.10': 164_525, // Batam Kota
  '21.71.11': 175_611, // Sagulung
  '21.71.12': 124_185, // Batu Aji
};

/** The demo's populasi.csv rows, by code. */
export function samplePopulation(): PopulationInputRow[] {
  return Object.entries(RESIDENTS_AUGUST_2013).map(([kode_wilayah, penduduk]) => ({
    kode_wilayah, penduduk, sumber: POPULATION_SOURCE.sumber, tahun: POPULATION_SOURCE.tahun,
  }));
}
