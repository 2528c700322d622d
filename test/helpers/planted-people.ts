import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nikNeedles, digestNeedles, type Needle } from './trace-search.ts';

/** A synthetic, unmistakable person planted into an input folder; no trace of them may reach the output. */
export interface PlantedPerson {
  /** Why this person is planted: the disclosure risk they stand for. */
  role: string;
  nik: string;
  nama: string;
  kpj: string;
  /** YYYY-MM-DD */
  tglLahir: string;
  jenisKelamin: 'L' | 'P';
  kecamatan: string;
  kelurahan: string;
  /** Kemendagri code of the kelurahan (checked against the output's metadata). */
  kelurahanCode: string;
  kategori: string;
  categoryId: string;
  /** dd/mm/yyyy */
  tglKepesertaan: string;
  noHp: string;
  alamat: string;
  /** The made-up word of the address (its other words, such as INDAH, are also place names). */
  addressWord: string;
}

export const PLANTED: PlantedPerson[] = [
  {
    role: 'the only penarik becak in kelurahan Karas (Galang), where the sample has none',
    nik: '2171991403610091', nama: 'ZEBULON QUIXOTE PLANTED', kpj: '99887766551',
    tglLahir: '1961-03-14', jenisKelamin: 'L',
    kecamatan: 'GALANG', kelurahan: 'KARAS', kelurahanCode: '21.71.08.1002',
    kategori: 'TUKANG BECAK', categoryId: 'penarik-becak', tglKepesertaan: '01/06/2025',
    noHp: '0877-9912-3401', alamat: 'JL. XYLOPHAGA INDAH NO. 41, RT 003/RW 007', addressWord: 'XYLOPHAGA',
  },
  {
    role: 'an imam masjid (sensitive category: implies religion) in kelurahan Pantai Gelam (Bulang)',
    nik: '2171992708720093', nama: 'BARNABY ZOLTANIUS PLANTED', kpj: '99887766552',
    tglLahir: '1972-08-27', jenisKelamin: 'L',
    kecamatan: 'BULANG', kelurahan: 'PANTAI GELAM', kelurahanCode: '21.71.05.1005',
    kategori: 'IMAM MASJID', categoryId: 'pekerja-sosial-keagamaan', tglKepesertaan: '26/09/2025',
    noHp: '0813 7788 9902', alamat: 'GG. QWERTYUIOP NO. 9', addressWord: 'QWERTYUIOP',
  },
  {
    role: 'a 94-year-old woman, RT head in Temoyong, in the small island kecamatan Bulang',
    nik: '2171994502310094', nama: 'OPHELIA VANTABLACK PLANTED', kpj: '99887766553',
    tglLahir: '1931-02-05', jenisKelamin: 'P',
    kecamatan: 'BULANG', kelurahan: 'TEMOYONG', kelurahanCode: '21.71.05.1003',
    kategori: 'KETUA RT', categoryId: 'ketua-rt', tglKepesertaan: '26/09/2025',
    noHp: '+62 852-6655-4403', alamat: 'KAMPUNG ZWIEBACK BLOK Z NO. 3', addressWord: 'ZWIEBACK',
  },
];

const HEADER = ['NIK', 'NAMA', 'KPJ', 'TGL_LAHIR', 'JENIS_KELAMIN', 'KECAMATAN', 'KELURAHAN', 'KATEGORI', 'TGL_KEPESERTAAN', 'STATUS', 'NO_HP', 'ALAMAT'];

const dmy = (iso: string) => iso.split('-').reverse().join('/');
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** An enrollment CSV (comma, LF) of these people, each AKTIF. */
function enrollmentCsv(people: PlantedPerson[]): string {
  const rows = people.map((p) => [
    p.nik, p.nama, p.kpj, dmy(p.tglLahir), p.jenisKelamin, p.kecamatan, p.kelurahan, p.kategori, p.tglKepesertaan, 'AKTIF', p.noHp, p.alamat,
  ]);
  return [HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/** The planted people, with the first one listed twice: a duplicate is reported, so the report must quote that NIK. */
const plantedCsv = () => enrollmentCsv([...PLANTED, PLANTED[0]!]);

/** A temporary copy of data/sample with enrollment/zz-planted.csv added (read last: files go in name order). */
export async function sampleWithPlantedPeople(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'planted-input-')), 'input');
  await cp('data/sample', dir, { recursive: true });
  await writeFile(join(dir, 'enrollment', 'zz-planted.csv'), plantedCsv());
  return dir;
}

/**
 * A small input (the sample's program.json, no targets or claims) in which the planted 94-year-old is the only
 * person aged 65+ in kecamatan Bulang; 65+ people elsewhere (Batam Kota) make the city's 65+ count publishable.
 */
export async function smallInputWithPlantedPeople(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'planted-small-')), 'input');
  await mkdir(join(dir, 'enrollment'), { recursive: true });
  await writeFile(join(dir, 'program.json'), await readFile('data/sample/program.json'));
  await writeFile(join(dir, 'enrollment', 'background.csv'), enrollmentCsv(backgroundPeople()));
  await writeFile(join(dir, 'enrollment', 'zz-planted.csv'), plantedCsv());
  return dir;
}

const BACKGROUND_AREAS: [kecamatan: string, kelurahan: string, people: number][] = [
  ['BATAM KOTA', 'BELIAN', 12], ['BATAM KOTA', 'SUKAJADI', 12], ['BATAM KOTA', 'SUNGAI PANAS', 12],
  ['SEKUPANG', 'TIBAN BARU', 12], ['SEKUPANG', 'TIBAN LAMA', 12],
  ['BULANG', 'PULAU BULUH', 8], ['BULANG', 'TEMOYONG', 8],
];
const BACKGROUND_CATEGORIES = [
  { kategori: 'KETUA RT', jk: 'L', start: '26/09/2025' },
  { kategori: 'KADER POSYANDU', jk: 'P', start: '26/09/2025' },
  { kategori: 'OJOL', jk: 'L', start: '01/06/2025' },
] as const;

/** Ordinary people aged 30–60, except every fourth person in Batam Kota, who is 75. */
export function backgroundPeople(): PlantedPerson[] {
  const people: PlantedPerson[] = [];
  for (const [kecamatan, kelurahan, n] of BACKGROUND_AREAS) {
    for (let i = 0; i < n; i++) {
      const serial = 1000 + people.length;
      const c = BACKGROUND_CATEGORIES[i % BACKGROUND_CATEGORIES.length]!;
      const year = kecamatan === 'BATAM KOTA' && i % 4 === 0 ? 1950 : [1995, 1985, 1975, 1965][i % 4]!;
      const day = 1 + (people.length % 28);
      const nikDay = String(day + (c.jk === 'P' ? 40 : 0)).padStart(2, '0');
      people.push({
        role: 'background', nik: `217199${nikDay}06${String(year).slice(2)}${serial}`, nama: `LATAR BELAKANG ${serial}`,
        kpj: `9900000${serial}`, tglLahir: `${year}-06-${String(day).padStart(2, '0')}`, jenisKelamin: c.jk,
        kecamatan, kelurahan, kelurahanCode: '', kategori: c.kategori, categoryId: '', tglKepesertaan: c.start,
        noHp: '', alamat: '', addressWord: '',
      });
    }
  }
  return people;
}

function phoneNeedles(phone: string): Needle[] {
  const digits = phone.replace(/\D/g, '');
  const local = digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
  const international = `62${local.slice(1)}`;
  const grouped = (sep: string) => [local.slice(0, 4), local.slice(4, 8), local.slice(8)].join(sep);
  return [
    { what: 'phone as written', text: phone },
    { what: 'phone digits', text: local },
    { what: 'phone with country code', text: international },
    ...['-', ' ', '.'].map((sep) => ({ what: `phone grouped with "${sep}"`, text: grouped(sep) })),
  ];
}

function birthDateNeedles(p: PlantedPerson): Needle[] {
  const [y, m, d] = p.tglLahir.split('-') as [string, string, string];
  const nikDay = String(Number(d) + (p.jenisKelamin === 'P' ? 40 : 0)).padStart(2, '0');
  return [
    { what: 'birth date ISO', text: p.tglLahir },
    { what: 'birth date dd/mm/yyyy', text: `${d}/${m}/${y}` },
    { what: 'birth date dd-mm-yyyy', text: `${d}-${m}-${y}` },
    { what: 'birth date dd.mm.yyyy', text: `${d}.${m}.${y}` },
    { what: 'birth date yyyymmdd', text: `${y}${m}${d}` },
    { what: 'birth date DDMMYY', text: `${d}${m}${y.slice(2)}` },
    { what: 'birth date DDMMYY as in the NIK', text: `${nikDay}${m}${y.slice(2)}` },
  ];
}

/** Every form in which this person could leak: identifiers, their fragments and digests, contact details, birth date. */
export function traceNeedles(p: PlantedPerson): Needle[] {
  const needles: Needle[] = [
    { what: 'name', text: p.nama },
    ...p.nama.split(/\s+/).filter((w) => w.length >= 5).map((w) => ({ what: `name word ${w}`, text: w })),
    ...digestNeedles('name', p.nama),
    ...nikNeedles(p.nik),
    { what: 'KPJ', text: p.kpj },
    ...digestNeedles('KPJ', p.kpj),
    ...phoneNeedles(p.noHp),
    { what: 'address', text: p.alamat },
    { what: 'address word', text: p.addressWord },
    ...birthDateNeedles(p),
  ];
  return needles.map((n) => ({ ...n, what: `${p.nama}: ${n.what}` }));
}
