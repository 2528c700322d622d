import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEnrollmentPeople } from '../helpers/enrollment-people.ts';
import { fixture } from '../helpers/stage1.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real command line (Node 22 from node_modules, as `npm run data` does) from the repository root. */
function cli(args: string[]) {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['src/pipeline/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** --in, --out and --report in a fresh temporary folder, so no test can touch data/published or data/private. */
async function paths(input: string) {
  const work = await mkdtemp(join(tmpdir(), 'stage1-cli-'));
  const out = join(work, 'published');
  const report = join(work, 'private', 'report.csv');
  return { out, report, args: ['--in', input, '--out', out, '--report', report] };
}

describe('stage 1 command line (src/pipeline/cli.ts)', () => {
  it.each([['--help'], ['-h']])('cli %s prints the usage with every option and exits 0', (flag) => {
    const { status, stdout } = cli([flag]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/usage/i);
    for (const option of ['--in', '--out', '--report', '--max-invalid-rows']) expect(stdout).toContain(option);
  });

  it('cli --no-such-option exits 2, names the option and writes nothing', async () => {
    const { out, report, args } = await paths(fixture('csv-comma-plain'));
    const { status, stderr } = cli([...args, '--no-such-option']);
    expect(status).toBe(2);
    expect(stderr).toContain('--no-such-option');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(report)).toBe(false);
  });

  it.each([
    [['--max-invalid-rows', '-1']],
    [['--max-invalid-rows=-1']],
    [['--max-invalid-rows', '2.5']],
    [['--max-invalid-rows', 'lots']],
  ])('cli %j exits 2 and writes nothing', async (option) => {
    const { out, report, args } = await paths(fixture('csv-comma-plain'));
    const { status, stderr } = cli([...args, ...option]);
    expect(status).toBe(2);
    expect(stderr).toContain('--max-invalid-rows');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(report)).toBe(false);
  });

  it('cli --in region-errors exits 1, prints FAILED with each problem\'s file and row, and creates no output folder', async () => {
    const { out, report, args } = await paths(fixture('region-errors'));
    const { status, stderr } = cli(args);
    expect(status).toBe(1);
    expect(stderr).toContain('FAILED');
    expect(stderr).toMatch(/3 invalid row/);
    for (const row of [3, 5, 6]) expect(stderr).toContain(`enrollment/peserta.csv, row ${row}`);
    expect(stderr).toMatch(/KECAMATAN/);
    expect(stderr).toMatch(/KELURAHAN/);
    expect(stderr).not.toMatch(/Published/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(report)).toBe(true);
  });

  it('cli --in region-errors --max-invalid-rows 3 exits 0 and writes the output folder', async () => {
    const { out, args } = await paths(fixture('region-errors'));
    const { status, stderr } = cli([...args, '--max-invalid-rows', '3']);
    expect(status).toBe(0);
    expect(stderr).toContain('Published');
    expect(stderr).not.toContain('FAILED');
    expect(existsSync(join(out, 'enrollment.json'))).toBe(true);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  });

  it('cli --in region-errors --max-invalid-rows 2 still fails: one row too many', async () => {
    const { out, args } = await paths(fixture('region-errors'));
    const { status } = cli([...args, '--max-invalid-rows', '2']);
    expect(status).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('cli --in csv-comma-plain exits 0, prints "Published" and writes the folder', async () => {
    const { out, args } = await paths(fixture('csv-comma-plain'));
    const { status, stderr } = cli(args);
    expect(status).toBe(0);
    expect(stderr).toMatch(/Published \d+ files/);
    expect(existsSync(join(out, 'enrollment.json'))).toBe(true);
  });

  // The terminal may be screen-shared or logged: values (NIK, name, KPJ) stay in the report file.
  it.each(['region-errors', 'nik-quirks', 'duplicates', 'csv-comma-plain'])(
    'cli --in %s prints no NIK, KPJ, name or phone from the input, though the report quotes rows',
    async (name) => {
      const { report, args } = await paths(fixture(name));
      const { stdout, stderr } = cli(args);
      const terminal = stdout + stderr;
      const people = await readEnrollmentPeople(fixture(name));
      expect(people.length).toBeGreaterThan(0);
      for (const p of people) {
        const nikDigits = p.nik.replace(/\D/g, '');
        if (nikDigits.length >= 12) expect(terminal).not.toContain(nikDigits);
        if (p.nik.length >= 12) expect(terminal).not.toContain(p.nik);
        expect(terminal).not.toContain(p.kpj);
        expect(terminal).not.toContain(p.nama);
        if (p.noHp) expect(terminal).not.toContain(p.noHp);
      }
      expect(terminal).not.toMatch(/\d{12}/);
      if (name === 'duplicates') expect(await readFile(report, 'utf8')).toContain('2171991206670001');
    },
  );
});
