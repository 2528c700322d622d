import type { Metadata } from '../schemas/published.ts';
import type { RegionKind } from '../shared/area-kind.ts';
import { areaTitle, regionWords } from './area-words.ts';
import { formatCount, formatMonth, formatRupiah, type Lang } from './format.ts';

type Program = Pick<Metadata, 'region' | 'batches' | 'groups' | 'categories' | 'text'>;
type Batch = Metadata['batches'][number];

/** "a dan b", "a, b dan c" / "a, b and c"; with "; " and "serta" when one of three or more holds its own commas or "and". */
function listWords(items: readonly string[], lang: Lang): string {
  const and = lang === 'id' ? 'dan' : 'and';
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${and} ${items[1]}`;
  const nested = items.some((item) => item.includes(',') || item.includes(` ${and} `));
  const [last, ...rest] = [items.at(-1)!, ...items.slice(0, -1)];
  if (!nested) return `${rest.join(', ')} ${and} ${last}`;
  return `${rest.join('; ')}; ${lang === 'id' ? 'serta' : 'and'} ${last}`;
}

/** A label inside a sentence: "Ketua RT, RW dan LPM" → "ketua RT, RW dan LPM"; acronyms ("RT heads") stay. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** The premium in words: one amount, or the range when categories differ. */
function premiumWords(program: Program, lang: Lang): string {
  const premiums = [...new Set(program.categories.map((c) => c.premiumPerPersonMonth))].sort((a, b) => a - b);
  const low = formatRupiah(premiums[0] ?? null, lang);
  if (premiums.length <= 1) return lang === 'id' ? `Iurannya ${low} per orang per bulan.` : `The premium is ${low} per person a month.`;
  const high = formatRupiah(premiums.at(-1)!, lang);
  return lang === 'id'
    ? `Iurannya ${low} sampai ${high} per orang per bulan, menurut kategori.`
    : `The premium is ${low} to ${high} per person a month, depending on the category.`;
}

/**
 * The home page's opening sentence: program.json's `text.lead` when given, otherwise written from the region's kind
 * and name, the category groups and the premium: "Pemerintah Kabupaten Bintan membayar iuran jaminan kecelakaan
 * kerja (JKK) dan jaminan kematian (JKM) bagi ketua RT dan RW, kader posyandu serta nelayan. Iurannya Rp16.800 per
 * orang per bulan."
 */
export function programLead(program: Program, regionKind: RegionKind, lang: Lang): string {
  const given = program.text?.lead?.[lang];
  if (given) return given;
  const region = areaTitle({ name: program.region.name, kind: regionKind });
  const groups = listWords(program.groups.map((g) => inSentence(g.label[lang])), lang);
  const sentence = lang === 'id'
    ? `Pemerintah ${region} membayar iuran jaminan kecelakaan kerja (JKK) dan jaminan kematian (JKM) bagi ${groups}.`
    : `The government of ${region} pays the work-accident (JKK) and death-benefit (JKM) premiums of ${groups}.`;
  return `${sentence} ${premiumWords(program, lang)}`;
}

/**
 * A batch as a sentence names it: its `description`, or its label and start month: "APBD 2025 (sejak Juni 2025)",
 * or "APBD 2025 (nelayan) mulai Juni 2025" when the label has brackets of its own.
 */
function batchWords(batch: Batch, lang: Lang): string {
  if (batch.description) return batch.description[lang];
  const month = formatMonth(batch.start, lang);
  const label = batch.label[lang];
  if (label.endsWith(')')) return lang === 'id' ? `${label} mulai ${month}` : `${label} from ${month}`;
  return lang === 'id' ? `${label} (sejak ${month})` : `${label} (from ${month})`;
}

/**
 * Where cover is paid from, for the timeline: "Kepesertaan dibayar dari dua tahap anggaran kabupaten: APBD 2025
 * (sejak Juni 2025) dan APBD Perubahan 2025 (sejak September 2025)." One batch reads "… dari anggaran kota: …".
 */
export function fundingSentence(program: Program, regionKind: RegionKind, lang: Lang): string {
  const { budget } = regionWords(regionKind, lang);
  const batches = [...program.batches].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const named = listWords(batches.map((b) => batchWords(b, lang)), lang);
  const count = batches.length;
  if (lang === 'id') {
    const source = count === 1 ? budget : `${numberWord(count, 'id')} tahap ${budget}`;
    return `Kepesertaan dibayar dari ${source}: ${named}.`;
  }
  const source = count === 1 ? budget : `${numberWord(count, 'en')} ${budget.replace(/^the /, '')} batches`;
  return `Cover is paid from ${source}: ${named}.`;
}

const NUMBER_WORDS = {
  id: ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/** Small counts in words, as prose writes them ("dua tahap"); larger ones in digits. */
function numberWord(n: number, lang: Lang): string {
  return NUMBER_WORDS[lang][n] ?? formatCount(n, lang);
}

