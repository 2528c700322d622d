import type { Lang } from '../lib/format.ts';
import type { Metadata } from '../schemas/published.ts';
import type { DisclosureMethod } from '../schemas/disclosure.ts';

// The words that explain how members are protected, in both languages, for every method program.json can choose:
// the footnote under a figure with approximate values (≈), the note where parts miss their total, and the
// methodology page's name and summary of the method in use. An operator who switches method gets the right words.

type Disclosure = Metadata['disclosure'];

/**
 * The footnote under a table, chart or map that shows an approximate value (≈), with the largest change taken
 * from metadata.json (disclosure.perturbation.maxDeviation), never written in by hand. `rupiah`: the figure also
 * shows an approximate rupiah amount (claims paid), which stage 1 works out from its approximate claim count rather
 * than from the table of changes.
 */
export function approximateNote(disclosure: Disclosure, lang: Lang, options: { rupiah?: boolean } = {}): string {
  const id = lang === 'id';
  const table = disclosure.perturbation;
  const rupiah = options.rupiah
    ? (id
      ? ' Nilai rupiah perkiraan adalah jumlah klaim perkiraannya dikali rata-rata per klaim program itu di seluruh wilayah.'
      : ' An approximate rupiah amount is its approximate claim count times the programme\'s average per claim across the whole region.')
    : '';
  if (table === null) {
    // The suppression methods publish no approximate value; a file that says otherwise still gets a true note.
    return (id ? '≈ angka perkiraan, diubah sedikit agar tidak ada yang bisa dikenali.' : '≈ approximate: changed a little so that no one can be identified.') + rupiah;
  }
  const n = table.maxDeviation;
  const people = id ? `${n} orang` : `${n} ${n === 1 ? 'person' : 'people'}`;
  const exact = id ? 'total seluruh wilayah per kategori tepat.' : 'totals for the whole region per category are exact.';
  if (disclosure.method === 'random-rounding') {
    return (id
      ? `≈ angka perkiraan: dibulatkan acak ke kelipatan ${table.period} (berubah paling banyak ${people}) agar tidak ada yang bisa dikenali; ${exact}`
      : `≈ approximate: randomly rounded to a multiple of ${table.period} (changed by at most ${people}) so that no one can be identified; ${exact}`) + rupiah;
  }
  return (id
    ? `≈ angka perkiraan: ditambah atau dikurangi paling banyak ${people} agar tidak ada yang bisa dikenali; ${exact}`
    : `≈ approximate: up to ${people} added or taken away so that no one can be identified; ${exact}`) + rupiah;
}

/** Said under a table whose shown parts no longer add up to its shown total. */
export function partsNote(lang: Lang): string {
  return lang === 'id'
    ? 'Jumlah bagian bisa berbeda dari total karena angka perkiraan.'
    : 'Parts may not add up to the total because of approximate values.';
}

/** The link after a note, to the methodology's explanation. */
export function noteLinkText(lang: Lang): string {
  return lang === 'id' ? 'Apa artinya?' : 'What does this mean?';
}

interface MethodText {
  /** The method's name, with the name statisticians use. */
  name: string;
  /** What it does to the numbers, in a sentence or two for a citizen. */
  summary: string;
}

const METHODS: Record<DisclosureMethod, Record<Lang, MethodText>> = {
  'cell-key': {
    id: {
      name: 'metode kunci sel (cell key method)',
      summary: 'Setiap angka, kecuali total seluruh wilayah per kategori, mendapat perubahan kecil dari tabel perubahan yang diterbitkan di bawah. Perubahan itu dipilih oleh sebuah kunci yang dihitung dari orang-orang di dalam angka itu dan sebuah kunci rahasia yang hanya dipegang petugas data. Metode ini dipakai antara lain oleh biro statistik Australia (ABS), Inggris (ONS) dan Jerman (Destatis) untuk sensus mereka.',
    },
    en: {
      name: 'the cell key method',
      summary: 'Every number except the whole region\'s totals per category gets a small change from the table of changes published below. The change is picked by a key worked out from the people in that number and a secret key that only the data officer holds. Statistics offices such as Australia\'s (ABS), the UK\'s (ONS) and Germany\'s (Destatis) use this method for their censuses.',
    },
  },
  'random-rounding': {
    id: {
      name: 'pembulatan acak ke kelipatan 3 (random rounding)',
      summary: 'Setiap angka, kecuali total seluruh wilayah per kategori, dibulatkan ke kelipatan 3 di bawah atau di atasnya, dengan peluang dari tabel perubahan di bawah. Pilihannya ditentukan oleh sebuah kunci yang dihitung dari orang-orang di dalam angka itu dan sebuah kunci rahasia yang hanya dipegang petugas data. Metode ini dipakai oleh Statistics New Zealand.',
    },
    en: {
      name: 'random rounding to base 3',
      summary: 'Every number except the whole region\'s totals per category is rounded to the multiple of 3 below or above it, with the probabilities in the table of changes below. The choice is made by a key worked out from the people in that number and a secret key that only the data officer holds. Statistics New Zealand uses this method.',
    },
  },
  suppression: {
    id: {
      name: 'penyembunyian angka kecil (cell suppression)',
      summary: 'Angka kecil disembunyikan, begitu pula angka lain yang dapat dipakai untuk menghitungnya kembali. Angka yang tampil adalah angka sebenarnya.',
    },
    en: {
      name: 'cell suppression',
      summary: 'Small numbers are hidden, and so are other numbers that could be used to work them out. The numbers shown are the true numbers.',
    },
  },
  'fitted-suppression': {
    id: {
      name: 'penyembunyian angka kecil dengan aturan yang disesuaikan',
      summary: 'Angka kecil disembunyikan, begitu pula angka lain yang dapat dipakai untuk menghitungnya kembali. Selisih dengan sasaran hanya dilindungi untuk kategori yang ditandai bahwa berada di luar kelompok pun sudah sensitif, dan rilis hanya dibandingkan dengan rilis yang menggantikan tanggal data yang sama. Angka yang tampil adalah angka sebenarnya.',
    },
    en: {
      name: 'cell suppression with rules fitted to the data',
      summary: 'Small numbers are hidden, and so are other numbers that could be used to work them out. The gap to a target is protected only for categories marked as ones where being outside the group is itself sensitive, and a release is compared only with a release that replaces the same as-of date. The numbers shown are the true numbers.',
    },
  },
  'optimal-suppression': {
    id: {
      name: 'penyembunyian angka kecil secara optimal',
      summary: 'Seperti penyembunyian dengan aturan yang disesuaikan, tetapi angka lain yang ikut disembunyikan dipilih dengan pemrograman bilangan bulat (integer programming), agar sesedikit mungkin angka yang hilang. Angka yang tampil adalah angka sebenarnya.',
    },
    en: {
      name: 'optimal cell suppression',
      summary: 'Like suppression with fitted rules, but the other numbers hidden with a small one are chosen by integer programming, so that as few numbers as possible are lost. The numbers shown are the true numbers.',
    },
  },
};

/** The method in use, named and summed up for the methodology page. */
export function methodText(method: DisclosureMethod, lang: Lang): MethodText {
  return METHODS[method][lang];
}
