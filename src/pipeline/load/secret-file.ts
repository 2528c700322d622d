import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SECRET_BYTES } from '../count/record-keys.ts';
import { UnreadableFileError } from './raw-table.ts';

/** The first line of a secret that protects no one: the synthetic demo's, published in the repository. */
export const DEMO_SECRET_MARK = '# DEMO SECRET';

export interface Secret {
  key: Buffer;
  /** True when this run made the file (there was none): the officer must back it up. */
  created: boolean;
  /** True for a published demonstration secret (DEMO_SECRET_MARK), usable only with synthetic input. */
  demo: boolean;
}

/**
 * The cell key method's secret: read from `path`, or, when there is no file, made from 32 random bytes and written
 * there (readable by its owner only). The file is text: comment lines starting with # and one line of 64 hex digits.
 * Throws an UnreadableFileError saying what to do when the file is not such a secret.
 */
export async function readOrCreateSecret(path: string): Promise<Secret> {
  if (!existsSync(path)) {
    const key = randomBytes(SECRET_BYTES);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${SECRET_HEADER}${key.toString('hex')}\n`, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    return { key, created: true, demo: false };
  }
  const text = await readFile(path, 'utf8');
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const hex = lines.filter((l) => !l.startsWith('#'));
  if (hex.length !== 1 || !/^[0-9a-fA-F]{64}$/.test(hex[0]!))
    throw new UnreadableFileError(path, 'is not a cell-key secret (one line of 64 hex digits, besides # comments)',
      'Restore it from your backup; never edit it. If it is lost, see "The cell-key secret" in data/README.md');
  return { key: Buffer.from(hex[0]!, 'hex'), created: false, demo: lines[0]!.startsWith(DEMO_SECRET_MARK) };
}

const SECRET_HEADER = `# Cell-key secret of stage 1 (see "The cell-key secret" in data/README.md).
# It decides the noise added to every published count. Keep it private and keep a backup (e.g. an encrypted USB
# stick in the office safe): never commit it, never publish it, never send it by e-mail or chat.
# With the same secret, the same people get the same noise in every release; a new secret gives new noise.
`;
