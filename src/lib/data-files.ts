import type { BilingualText } from '../schemas/text.ts';

interface DataColumn { name: string; meaning: BilingualText; unit?: BilingualText }
export interface DataFileDoc { title: BilingualText; description: BilingualText; columns: DataColumn[] }

const col = (name: string, id: string, en: string, unit?: [string, string]): DataColumn => ({
  name, meaning: { id, en }, ...(unit ? { unit: { id: unit[0], en: unit[1] } } : {}),
});
const PEOPLE: [string, string] = ['orang', 'people'];
const RUPIAH: [string, string] = ['rupiah', 'rupiah'];
const DATE = col('tanggal_data', 'Tanggal data (semua angka berlaku per tanggal ini)', 'As-of date (every figure holds on this day)', ['TTTT-BB-HH', 'YYYY-MM-DD']);
const LEVEL = col('tingkat',
  'Jenis wilayah menurut daftar resmi Kemendagri: kota atau kabupaten (seluruh wilayah), kecamatan, kelurahan atau desa',
  'Kind of area in the official Kemendagri list: kota (city) or kabupaten (regency) for the whole region, kecamatan (district), kelurahan (urban village) or desa (rural village)');
const CODE = col('kode_wilayah', 'Kode wilayah Kemendagri (bukan kode BPS)', 'Kemendagri area code (not the BPS code)');
const NAME = col('nama_wilayah', 'Nama wilayah menurut daftar resmi Kemendagri', 'Area name as in the official Kemendagri list');
/**
 * A JSON file holding the same table as a CSV file: hidden numbers are null there instead of empty, and each row
 * lists its approximate fields in `approximate` instead of the CSV's perkiraan column.
 */
function jsonMirror(csv: string, title: BilingualText): DataFileDoc {
  const name = csv.replace('csv/', '');
  return {
    title,
    description: {
      id: `Isi yang sama dengan ${name}; angka yang disembunyikan bernilai null, dan daftar approximate di setiap baris menyebut kolom yang berisi angka perkiraan (≈).`,
      en: `The same as ${name}; hidden numbers are null, and each row's approximate list names its fields that hold approximate numbers (≈).`,
    },
    columns: [],
  };
}
const HIDDEN_ID = ' Kosong bila disembunyikan.';
const HIDDEN_EN = ' Empty when hidden.';
/** The last column of every CSV but the enrollment one (whose status column says it). */
const APPROXIMATE = col(
  'perkiraan',
  'Nama kolom di baris ini yang berisi angka perkiraan (≈: angka sebenarnya ditambah atau dikurangi sedikit agar tidak ada yang bisa dikenali), dipisah spasi; kosong bila semua angka di baris ini tepat',
  'Names of this row\'s columns that hold approximate numbers (≈: the true number with a little added or taken away so that no one can be identified), separated by spaces; empty when every number in the row is exact',
);

/**
 * What each published file holds, for the data page: a journalist must be able to read a column without asking.
 * Every file in manifest.json needs an entry here; the build fails naming any file that has none.
 */
const DATA_FILES: Record<string, DataFileDoc> = {
  'csv/peserta-per-wilayah.csv': {
    title: { id: 'Peserta per wilayah dan kategori', en: 'Members by area and category' },
    description: {
      id: 'Satu baris per wilayah (kota/kabupaten, kecamatan, kelurahan/desa) dan kategori: peserta aktif, sasaran dan cakupan.',
      en: 'One row per area (city or regency, kecamatan, kelurahan/desa) and category: active members, target and coverage.',
    },
    columns: [
      DATE, LEVEL, CODE, NAME,
      col('kategori', 'Kode kategori pekerja, atau "semua" untuk seluruh kategori', 'Worker category id, or "semua" for all categories'),
      col('jumlah_peserta', `Peserta aktif.${HIDDEN_ID}`, `Active members.${HIDDEN_EN}`, PEOPLE),
      col('sasaran', 'Jumlah orang yang seharusnya terlindungi (mis. jumlah RT). Kosong bila tidak diketahui.', 'People who should be covered (e.g. the number of RTs). Empty when unknown.', PEOPLE),
      col('cakupan_persen', 'Peserta aktif dibagi sasaran, dalam persen (0–100), satu desimal', 'Active members divided by target, in percent (0–100), one decimal', ['persen', 'percent']),
      col('status',
        '"tersedia" bila angka tepat, "perkiraan" bila angka perkiraan (≈: jumlah_peserta dan cakupan_persen ditambah atau dikurangi sedikit agar tidak ada yang bisa dikenali), "disembunyikan" bila disembunyikan untuk melindungi peserta',
        '"tersedia" (available) when exact, "perkiraan" (approximate) when approximate (≈: jumlah_peserta and cakupan_persen with a little added or taken away so that no one can be identified), "disembunyikan" (hidden) when hidden to protect members'),
    ],
  },
  'csv/status-kepesertaan.csv': {
    title: { id: 'Status kepesertaan', en: 'Membership status' },
    description: { id: 'Peserta aktif dan tidak aktif, untuk seluruh wilayah dan per kecamatan.', en: 'Active and non-active members, for the whole region and by kecamatan.' },
    columns: [
      DATE, LEVEL, CODE, NAME,
      col('aktif', `Peserta yang iurannya sedang dibayar.${HIDDEN_ID}`, `Members whose premium is being paid.${HIDDEN_EN}`, PEOPLE),
      col('nonaktif', `Peserta yang tidak aktif lagi (mis. berhenti, meninggal).${HIDDEN_ID}`, `Members no longer active (e.g. left, died).${HIDDEN_EN}`, PEOPLE),
      col('terdaftar', `Aktif ditambah tidak aktif.${HIDDEN_ID}`, `Active plus non-active.${HIDDEN_EN}`, PEOPLE),
      APPROXIMATE,
    ],
  },
  'csv/perkembangan-bulanan.csv': {
    title: { id: 'Perkembangan bulanan', en: 'Month by month' },
    description: {
      id: 'Peserta aktif menurut bulan mulai perlindungan, per sumber anggaran (batch) dan seluruhnya.',
      en: 'Active members by the month their cover started, per funding batch and in all.',
    },
    columns: [
      DATE,
      col('bulan', 'Bulan mulai perlindungan', 'Month cover started', ['TTTT-BB', 'YYYY-MM']),
      col('batch', 'Tahap anggaran yang membayar (id tahap di metadata.json, dengan nama dan tanggal mulainya), atau "semua"', 'Funding batch that pays (its id in metadata.json, with its name and start date), or "semua"'),
      col('peserta_baru', `Peserta yang mulai terlindungi pada bulan itu.${HIDDEN_ID}`, `Members whose cover started that month.${HIDDEN_EN}`, PEOPLE),
      col('kumulatif', `Jumlah sampai dengan bulan itu.${HIDDEN_ID}`, `Running total up to that month.${HIDDEN_EN}`, PEOPLE),
      APPROXIMATE,
    ],
  },
  'csv/demografi.csv': {
    title: { id: 'Jenis kelamin dan umur', en: 'Sex and age' },
    description: { id: 'Peserta aktif menurut jenis kelamin dan kelompok umur, untuk seluruh wilayah dan per kecamatan.', en: 'Active members by sex and age band, for the whole region and by kecamatan.' },
    columns: [
      DATE, LEVEL, CODE, NAME,
      col('dimensi', '"jenis_kelamin" atau "kelompok_umur"', '"jenis_kelamin" (sex) or "kelompok_umur" (age band)'),
      col('kelompok', 'L (laki-laki), P (perempuan), atau kelompok umur pada tanggal data, mis. 25-34', 'L (male), P (female), or age band on the as-of date, e.g. 25-34'),
      col('jumlah_peserta', `Peserta aktif.${HIDDEN_ID}`, `Active members.${HIDDEN_EN}`, PEOPLE),
      APPROXIMATE,
    ],
  },
  'csv/klaim.csv': {
    title: { id: 'Klaim manfaat', en: 'Benefit claims' },
    description: { id: 'Klaim JKK dan JKM yang dibayar, untuk seluruh wilayah dan per kecamatan.', en: 'JKK and JKM claims paid, for the whole region and by kecamatan.' },
    columns: [
      DATE, LEVEL, CODE, NAME,
      col('program', 'JKK (kecelakaan kerja), JKM (kematian), atau "semua"', 'JKK (work accident), JKM (death), or "semua" (both)'),
      col('jumlah_klaim', `Klaim yang dibayar.${HIDDEN_ID}`, `Claims paid.${HIDDEN_EN}`, ['klaim', 'claims']),
      col('nilai_rupiah',
        `Manfaat yang dibayar; bila perkiraan, jumlah klaim perkiraannya dikali rata-rata per klaim program itu di seluruh wilayah ("semua": jumlah kedua program).${HIDDEN_ID}`,
        `Benefits paid; when approximate, its approximate claim count times the programme's average per claim across the whole region ("semua": the sum of both programmes).${HIDDEN_EN}`, RUPIAH),
      APPROXIMATE,
    ],
  },
  'csv/biaya-premi.csv': {
    title: { id: 'Biaya iuran', en: 'Premium cost' },
    description: {
      id: 'Perkiraan iuran yang dibayar pemerintah daerah: peserta aktif × iuran per orang per bulan.',
      en: "Estimated premium paid by the local government: active members × premium per person per month.",
    },
    columns: [
      DATE,
      col('kategori', 'Kode kategori pekerja, atau "semua"', 'Worker category id, or "semua"'),
      col('peserta_aktif', `Peserta aktif.${HIDDEN_ID}`, `Active members.${HIDDEN_EN}`, PEOPLE),
      col('premi_per_orang_per_bulan', 'Iuran JKK + JKM per orang per bulan', 'JKK + JKM premium per person per month', RUPIAH),
      col('biaya_per_bulan', `Iuran sebulan.${HIDDEN_ID}`, `Premium per month.${HIDDEN_EN}`, RUPIAH),
      col('biaya_per_tahun', `Iuran setahun (12 bulan dengan jumlah peserta saat ini).${HIDDEN_ID}`, `Premium per year (12 months at today's count).${HIDDEN_EN}`, RUPIAH),
      APPROXIMATE,
    ],
  },
  'csv/penduduk.csv': {
    title: { id: 'Jumlah penduduk', en: 'Residents' },
    description: {
      id: 'Jumlah penduduk per wilayah menurut sumber resmi yang disebut di setiap baris (mis. BPS atau Dinas Kependudukan), untuk menghitung peserta per 1.000 penduduk. Angka ini statistik publik, diterbitkan apa adanya, dan bisa jauh lebih tua dari tanggal data: lihat kolom tahun. Kosong (hanya judul kolom) bila belum ada angka penduduk.',
      en: 'Residents per area from the official source named in each row (e.g. BPS or the civil registry office), used to work out members per 1,000 residents. These are public statistics, published as given, and can be much older than the as-of date: see the tahun (year) column. Only the header row when no population figures were given.',
    },
    columns: [
      CODE, LEVEL, NAME,
      col('penduduk', 'Jumlah penduduk wilayah itu', 'People living in the area', PEOPLE),
      col('sumber', 'Asal angka, mis. "BPS, Kecamatan Gubeng Dalam Angka 2024"', 'Where the figure comes from, e.g. "BPS, Kecamatan Gubeng Dalam Angka 2024"'),
      col('tahun', 'Tahun saat penduduk dihitung', 'The year the residents were counted', ['tahun', 'year']),
    ],
  },
  'metadata.json': {
    title: { id: 'Keterangan program', en: 'About the program' },
    description: {
      id: 'Program, sumber, kategori, sumber anggaran, aturan perlindungan angka (disclosure: metode yang dipakai, batas k, dan tabel perubahan untuk angka perkiraan), dan daftar wilayah dengan kode Kemendagri.',
      en: 'Program, source, categories, funding batches, protection rules (disclosure: the method in use, the thresholds k, and the table of changes behind approximate numbers), and the area list with Kemendagri codes.',
    },
    columns: [],
  },
  'enrollment.json': jsonMirror('csv/peserta-per-wilayah.csv', { id: 'Peserta per wilayah (JSON)', en: 'Members by area (JSON)' }),
  'status.json': jsonMirror('csv/status-kepesertaan.csv', { id: 'Status kepesertaan (JSON)', en: 'Membership status (JSON)' }),
  'timeline.json': jsonMirror('csv/perkembangan-bulanan.csv', { id: 'Perkembangan bulanan (JSON)', en: 'Month by month (JSON)' }),
  'demographics.json': jsonMirror('csv/demografi.csv', { id: 'Jenis kelamin dan umur (JSON)', en: 'Sex and age (JSON)' }),
  'claims.json': jsonMirror('csv/klaim.csv', { id: 'Klaim manfaat (JSON)', en: 'Benefit claims (JSON)' }),
  'spend.json': jsonMirror('csv/biaya-premi.csv', { id: 'Biaya iuran (JSON)', en: 'Premium cost (JSON)' }),
  'population.json': {
    title: { id: 'Jumlah penduduk (JSON)', en: 'Residents (JSON)' },
    description: {
      id: 'Isi yang sama dengan penduduk.csv: setiap baris punya code (kode Kemendagri), level, residents (penduduk), source (sumber) dan year (tahun). Tidak ada angka yang disembunyikan atau diperkirakan. File ini tidak ada di rilis yang terbit sebelum angka penduduk ditambahkan.',
      en: 'The same as penduduk.csv: each row has code (Kemendagri), level, residents, source and year. No number is hidden or approximate. Releases published before population figures were added do not have this file.',
    },
    columns: [],
  },
  // Published only when program.json names official boundary files.
  'batas-wilayah.topo.json': {
    title: { id: 'Batas wilayah (TopoJSON)', en: 'Area boundaries (TopoJSON)' },
    description: {
      id: 'Batas kecamatan dan kelurahan/desa yang digambar peta, dengan kode Kemendagri dan nama resmi; bujur/lintang (WGS 84), dibulatkan sekitar 1 m. Dapat dibuka dengan QGIS atau mapshaper.',
      en: 'The kecamatan and kelurahan/desa boundaries the maps draw, with Kemendagri codes and official names; longitude/latitude (WGS 84), rounded to about 1 m. Opens in QGIS or mapshaper.',
    },
    columns: [],
  },
};

/** The description of a published file; a file without one stops the build so the data page never lists a mystery. */
export function dataFileDoc(path: string): DataFileDoc {
  const doc = DATA_FILES[path];
  if (!doc) throw new Error(`published file ${path} has no description: add it to DATA_FILES in src/lib/data-files.ts`);
  return doc;
}
