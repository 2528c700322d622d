import type { Lang } from '../lib/format.ts';

/** The words the site's frame and shared pieces use, Indonesian first. Page-specific prose lives with its page. */
const id = {
  siteName: 'Perlindungan Pekerja Rentan',
  skip: 'Langsung ke isi',
  nav: 'Navigasi utama',
  home: 'Beranda',
  areas: 'Cari wilayah',
  data: 'Unduh data',
  method: 'Metodologi',
  releases: 'Rilis',
  otherLang: 'English',
  otherLangLabel: 'Read this page in English',
  syntheticTitle: 'Data sintetis',
  syntheticText: 'Angka di situs ini adalah data contoh buatan untuk demonstrasi, bukan data peserta sebenarnya.',
  asOf: 'Data per',
  source: 'Sumber',
  people: 'peserta',
  activeMembers: 'Peserta aktif',
  target: 'Sasaran',
  coverage: 'Cakupan',
  category: 'Kategori',
  kecamatan: 'Kecamatan',
  breadcrumb: 'Lokasi halaman',
  hiddenNote: 'Tanda * berarti angka disembunyikan untuk melindungi peserta.',
  hiddenMore: 'Mengapa?',
  noTarget: 'Sasaran belum diketahui',
  footerAbout: 'Situs statistik publik; dibuat hanya dari angka agregat yang sudah dilindungi.',
  searchHint: 'Ketik nama tempat; daftar di bawah akan menyaring.',
  searchNone: 'Tidak ada wilayah dengan nama itu.',
};

const en: Record<UiKey, string> = {
  siteName: 'Vulnerable Workers Cover',
  skip: 'Skip to content',
  nav: 'Main navigation',
  home: 'Home',
  areas: 'Find an area',
  data: 'Download data',
  method: 'Methodology',
  releases: 'Releases',
  otherLang: 'Bahasa Indonesia',
  otherLangLabel: 'Baca halaman ini dalam Bahasa Indonesia',
  syntheticTitle: 'Synthetic data',
  syntheticText: 'The numbers on this site are simulated for demonstration; they are not real enrollment data.',
  asOf: 'Data as of',
  source: 'Source',
  people: 'members',
  activeMembers: 'Active members',
  target: 'Target',
  coverage: 'Coverage',
  category: 'Category',
  kecamatan: 'Kecamatan (district)',
  breadcrumb: 'You are here',
  hiddenNote: 'An asterisk * means the number is hidden to protect members.',
  hiddenMore: 'Why?',
  noTarget: 'Target not known',
  footerAbout: 'A public statistics site, built only from protected aggregate numbers.',
  searchHint: 'Type a place name; the list below filters as you type.',
  searchNone: 'No area has that name.',
};

export type UiKey = keyof typeof id;
const UI: Record<Lang, Record<UiKey, string>> = { id, en };

export function ui(lang: Lang): Record<UiKey, string> {
  return UI[lang];
}
