import { describe, expect, it } from 'vitest';
import { changesTable, previousRelease } from '../../src/lib/changes-table.ts';
import { cellText, partsMissTotal } from '../../src/lib/table-spec.ts';
import { loadPublished, readPublishedFile } from '../../src/lib/published.ts';
import { releaseChanges } from '../../src/lib/release-changes.ts';
import { makeSite } from '../../src/lib/site-data.ts';
import { Manifest } from '../../src/schemas/published.ts';

describe('what changed, as tables', () => {
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
    expect(table.rows[0]).toEqual({ header: 'All categories', href: undefined, cells: [24_338, 24_348, { difference: 10, approximate: false }] });
    expect(table.rows.map((r) => r.header).slice(1)).toEqual(current.metadata.categories.map((c) => c.label.en));
    expect(table.rows.find((r) => r.header === 'Fisher')!.cells).toEqual([null, 5_000, { difference: null, approximate: false }]);
  });

  it('changesTable(site, changes, kecamatan) writes approximate counts and their differences ≈, and says so where its parts miss the total', () => {
    const current = loadPublished('data/published');
    const site = makeSite(current, 'data/published', readPublishedFile('data/published', 'manifest.json', Manifest));
    const table = changesTable(site, releaseChanges(loadPublished('data/published/rilis/2025-10-31'), current), '21.71.10', 'id');
    const all = table.rows[0]!.cells.map((c) => cellText(c, 'id'));
    expect(all.every((t) => t.startsWith('≈'))).toBe(true);
    // Zero fishers in Batam Kota in both releases: an exact 0, an exact difference.
    expect(table.rows.find((r) => r.header === 'Nelayan')!.cells.map((c) => cellText(c, 'id'))).toEqual(['0', '0', '0']);
    const column = (i: number) => table.rows.map((r) => Number(cellText(r.cells[i]!, 'id').replace(/[≈.+]/g, '').replace('−', '-')));
    const misses = [0, 1, 2].some((i) => column(i).slice(1).reduce((a, b) => a + b, 0) !== column(i)[0]);
    expect(partsMissTotal(table)).toBe(misses);
  });

  it('changesTable(site, changes, kelurahan) leaves out categories not published below kecamatan, and claims no total for the rest', () => {
    const current = loadPublished('data/published');
    const site = makeSite(current, 'data/published', readPublishedFile('data/published', 'manifest.json', Manifest));
    const kelurahan = site.kelurahan[0]!.code;
    const table = changesTable(site, releaseChanges(loadPublished('data/published/rilis/2025-10-31'), current), kelurahan, 'en');
    const coarse = current.metadata.categories.filter((c) => c.finestGeography !== 'kelurahan').map((c) => c.label.en);
    expect(coarse.length).toBeGreaterThan(0);
    for (const label of coarse) expect(table.rows.map((r) => r.header)).not.toContain(label);
    expect(table.sums).toEqual([]);
  });
});
