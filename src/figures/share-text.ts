import type { Lang } from '../lib/format.ts';

export interface ShareFacts {
  lang: Lang;
  /** Formatted for the language, e.g. "2.418", "≈2.418" when approximate. */
  figure: string;
  /** e.g. "peserta aktif" / "active members", "peserta aktif (angka perkiraan)" when approximate. */
  figureLabel: string;
  /** e.g. "Kecamatan Gubeng", "Desa Teluk Bakau, Kecamatan Gunung Kijang". */
  place: string;
  /** Formatted for the language, e.g. "30 November 2025". */
  asOfDate: string;
  synthetic: boolean;
}

const WORDS = {
  id: { in: 'di', asOf: 'data per', synthetic: '[DATA SINTETIS]' },
  en: { in: 'in', asOf: 'data as of', synthetic: '[SYNTHETIC DATA]' },
} as const;

/**
 * The sentence a share or a report carries: "2.418 peserta aktif di Kecamatan Gubeng (data per 30 November
 * 2025)". Simulated numbers say so first, so a forwarded message cannot pass them off as real.
 */
export function shareSentence(facts: ShareFacts): string {
  const w = WORDS[facts.lang];
  const sentence = `${facts.figure} ${facts.figureLabel} ${w.in} ${facts.place} (${w.asOf} ${facts.asOfDate})`;
  return facts.synthetic ? `${w.synthetic} ${sentence}` : sentence;
}
