// Stage 1 throughput benchmark (the default of `npm run bench`): writes N synthetic export rows (default 1,000,000) as
// CSV into a temporary input folder, runs stage 1 on it in a child process three times (once at 10M rows and more),
// and prints rows/s and peak RSS (median of the runs). Usage: npm run bench -- [rows] [--runs n] [--keep]
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { getDistricts, getVillages } from 'idn-area-data';

/** The child process: one stage 1 run, printing its figures as JSON. */
const BENCH_RUN = fileURLToPath(new URL('../bench-run.ts', import.meta.url));

const CATEGORIES = ['KETUA RT', 'KETUA RW', 'KADER POSYANDU', 'IMAM MASJID', 'NELAYAN', 'PETANI', 'OJOL', 'PENARIK BECAK', 'PANCUNG'];
const STATUSES = ['AKTIF', 'AKTIF', 'AKTIF', 'AKTIF', 'AKTIF', 'AKTIF', 'AKTIF', 'AKTIF', 'AKTIF', 'NON AKTIF'];

async function writeInput(dir: string, rows: number): Promise<number> {
  const districts = (await getDistricts()).filter((d) => d.regency_code === '21.71');
  const villages = (await getVillages()).filter((v) => v.district_code.startsWith('21.71.'));
  const places = villages.map((v) => [districts.find((d) => d.code === v.district_code)!.name.toUpperCase(), v.name.toUpperCase()]);
  await mkdir(join(dir, 'enrollment'), { recursive: true });
  await copyFile('data/sample/program.json', join(dir, 'program.json'));
  const path = join(dir, 'enrollment', 'bench.csv');
  const out = createWriteStream(path);
  out.write('NIK;NAMA;KPJ;TGL_LAHIR;JENIS_KELAMIN;KECAMATAN;KELURAHAN;KATEGORI;TGL_KEPESERTAAN;STATUS\r\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    // Unique synthetic NIKs: digits 5–6 are 99 (no real Batam kecamatan), then a birth date and a serial.
    const dateIndex = Math.floor(i / 10_000);
    const day = (dateIndex % 28) + 1;
    const month = (Math.floor(dateIndex / 28) % 12) + 1;
    const year = 50 + (Math.floor(dateIndex / 336) % 50);
    const woman = i % 3 === 0;
    const nik = `217199${String(woman ? day + 40 : day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}${String(i % 10_000).padStart(4, '0')}`;
    const [kec, kel] = places[i % places.length]!;
    chunk += `${nik};PESERTA SINTETIS ${i};99${String(i).padStart(9, '0')};${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/19${year};${woman ? 'P' : 'L'};${kec};${kel};${CATEGORIES[i % CATEGORIES.length]};${String((i % 28) + 1).padStart(2, '0')}/${String((i % 6) + 6).padStart(2, '0')}/2025;${STATUSES[i % 10]}\r\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return (await stat(path)).size;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Stage 1 throughput and peak memory on `[rows] [--runs n] [--keep]` generated rows; prints one JSON line. */
export async function throughputBenchmark(args: readonly string[]): Promise<void> {
  const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : rows >= 10_000_000 ? 1 : 3;
  const dir = await mkdtemp(join(tmpdir(), 'stage1-bench-'));
  try {
    process.stderr.write(`writing ${rows.toLocaleString('en')} rows…\n`);
    const bytes = await writeInput(dir, rows);
    const results: { rowsPerSecond: number; peakRssMb: number; seconds: number }[] = [];
    for (let r = 0; r < runs; r++) {
      const child = spawnSync(process.execPath, [BENCH_RUN, dir, join(dir, 'out'), join(dir, 'report.csv'), join(dir, 'private', 'cell-key-secret.txt')], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (child.status !== 0) throw new Error(`stage 1 failed:\n${child.stderr}`);
      results.push(JSON.parse(child.stdout));
    }
    const line = {
      rows, inputMb: Math.round(bytes / 1e6), runs,
      rowsPerSecondMedian: Math.round(median(results.map((r) => r.rowsPerSecond))),
      secondsMedian: Number(median(results.map((r) => r.seconds)).toFixed(2)),
      peakRssMbMax: Math.round(Math.max(...results.map((r) => r.peakRssMb))),
      node: process.version,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  } finally {
    if (!args.includes('--keep')) await rm(dir, { recursive: true, force: true });
  }
}
