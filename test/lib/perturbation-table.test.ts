import { describe, expect, it } from 'vitest';
import { perturbationTable } from '../../src/lib/perturbation-table.ts';
import { loadPublished } from '../../src/lib/published.ts';
import { cellText } from '../../src/lib/table-spec.ts';
import { perturbationRow, type Perturbation } from '../../src/schemas/disclosure.ts';

const { perturbation } = loadPublished('data/published').metadata.disclosure;

describe('perturbationTable(perturbation, lang)', () => {
  it('perturbationTable(the demo\'s table) has a row per true count and a column per change, each cell its probability', () => {
    const table = perturbationTable(perturbation!, 'id');
    const changes = [...new Set(perturbation!.rows.flatMap((r) => r.changes.map((c) => c.change)))].sort((a, b) => a - b);
    expect(table.columns.map((c) => c.label)).toEqual(['Angka sebenarnya', ...changes.map((c) => (c > 0 ? `+${c}` : c < 0 ? `−${-c}` : '0'))]);
    expect(table.rows).toHaveLength(perturbation!.rows.length);
    for (const [i, row] of perturbation!.rows.entries()) {
      for (const [j, change] of changes.entries()) {
        const p = row.changes.find((c) => c.change === change)?.probability;
        expect(table.rows[i]!.cells[j], `${row.original} ${change}`).toEqual(p === undefined ? '–' : { percent: Math.round(p * 1000) / 10 });
      }
    }
    // The last row of a period-1 table stands for every larger count too.
    expect(table.rows.at(-1)!.header).toBe(`${perturbation!.rows.length - 1} atau lebih`);
    expect(perturbationTable(perturbation!, 'en').rows.at(-1)!.header).toBe(`${perturbation!.rows.length - 1} or more`);
  });

  it('perturbationTable(random rounding to base 3) names the counts each repeating row stands for', () => {
    const rr3: Perturbation = {
      maxDeviation: 2, variance: 2 / 3, period: 3,
      rows: [
        { original: 0, changes: [{ change: 0, probability: 1 }] },
        { original: 1, changes: [{ change: -1, probability: 2 / 3 }, { change: 2, probability: 1 / 3 }] },
        { original: 2, changes: [{ change: -2, probability: 1 / 3 }, { change: 1, probability: 2 / 3 }] },
        { original: 3, changes: [{ change: 0, probability: 1 }] },
        { original: 4, changes: [{ change: -1, probability: 2 / 3 }, { change: 2, probability: 1 / 3 }] },
        { original: 5, changes: [{ change: -2, probability: 1 / 3 }, { change: 1, probability: 2 / 3 }] },
      ],
    };
    const table = perturbationTable(rr3, 'en');
    expect(table.rows.map((r) => r.header)).toEqual(['0', '1', '2', '3, 6, 9, …', '4, 7, 10, …', '5, 8, 11, …']);
    // The rows the labels name are the rows the schema's rule picks for those counts.
    expect(perturbationRow(rr3, 9)).toBe(rr3.rows[3]);
    expect(perturbationRow(rr3, 10)).toBe(rr3.rows[4]);
    expect(table.rows[1]!.cells.map((c) => cellText(c, 'en'))).toEqual(['–', '66.7%', '–', '–', '33.3%']);
  });
});
