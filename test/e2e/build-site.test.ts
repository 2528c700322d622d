import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOn } from '../helpers/stage1.ts';

/** Runs `npm run build`'s script for real (Astro included) into `dist`, reading PUBLISHED_DIR; SITE_URL only if given. */
function buildSite(dist: string, publishedDir: string, siteUrl?: string) {
  const { SITE_URL: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, ['scripts/build-site.ts', dist], {
    encoding: 'utf8',
    env: { ...env, PUBLISHED_DIR: publishedDir, ...(siteUrl === undefined ? {} : { SITE_URL: siteUrl }) },
  });
}

/** The demo's latest export published by stage 1 with program.json's "site" taken out: a site with no address. */
async function publishedWithoutAddress(): Promise<string> {
  const input = join(await mkdtemp(join(tmpdir(), 'no-address-')), 'sample');
  await cp('data/sample', input, { recursive: true });
  const program = JSON.parse(await readFile(join(input, 'program.json'), 'utf8'));
  delete program.site;
  await writeFile(join(input, 'program.json'), JSON.stringify(program, null, 2));
  const { result, outDir } = await runOn(input);
  if (!result.ok) throw new Error(result.fatal.join('\n'));
  return outDir;
}

async function siteWithMarker() {
  const work = await mkdtemp(join(tmpdir(), 'build-site-'));
  const dist = join(work, 'dist');
  await mkdir(dist);
  await writeFile(join(dist, 'previous-site.txt'), 'the site that was there before');
  return { work, dist };
}

describe('scripts/build-site.ts', () => {
  it('build-site with a broken published file fails, names the file, and leaves the previous dist/ as it was', async () => {
    const { work, dist } = await siteWithMarker();
    const broken = join(work, 'published');
    await cp('data/published', broken, { recursive: true });
    await writeFile(join(broken, 'enrollment.json'), JSON.stringify({ schemaVersion: 2, asOfDate: '2025-11-30', synthetic: true, regionCode: '21.71', cells: 'oops' }));
    const run = buildSite(dist, broken);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/enrollment\.json is not valid/);
    // No site to copy frozen releases from: the older release is rendered again, and the build says how to avoid that.
    expect(run.stderr).toContain('Note: release(s) 2025-10-31 have no frozen copy');
    expect(run.stderr).toContain('npm run build -- --from <folder>');
    expect(run.stderr).toMatch(/unchanged/);
    expect(await readdir(dist)).toEqual(['previous-site.txt']);
    expect((await readdir(work)).sort()).toEqual(['dist', 'published']); // no staging folder left behind
  });

  it('build-site with a good published folder replaces dist/ with the new site; with no address it warns, and links carry paths, never localhost', async () => {
    const { work, dist } = await siteWithMarker();
    const run = buildSite(dist, await publishedWithoutAddress());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('WARNING: this site is built without its public address');
    const files = await readdir(dist);
    expect(files).toContain('index.html');
    expect(files).not.toContain('previous-site.txt');
    const home = await readFile(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('Data sintetis');
    expect((await readdir(work)).sort()).toEqual(['dist']);
    // Citations, canonical links and the briefing's permanent address: site paths, not a local server's address.
    expect(home).toContain('<link rel="canonical" href="/">');
    expect(home).toMatch(/data per 30 November 2025\. Sumber: [^<]*\. Rilis 30 November 2025\. \/rilis\/2025-11-30\/#peta</);
    expect(await readFile(join(dist, 'ringkasan', 'index.html'), 'utf8')).toMatch(/data-testid="permanent-url"[^>]*>\/rilis\/2025-11-30\/ringkasan\/</);
    for (const file of ['index.html', 'sitemap.xml', 'robots.txt', 'rilis/feed.xml', 'ringkasan/index.html', 'presentasi/index.html'])
      expect(await readFile(join(dist, file), 'utf8'), file).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('build-site with a SITE_URL that is not a site\'s root address fails naming SITE_URL, and leaves dist/ as it was', async () => {
    const { dist } = await siteWithMarker();
    const run = buildSite(dist, 'data/published', 'https://data.batam.go.id/bpjs/');
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('SITE_URL "https://data.batam.go.id/bpjs/" must be the address of the site\'s root');
    expect(await readdir(dist)).toEqual(['previous-site.txt']);
  });
});
