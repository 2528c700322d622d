// The built demo site never carries the cell-key secret: the site is built from the published folder only, which
// holds no secret and no record key (test/pipeline/cell-key-secret.test.ts checks that folder for both).
import { beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readOrCreateSecret } from '../../src/pipeline/load/secret-file.ts';
import { DEMO_SECRET } from '../../scripts/data.ts';
import { builtSite } from '../helpers/built-site.ts';

let dist: string;
beforeAll(async () => {
  dist = await builtSite();
});

describe('the built site and the cell-key secret', () => {
  it('no file of the built site holds the secret the demo was published with, in hex or base64', async () => {
    const { key } = await readOrCreateSecret(DEMO_SECRET);
    const needles = [key.toString('hex'), key.toString('base64'), key.toString('base64url')];
    const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(1000);
    const found: string[] = [];
    for (const f of files) {
      const text = (await readFile(join(f.parentPath, f.name))).toString('latin1').toLowerCase();
      for (const n of needles) if (text.includes(n.toLowerCase())) found.push(`${join(f.parentPath, f.name)}: ${n}`);
    }
    expect(found).toEqual([]);
  });
});
