import { describe, expect, it } from 'vitest';
import { lineLayout } from '../../src/charts/line-layout.ts';

const box = { width: 1000, height: 500, margin: { left: 100, right: 0, top: 0, bottom: 100 } };
const series = (values: (number | null)[]) => ({ label: 's', values, approximate: values.map(() => false), colour: '#000', weight: 4 });

describe('slide line charts', () => {
  it('lineLayout(months, series) spreads the months across the plot and runs values from zero up to a rounded top', () => {
    const layout = lineLayout(['a', 'b', 'c'], [series([0, 15000, 30000])], box);
    expect(layout.xTicks).toEqual([{ x: 100, label: 'a' }, { x: 550, label: 'b' }, { x: 1000, label: 'c' }]);
    expect(layout.yTicks.map((t) => t.value)).toEqual([0, 10000, 20000, 30000]);
    expect(layout.yTicks.map((t) => t.y)).toEqual([400, 266.7, 133.3, 0]);
    expect(layout.lines[0]!.d).toBe('M100 400L550 200L1000 0');
  });

  it('lineLayout(…) leaves a gap where a value is hidden (null) instead of drawing through it', () => {
    const layout = lineLayout(['a', 'b', 'c', 'd'], [series([40, null, 40, 40])], box);
    expect(layout.lines[0]!.d).toBe('M100 0M700 0L1000 0');
    expect(layout.lines[0]!.points).toHaveLength(3);
  });
});
