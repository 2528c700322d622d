// The deployment notes, run for real: deploy/nginx.conf's server block in Debian's nginx (`apt-get install -y
// nginx-light`, as .ci/run does), serving the built demo site. Headers an operator cannot see in a browser are checked
// here: embed pages may be framed by any site, other pages by the site only; unknown addresses get the 404 page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { embedPagePaths } from '../../src/figures/figure-routes.ts';
import { builtSite } from '../helpers/built-site.ts';

const NGINX = '/usr/sbin/nginx';
let dist: string;
let folder: string;
let conf: string;
let nginx: ChildProcess | undefined;
let origin: string;

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  if (spawnSync(NGINX, ['-v']).error) throw new Error(`${NGINX} is missing: install Debian's nginx (apt-get install -y nginx-light), as .ci/run does`);
  dist = await builtSite();
  folder = await mkdtemp(join(tmpdir(), 'nginx-'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The operator's block as shipped, with only its address and folder changed.
  const block = (await readFile('deploy/nginx.conf', 'utf8'))
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/var\/www\/transparansi\/dist;/, `root ${dist};`);
  expect(block).toContain(`root ${dist};`);
  conf = join(folder, 'nginx.conf');
  await writeFile(conf, [
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;', 'daemon off;', `pid ${join(folder, 'nginx.pid')};`, `error_log ${join(folder, 'error.log')};`,
    'events {}',
    'http {', '  include /etc/nginx/mime.types;', '  default_type application/octet-stream;', '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(folder, t)};`),
    block, '}', '',
  ].join('\n'));
  nginx = spawn(NGINX, ['-p', folder, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  nginx.stderr!.on('data', (chunk: Buffer) => (said += chunk.toString()));
  for (let i = 0; i < 200 && nginx.exitCode === null; i++) {
    if (await fetch(`${origin}/`).then(() => true, () => false)) return;
    await sleep(50);
  }
  throw new Error(`nginx did not start: ${said}${await readFile(join(folder, 'error.log'), 'utf8').catch(() => '')}`);
}, 1_200_000);

afterAll(async () => {
  nginx?.kill();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('deploy/nginx.conf in a real nginx', () => {
  it('nginx -t accepts the configuration', () => {
    const check = spawnSync(NGINX, ['-t', '-p', folder, '-c', conf], { encoding: 'utf8' });
    expect(check.stderr).toMatch(/syntax is ok/);
    expect(check.status).toBe(0);
  });

  it('serves every page with X-Frame-Options SAMEORIGIN and no frame-ancestors', async () => {
    for (const path of ['/', '/en/', '/kecamatan/nongsa/', '/rilis/', '/data/']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(response.headers.get('content-security-policy'), path).toBeNull();
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
    }
  });

  it('lets any site frame the embed pages (frame-ancestors *, no X-Frame-Options)', async () => {
    const embeds = embedPagePaths();
    const sample = [embeds.find((p) => !p.startsWith('/en/'))!, embeds.find((p) => p.startsWith('/en/'))!];
    for (const path of sample) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toBe('frame-ancestors *');
      expect(response.headers.get('x-frame-options'), path).toBeNull();
    }
  });

  it('answers an unknown address with status 404 and the site\'s 404 page, and serves data files with their types', async () => {
    const missing = await fetch(`${origin}/tidak-ada/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(await readFile(join(dist, '404.html'), 'utf8'));
    const json = await fetch(`${origin}/data/metadata.json`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
