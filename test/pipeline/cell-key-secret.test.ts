import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordKeyer } from '../../src/pipeline/count/record-keys.ts';
import { readOrCreateSecret } from '../../src/pipeline/load/secret-file.ts';
import { readEnrollmentPeople } from '../helpers/enrollment-people.ts';
import { copyFixture, copyInput, readTree, runOn } from '../helpers/stage1.ts';
import { findTraces, type Needle } from '../helpers/trace-search.ts';
import { DEMO_SECRET } from '../../scripts/data.ts';

const work = () => mkdtemp(join(tmpdir(), 'cell-key-'));
/** A real (not synthetic) input: the demo secret must not be used with it. */
const realInput = () => copyFixture('mixed-files', (p) => ({ ...p, synthetic: false }));

describe('stage 1 and the cell-key secret', () => {
  it('a real input without a secret gets a new one, with a notice to back it up, and publishes', async () => {
    const secretPath = join(await work(), 'private', 'cell-key-secret.txt');
    const { result } = await runOn(await realInput(), { secretPath });
    expect(result.fatal).toEqual([]);
    expect(result.secretCreated).toBe(secretPath);
    expect(existsSync(secretPath)).toBe(true);
    // The command line says it loudly.
    const dir = await work();
    const cli = spawnSync(process.execPath, ['scripts/data.ts', '--in', await realInput(), '--out', join(dir, 'out'), '--report', join(dir, 'r.csv'), '--secret', join(dir, 's.txt'), '--quiet'], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(cli.stderr).toMatch(/NOTICE: there was no cell-key secret, so a new one was made: .*s\.txt\. Back it up now/);
  });

  it('the next run reuses the secret: no notice, and the same input gives byte-identical output', async () => {
    const secretPath = join(await work(), 'cell-key-secret.txt');
    const input = await realInput();
    const first = await runOn(input, { secretPath });
    const second = await runOn(input, { secretPath });
    expect(second.result.secretCreated).toBeUndefined();
    expect(await readTree(second.outDir)).toEqual(await readTree(first.outDir));
  });

  it('another secret gives other noise: the same demo input under two secrets differs, each time in approximate values only', async () => {
    const [a, b] = [await runOn('data/sample'), await runOn('data/sample', { secretPath: join(await work(), 'other.txt') })];
    const [ca, cb] = await Promise.all([a, b].map(async (r) => JSON.parse(await readFile(join(r.outDir, 'enrollment.json'), 'utf8')).cells));
    const differing = ca.filter((c: any, i: number) => c.count !== cb[i].count);
    expect(differing.length).toBeGreaterThan(50);
    expect(differing.every((c: any) => c.approximate.includes('count'))).toBe(true);
  });

  it('the published demo secret is refused for an input that is not synthetic, and nothing is written', async () => {
    const { result, outDir } = await runOn(await realInput(), { secretPath: DEMO_SECRET });
    expect(result.ok).toBe(false);
    expect(result.fatal.join()).toMatch(/is the published demo secret, which protects no one/);
    expect(existsSync(outDir)).toBe(false);
  });

  it('a secret inside the output folder is refused before anything is read', async () => {
    const dir = await work();
    const { result } = await runOn(await realInput(), { outDir: join(dir, 'published'), secretPath: join(dir, 'published', 'secret.txt') });
    expect(result.ok).toBe(false);
    expect(result.fatal.join()).toMatch(/must not be inside the output folder: it would be published/);
    expect(existsSync(join(dir, 'published', 'secret.txt'))).toBe(false);
  });

  it('no published file holds the secret, or any person\'s record key, in any form', async () => {
    const input = await copyInput('data/sample', (p) => p);
    const secretPath = join(await work(), 'cell-key-secret.txt');
    const { result, outDir } = await runOn(input, { secretPath });
    expect(result.ok).toBe(true);
    const { key } = await readOrCreateSecret(secretPath);
    const people = await readEnrollmentPeople(input);
    const niks = [...new Set(people.map((p) => p.nik))];
    const keys = recordKeyer(key)(Buffer.from(niks.join(''), 'latin1'));
    const needles: Needle[] = [
      { what: 'secret (hex)', text: key.toString('hex') },
      { what: 'secret (base64)', text: key.toString('base64') },
      ...[...keys].flatMap((k) => [
        { what: 'record key (hex)', text: k.toString(16).padStart(8, '0') },
        // Short decimals would match ordinary numbers by chance; 9 digits and more are all but unique.
        ...(k >= 1e8 ? [{ what: 'record key (decimal)', text: String(k) }] : []),
      ]),
    ];
    expect(needles.length).toBeGreaterThan(20_000);
    expect(findTraces(await readTree(outDir), needles)).toEqual([]);
  });
});
