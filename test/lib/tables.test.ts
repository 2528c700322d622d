import { describe, expect, it } from 'vitest';
import { claimsTable } from '../../src/lib/claims-table.ts';
import { loadPublished } from '../../src/lib/published.ts';
import { spendTable } from '../../src/lib/spend-table.ts';
import { statusTable } from '../../src/lib/status-table.ts';
import { cellText, countCell, hasApproximate, isApproximateCell, isHiddenCell, partsMissTotal, type TableSpec } from '../../src/lib/table-spec.ts';

const data = loadPublished('data/published');
/** The demo with every kecamatan claim hidden, as a suppression method would publish it. */
const suppressed = structuredClone(data);
for (const r of suppressed.claims.rows) if (r.level === 'kecamatan') Object.assign(r, { claims: null, amountRupiah: null, approximate: [] });

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
    expect([null, { rupiah: null }, { percent: null, hidden: true }, { difference: null }].map(isHiddenCell)).toEqual([true, true, true, true]);
    expect([0, 'text', { rupiah: 0 }, { percent: null }, { percent: null, hidden: false }, { percent: 0, hidden: true }, { count: 3, approximate: true as const }].map(isHiddenCell))
      .toEqual([false, false, false, false, false, false, false]);
  });

  it('cellText(cell, lang) writes an approximate value with ≈ in both languages, and an exact one without', () => {
    expect(cellText(countCell(47, true), 'id')).toBe('≈47');
    expect(cellText(countCell(1234, true), 'en')).toBe('≈1,234');
    expect(cellText(countCell(47, false), 'id')).toBe('47');
    expect(cellText({ percent: 12.5, approximate: true }, 'id')).toBe('≈12,5%');
    expect(cellText({ percent: 12.5, approximate: true }, 'en')).toBe('≈12.5%');
    expect(cellText({ percent: 12.5, approximate: false }, 'en')).toBe('12.5%');
    expect(cellText({ rupiah: 16800, approximate: true }, 'id')).toBe('≈Rp16.800');
    expect(cellText({ difference: -3, approximate: true }, 'en')).toBe('≈−3');
    expect(cellText({ difference: 12 }, 'id')).toBe('+12');
  });

  it('countCell(value, approximate) is a bare number when exact or hidden, and approximate only when shown', () => {
    expect(countCell(47, false)).toBe(47);
    expect(countCell(null, true)).toBeNull();
    expect(countCell(47, true)).toEqual({ count: 47, approximate: true });
    expect([countCell(47, true), countCell(47, false), null, { percent: null, hidden: true, approximate: true }, { percent: 3, approximate: true }].map(isApproximateCell))
      .toEqual([true, false, false, false, true]);
  });
});

describe('the notes a table needs', () => {
  const table = (cells: [total: CellValue, a: CellValue, b: CellValue]): TableSpec => ({
    columns: [{ label: 'Program' }, { label: 'Klaim', numeric: true }],
    rows: [{ header: 'JKK', cells: [cells[1]] }, { header: 'JKM', cells: [cells[2]] }, { header: 'Jumlah', cells: [cells[0]] }],
    sums: [{ total: 2, parts: [0, 1], columns: [0] }],
  });
  type CellValue = TableSpec['rows'][number]['cells'][number];

  it('hasApproximate(table) is true only when a shown cell is approximate', () => {
    expect(hasApproximate(table([50, 23, 27]))).toBe(false);
    expect(hasApproximate(table([50, countCell(23, true), 27]))).toBe(true);
    expect(hasApproximate(table([50, null, 27]))).toBe(false);
  });

  it('partsMissTotal(table) is true only when approximate parts miss their shown total', () => {
    expect(partsMissTotal(table([50, countCell(23, true), countCell(26, true)]))).toBe(true);
    expect(partsMissTotal(table([50, countCell(23, true), countCell(27, true)]))).toBe(false);
    // Exact numbers that miss are not protection's doing, and a hidden part already says a number is missing.
    expect(partsMissTotal(table([50, 23, 26]))).toBe(false);
    expect(partsMissTotal(table([50, null, countCell(26, true)]))).toBe(false);
    expect(partsMissTotal({ ...table([50, countCell(23, true), countCell(26, true)]), sums: undefined })).toBe(false);
  });

  it('statusTable(kecamatan) says ever enrolled = active + non-active, and the demo\'s approximate rows miss it somewhere, but not at the kota', () => {
    const kota = statusTable(data, '21.71', 'id')!;
    expect(kota.sums).toEqual([{ total: 2, parts: [0, 1], columns: [0] }]);
    const rows = data.status.rows.filter((r) => r.level === 'kecamatan');
    const missed = rows.filter((r) => partsMissTotal(statusTable(data, r.code, 'id')!));
    expect(missed.map((r) => r.code)).toEqual(rows.filter((r) => r.active! + r.nonActive! !== r.registered).map((r) => r.code));
    expect(missed.length).toBeGreaterThan(0);
  });
});

describe('claimsTable', () => {
  it('claimsTable(published, kota, id) lists JKK, JKM and the total with the published claims and rupiah', () => {
    const table = claimsTable(data, '21.71', 'id');
    const row = (program: string) => data.claims.rows.find((r) => r.code === '21.71' && r.program === program)!;
    expect(table.rows.map((r) => r.cells)).toEqual(['JKK', 'JKM', 'semua'].map((p) => [
      countCell(row(p).claims, row(p).approximate.includes('claims')),
      { rupiah: row(p).amountRupiah, approximate: row(p).approximate.includes('amountRupiah') },
    ]));
    expect(table.sums).toEqual([{ total: 2, parts: [0, 1], columns: [0, 1] }]);
    expect(table.rows.map((r) => r.header)).toEqual(['Jaminan Kecelakaan Kerja (JKK)', 'Jaminan Kematian (JKM)', 'Jumlah']);
    expect(table.columns.map((c) => c.numeric ?? false)).toEqual([false, true, true]);
  });

  it('claimsTable(published, kota, en) marks the demo\'s approximate claims ≈ and exact ones not', () => {
    const table = claimsTable(data, '21.71', 'en');
    const shown = table.rows.flatMap((r) => r.cells.map((c) => cellText(c, 'en')));
    expect(shown.filter((t) => t.startsWith('≈')).length).toBe(data.claims.rows.filter((r) => r.code === '21.71').flatMap((r) => r.approximate).length);
  });

  it('claimsTable keeps hidden kecamatan figures null (shown as *), never 0', () => {
    const table = claimsTable(suppressed, '21.71.10', 'en');
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
      const approximate = (field: string) => row.approximate.includes(field);
      expect(table.rows[i]!.cells).toEqual([
        countCell(row.active, approximate('active')), { rupiah: row.premiumPerPersonMonth },
        { rupiah: row.monthlyRupiah, approximate: approximate('monthlyRupiah') }, { rupiah: row.yearlyRupiah, approximate: approximate('yearlyRupiah') },
      ]);
    }
    // The demo's total: 24,348 people at Rp16,800 a month.
    expect(table.rows.at(-1)!.cells[2]).toEqual({ rupiah: 24348 * 16800, approximate: false });
    // The city's spend follows from its exact totals: nothing to mark, nothing that misses.
    expect([hasApproximate(table), partsMissTotal(table)]).toEqual([false, false]);
  });
});
