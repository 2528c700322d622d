// Generates the stage 1 test fixtures in test/fixtures/<case>/ (program.json, targets.csv, enrollment/*).
// Run: node_modules/.bin/node scripts/make-fixtures.ts [output folder, default test/fixtures]
// Do not edit the generated files by hand; change this script and run it again. test/fixtures/README.md
// (written by hand) lists every case and its expected outcome.
// All people are synthetic: every NIK has "99" as digits 5–6 (no Batam kecamatan has that code) and every
// name is "PESERTA CONTOH nnn". The output is deterministic: same script, same bytes.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import writeExcelFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';
import { BOUNDARY_FIXTURE, boundaryFixture } from './boundary-fixture.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE_PROGRAM = join(ROOT, 'data/sample/program.json');

export const DEFAULT_HEADER = [
  'NIK', 'NAMA', 'KPJ', 'TGL_LAHIR', 'JENIS_KELAMIN', 'KECAMATAN', 'KELURAHAN', 'KATEGORI', 'TGL_KEPESERTAAN', 'STATUS',
];

// ---------- synthetic people ----------

interface Person {
  n: number;
  nik: string;
  nama: string;
  kpj: string;
  born: { y: number; m: number; d: number };
  female: boolean;
  kecamatan: string;
  kelurahan: string;
  kategori: string;
  joined: { y: number; m: number; d: number };
  status: string;
}

const REGIONS: [string, string][] = [
  ['Batam Kota', 'Belian'],
  ['Batam Kota', 'Sungai Panas'],
  ['Sekupang', 'Tiban Baru'],
  ['Batam Kota', 'Taman Baloi'],
  ['Sekupang', 'Tiban Lama'],
  ['Sei Beduk', 'Muka Kuning'],
  ['Batam Kota', 'Teluk Tering'],
  ['Belakang Padang', 'Pulau Terung'],
];

/** Category aliases as exports write them, with the start of the batch that pays for them. */
const KATEGORI: [string, { y: number; m: number; d: number }][] = [
  ['KETUA RT', { y: 2025, m: 9, d: 26 }],
  ['KADER POSYANDU', { y: 2025, m: 9, d: 26 }],
  ['OJOL', { y: 2025, m: 6, d: 1 }],
  ['NELAYAN', { y: 2025, m: 6, d: 1 }],
  ['KETUA RW', { y: 2025, m: 9, d: 26 }],
  ['PETANI', { y: 2025, m: 6, d: 1 }],
  ['IMAM MASJID', { y: 2025, m: 9, d: 26 }],
  ['KADER SIAGA', { y: 2025, m: 9, d: 26 }],
];

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A NIK of the synthetic kind: 2171 + "99" + DDMMYY (day + 40 for women) + serial. */
function syntheticNik(n: number, born: Person['born'], female: boolean): string {
  return `217199${pad(born.d + (female ? 40 : 0), 2)}${pad(born.m, 2)}${pad(born.y % 100, 2)}${pad(n, 4)}`;
}

/** Person number n, with fields spread deterministically over regions, categories, ages and sexes. */
function person(n: number, overrides: Partial<Omit<Person, 'n' | 'nik'>> = {}): Person {
  const born = overrides.born ?? { y: 1960 + ((n * 7) % 40), m: 1 + ((n * 5) % 12), d: 1 + ((n * 11) % 28) };
  const female = overrides.female ?? n % 2 === 0;
  const [kecamatan, kelurahan] = REGIONS[(n - 1) % REGIONS.length]!;
  const [kategori, joined] = KATEGORI[(n - 1) % KATEGORI.length]!;
  return {
    nama: `PESERTA CONTOH ${pad(n, 3)}`,
    kpj: `99${pad(n, 9)}`,
    kecamatan,
    kelurahan,
    kategori,
    joined,
    status: 'AKTIF',
    ...overrides,
    n,
    born,
    female,
    nik: syntheticNik(n, born, female),
  };
}

const people = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => person(from + i));

type Ymd = { y: number; m: number; d: number };
const dmy = (t: Ymd, sep = '/') => `${pad(t.d, 2)}${sep}${pad(t.m, 2)}${sep}${t.y}`;
const iso = (t: Ymd) => `${t.y}-${pad(t.m, 2)}-${pad(t.d, 2)}`;
const utc = (t: Ymd) => new Date(Date.UTC(t.y, t.m - 1, t.d));
/** Excel's day number (1900 date system) for a date: what a date cell holds once its format is lost. */
const excelSerial = (t: Ymd) => Math.round((utc(t).getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);

/** The default export row, all text, dates written dd/mm/yyyy. */
function textRow(p: Person): string[] {
  return [p.nik, p.nama, p.kpj, dmy(p.born), p.female ? 'P' : 'L', p.kecamatan, p.kelurahan, p.kategori, dmy(p.joined), p.status];
}

// ---------- writers ----------

interface CsvStyle {
  delimiter?: string;
  bom?: boolean;
  eol?: string;
}

function toCsv(rows: string[][], { delimiter = ',', bom = false, eol = '\n' }: CsvStyle = {}): string {
  const quote = (field: string) =>
    field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
  return (bom ? '\uFEFF' : '') + rows.map((row) => row.map(quote).join(delimiter)).join(eol) + eol;
}


/** Sets every entry's modification time to 1980-01-01 00:00 (the ZIP epoch) so the bytes do not depend on the clock. */
function zeroZipTimestamps(zip: Buffer): Buffer {
  const DOS_EPOCH = (1 << 5) | 1; // date field: year 0 (1980), month 1, day 1; time field 0
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('write-excel-file did not produce a ZIP archive');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('unexpected ZIP central directory layout');
    zip.writeUInt16LE(0, at + 12);
    zip.writeUInt16LE(DOS_EPOCH, at + 14);
    const local = zip.readUInt32LE(at + 42);
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(DOS_EPOCH, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

async function toXlsx(sheets: { sheet: string; data: SheetData }[]): Promise<Buffer> {
  // Excel leaves blank rows out of the sheet XML entirely; write-excel-file writes them as `<row r="2"/>`.
  const omitBlankRows = { transform: (xml: string) => xml.replace(/<row r="\d+"\/>/g, '') };
  const buffer = await writeExcelFile(sheets, {
    features: [{ files: { transform: { 'xl/worksheets/sheet{id}.xml': omitBlankRows } } }],
  }).toBuffer();
  return zeroZipTimestamps(Buffer.from(buffer));
}

const text = (value: string): Cell => ({ value, type: String, format: '@' });
const dateCell = (t: Ymd): Cell => ({ value: utc(t), type: Date, format: 'dd/mm/yyyy' });

/** The default row as a careful operator would type it in Excel: identifiers and dates as text cells. */
function xlsxRow(p: Person): Cell[] {
  return textRow(p).map((value) => text(value));
}

// ---------- cases ----------

interface Fixture {
  program?: string;
  targets?: string;
  /** Enrollment files by name, relative to enrollment/. */
  enrollment: Record<string, string | Buffer>;
}

const DEFAULT_TARGETS = toCsv([
  ['kode_wilayah', 'kategori', 'sasaran'],
  ['21.71', 'ketua-rt', '3209'],
  ['21.71', 'kader-posyandu', '3855'],
  ['21.71', 'ojek-online', '3635'],
  ['21.71', 'nelayan', '5000'],
]);

const defaultCsv = (rows: Person[]) => toCsv([DEFAULT_HEADER, ...rows.map(textRow)]);

/** Addresses that force CSV quoting: a delimiter, a line break typed with Alt+Enter, and double quotes. */
const QUOTED_ADDRESSES: Record<number, string> = {
  2: 'Jl. Contoh Raya No. 2; Blok B',
  4: 'Perumahan Contoh Indah\nBlok D No. 4',
  5: 'Gg. "Contoh" No. 5',
};

async function cases(sampleProgram: string): Promise<Record<string, Fixture>> {
  return {
    'csv-semicolon-bom-crlf': {
      enrollment: {
        'peserta.csv': toCsv(
          [
            [...DEFAULT_HEADER, 'ALAMAT'],
            ...people(1, 6).map((p) => [...textRow(p), QUOTED_ADDRESSES[p.n] ?? `Jl. Contoh No. ${p.n}`]),
          ],
          { delimiter: ';', bom: true, eol: '\r\n' },
        ),
      },
    },

    'csv-comma-plain': {
      enrollment: {
        'peserta.csv': toCsv([
          ['nik', 'Nama Lengkap', 'no kpj', 'TANGGAL LAHIR', 'jk', 'Kec', 'Desa/Kelurahan', 'Jenis Pekerjaan', 'TMT', 'Status', 'No. HP'],
          ...people(1, 6).map((p) => [...textRow(p), `0812990000${pad(p.n, 2)}`]),
        ]),
      },
    },

    'nik-quirks': {
      enrollment: {
        'peserta.csv': toCsv([
          DEFAULT_HEADER,
          ...people(1, 6).map((p) => {
            const row = textRow(p);
            if (p.n === 3) row[0] = `'${p.nik}`;
            if (p.n === 4) row[0] = p.nik.replace(/(\d{4})(?=\d)/g, '$1 ');
            if (p.n === 5) row[0] = '2,17199E+15';
            if (p.n === 6) row[0] = p.nik.slice(0, 15);
            return row;
          }),
        ]),
      },
    },

    'date-formats': {
      enrollment: {
        'peserta.csv': toCsv([
          DEFAULT_HEADER,
          ...(
            [
            (p: Person) => [iso(p.born), '2025-09-26'],
            (p: Person) => [dmy(p.born), '26/09/2025'],
            (p: Person) => [dmy(p.born, '-'), '26-09-2025'],
            (p: Person) => [String(excelSerial(p.born)), String(excelSerial({ y: 2025, m: 9, d: 26 }))],
            (p: Person) => [dmy(p.born), '26 September 2025'],
            (p: Person) => [dmy(p.born), '26 Sept 2025'],
            (p: Person) => [dmy(p.born), '1 Agustus 2025'],
            (p: Person) => [dmy(p.born), '31/02/2025'],
            ] satisfies ((p: Person) => [string, string])[]
          ).map((dates, i) => {
            // Rows 1–6 are RT/RW/cadre categories (batch from 26 Sep 2025); row 7 is a fisher (batch from 1 Jun 2025).
            const p = person(i + 1, { kategori: i === 6 ? 'NELAYAN' : 'KETUA RT' });
            const row = textRow(p);
            [row[3], row[8]] = dates(p);
            return row;
          }),
        ]),
      },
    },

    'sex-and-status': {
      enrollment: {
        'peserta.csv': toCsv([
          DEFAULT_HEADER,
          ...people(1, 8).map((p, i) => {
            const row = textRow(p);
            row[4] = ['L', 'P', 'l', 'p', 'Laki-laki', 'PEREMPUAN', 'laki-laki', 'Perempuan'][i]!;
            row[9] = ['AKTIF', 'Aktif', 'NON AKTIF', 'AKTIF', 'Tidak Aktif', 'aktif', 'meninggal', 'AKTIF'][i]!;
            return row;
          }),
        ]),
      },
    },

    'region-variants': {
      enrollment: {
        'peserta.csv': toCsv([
          DEFAULT_HEADER,
          ...(
            [
              ['Kec. Batam Kota', 'Belian'],
              ['KECAMATAN SEKUPANG', 'KEL. TIBAN BARU'],
              ['  Batam   Kota ', ' Sungai  Panas '],
              ['Sungai Beduk', 'Muka Kuning'],
              ['Sei Beduk', 'Tanjung Piayu'],
              ['Belakang Padang', 'Pulau Terong'],
              ['BELAKANG PADANG', 'Pulau Terung'],
              ['batam kota', 'teluk tering'],
              ['Kec. Sekupang', 'Kel. Tiban Lama'],
              ['Batam Kota', 'Sei Panas'],
            ] as const
          ).map(([kecamatan, kelurahan], i) => textRow(person(i + 1, { kecamatan, kelurahan }))),
        ]),
      },
    },

    'region-errors': {
      enrollment: {
        'peserta.csv': toCsv([
          DEFAULT_HEADER,
          ...(
            [
              ['Batam Kota', 'Belian'],
              ['Batam Kota', 'Belian Permai'],
              ['Sekupang', 'Tiban Baru'],
              ['Batam Kot', 'Belian'],
              ['Batam Kota', 'Tiban Baru'],
              ['Batam Kota', 'Sukajadi'],
            ] as const
          ).map(([kecamatan, kelurahan], i) => textRow(person(i + 1, { kecamatan, kelurahan }))),
        ]),
      },
    },

    duplicates: {
      enrollment: {
        '2025-09.csv': defaultCsv([person(1), person(2), person(3), person(1), person(4)]),
        '2025-10.csv': defaultCsv([person(5), person(1), person(6, { status: 'NON AKTIF' })]),
      },
    },

    'xlsx-title-rows': {
      enrollment: {
        'peserta-bpu.xlsx': await toXlsx([
          {
            sheet: 'Batch 1',
            data: [
              [text('DATA PESERTA BPU PEMKO BATAM')],
              [],
              DEFAULT_HEADER.map(text),
              xlsxRow(person(1)),
              // A real date cell, as when the operator types a date into a General cell.
              xlsxRow(person(2)).map((cell, c) => (c === 8 ? dateCell(person(2).joined) : cell)),
              // A date whose format was lost: Excel shows (and stores) the day number.
              xlsxRow(person(3)).map((cell, c) => (c === 8 ? excelSerial(person(3).joined) : cell)),
              // A NIK typed into a General cell: Excel keeps 15 significant digits, the last digit becomes 0.
              xlsxRow(person(4)).map((cell, c) => (c === 0 ? Number(`${person(4).nik.slice(0, 15)}0`) : cell)),
              xlsxRow(person(5)).map((cell, c) => (c === 3 ? dateCell(person(5).born) : cell)),
              xlsxRow(person(6)),
            ],
          },
          {
            sheet: 'Batch 2',
            data: [
              [text('DATA PESERTA BPU PEMKO BATAM - BATCH 2')],
              [text('Keadaan per 30 November 2025')],
              [],
              DEFAULT_HEADER.map(text),
              xlsxRow(person(7)),
              xlsxRow(person(8)),
              xlsxRow(person(9)),
              [],
              xlsxRow(person(10)),
              xlsxRow(person(11)),
            ],
          },
          {
            sheet: 'Catatan',
            data: [
              [text('Catatan')],
              [text('Data sintetis untuk pengujian; bukan data peserta sebenarnya.')],
              [text('Batch 1: APBD Perubahan 2025. Batch 2: susulan.')],
            ],
          },
        ]),
      },
    },

    'mixed-files': {
      enrollment: {
        '2025-09.csv': defaultCsv(people(1, 5)),
        '2025-10.xlsx': await toXlsx([{ sheet: 'Sheet1', data: [DEFAULT_HEADER.map(text), ...people(6, 10).map(xlsxRow)] }]),
      },
    },

    'bad-files': {
      enrollment: { 'broken.xlsx': defaultCsv(people(1, 3)) },
    },

    'invalid-program': {
      program: invalidProgram(sampleProgram),
      enrollment: { 'peserta.csv': defaultCsv(people(1, 5)) },
    },

    'invalid-targets': {
      targets: toCsv([
        ['kode_wilayah', 'kategori', 'sasaran'],
        ['21.71', 'ketua-rt', '3209'],
        ['21.71.99', 'kader-posyandu', '100'],
        ['21.71', 'ketua-rx', '50'],
        ['21.71', 'nelayan', '-5'],
        ['21.71', 'petani', 'banyak'],
        ['21.71', 'ketua-rw', '755'],
      ]),
      enrollment: { 'peserta.csv': defaultCsv(people(1, 5)) },
    },
  };
}

function invalidProgram(sample: string): string {
  const program = JSON.parse(sample) as { asOfDate: string; categories: { id: string; batch: string }[] };
  program.asOfDate = '30-11-2025';
  const pancung = program.categories.find((c) => c.id === 'penambang-pancung');
  if (!pancung) throw new Error('data/sample/program.json has no "penambang-pancung" category to break');
  pancung.batch = 'apbd-2026';
  return `${JSON.stringify(program, null, 2)}\n`;
}

export async function makeFixtures(outDir: string): Promise<string[]> {
  const sampleProgram = await readFile(SAMPLE_PROGRAM, 'utf8');
  const written: string[] = [];
  for (const [name, fixture] of Object.entries(await cases(sampleProgram))) {
    const dir = join(outDir, name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(join(dir, 'enrollment'), { recursive: true });
    const files: [string, string | Buffer][] = [
      ['program.json', fixture.program ?? sampleProgram],
      ['targets.csv', fixture.targets ?? DEFAULT_TARGETS],
      ...Object.entries(fixture.enrollment).map(([file, content]): [string, string | Buffer] => [`enrollment/${file}`, content]),
    ];
    for (const [file, content] of files) {
      await writeFile(join(dir, file), content);
      written.push(`${name}/${file}`);
    }
  }
  await mkdir(dirname(join(outDir, BOUNDARY_FIXTURE)), { recursive: true });
  await writeFile(join(outDir, BOUNDARY_FIXTURE), await boundaryFixture());
  written.push(BOUNDARY_FIXTURE);
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = resolve(process.argv[2] ?? join(ROOT, 'test/fixtures'));
  const written = await makeFixtures(outDir);
  console.log(`Wrote ${written.length} files to ${outDir}`);
}
