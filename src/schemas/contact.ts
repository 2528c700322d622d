import { z } from 'zod';
import { BilingualText } from './text.ts';

/**
 * Who receives "Laporkan ketidaksesuaian" (report a discrepancy) messages: an e-mail address, a WhatsApp number
 * or both. The number is written as WhatsApp's wa.me links need it: digits only, country code first, no + and no
 * leading 0 (6281234567890, not +62 812-3456-7890 or 081234567890).
 */
export const Contact = z
  .object({
    /** The office that answers, e.g. { id: "Dinas Tenaga Kerja Kabupaten Bintan", en: "Bintan Regency Manpower Office" }. */
    name: BilingualText,
    email: z.email({ error: 'must be an e-mail address, e.g. transparansi@example.org' }).optional(),
    whatsapp: z
      .string()
      .regex(/^[1-9]\d{7,14}$/, 'must be digits only with the country code and no + or leading 0, e.g. 6281234567890')
      .optional(),
  })
  .refine((c) => c.email !== undefined || c.whatsapp !== undefined, { message: 'give an email, a whatsapp number or both' });
export type Contact = z.infer<typeof Contact>;
