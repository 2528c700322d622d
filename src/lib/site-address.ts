import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SiteAddress, SiteUrl } from '../schemas/site-address.ts';

/** Where the public address the site is built for came from. */
export type SiteAddressSource = 'SITE_URL' | 'program.json' | 'none';

/**
 * The public address to build the site for (scripts/build-site.ts): the SITE_URL environment variable when it is
 * set, else the address program.json gave, as stage 1 published it in `dir`'s metadata.json (`site.url`);
 * undefined when neither gives one, and citations then carry paths only. A SITE_URL that is not a site's root
 * address stops the build with what to write.
 */
export function siteAddress(siteUrl: string | undefined, dir: string): { url: string | undefined; from: SiteAddressSource } {
  if (siteUrl !== undefined && siteUrl !== '') {
    const checked = SiteUrl.safeParse(siteUrl);
    if (!checked.success) throw new Error(`SITE_URL "${siteUrl}" ${checked.error.issues.map((i) => i.message).join('; ')}`);
    return { url: siteUrl, from: 'SITE_URL' };
  }
  const published = publishedSite(dir);
  return published === undefined ? { url: undefined, from: 'none' } : { url: published.url, from: 'program.json' };
}

/** metadata.json's `site`, if it has a valid one; any other problem with the file is the build's to report. */
function publishedSite(dir: string): SiteAddress | undefined {
  try {
    const metadata: unknown = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8'));
    return z.object({ site: SiteAddress }).safeParse(metadata).data?.site;
  } catch {
    return undefined;
  }
}

/** What a build without a public address prints, so the operator cannot miss it. */
export const NO_SITE_ADDRESS_WARNING = [
  '',
  '┌──────────────────────────────────────────────────────────────────────────────────────────────────────┐',
  '  WARNING: this site is built without its public address.',
  '  Citations, permanent links, share links, link previews, the sitemap and the feed will carry paths',
  '  only (/rilis/2025-11-30/…), not full addresses a reader can follow from elsewhere.',
  '  Give the address in program.json ("site": { "url": "https://data.example.go.id" }) and run stage 1',
  '  again, or set SITE_URL=https://… for this build.',
  '└──────────────────────────────────────────────────────────────────────────────────────────────────────┘',
  '',
].join('\n');
