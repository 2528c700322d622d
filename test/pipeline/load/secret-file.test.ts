import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_SECRET_MARK, readOrCreateSecret } from '../../../src/pipeline/load/secret-file.ts';
import { UnreadableFileError } from '../../../src/pipeline/load/raw-table.ts';
import { DEMO_SECRET } from '../../../scripts/data.ts';

const folder = () => mkdtemp(join(tmpdir(), 'secret-'));

describe('readOrCreateSecret(path)', () => {
  it('makes a new 32-byte secret where there is none, readable by its owner only, and says so', async () => {
    const path = join(await folder(), 'private', 'cell-key-secret.txt');
    const made = await readOrCreateSecret(path);
    expect(made.created).toBe(true);
    expect(made.demo).toBe(false);
    expect(made.key).toHaveLength(32);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const text = await readFile(path, 'utf8');
    expect(text).toContain(made.key.toString('hex'));
    expect(text).toMatch(/^# Cell-key secret/);
  });

  it('reuses the secret it made: the same key on every later run, and not "created"', async () => {
    const path = join(await folder(), 'cell-key-secret.txt');
    const first = await readOrCreateSecret(path);
    const again = await readOrCreateSecret(path);
    expect(again.created).toBe(false);
    expect(again.key.equals(first.key)).toBe(true);
  });

  it('makes a different secret each time there is none (random, not derived from anything)', async () => {
    const [a, b] = [await readOrCreateSecret(join(await folder(), 's')), await readOrCreateSecret(join(await folder(), 's'))];
    expect(a.key.equals(b.key)).toBe(false);
  });

  it('reads the demo secret and knows it for one', async () => {
    const demo = await readOrCreateSecret(DEMO_SECRET);
    expect(demo).toMatchObject({ created: false, demo: true });
    expect((await readFile(DEMO_SECRET, 'utf8')).startsWith(DEMO_SECRET_MARK)).toBe(true);
  });

  it.each([
    ['a short key', 'abcd\n'],
    ['two keys', `${'a'.repeat(64)}\n${'b'.repeat(64)}\n`],
    ['not hex', `${'g'.repeat(64)}\n`],
    ['empty', ''],
  ])('refuses a file that is not a secret (%s), saying to restore it from the backup', async (_name, text) => {
    const path = join(await folder(), 'cell-key-secret.txt');
    await writeFile(path, text);
    const error = await readOrCreateSecret(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(/Restore it from your backup/);
  });
});
