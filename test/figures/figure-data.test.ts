import { describe, expect, it } from 'vitest';
import { cellData, columnUnit, figureCsv, figureJson } from '../../src/figures/figure-data.ts';
import type { TableSpec } from '../../src/lib/table-spec.ts';

// A table as the coverage figure shows it: a visible row, a row whose count (and so its percent) is hidden, a
// row without a target, and a name that needs CSV quoting.
const table: TableSpec = {
  columns: [{ label: 'Kategori' }, { label: 'Peserta aktif', numeric: true }, { label: 'Sasaran', numeric: true }, { label: 'Cakupan', numeric: true }],
  rows: [
    { header: 'Ketua RT', href: '/kategori/ketua-rt/', cells: [3209, 3398, { percent: 94.4 }] },
    { header: 'Ketua LPM', cells: [null, 64, { percent: null, hidden: true }] },
    { header: 'Imam, guru "TPQ"', cells: [12, '–', { percent: null }] },
  ],
};

describe('cellData', () => {
  it('cellData(cell) gives numbers as numbers, hidden cells as null and shown text as text', () => {
    expect([3209, null, { percent: 94.4 }, { percent: null, hidden: true }, { percent: null }, { rupiah: 16800 }, { rupiah: null }, '–'].map((c) => cellData(c as never)))
      .toEqual([3209, null, 94.4, null, '–', 16800, null, '–']);
  });
});

describe('figureCsv', () => {
  it('figureCsv(table, id) has the column labels and a status column as header, plain numbers, hidden as empty, quoting where needed', () => {
    expect(figureCsv(table, 'id').split('\n')).toEqual([
      'Kategori,Peserta aktif,Sasaran,Cakupan,status',
      'Ketua RT,3209,3398,94.4,tersedia',
      'Ketua LPM,,64,,disembunyikan: Peserta aktif; Cakupan',
      '"Imam, guru ""TPQ""",12,–,–,tersedia',
      '',
    ]);
  });

  it('figureCsv(table, en) words the status in English', () => {
    expect(figureCsv(table, 'en')).toContain('\nKetua LPM,,64,,hidden: Peserta aktif; Cakupan\n');
    expect(figureCsv(table, 'en')).toMatch(/^Kategori,Peserta aktif,Sasaran,Cakupan,status\nKetua RT,3209,3398,94.4,available\n/);
  });
});

describe('figure downloads with approximate values', () => {
  const approximate: TableSpec = {
    columns: [{ label: 'Kategori' }, { label: 'Peserta aktif', numeric: true }, { label: 'Sasaran', numeric: true }, { label: 'Cakupan', numeric: true }],
    rows: [
      { header: 'Ketua RT', cells: [{ count: 458, approximate: true }, 476, { percent: 96.2, approximate: true }] },
      { header: 'Nelayan', cells: [0, '–', { percent: null }] },
      { header: 'Ketua LPM', cells: [null, 6, { percent: null, hidden: true }] },
    ],
  };

  it('cellData(cell) gives an approximate number as the published number', () => {
    expect(cellData({ count: 458, approximate: true })).toBe(458);
    expect(cellData({ difference: -3, approximate: true })).toBe(-3);
    expect(cellData({ difference: null })).toBeNull();
  });

  it('figureCsv(table, lang) names the approximate columns in the status ("perkiraan" / "approximate"), exact rows stay "tersedia"', () => {
    expect(figureCsv(approximate, 'id').split('\n')).toEqual([
      'Kategori,Peserta aktif,Sasaran,Cakupan,status',
      'Ketua RT,458,476,96.2,perkiraan: Peserta aktif; Cakupan',
      'Nelayan,0,–,–,tersedia',
      'Ketua LPM,,6,,disembunyikan: Peserta aktif; Cakupan',
      '',
    ]);
    expect(figureCsv(approximate, 'en')).toContain('\nKetua RT,458,476,96.2,approximate: Peserta aktif; Cakupan\n');
  });

  it('figureJson(table, meta) lists each row\'s approximate columns and says what that means', () => {
    const meta = { title: 'Cakupan', area: 'Kecamatan Batam Kota', asOfDate: '2025-11-30', release: '2025-11-30', source: 'Sumber', url: 'https://x/#cakupan', synthetic: true };
    const json = JSON.parse(figureJson(approximate, meta, 'en'));
    expect(json.rows).toEqual([['Ketua RT', 458, 476, 96.2], ['Nelayan', 0, '–', '–'], ['Ketua LPM', null, 6, null]]);
    expect(json.approximate).toEqual([['Peserta aktif', 'Cakupan'], [], []]);
    expect(json.note).toMatch(/approximate/);
  });
});

describe('figureJson', () => {
  it('figureJson(table, meta) holds where the figure comes from, typed columns and rows with null for hidden numbers', () => {
    const meta = { title: 'Cakupan', area: 'Kota Batam', asOfDate: '2025-11-30', release: '2025-11-30', source: 'Sumber', url: 'https://x/rilis/2025-11-30/#cakupan', synthetic: true };
    const json = JSON.parse(figureJson(table, meta, 'id'));
    expect(json).toMatchObject(meta);
    expect(json.columns).toEqual([
      { label: 'Kategori', unit: 'text' }, { label: 'Peserta aktif', unit: 'count' }, { label: 'Sasaran', unit: 'count' }, { label: 'Cakupan', unit: 'percent' },
    ]);
    expect(json.rows).toEqual([['Ketua RT', 3209, 3398, 94.4], ['Ketua LPM', null, 64, null], ['Imam, guru "TPQ"', 12, '–', '–']]);
  });

  it('columnUnit(table, i) reads rupiah columns and skips text cells ("beragam") to the first number', () => {
    const spend: TableSpec = { columns: [{ label: 'Kategori' }, { label: 'Iuran' }], rows: [{ header: 'Jumlah', cells: ['beragam'] }, { header: 'RT', cells: [{ rupiah: 16800 }] }] };
    expect([0, 1].map((i) => columnUnit(spend, i))).toEqual(['text', 'rupiah']);
  });
});
