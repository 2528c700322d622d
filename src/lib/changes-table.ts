import { formatCount, type Lang } from './format.ts';
import { getSite, releaseDates, type Site } from './site-data.ts';
import type { TableSpec } from './table-spec.ts';
import { releaseChanges, type ReleaseChanges } from './release-changes.ts';
import { ALL_CATEGORIES } from '../schemas/published.ts';

/** +12, −3, 0 in the page's number format; a difference involving a hidden number is hidden (null). */
export function formatDifference(value: number | null, lang: Lang): string | null {
  if (value === null) return null;
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatCount(Math.abs(value), lang)}`;
}

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

/** An area's active members per category in both releases and the difference, all categories first. */
export function changesTable(site: Site, changes: ReleaseChanges, code: string, lang: Lang, linkTo?: (category: string) => string): TableSpec {
  const id = lang === 'id';
  const label = (category: string) => category === ALL_CATEGORIES ? (id ? 'Semua kategori' : 'All categories') : site.metadata.categories.find((c) => c.id === category)?.label[lang] ?? category;
  const order = [ALL_CATEGORIES, ...site.metadata.categories.map((c) => c.id)];
  const rows = changes.cells
    .filter((c) => c.code === code && c.presence === 'both')
    .sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category))
    .map((c) => {
      const difference = formatDifference(c.difference, lang);
      return {
        header: label(c.category),
        href: c.category === ALL_CATEGORIES ? undefined : linkTo?.(c.category),
        cells: [c.previous, c.current, difference ?? null],
      };
    });
  return {
    columns: [
      { label: id ? 'Kategori' : 'Category' },
      { label: id ? 'Rilis sebelumnya' : 'Previous release', numeric: true },
      { label: id ? 'Rilis ini' : 'This release', numeric: true },
      { label: id ? 'Perubahan' : 'Change', numeric: true },
    ],
    rows,
  };
}
