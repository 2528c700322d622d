import { describe, expect, it } from 'vitest';
import { barRows } from '../../src/charts/bar-rows.ts';

const item = (value: number | null) => ({ label: String(value), value, valueText: String(value) });

describe('barRows(items, reference?)', () => {
  it('barRows(items) makes the largest value the full width and the others proportional, to a tenth of a percent', () => {
    const { rows, reference } = barRows([item(5000), item(2500), item(109), item(0)]);
    expect(rows.map((r) => r.width)).toEqual([100, 50, 2.2, 0]);
    expect(reference).toBeNull();
  });

  it('barRows(items) keeps a hidden value\'s row with no bar, never a zero-length bar read as 0', () => {
    const { rows } = barRows([item(null), item(40)]);
    expect(rows).toEqual([{ label: 'null', value: null, valueText: 'null', width: 0 }, { label: '40', value: 40, valueText: '40', width: 100 }]);
  });

  it('barRows(items, 100) scales to the 100% target line when every value is below it, and to the largest value when one passes it', () => {
    const below = barRows([item(75), item(96.4)], 100);
    expect(below.rows.map((r) => r.width)).toEqual([75, 96.4]);
    expect(below.reference).toBe(100);
    const above = barRows([item(50), item(125)], 100);
    expect(above.rows.map((r) => r.width)).toEqual([40, 100]);
    expect(above.reference).toBe(80);
  });

  it('barRows(items) with nothing to show draws no bars and no reference line', () => {
    expect(barRows([item(null), item(0)])).toEqual({ rows: [{ ...item(null), width: 0 }, { ...item(0), width: 0 }], reference: null });
    expect(barRows([])).toEqual({ rows: [], reference: null });
  });
});
