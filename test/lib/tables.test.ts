import { describe, expect, it } from 'vitest';
import { claimsTable } from '../../src/lib/claims-table.ts';
import { loadPublished } from '../../src/lib/published.ts';
import { spendTable } from '../../src/lib/spend-table.ts';
import { cellText, isHiddenCell } from '../../src/lib/table-spec.ts';

const data = loadPublished('data/published');

describe('table cells', () => {
  it('cellText(cell, lang) formats counts, percents and rupiah for the page language', () => {
    expect(cellText(24348, 'id')).toBe('24.348');
    expect(cellText(24348, 'en')).toBe('24,348');
    expect(cellText({ percent: 12.5 }, 'id')).toBe('12,5%');
    expect(cellText({ percent: 12.5 }, 'en')).toBe('12.5%');
    expect(cellText({ rupiah: 16800 }, 'id')).toBe('Rp16.800');
    expect(cellText({ rupiah: 16800 }, 'en')).toBe('Rp16,800');
    expect(cellText('Nongsa', 'en')).toBe('Nongsa');
    expect(cellText({ percent: null }, 'id')).toBe('–');
  });

  it('isHiddenCell(cell) is true for hidden counts and rupiah and for a percent marked hidden, not for a missing target', () => {
    expect([null, { rupiah: null }, { percent: null, hidden: true }].map(isHiddenCell)).toEqual([true, true, true]);
    expect([0, 'text', { rupiah: 0 }, { percent: null }, { percent: null, hidden: false }, { percent: 0, hidden: true }].map(isHiddenCell))
      .toEqual([false, false, false, false, false, false]);
  });
});

describe('claimsTable', () => {
  it('claimsTable(published, kota, id) lists JKK, JKM and the total with the published claims and rupiah', () => {
    const table = claimsTable(data, '21.71', 'id');
    const row = (program: string) => data.claims.rows.find((r) => r.code === '21.71' && r.program === program)!;
    expect(table.rows.map((r) => r.cells)).toEqual(['JKK', 'JKM', 'semua'].map((p) => [row(p).claims, { rupiah: row(p).amountRupiah }]));
    expect(table.rows.map((r) => r.header)).toEqual(['Jaminan Kecelakaan Kerja (JKK)', 'Jaminan Kematian (JKM)', 'Jumlah']);
    expect(table.columns.map((c) => c.numeric ?? false)).toEqual([false, true, true]);
  });

  it('claimsTable keeps hidden kecamatan figures null (shown as *), never 0', () => {
    const table = claimsTable(data, '21.71.10', 'en');
    expect(table.rows).toHaveLength(3);
    expect(table.rows.every((r) => r.cells.every(isHiddenCell))).toBe(true);
  });
});

describe('spendTable', () => {
  it('spendTable(published, lang) has a row per category then the total, with the published rupiah', () => {
    const table = spendTable(data, 'en');
    expect(table.rows.map((r) => r.header)).toEqual([...data.metadata.categories.map((c) => c.label.en), 'Total']);
    for (const [i, category] of [...data.metadata.categories.map((c) => c.id), 'semua'].entries()) {
      const row = data.spend.rows.find((r) => r.category === category)!;
      expect(table.rows[i]!.cells).toEqual([row.active, { rupiah: row.premiumPerPersonMonth }, { rupiah: row.monthlyRupiah }, { rupiah: row.yearlyRupiah }]);
    }
    // The demo's total: 24,348 people at Rp16,800 a month.
    expect(table.rows.at(-1)!.cells[2]).toEqual({ rupiah: 24348 * 16800 });
  });
});
