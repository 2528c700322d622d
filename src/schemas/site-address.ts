import { z } from 'zod';

const EXAMPLE = 'https://data.example.go.id';
const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\])$/;

/**
 * The public address the site is served from, with no path: citations, share links, link previews, canonical links,
 * the sitemap and the feed carry it, so a journalist's copied citation points at the real site. The site is built
 * for the root of its address (every link starts with "/"), so a sub-folder is refused rather than broken.
 */
export const SiteUrl = z
  .httpUrl({ error: `must be the site's public address, starting with https:// or http://, e.g. ${EXAMPLE}` })
  .superRefine((text, ctx) => {
    if (!URL.canParse(text)) return; // said above
    const url = new URL(text);
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '')
      ctx.addIssue({ code: 'custom', message: `must be the address of the site's root, without a path, ? or # (e.g. ${EXAMPLE}): the site cannot be served from a sub-folder such as ${url.pathname}` });
    if (LOOPBACK.test(url.hostname))
      ctx.addIssue({ code: 'custom', message: `must be the public address readers use, not ${url.hostname}: a citation that points at this computer is a dead link for everyone else` });
  });

/**
 * The languages the site is built in, Indonesian first: ["id", "en"] (the default: Indonesian at /, English at /en/)
 * or ["id"] (no English pages, no language switch). Indonesian is always there: it is the citizens' language.
 */
export const SiteLanguages = z
  .array(z.enum(['id', 'en'], { error: 'must be "id" (Indonesian) or "en" (English)' }))
  .min(1, 'must name at least "id"')
  .refine((langs) => langs[0] === 'id', 'must start with "id": the site is Indonesian first, e.g. ["id", "en"] or ["id"]')
  .refine((langs) => new Set(langs).size === langs.length, 'names a language twice');

/** program.json's `site`: where the public site lives. The SITE_URL environment variable overrides it for one build. */
export const SiteAddress = z.object({
  /** E.g. https://data.example.go.id; the demo uses a fictional address on example.org. */
  url: SiteUrl,
  /** Absent: both Indonesian and English. */
  languages: SiteLanguages.optional(),
});
export type SiteAddress = z.infer<typeof SiteAddress>;
