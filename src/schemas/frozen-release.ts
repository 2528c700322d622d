import { z } from 'zod';
import { IsoDate } from './text.ts';

/** A frozen release's record, in its own folder of the built site: /rilis/<date>/arsip.json. */
export const FROZEN_RECORD_FILE = 'arsip.json';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex');

/** The version of the site's code that built a release's pages. */
export const SiteVersion = z.object({
  /** package.json name and version. */
  name: z.string(),
  version: z.string(),
  /** The git commit of the checkout that built it; null outside a git checkout. */
  commit: z.string().regex(/^[0-9a-f]{40}$/).nullable(),
  /** True when the checkout had changes not yet committed (the commit alone does not say what built it). */
  changed: z.boolean(),
});
export type SiteVersion = z.infer<typeof SiteVersion>;

/**
 * Everything a release's permanent pages consist of, fixed when it was frozen: every file under /rilis/<date>/ and
 * /<lang>/rilis/<date>/, the share images (/og/…) and the stylesheets and scripts (/_astro/…) they name, each with
 * its SHA-256, so that any later change to a byte is found.
 */
export const FrozenRelease = z.object({
  release: IsoDate,
  builtBy: SiteVersion,
  /** SHA-256 of the release's manifest.json in the published folder when it was frozen: its data. */
  data: Sha256,
  /** Site path (no leading "/") → SHA-256, sorted by path. */
  files: z.record(z.string(), Sha256),
});
export type FrozenRelease = z.infer<typeof FrozenRelease>;
