import { describe, expect, it } from 'vitest';
import { approximateNote, methodText, partsNote } from '../../src/i18n/protection.ts';
import { loadPublished } from '../../src/lib/published.ts';
import { DISCLOSURE_METHODS, type Perturbation } from '../../src/schemas/disclosure.ts';

const { disclosure } = loadPublished('data/published').metadata;
const table = (maxDeviation: number, period = 1): Perturbation => ({ maxDeviation, variance: 1, period, rows: [{ original: 0, changes: [{ change: 0, probability: 1 }] }] });

describe('approximateNote(disclosure, lang)', () => {
  it('approximateNote(the demo\'s cell key disclosure) is the footnote the issue asks for, in Indonesian and English', () => {
    expect(disclosure.method).toBe('cell-key');
    expect(approximateNote(disclosure, 'id')).toBe(`≈ angka perkiraan: ditambah atau dikurangi paling banyak ${disclosure.perturbation!.maxDeviation} orang agar tidak ada yang bisa dikenali; total seluruh wilayah per kategori tepat.`);
    expect(approximateNote(disclosure, 'en')).toBe(`≈ approximate: up to ${disclosure.perturbation!.maxDeviation} people added or taken away so that no one can be identified; totals for the whole region per category are exact.`);
  });

  it('approximateNote takes the largest change from metadata.json, never a fixed number', () => {
    expect(approximateNote({ ...disclosure, perturbation: table(3) }, 'id')).toContain('paling banyak 3 orang');
    expect(approximateNote({ ...disclosure, perturbation: table(1) }, 'en')).toContain('up to 1 person added');
    expect(approximateNote({ ...disclosure, perturbation: table(5) }, 'en')).toContain('up to 5 people added');
  });

  it('approximateNote(random rounding) says the numbers are rounded to a multiple of the table\'s period', () => {
    const rounding = { ...disclosure, method: 'random-rounding' as const, perturbation: table(2, 3) };
    expect(approximateNote(rounding, 'id')).toBe('≈ angka perkiraan: dibulatkan acak ke kelipatan 3 (berubah paling banyak 2 orang) agar tidak ada yang bisa dikenali; total seluruh wilayah per kategori tepat.');
    expect(approximateNote(rounding, 'en')).toMatch(/^≈ approximate: randomly rounded to a multiple of 3 \(changed by at most 2 people\)/);
  });

  it('approximateNote(…, { rupiah }) adds how an approximate rupiah amount follows its claim count', () => {
    expect(approximateNote(disclosure, 'id', { rupiah: true })).toMatch(/jumlah klaim perkiraannya dikali rata-rata per klaim program itu di seluruh wilayah\.$/);
    expect(approximateNote(disclosure, 'en', { rupiah: true })).toMatch(/approximate claim count times the programme's average per claim across the whole region\.$/);
    expect(approximateNote(disclosure, 'en')).not.toMatch(/claim/);
  });
});

describe('methodText(method, lang) and partsNote(lang)', () => {
  it('methodText names and sums up every method program.json can choose, differently, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const texts = DISCLOSURE_METHODS.map((m) => methodText(m, lang));
      expect(new Set(texts.map((t) => t.name)).size).toBe(DISCLOSURE_METHODS.length);
      expect(new Set(texts.map((t) => t.summary)).size).toBe(DISCLOSURE_METHODS.length);
    }
    expect(methodText('cell-key', 'en').name).toBe('the cell key method');
    expect(methodText('random-rounding', 'id').name).toMatch(/pembulatan acak/);
    // The suppression methods show true numbers; the noise methods change them a little.
    for (const m of ['suppression', 'fitted-suppression', 'optimal-suppression'] as const) expect(methodText(m, 'en').summary).toMatch(/numbers shown are the true numbers/);
    for (const m of ['cell-key', 'random-rounding'] as const) expect(methodText(m, 'en').summary).toMatch(/secret key/);
  });

  it('partsNote(lang) says the parts may not add up, in Indonesian and English', () => {
    expect(partsNote('id')).toBe('Jumlah bagian bisa berbeda dari total karena angka perkiraan.');
    expect(partsNote('en')).toBe('Parts may not add up to the total because of approximate values.');
  });
});
