import { spawnSync } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initFolder } from '../../scripts/init.ts';
import { TEMPLATE_HEADER, TEMPLATE_PATHS } from '../../scripts/init/enrollment-template.ts';
import { ENROLLMENT_FIELDS, HEADER_ALIASES, looksLikeHeader, mapHeaders } from '../../src/pipeline/load/headers.ts';
import type { RawCell } from '../../src/pipeline/load/raw-table.ts';
import { readXlsx } from '../../src/pipeline/load/xlsx-reader.ts';
import { CLAIM_COLUMNS, TARGET_COLUMNS } from '../../src/schemas/inputs.ts';
import { Program } from '../../src/schemas/program.ts';
import { runOn } from '../helpers/stage1.ts';

let work: string;
let folder: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'init-'));
  folder = join(work, 'surabaya');
  await initFolder({ region: '35.78', out: folder, asOfDate: '2026-03-31' });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const read = (path: string) => readFile(join(folder, path), 'utf8');

describe('initFolder({ region, out })', () => {
  it('initFolder({ region: "35.78" }) writes a program.json the program schema accepts, with the official name and synthetic false', async () => {
    const program = Program.parse(JSON.parse(await read('program.json')));
    expect(program.region).toEqual({ code: '35.78', name: 'Kota Surabaya' });
    expect(program.synthetic).toBe(false);
    expect(program.asOfDate).toBe('2026-03-31');
    expect(program.categories.length).toBeGreaterThanOrEqual(5);
    expect(program.site?.url).toMatch(/^https:\/\/[^/]+\.example\.org\/?$/);
    expect(program.contact?.email).toMatch(/@example\.org$/);
    expect(JSON.stringify(program)).not.toMatch(/batam/i);
  });

  it('initFolder writes targets.csv and claims.csv with the schemas\' headers and no rows', async () => {
    expect(parse(await read('targets.csv'))).toEqual([[...TARGET_COLUMNS]]);
    expect(parse(await read('claims.csv'))).toEqual([[...CLAIM_COLUMNS]]);
  });

  it('initFolder writes the enrollment template as CSV with every field stage 1 reads, under its first accepted name', async () => {
    expect(TEMPLATE_HEADER).toEqual(ENROLLMENT_FIELDS.map((f) => HEADER_ALIASES[f][0]));
    const rows = parse(await read(TEMPLATE_PATHS.csv), { bom: true }) as string[][];
    expect(rows).toEqual([[...TEMPLATE_HEADER]]);
    const mapping = mapHeaders(rows[0]!);
    expect(mapping.ok && mapping.ignored).toEqual([]);
  });

  it('initFolder writes the enrollment template as XLSX that the project\'s XLSX reader reads as a header and no rows', async () => {
    const headers: RawCell[][] = [];
    const rows: RawCell[][] = [];
    const result = await readXlsx(join(folder, TEMPLATE_PATHS.xlsx), TEMPLATE_PATHS.xlsx,
      { header: (cells) => headers.push(cells), row: (cells) => rows.push(cells) }, (cells) => looksLikeHeader(cells));
    expect(result.sheetsRead).toEqual(['PESERTA']);
    expect(headers).toEqual([[...TEMPLATE_HEADER]]);
    expect(rows).toEqual([]);
  });

  it('initFolder writes a README naming the files to fill in and the next commands', async () => {
    const readme = await read('README.md');
    for (const words of ['program.json', 'enrollment/', 'targets.csv', 'claims.csv', 'npm run data -- --in', 'npm run build', 'Kota Surabaya'])
      expect(readme).toContain(words);
  });

  it('stage 1 accepts the folder once the CSV template has rows', async () => {
    const copy = join(work, 'filled');
    await initFolder({ region: '35.78', out: copy, asOfDate: '2026-03-31' });
    const row = (nik: string, kategori: string) => `${nik},PESERTA SINTETIS,,01/01/1990,L,KARANG PILANG,KEBRAON,${kategori},02/01/2026,AKTIF,,\r\n`;
    await appendFile(join(copy, TEMPLATE_PATHS.csv), row('3578990101900001', 'KETUA RT') + row('3578990101900002', 'OJOL'));
    // A real (not synthetic) input refuses the demo's published secret: it gets its own.
    const { result } = await runOn(copy, { secretPath: join(work, 'private', 'secret.txt') });
    expect(result.fatal).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.counts.rowsRead).toBe(2);
    expect(result.counts.activePeople).toBe(2);
  });

  it('initFolder refuses a folder that is not empty, and leaves it as it was', async () => {
    const full = join(work, 'full');
    await mkdir(full);
    await writeFile(join(full, 'notes.txt'), 'keep me');
    await expect(initFolder({ region: '35.78', out: full })).rejects.toThrow(/not empty.*never overwrites/);
    expect(await readFile(join(full, 'notes.txt'), 'utf8')).toBe('keep me');
    await expect(initFolder({ region: '21.01', out: folder })).rejects.toThrow(/not empty/);
  });

  it.for([
    ['99.99', /unknown region code "99\.99".*official Kemendagri list/],
    ['3578', /"3578" is not a Kemendagri regency\/city code/],
    ['35.7', /not a Kemendagri regency\/city code/],
  ] as const)('initFolder({ region: "%s" }) fails with the official list\'s message and writes nothing', async ([code, message]) => {
    const out = join(work, `bad-${code}`);
    await expect(initFolder({ region: code, out })).rejects.toThrow(message);
    await expect(readFile(join(out, 'program.json'))).rejects.toThrow(/ENOENT/);
  });

  it('npm run init with --region and --out writes the folder and says where; without --out it fails with the usage', () => {
    const out = join(work, 'from-cli');
    const ok = spawnSync(process.execPath, ['scripts/init.ts', '--region', '21.01', '--out', out], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/Starter folder written in [\d.]+ s; read .*README\.md/);
    const bad = spawnSync(process.execPath, ['scripts/init.ts', '--region', '21.01'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Usage: npm run init -- --region');
  });
});
