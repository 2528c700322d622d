/** How the people in one category look: age at the as-of date, share of women, and how exports write the category. */
export interface PersonTraits {
  ages: readonly [number, number];
  female: number;
  /** KATEGORI spellings with relative frequency; each must be a label or alias in program.json. */
  kategori: readonly (readonly [string, number])[];
  /** Share of women for particular spellings (an imam is a man, most TPQ teachers are women). */
  femaleByKategori?: Readonly<Record<string, number>>;
}

export const PERSON_TRAITS: Readonly<Record<string, PersonTraits>> = {
  'ketua-rt': { ages: [35, 70], female: 0.12, kategori: [['KETUA RT', 90], ['RT', 10]] },
  'ketua-rw': { ages: [38, 70], female: 0.08, kategori: [['KETUA RW', 90], ['RW', 10]] },
  'ketua-lpm': { ages: [38, 68], female: 0.1, kategori: [['KETUA LPM', 1]] },
  'kader-posyandu': { ages: [20, 62], female: 0.96, kategori: [['KADER POSYANDU', 1]] },
  'kader-siaga-kelurahan': { ages: [21, 58], female: 0.5, kategori: [['KADER SIAGA KELURAHAN', 80], ['KSK', 20]] },
  'pekerja-sosial-keagamaan': {
    ages: [24, 70],
    female: 0.3,
    kategori: [['PEKERJA SOSIAL KEAGAMAAN', 70], ['IMAM MASJID', 12], ['GURU TPQ', 12], ['MUBALIGH', 6]],
    femaleByKategori: { 'IMAM MASJID': 0, 'GURU TPQ': 0.75, MUBALIGH: 0.2 },
  },
  'pekerja-kemasyarakatan': { ages: [24, 65], female: 0.45, kategori: [['PEKERJA KEMASYARAKATAN', 1]] },
  nelayan: { ages: [19, 68], female: 0.03, kategori: [['NELAYAN', 1]] },
  petani: { ages: [22, 70], female: 0.25, kategori: [['PETANI', 90], ['PEKEBUN', 10]] },
  'ojek-online': { ages: [19, 55], female: 0.08, kategori: [['OJOL', 55], ['OJEK ONLINE', 45]] },
  'penarik-becak': { ages: [30, 70], female: 0.02, kategori: [['PENARIK BECAK', 1]] },
  'penambang-pancung': { ages: [22, 65], female: 0.01, kategori: [['PENAMBANG PANCUNG', 80], ['TEKONG PANCUNG', 20]] },
};
