import { describe, expect, it } from 'vitest';
import { changesTable, formatDifference, previousRelease } from '../../src/lib/changes-table.ts';
import { loadPublished, readPublishedFile } from '../../src/lib/published.ts';
import { releaseChanges } from '../../src/lib/release-changes.ts';
import { makeSite } from '../../src/lib/site-data.ts';
import { Manifest } from '../../src/schemas/published.ts';

describe('what changed, as tables', () => {
  it('formatDifference(value, lang) signs changes with a true minus and keeps hidden ones hidden', () => {
    expect(formatDifference(1234, 'id')).toBe('+1.234');
    expect(formatDifference(-3, 'en')).toBe('−3');
    expect(formatDifference(0, 'id')).toBe('0');
    expect(formatDifference(null, 'id')).toBeNull();
  });

  it('previousRelease(date, releases) is the newest release before the date, or null for the first', () => {
    const releases = ['2025-09-30', '2025-10-31', '2025-11-30'];
    expect(previousRelease('2025-11-30', releases)).toBe('2025-10-31');
    expect(previousRelease('2025-10-31', releases)).toBe('2025-09-30');
    expect(previousRelease('2025-09-30', releases)).toBeNull();
    expect(previousRelease('2025-12-31', releases)).toBe('2025-11-30');
  });

  it('changesTable(site, changes, code) lists all categories first, then each category, with both releases and the difference', () => {
    const current = loadPublished('data/published');
    const site = makeSite(current, 'data/published', readPublishedFile('data/published', 'manifest.json', Manifest));
    // A made-up earlier release: every published count 10 lower, one hidden.
    const earlier = structuredClone(current);
    earlier.metadata.asOfDate = earlier.enrollment.asOfDate = '2025-10-31';
    for (const c of earlier.enrollment.cells) if (c.count !== null) c.count = Math.max(0, c.count - 10);
    earlier.enrollment.cells.find((c) => c.code === '21.71' && c.category === 'nelayan')!.count = null;
    const table = changesTable(site, releaseChanges(earlier, current), '21.71', 'en');
    expect(table.columns.map((c) => c.label)).toEqual(['Category', 'Previous release', 'This release', 'Change']);
    expect(table.rows[0]).toEqual({ header: 'All categories', href: undefined, cells: [24_338, 24_348, '+10'] });
    expect(table.rows.map((r) => r.header).slice(1)).toEqual(current.metadata.categories.map((c) => c.label.en));
    expect(table.rows.find((r) => r.header === 'Fisher')!.cells).toEqual([null, 5_000, null]);
  });
});
