import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';

/** A raw GET (no client-side decoding or path clean-up), so the test sees exactly what the server sent. */
function get(url: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { headers, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const HTML = `<!doctype html><title>x</title>${'<p>Kota Batam</p>'.repeat(200)}`;
let root: string;
let site: StaticSite;

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'static-server-'));
  root = join(work, 'site');
  await mkdir(join(root, 'kecamatan/bengkong'), { recursive: true });
  await writeFile(join(root, 'kecamatan/bengkong/index.html'), HTML);
  await writeFile(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(work, 'secret.txt'), 'outside the site');
  site = await serveStatic(root);
});

afterAll(() => site?.close());

describe('serveStatic(root)', () => {
  it('serveStatic(root) gzips text for a browser that accepts gzip, as a real host does', async () => {
    const res = await get(site.url, '/kecamatan/bengkong/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.body.length).toBeLessThan(HTML.length / 5);
    expect(gunzipSync(res.body).toString()).toBe(HTML);
  });

  it('serveStatic(root) sends text as is to a client that does not ask for gzip, and never gzips images', async () => {
    const plain = await get(site.url, '/kecamatan/bengkong/index.html');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(HTML);
    const png = await get(site.url, '/logo.png', { 'accept-encoding': 'gzip' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['content-type']).toBe('image/png');
  });

  it('serveStatic(root) answers 404 for unknown paths, with the site\'s 404.html once it has one', async () => {
    expect((await get(site.url, '/data/')).status).toBe(404);
    await writeFile(join(root, '404.html'), '<h1>Tidak ditemukan</h1>');
    const res = await get(site.url, '/data/');
    expect(res.status).toBe(404);
    expect(res.body.toString()).toBe('<h1>Tidak ditemukan</h1>');
  });

  it('serveStatic(root) never serves a file outside root', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/kecamatan/../../secret.txt']) {
      const res = await get(site.url, path);
      expect(res.body.toString(), path).not.toContain('outside the site');
    }
  });
});
