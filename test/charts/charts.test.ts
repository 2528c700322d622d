import { describe, expect, it } from 'vitest';
import { categoryBars } from '../../src/charts/category-bars.ts';
import { timelineLines } from '../../src/charts/timeline-lines.ts';
import { loadPublished } from '../../src/lib/published.ts';

const data = loadPublished('data/published');

describe('categoryBars', () => {
  it('categoryBars(published, kota, id) plots exactly the published city counts, hidden ones as null', () => {
    const config = categoryBars(data, '21.71', 'id');
    const expected = data.metadata.categories.map((c) => data.enrollment.cells.find((x) => x.code === '21.71' && x.category === c.id)!.count);
    expect(config.data.datasets[0]!.data).toEqual(expected);
    expect(expected).toContain(null); // the demo has hidden city figures: they must not turn into 0
    expect(config.data.labels).toEqual(data.metadata.categories.map((c) => c.label.id));
    expect(config.options!.locale).toBe('id-ID');
  });

  it('categoryBars(…, en) labels categories in English', () => {
    const config = categoryBars(data, '21.71.10', 'en');
    expect(config.data.labels![0]).toBe(data.metadata.categories[0]!.label.en);
    expect(config.data.datasets[0]!.label).toBe('Active members');
  });

  it('categoryBars survives JSON (it is passed to the browser as data, never as script text)', () => {
    const config = categoryBars(data, '21.71', 'id');
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });
});

describe('timelineLines', () => {
  it('timelineLines(published, id) has one line per funding batch with the published cumulative counts by month', () => {
    const config = timelineLines(data, 'id');
    expect(config.data.datasets.map((d) => d.label)).toEqual(data.metadata.batches.map((b) => b.label.id));
    const months = [...new Set(data.timeline.rows.map((r) => r.month))].sort();
    expect(config.data.labels).toHaveLength(months.length);
    expect(config.data.labels![0]).toBe('Jun 2025');
    data.metadata.batches.forEach((batch, i) => {
      expect(config.data.datasets[i]!.data).toEqual(months.map((m) => data.timeline.rows.find((r) => r.month === m && r.batch === batch.id)!.cumulative));
    });
  });
});
