import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/schemas/program.ts';
import { makeCategoryResolver } from '../../../src/pipeline/check/categories.ts';

function category(id: string, labelId: string, labelEn: string, aliases: string[]): Category {
  return { id, label: { id: labelId, en: labelEn }, group: 'kader', batch: 'apbd-p-2025', aliases, sensitive: false, finestGeography: 'kelurahan', complementSensitive: false };
}

const CATEGORIES = [
  category('ketua-rt', 'Ketua RT', 'RT (neighbourhood) head', ['KETUA RT', 'RT', 'KETUA RUKUN TETANGGA']),
  category('kader-posyandu', 'Kader Posyandu', 'Posyandu health cadre', ['KADER POSYANDU', 'POSYANDU']),
  category('ojek-online', 'Ojek online', 'Ride-hailing driver', ['OJOL', 'OJEK ONLINE/DARING']),
];

describe('makeCategoryResolver(categories)', () => {
  const resolve = makeCategoryResolver(CATEGORIES);

  it.each([
    ['ketua-rt', 'ketua-rt'],
    ['KETUA-RT', 'ketua-rt'],
    ['Ketua RT', 'ketua-rt'],
    ['ketua.rt', 'ketua-rt'],
    ['KETUA_RT', 'ketua-rt'],
    [' rt ', 'ketua-rt'],
    ['R.T.', 'ketua-rt'],
    ['rt (neighbourhood) head', 'ketua-rt'],
    ['Ketua Rukun Tetangga', 'ketua-rt'],
    ['kader-posyandu', 'kader-posyandu'],
    ['KADER POSYANDU', 'kader-posyandu'],
    ['Posyandu health cadre', 'kader-posyandu'],
    ['posyandu', 'kader-posyandu'],
    ['Ojol', 'ojek-online'],
    ['Ojek Online / Daring', 'ojek-online'],
    ['ojek online/daring', 'ojek-online'],
    ['Ride hailing driver', 'ojek-online'],
  ])('resolve(%j) gives %s', (raw, id) => {
    expect(resolve(raw)).toEqual({ ok: true, value: id });
  });

  it('resolve(a near miss) suggests the closest spelling and lists the category ids', () => {
    const result = resolve('Kader Posyandy');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('Category "Kader Posyandy" is not in program.json');
      expect(result.message).toContain('Did you mean "kader-posyandu"');
      expect(result.message).toContain('ketua-rt, kader-posyandu, ojek-online');
      expect(result.message).toContain('"aliases"');
    }
  });

  it('resolve(a typo of an alias) suggests the category that alias belongs to', () => {
    const result = resolve('OJLO');
    expect(!result.ok && result.message).toContain('Did you mean "ojek-online" (written "OJOL")');
  });

  it('resolve(a value far from every spelling) lists the ids without a misleading suggestion', () => {
    const result = resolve('Nelayan tradisional');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).not.toContain('Did you mean');
      expect(result.message).toContain('ketua-rt, kader-posyandu, ojek-online');
    }
  });

  it.each([[''], ['  '], [null]])('resolve(%j) says the category is empty', (raw) => {
    const result = resolve(raw);
    expect(!result.ok && result.message).toContain('Category is empty');
  });

  it.each([[3], [new Date(0)]])('resolve(%j) says a number or date is not a category', (raw) => {
    const result = resolve(raw);
    expect(!result.ok && result.message).toContain('not a category name');
  });

  it('resolve gives the same answer for a repeated raw value (from its cache) as for the first', () => {
    const fresh = makeCategoryResolver(CATEGORIES);
    const first = fresh('Posyandu ');
    const second = fresh('Posyandu ');
    expect(second).toBe(first);
    expect(second).toEqual({ ok: true, value: 'kader-posyandu' });
    const unknownFirst = fresh('Posyandux');
    expect(fresh('Posyandux')).toBe(unknownFirst);
  });

  it('makeCategoryResolver accepts a category repeating its own label among its aliases', () => {
    expect(() => makeCategoryResolver([category('nelayan', 'Nelayan', 'Fisher', ['NELAYAN', 'nelayan'])])).not.toThrow();
  });

  it('makeCategoryResolver throws when two categories share a spelling, naming both', () => {
    const clash = [category('ketua-rt', 'Ketua RT', 'RT head', ['RT']), category('ketua-rw', 'Ketua RW', 'RW head', ['R.T'])];
    expect(() => makeCategoryResolver(clash)).toThrow(/"ketua-rt" \(as "RT"\) and "ketua-rw" \(as "R\.T"\)/);
  });

  it("makeCategoryResolver throws when one category's label is another's alias", () => {
    const clash = [category('petani', 'Petani', 'Farmer', []), category('pekebun', 'Pekebun', 'Grower', ['PETANI'])];
    expect(() => makeCategoryResolver(clash)).toThrow(/"petani".*"pekebun"/);
  });

  it('makeCategoryResolver throws on an alias that is only punctuation', () => {
    expect(() => makeCategoryResolver([category('petani', 'Petani', 'Farmer', ['-'])])).toThrow(/only spaces or punctuation/);
  });
});
