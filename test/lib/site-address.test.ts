import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/lib/site-address.ts';

describe('siteAddress(SITE_URL, published folder)', () => {
  async function publishedWith(metadata: unknown): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'site-address-'));
    await writeFile(join(dir, 'metadata.json'), typeof metadata === 'string' ? metadata : JSON.stringify(metadata));
    return dir;
  }

  it('siteAddress takes program.json’s address from metadata.json', async () => {
    expect(siteAddress(undefined, await publishedWith({ site: { url: 'https://data.batam.go.id' } }))).toEqual({ url: 'https://data.batam.go.id', from: 'program.json' });
  });

  it('siteAddress lets SITE_URL override it for one build', async () => {
    const dir = await publishedWith({ site: { url: 'https://data.batam.go.id' } });
    expect(siteAddress('https://staging.batam.go.id', dir)).toEqual({ url: 'https://staging.batam.go.id', from: 'SITE_URL' });
  });

  it('siteAddress gives no address when neither says one (and an empty SITE_URL says none)', async () => {
    expect(siteAddress(undefined, await publishedWith({ region: { code: '21.71' } }))).toEqual({ url: undefined, from: 'none' });
    expect(siteAddress('', await publishedWith({}))).toEqual({ url: undefined, from: 'none' });
  });

  it('siteAddress leaves an unreadable metadata.json to the build, which names it', async () => {
    expect(siteAddress(undefined, await publishedWith('{ not json'))).toEqual({ url: undefined, from: 'none' });
    expect(siteAddress(undefined, join(tmpdir(), 'no-such-published-folder'))).toEqual({ url: undefined, from: 'none' });
  });

  it('siteAddress(a SITE_URL with a path) stops the build, naming SITE_URL and what to write', async () => {
    expect(() => siteAddress('https://data.batam.go.id/bpjs', join(tmpdir(), 'x'))).toThrow(/^SITE_URL "https:\/\/data\.batam\.go\.id\/bpjs" must be the address of the site's root/);
  });
});
