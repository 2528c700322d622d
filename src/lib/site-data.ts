import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPublished, publishedDir, readPublishedFile, type Published } from './published.ts';
import type { Lang } from './format.ts';
import { areaPath, LANGS, sitePaths } from './routes.ts';
import { ALL_CATEGORIES, Manifest, type EnrollmentCell, type PublishedArea, type PublishedCategory } from '../schemas/published.ts';
import type { PopulationRow } from '../schemas/published-population.ts';
import { type AreaKind, areaKindOf, type RegionKind } from '../shared/area-kind.ts';
import { areaTitle, publishedRegionKind } from './area-words.ts';
import { frozenReleases } from './frozen-releases.ts';

/** A published area with its official kind, derived for folders published before stage 1 wrote kinds. */
type SiteArea = PublishedArea & { kind: AreaKind };

/** The published data with the look-ups every page needs; built once per build. */
export interface Site extends Published {
  dir: string;
  /** manifest.json: every published file with its size and sha256. */
  manifest: Manifest;
  /** Kota or kabupaten. */
  regionKind: RegionKind;
  kota: SiteArea;
  kecamatan: SiteArea[];
  /** The village level: kelurahan and desa. */
  kelurahan: SiteArea[];
  area(code: string): SiteArea;
  children(code: string): SiteArea[];
  parentOf(area: PublishedArea): SiteArea | null;
  /** The enrollment cell for an area and category ("semua" for all); throws when stage 1 did not publish it. */
  cell(code: string, category?: string): EnrollmentCell;
  category(id: string): PublishedCategory;
  /** Language-neutral page path of an area. */
  path(code: string): string;
  /** Residents of an area (population.json, with source and year); null when no figure was published for it. */
  population(code: string): PopulationRow | null;
}

const cached = new Map<string | null, Site>();

/** The published data of the latest release (null), or of one earlier release kept under rilis/<as-of date>/. */
export function getSite(release: string | null = null): Site {
  let site = cached.get(release);
  if (!site) {
    const dir = release === null ? publishedDir() : join(publishedDir(), 'rilis', release);
    site = makeSite(loadPublished(dir), dir, readPublishedFile(dir, 'manifest.json', Manifest));
    cached.set(release, site);
  }
  return site;
}

/** The as-of dates of every release kept in the published folder (rilis/<YYYY-MM-DD>/), oldest first. */
export function releaseDates(dir = publishedDir()): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, 'rilis'));
  } catch {
    return [];
  }
  return names.filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n)).sort();
}

/** The languages the site is built in (program.json `site.languages`, from the latest release), Indonesian first. */
export function siteLanguages(): readonly Lang[] {
  return getSite().metadata.site?.languages ?? LANGS;
}

/**
 * The releases whose pages this build renders: every kept release but the frozen ones, whose pages `npm run build`
 * copies byte for byte from the site that froze them (see frozen-releases.ts).
 */
export function renderedReleases(releases: readonly string[] = releaseDates()): string[] {
  const frozen = frozenReleases();
  return releases.filter((d) => !frozen.has(d));
}

/** Astro's static paths for a page in every language of the site: the latest and every rendered release (see sitePaths). */
export function siteCopies(): ReturnType<typeof sitePaths> {
  return sitePaths(renderedReleases(), siteLanguages());
}

export function makeSite(original: Published, dir: string, manifest: Manifest): Site {
  const regionKind = publishedRegionKind(original.metadata.region);
  // The region's name always says its kind ("Kabupaten Bintan"), whether or not program.json wrote it.
  const regionName = areaTitle({ name: original.metadata.region.name, kind: regionKind });
  const withKinds: SiteArea[] = original.metadata.areas.map((a) => ({
    ...a, kind: a.kind ?? areaKindOf(a.level, a.code, regionKind), ...(a.level === 'kota' ? { name: regionName } : {}),
  }));
  const region = { ...original.metadata.region, name: regionName, kind: regionKind };
  const published = { ...original, metadata: { ...original.metadata, region, areas: withKinds } };
  const { metadata, enrollment, populationFile } = published;
  const residents = new Map(populationFile.rows.map((r) => [r.code, r]));
  const areas = new Map(withKinds.map((a) => [a.code, a]));
  const cells = new Map(enrollment.cells.map((c) => [`${c.code}|${c.category}`, c]));
  const paths = new Map(metadata.areas.map((a) => [a.code, areaPath(a, metadata)]));
  const duplicate = [...paths.values()].find((p, i, all) => all.indexOf(p) !== i);
  if (duplicate) throw new Error(`two areas share the page ${duplicate}: their names make the same address`);
  const level = (l: PublishedArea['level']) => withKinds.filter((a) => a.level === l);
  const kota = level('kota')[0];
  if (!kota) throw new Error('metadata.json lists no kota/kabupaten area');
  const area = (code: string) => {
    const found = areas.get(code);
    if (!found) throw new Error(`area ${code} is not in metadata.json`);
    return found;
  };
  return {
    ...published,
    dir,
    manifest,
    regionKind,
    kota,
    kecamatan: level('kecamatan'),
    kelurahan: level('kelurahan'),
    area,
    children: (code) => withKinds.filter((a) => a.parent === code),
    parentOf: (a) => (a.parent === null ? null : area(a.parent)),
    cell(code, category = ALL_CATEGORIES) {
      const found = cells.get(`${code}|${category}`);
      if (!found) throw new Error(`enrollment.json has no cell for area ${code}, category ${category}`);
      return found;
    },
    category(id) {
      const found = metadata.categories.find((c) => c.id === id);
      if (!found) throw new Error(`category ${id} is not in metadata.json`);
      return found;
    },
    path: (code) => paths.get(area(code).code)!,
    population: (code) => residents.get(code) ?? null,
  };
}
