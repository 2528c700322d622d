import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../../src/pipeline/check/status.ts';

describe('parseStatus', () => {
  it.each([['AKTIF'], ['aktif'], [' Aktif '], ['ACTIVE'], ['Active']])('parseStatus(%j) gives aktif', (raw) => {
    expect(parseStatus(raw)).toEqual({ ok: true, value: 'aktif' });
  });

  it.each([
    ['NON AKTIF'],
    ['NON-AKTIF'],
    ['NONAKTIF'],
    ['non aktif'],
    ['Non_Aktif'],
    ['TIDAK AKTIF'],
    ['KELUAR'],
    ['BERHENTI'],
    ['MENINGGAL'],
    ['MENINGGAL DUNIA'],
    ['Meninggal Dunia'],
    ['NON ACTIVE'],
    ['NON-ACTIVE'],
    ['INACTIVE'],
  ])('parseStatus(%j) gives nonaktif', (raw) => {
    expect(parseStatus(raw)).toEqual({ ok: true, value: 'nonaktif' });
  });

  it.each([['AKTIF?'], ['PENDING'], ['DITANGGUHKAN'], ['1'], [1], [new Date(0)]])('parseStatus(%j) is an error that lists the accepted values', (raw) => {
    const result = parseStatus(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('not a value this tool knows');
      for (const accepted of ['AKTIF', 'ACTIVE', 'NON AKTIF', 'TIDAK AKTIF', 'KELUAR', 'BERHENTI', 'MENINGGAL DUNIA', 'INACTIVE']) {
        expect(result.message).toContain(accepted);
      }
    }
  });

  it.each([[''], [' '], [null]])('parseStatus(%j) says the cell is empty and lists the accepted values', (raw) => {
    const result = parseStatus(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('empty');
      expect(result.message).toContain('TIDAK AKTIF');
    }
  });
});
