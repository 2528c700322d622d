import { areaCategories } from './area-categories.ts';
import type { Lang } from './format.ts';
import { getSite, releaseDates, type Site } from './site-data.ts';
import { countCell, type CellValue, type TableSpec } from './table-spec.ts';
import { releaseChanges, type CountChange, type ReleaseChanges } from './release-changes.ts';
import { ALL_CATEGORIES } from '../schemas/published.ts';

/** The release published just before `asOfDate`, or null for the first one. */
export function previousRelease(asOfDate: string, releases: readonly string[] = releaseDates()): string | null {
  return releases.filter((r) => r < asOfDate).at(-1) ?? null;
}

const cache = new Map<string, ReleaseChanges>();

/** What changed from the release before `site`'s to `site`'s, from published (already protected) numbers only. */
export function changesSince(site: Site): ReleaseChanges | null {
  const previous = previousRelease(site.metadata.asOfDate);
  if (previous === null) return null;
  const key = `${previous}|${site.metadata.asOfDate}`;
  let changes = cache.get(key);
  if (!changes) cache.set(key, (changes = releaseChanges(getSite(previous), site)));
  return changes;
}

/** A count's previous and current values and its difference as table cells, each ≈ where approximate. */
export function changeCells(change: CountChange): CellValue[] {
  return [
    countCell(change.previous, change.approximate.previous),
    countCell(change.current, change.approximate.current),
    { difference: change.difference, approximate: change.approximate.difference },
  ];
}

/**
 * An area's active members per category in both releases and the difference, all categories first, then each
 * category published at the area's level.
 */
export function changesTable(site: Site, changes: ReleaseChanges, code: string, lang: Lang, linkTo?: (category: string) => string): TableSpec {
  const id = lang === 'id';
  const label = (category: string) => category === ALL_CATEGORIES ? (id ? 'Semua kategori' : 'All categories') : site.metadata.categories.find((c) => c.id === category)?.label[lang] ?? category;
  // Only the categories published at the area's level: a category withheld below its finest geography is not news.
  const published = areaCategories(site, code).map((c) => c.id);
  const order = [ALL_CATEGORIES, ...published];
  const changed = changes.cells
    .filter((c) => order.includes(c.category))
    .filter((c) => c.code === code && c.presence === 'both')
    .sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
  const rows = changed.map((c) => ({
    header: label(c.category),
    href: c.category === ALL_CATEGORIES ? undefined : linkTo?.(c.category),
    cells: changeCells(c),
  }));
  const total = changed.findIndex((c) => c.category === ALL_CATEGORIES);
  return {
    columns: [
      { label: id ? 'Kategori' : 'Category' },
      { label: id ? 'Rilis sebelumnya' : 'Previous release', numeric: true },
      { label: id ? 'Rilis ini' : 'This release', numeric: true },
      { label: id ? 'Perubahan' : 'Change', numeric: true },
    ],
    rows,
    // The categories add up to all categories only where every category is published.
    sums: total === -1 || published.length < site.metadata.categories.length
      ? []
      : [{ total, parts: rows.flatMap((_, i) => (i === total ? [] : [i])), columns: [0, 1, 2] }],
  };
}
