import { z } from 'zod';
import { SCHEMA_VERSION } from './published-meta.ts';
import { IsoDate } from './text.ts';

/** The index of releases, at the top of the published folder. */
export const RELEASES_FILE = 'rilis.json';
/** Every release is kept, unchanged, in rilis/<asOfDate>/. */
export const RELEASES_FOLDER = 'rilis';

const ReleaseEntry = z.object({
  /** The release's as-of date; its files are in rilis/<asOfDate>/. */
  asOfDate: IsoDate,
  synthetic: z.boolean(),
  /** sha256 of rilis/<asOfDate>/manifest.json, which in turn lists the sha256 of every other file of the release. */
  manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** rilis.json: every release kept in the published folder, newest first; `latest` is the one at the top level. */
export const ReleaseIndex = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** Kemendagri code of the city or regency; every release is of this region. */
    regionCode: z.string(),
    latest: IsoDate,
    releases: z.array(ReleaseEntry).min(1),
  })
  .superRefine((index, ctx) => {
    index.releases.forEach((r, i) => {
      const newer = index.releases[i - 1];
      if (newer && newer.asOfDate <= r.asOfDate)
        ctx.addIssue({ code: 'custom', path: ['releases', i, 'asOfDate'], message: `releases must be newest first, each date once (${r.asOfDate} after ${newer.asOfDate})` });
    });
    if (index.releases[0] && index.releases[0].asOfDate !== index.latest)
      ctx.addIssue({ code: 'custom', path: ['latest'], message: `latest (${index.latest}) must be the newest release (${index.releases[0].asOfDate})` });
  });
export type ReleaseIndex = z.infer<typeof ReleaseIndex>;
