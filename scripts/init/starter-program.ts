/**
 * The program.json a new region starts from: the region's official name, one funding batch and a handful of
 * categories that many regional governments cover (RT/RW heads, posyandu cadres, religious workers, fishers,
 * farmers, ride-hailing drivers). Examples to edit, not a claim about any region's program.
 */

/** What the starter needs to know about the region: its Kemendagri code and official name ("Kota Surabaya"). */
export interface StarterRegion {
  code: string;
  name: string;
}

export interface StarterOptions {
  /** The as-of date of the export (YYYY-MM-DD). */
  asOfDate: string;
  /** First day of cover of the example batch (YYYY-MM-DD). */
  batchStart: string;
  /** True for generated demo data: the site then says so on every page. */
  synthetic: boolean;
}

/** The example batch's id; a region's real batches replace it. */
const STARTER_BATCH = 'apbd';

const text = (id: string, en: string) => ({ id, en });

/** Example groups and categories; each alias is a KATEGORI spelling stage 1 accepts for the category. */
const GROUPS = [
  { id: 'ketua-rt-rw', label: text('Ketua RT dan RW', 'RT and RW heads') },
  { id: 'kader', label: text('Kader kesehatan', 'Health cadres') },
  { id: 'sosial-keagamaan', label: text('Pekerja sosial-keagamaan', 'Socio-religious workers') },
  { id: 'nelayan-petani', label: text('Nelayan dan petani', 'Fishers and farmers') },
  { id: 'transportasi', label: text('Pekerja transportasi', 'Transport workers') },
];

const CATEGORIES = [
  { id: 'ketua-rt', group: 'ketua-rt-rw', label: text('Ketua RT', 'RT (neighbourhood) head'), aliases: ['KETUA RT', 'RT', 'KETUA RUKUN TETANGGA'] },
  { id: 'ketua-rw', group: 'ketua-rt-rw', label: text('Ketua RW', 'RW (community) head'), aliases: ['KETUA RW', 'RW', 'KETUA RUKUN WARGA'] },
  { id: 'kader-posyandu', group: 'kader', label: text('Kader Posyandu', 'Posyandu health cadre'), aliases: ['KADER POSYANDU', 'POSYANDU'] },
  {
    id: 'pekerja-sosial-keagamaan', group: 'sosial-keagamaan', label: text('Pekerja sosial-keagamaan', 'Socio-religious worker'),
    aliases: ['PEKERJA SOSIAL KEAGAMAAN', 'PEKERJA KEAGAMAAN', 'IMAM MASJID', 'GURU TPQ', 'MUBALIGH'],
    // Membership implies religion (specific personal data under UU PDP): a higher threshold and kecamatan only.
    sensitive: true, finestGeography: 'kecamatan',
  },
  { id: 'nelayan', group: 'nelayan-petani', label: text('Nelayan', 'Fisher'), aliases: ['NELAYAN'] },
  { id: 'petani', group: 'nelayan-petani', label: text('Petani', 'Farmer'), aliases: ['PETANI', 'PEKEBUN'] },
  { id: 'ojek-online', group: 'transportasi', label: text('Ojek online', 'Ride-hailing motorcycle driver'), aliases: ['OJEK ONLINE', 'OJOL', 'OJEK DARING'] },
] as const;

/** program.json for `region` as a plain object, in the key order the file is written in. */
export function starterProgram(region: StarterRegion, options: StarterOptions) {
  const year = options.batchStart.slice(0, 4);
  const source = options.synthetic
    ? text(
        `Data sintetis untuk demonstrasi dan pengujian; bukan data peserta ${region.name}`,
        `Synthetic data for demonstration and testing; not ${region.name}'s members`,
      )
    : text(
        `Ekspor kepesertaan BPJS Ketenagakerjaan untuk Pemerintah ${region.name} (ubah teks ini: sebut kantor dan tanggal ekspor)`,
        `BPJS Ketenagakerjaan membership export for the government of ${region.name} (edit this text: name the office and the export date)`,
      );
  return {
    region: { code: region.code, name: region.name },
    name: text(
      `Perlindungan BPJS Ketenagakerjaan (JKK + JKM) bagi pekerja rentan ${region.name}`,
      `BPJS Ketenagakerjaan cover (work accident + death) for vulnerable workers in ${region.name}`,
    ),
    asOfDate: options.asOfDate,
    premiumPerPersonMonth: 16800,
    source,
    synthetic: options.synthetic,
    site: { url: 'https://transparansi.example.org' },
    contact: {
      name: options.synthetic
        ? text('Tim data contoh (alamat fiktif untuk demonstrasi)', 'Example data team (fictional address for the demonstration)')
        : text(`Dinas yang menjawab laporan, Pemerintah ${region.name} (ubah)`, `The office that answers reports, government of ${region.name} (edit)`),
      email: 'transparansi@example.org',
    },
    disclosure: { k: 5, kSensitive: 10, method: 'cell-key' },
    columnAliases: {},
    batches: [{ id: STARTER_BATCH, label: text(`APBD ${year}`, `${year} regional budget`), start: options.batchStart }],
    groups: GROUPS,
    categories: CATEGORIES.map((c) => ({ ...c, batch: STARTER_BATCH })),
  };
}

/** program.json's text: two-space JSON with a final line break. */
export function programText(program: ReturnType<typeof starterProgram>): string {
  return `${JSON.stringify(program, null, 2)}\n`;
}
