import { describe, expect, it } from 'vitest';
import { fundingSentence, programLead } from '../../src/lib/program-text.ts';
import type { Metadata } from '../../src/schemas/published.ts';

type Program = Pick<Metadata, 'region' | 'batches' | 'groups' | 'categories' | 'text'>;

const category = (id: string, premium = 16800): Metadata['categories'][number] => ({
  id, label: { id, en: id }, group: 'g', batch: 'apbd-2026', sensitive: false, finestGeography: 'kelurahan',
  complementSensitive: false, threshold: 5, premiumPerPersonMonth: premium,
});

/** A kabupaten's program with no text of its own: everything the site says is generated. */
const bintan: Program = {
  region: { code: '21.01', name: 'Kabupaten Bintan', kind: 'kabupaten' },
  batches: [{ id: 'apbd-2026', label: { id: 'APBD 2026', en: '2026 budget' }, start: '2026-01-01' }],
  groups: [
    { id: 'rt-rw', label: { id: 'Ketua RT dan RW', en: 'RT and RW heads' } },
    { id: 'kader', label: { id: 'Kader posyandu', en: 'Posyandu cadres' } },
    { id: 'nelayan', label: { id: 'Nelayan', en: 'Fishers' } },
  ],
  categories: [category('ketua-rt'), category('nelayan')],
};

describe('programLead(program, regionKind, lang)', () => {
  it('writes the lead from the region, the groups and the premium when program.json gives none', () => {
    expect(programLead(bintan, 'kabupaten', 'id')).toBe(
      'Pemerintah Kabupaten Bintan membayar iuran jaminan kecelakaan kerja (JKK) dan jaminan kematian (JKM) bagi ketua RT dan RW; kader posyandu; serta nelayan. Iurannya Rp16.800 per orang per bulan.');
    expect(programLead(bintan, 'kabupaten', 'en')).toBe(
      'The government of Kabupaten Bintan pays the work-accident (JKK) and death-benefit (JKM) premiums of RT and RW heads; posyandu cadres; and fishers. The premium is Rp16,800 per person a month.');
  });

  it('lists simple groups with commas, and gives the range of premiums when categories differ', () => {
    const surabaya: Program = {
      ...bintan,
      region: { code: '35.78', name: 'Surabaya', kind: 'kota' },
      groups: [{ id: 'a', label: { id: 'Kader', en: 'Cadres' } }, { id: 'b', label: { id: 'Nelayan', en: 'Fishers' } }, { id: 'c', label: { id: 'Petani', en: 'Farmers' } }],
      categories: [category('a', 5400), category('b', 16800)],
    };
    expect(programLead(surabaya, 'kota', 'id')).toBe(
      'Pemerintah Kota Surabaya membayar iuran jaminan kecelakaan kerja (JKK) dan jaminan kematian (JKM) bagi kader, nelayan dan petani. Iurannya Rp5.400 sampai Rp16.800 per orang per bulan, menurut kategori.');
    expect(programLead(surabaya, 'kota', 'en')).toMatch(/premiums of cadres, fishers and farmers\. The premium is Rp5,400 to Rp16,800 per person a month, depending on the category\.$/);
  });

  it("uses program.json's own lead, word for word, when it gives one", () => {
    const lead = { id: 'Pemerintah Kabupaten Bintan melindungi nelayan.', en: 'Bintan regency covers its fishers.' };
    expect(programLead({ ...bintan, text: { lead } }, 'kabupaten', 'id')).toBe(lead.id);
    expect(programLead({ ...bintan, text: { lead } }, 'kabupaten', 'en')).toBe(lead.en);
  });
});

describe('fundingSentence(program, regionKind, lang)', () => {
  it("names one batch with the region's budget and the month it started", () => {
    expect(fundingSentence(bintan, 'kabupaten', 'id')).toBe('Kepesertaan dibayar dari anggaran kabupaten: APBD 2026 (sejak Januari 2026).');
    expect(fundingSentence(bintan, 'kabupaten', 'en')).toBe('Cover is paid from the regency budget: 2026 budget (from January 2026).');
  });

  it('counts several batches in words, in date order, using their descriptions where given', () => {
    const two: Program = {
      ...bintan,
      batches: [
        { id: 'apbd-p', label: { id: 'APBD-P 2025', en: 'Revised 2025 budget' }, start: '2025-09-26',
          description: { id: 'APBD Perubahan 2025 (diluncurkan 26 September 2025)', en: 'the revised 2025 budget (launched 26 September 2025)' } },
        { id: 'apbd', label: { id: 'APBD 2025', en: 'the 2025 budget' }, start: '2025-06-01' },
      ],
    };
    expect(fundingSentence(two, 'kota', 'id')).toBe(
      'Kepesertaan dibayar dari dua tahap anggaran kota: APBD 2025 (sejak Juni 2025) dan APBD Perubahan 2025 (diluncurkan 26 September 2025).');
    expect(fundingSentence(two, 'kota', 'en')).toBe(
      'Cover is paid from two city budget batches: the 2025 budget (from June 2025) and the revised 2025 budget (launched 26 September 2025).');
    const three = { ...two, batches: [...two.batches, { id: 'apbd-2026', label: { id: 'APBD 2026', en: 'the 2026 budget' }, start: '2026-01-01' }] };
    expect(fundingSentence(three, 'kabupaten', 'id')).toMatch(/^Kepesertaan dibayar dari tiga tahap anggaran kabupaten: APBD 2025 \(sejak Juni 2025\), APBD Perubahan .* dan APBD 2026 \(sejak Januari 2026\)\.$/);
  });
});
