// Plain links for sharing and reporting: nothing is requested from WhatsApp or a mail server until a reader
// clicks, and then only what the link itself says (the sentence and the page's address).
import type { Lang } from './format.ts';
import type { Contact } from '../schemas/contact.ts';

/** wa.me opens WhatsApp (app or web) with the message typed in, for the reader to pick a chat. */
export function whatsappShareHref(text: string, url: string): string {
  return `https://wa.me/?text=${encodeURIComponent(`${text}\n${url}`)}`;
}

export interface ReportLink {
  channel: 'email' | 'whatsapp';
  href: string;
  /** The address or number as a reader would write it down: transparansi@example.org, +6281234567890. */
  address: string;
}

export interface DiscrepancyReport {
  lang: Lang;
  /** The page's absolute address. */
  url: string;
  /** The figure in question as a sentence, e.g. from shareSentence(). */
  figure?: string;
}

const WORDS = {
  id: {
    subject: 'Laporan ketidaksesuaian data',
    page: 'Halaman',
    figure: 'Angka',
    question: 'Apa yang tidak sesuai, dan dari mana Anda mengetahuinya?',
    privacy: 'Mohon jangan menulis NIK, nomor KPJ, atau data pribadi orang lain.',
  },
  en: {
    subject: 'Data discrepancy report',
    page: 'Page',
    figure: 'Figure',
    question: 'What does not match, and how do you know?',
    privacy: "Please do not include NIK or KPJ numbers or anyone's personal details.",
  },
} as const;

/** One prefilled link per channel the contact has: e-mail (subject and body) first, then WhatsApp (text). */
export function reportLinks(contact: Contact, report: DiscrepancyReport): ReportLink[] {
  const w = WORDS[report.lang];
  const subject = report.figure ? `${w.subject}: ${report.figure}` : w.subject;
  const lines = [`${w.page}: ${report.url}`, ...(report.figure ? [`${w.figure}: ${report.figure}`] : []), '', w.question, '', '', w.privacy];
  const links: ReportLink[] = [];
  if (contact.email) {
    // RFC 6068: line breaks in a mailto body are written %0D%0A.
    const body = encodeURIComponent(lines.join('\r\n'));
    links.push({ channel: 'email', href: `mailto:${contact.email}?subject=${encodeURIComponent(subject)}&body=${body}`, address: contact.email });
  }
  if (contact.whatsapp) {
    const text = encodeURIComponent([`${w.subject}`, ...lines].join('\n'));
    links.push({ channel: 'whatsapp', href: `https://wa.me/${contact.whatsapp}?text=${text}`, address: `+${contact.whatsapp}` });
  }
  return links;
}
