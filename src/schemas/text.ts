import { z } from 'zod';

/** A short text in the site's two languages: Indonesian first, English second. */
export const BilingualText = z.object({
  id: z.string().min(1, 'Indonesian text (id) must not be empty'),
  en: z.string().min(1, 'English text (en) must not be empty'),
});
export type BilingualText = z.infer<typeof BilingualText>;

/** A calendar date written as YYYY-MM-DD (no time, no zone). */
export const IsoDate = z.iso.date({ error: 'must be a date written as YYYY-MM-DD, e.g. 2025-09-26' });
export type IsoDate = z.infer<typeof IsoDate>;
