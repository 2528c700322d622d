import { describe, expect, it } from 'vitest';
import { categoryBars, categoryBarsTable } from '../../src/charts/category-bars.ts';
import { coverageBars, coverageBarsTable } from '../../src/charts/coverage-bars.ts';
import { shortBatchLabel, timelineLines, timelineTable } from '../../src/charts/timeline-lines.ts';
import { loadPublished } from '../../src/lib/published.ts';
import { cellNumber, cellText, isApproximateCell } from '../../src/lib/table-spec.ts';

const data = loadPublished('data/published');
const cellOf = (code: string, category: string) => data.enrollment.cells.find((x) => x.code === code && x.category === category)!;
/** The demo as a suppression method would publish it: the city's LPM heads and Batam Kota's RW and LPM heads hidden. */
const suppressed = structuredClone(data);
for (const [code, category] of [['21.71', 'ketua-lpm'], ['21.71.10', 'ketua-rw'], ['21.71.10', 'ketua-lpm']] as const) {
  Object.assign(suppressed.enrollment.cells.find((x) => x.code === code && x.category === category)!, { count: null, coveragePercent: null, approximate: [] });
}
const suppressedCell = (code: string, category: string) => suppressed.enrollment.cells.find((x) => x.code === code && x.category === category)!;

describe('categoryBars', () => {
  it('categoryBars(published, kota, id) plots exactly the published city counts, hidden ones as null', () => {
    const { config } = categoryBars(suppressed, '21.71', 'id');
    const expected = data.metadata.categories.map((c) => suppressedCell('21.71', c.id).count);
    expect(config.data.datasets[0]!.data).toEqual(expected);
    expect(expected).toContain(null); // a hidden city figure must not turn into 0
    expect(config.options!.locale).toBe('id-ID');
  });

  it('categoryBars labels a hidden category with the table\'s "*", so a missing bar is not read as zero', () => {
    const { config } = categoryBars(suppressed, '21.71', 'id');
    expect(config.data.labels).toEqual(data.metadata.categories.map((c) => (suppressedCell('21.71', c.id).count === null ? `${c.label.id} *` : c.label.id)));
  });

  it('categoryBars(published, area, lang).approximate flags exactly the counts the JSON lists as approximate, per bar', () => {
    for (const area of ['21.71', '21.71.10']) {
      const { config, approximate } = categoryBars(data, area, 'id');
      expect(approximate).toHaveLength(1);
      expect(approximate[0]).toEqual(data.metadata.categories.map((c) => cellOf(area, c.id).approximate.includes('count')));
      expect(approximate[0]).toHaveLength(config.data.labels!.length);
    }
    // The city's totals per category are exact; a kecamatan's are approximate where not zero.
    expect(categoryBars(data, '21.71', 'id').approximate[0]!.some(Boolean)).toBe(false);
    expect(categoryBars(data, '21.71.10', 'id').approximate[0]!.some(Boolean)).toBe(true);
  });

  it('categoryBars(…, en) labels categories in English', () => {
    const { config } = categoryBars(data, '21.71.10', 'en');
    expect(config.data.labels![0]).toBe(data.metadata.categories[0]!.label.en);
    expect(config.data.datasets[0]!.label).toBe('Active members');
    expect(config.options!.locale).toBe('en');
  });

  it('categoryBars(published, kelurahan) leaves out categories published no finer than kecamatan (sensitive ones)', () => {
    const sensitive = data.metadata.categories.filter((c) => c.finestGeography === 'kecamatan').map((c) => c.label.id);
    expect(sensitive).not.toEqual([]);
    const kelurahan = data.metadata.areas.find((a) => a.level === 'kelurahan')!.code;
    const labels = categoryBars(data, kelurahan, 'id').config.data.labels!.map((l) => String(l).replace(/ \*$/, ''));
    for (const label of sensitive) expect(labels).not.toContain(label);
    expect(labels).toHaveLength(data.metadata.categories.length - sensitive.length);
  });

  it('categoryBars survives JSON (it is passed to the browser as data, never as script text)', () => {
    const chart = categoryBars(data, '21.71.10', 'id');
    expect(JSON.parse(JSON.stringify(chart))).toEqual(chart);
  });

  it('categoryBarsTable(published, area, lang) holds the same counts as the chart, one row per bar, ≈ where the chart flags it', () => {
    for (const area of ['21.71', '21.71.10']) {
      const table = categoryBarsTable(data, area, 'id');
      const { config, approximate } = categoryBars(data, area, 'id');
      expect(table.rows.map((r) => cellNumber(r.cells[0]!))).toEqual(config.data.datasets[0]!.data);
      expect(table.rows.map((r) => isApproximateCell(r.cells[0]!))).toEqual(approximate[0]);
      expect(table.rows.map((r) => r.header)).toEqual(config.data.labels!.map((l) => String(l).replace(/ \*$/, '')));
    }
    expect(categoryBarsTable(data, '21.71', 'en').columns.map((c) => c.label)).toEqual(['Category', 'Active members']);
  });

  it('categoryBarsTable(…, linkTo) links each category row', () => {
    const table = categoryBarsTable(data, '21.71', 'id', (id) => `/kategori/${id}/`);
    expect(table.rows[0]!.href).toBe(`/kategori/${data.metadata.categories[0]!.id}/`);
  });
});

describe('coverageBars', () => {
  it('coverageBars(published, area, id) plots the published coverage percent of exactly the categories with a target', () => {
    for (const area of ['21.71', '21.71.10']) {
      const withTarget = data.metadata.categories.filter((c) => cellOf(area, c.id).target !== null);
      const { config, approximate } = coverageBars(data, area, 'id');
      expect(config.data.datasets[0]!.data).toEqual(withTarget.map((c) => cellOf(area, c.id).coveragePercent));
      expect(approximate[0]).toEqual(withTarget.map((c) => cellOf(area, c.id).approximate.includes('coveragePercent')));
      expect(config.data.labels).toHaveLength(withTarget.length);
    }
    // Batam Kota: RT, RW, LPM heads and posyandu cadres have targets; with RW and LPM counts hidden, so are their percents.
    expect(coverageBars(suppressed, '21.71.10', 'id').config.data.datasets[0]!.data)
      .toEqual([suppressedCell('21.71.10', 'ketua-rt').coveragePercent, null, null, suppressedCell('21.71.10', 'kader-posyandu').coveragePercent]);
  });

  it('coverageBarsTable has the chart\'s percents next to their counts and targets; a hidden count hides its percent', () => {
    const table = coverageBarsTable(suppressed, '21.71', 'id');
    const { config } = coverageBars(suppressed, '21.71', 'id');
    expect(table.rows.map((r) => (r.cells[2] as { percent: number | null }).percent)).toEqual(config.data.datasets[0]!.data);
    const lpm = table.rows.find((r) => r.header === 'Ketua LPM')!;
    expect(lpm.cells).toEqual([null, cellOf('21.71', 'ketua-lpm').target, { percent: null, hidden: true, approximate: false }]);
    const rt = table.rows.find((r) => r.header === 'Ketua RT')!;
    expect(rt.cells).toEqual([cellOf('21.71', 'ketua-rt').count, cellOf('21.71', 'ketua-rt').target, { percent: cellOf('21.71', 'ketua-rt').coveragePercent, hidden: false, approximate: false }]);
  });

  it('coverageBarsTable(kecamatan) marks an approximate count and its percent ≈, as enrollment.json lists them', () => {
    const table = coverageBarsTable(data, '21.71.10', 'en');
    const rt = cellOf('21.71.10', 'ketua-rt');
    expect(rt.approximate).toEqual(['count', 'coveragePercent']);
    expect(table.rows[0]!.cells.map((c) => cellText(c, 'en'))).toEqual([`≈${rt.count!.toLocaleString('en')}`, rt.target!.toLocaleString('en'), `≈${rt.coveragePercent}%`]);
  });
});

describe('timelineLines', () => {
  it('timelineLines(published, id) has one line per funding batch with the published cumulative counts by month, and no gap', () => {
    const { config, approximate } = timelineLines(data, 'id');
    expect(config.data.datasets.map((d) => d.label)).toEqual(['APBD 2025', 'APBD Perubahan 2025']);
    const months = [...new Set(data.timeline.rows.map((r) => r.month))].sort();
    expect(config.data.labels).toHaveLength(months.length);
    expect(config.data.labels![0]).toBe('Jun 2025');
    data.metadata.batches.forEach((batch, i) => {
      const rows = months.map((m) => data.timeline.rows.find((r) => r.month === m && r.batch === batch.id)!);
      expect(config.data.datasets[i]!.data).toEqual(rows.map((r) => r.cumulative));
      expect(approximate[i]).toEqual(rows.map((r) => r.approximate.includes('cumulative')));
    });
    // The noise methods hide no month: the city's timeline has no holes.
    expect(config.data.datasets.flatMap((d) => d.data)).not.toContain(null);
  });

  it('shortBatchLabel drops only a trailing parenthesis, for a legend that fits a phone', () => {
    expect(shortBatchLabel('Revised 2025 budget (launched 26 September 2025)')).toBe('Revised 2025 budget');
    expect(shortBatchLabel('APBD 2025')).toBe('APBD 2025');
    expect(shortBatchLabel('APBD (2025) tahap 2')).toBe('APBD (2025) tahap 2');
    expect(shortBatchLabel('(semua)')).toBe('(semua)');
  });

  it('timelineTable(published, lang) has a row per month and a column per batch with the chart\'s numbers', () => {
    const { config, approximate } = timelineLines(data, 'en');
    const table = timelineTable(data, 'en');
    expect(table.rows.map((r) => r.header)).toEqual(config.data.labels);
    expect(table.columns.slice(1).map((c) => c.label)).toEqual(data.metadata.batches.map((b) => b.label.en));
    config.data.datasets.forEach((dataset, i) => {
      expect(table.rows.map((r) => cellNumber(r.cells[i]!))).toEqual(dataset.data);
      expect(table.rows.map((r) => isApproximateCell(r.cells[i]!))).toEqual(approximate[i]);
    });
    expect(table.rows.at(-1)!.header).toBe('Nov 2025');
  });
});
