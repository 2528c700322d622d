import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `npm run build`'s script for real (Astro included) into `dist`, reading PUBLISHED_DIR. */
function buildSite(dist: string, publishedDir: string) {
  return spawnSync(process.execPath, ['scripts/build-site.ts', dist], {
    encoding: 'utf8',
    env: { ...process.env, PUBLISHED_DIR: publishedDir },
  });
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
    await writeFile(join(broken, 'enrollment.json'), JSON.stringify({ schemaVersion: 1, asOfDate: '2025-11-30', synthetic: true, regionCode: '21.71', cells: 'oops' }));
    const run = buildSite(dist, broken);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/enrollment\.json is not valid/);
    expect(run.stderr).toMatch(/unchanged/);
    expect(await readdir(dist)).toEqual(['previous-site.txt']);
    expect((await readdir(work)).sort()).toEqual(['dist', 'published']); // no staging folder left behind
  });

  it('build-site with a good published folder replaces dist/ with the new site', async () => {
    const { work, dist } = await siteWithMarker();
    const run = buildSite(dist, 'data/published');
    expect(run.status, run.stderr).toBe(0);
    const files = await readdir(dist);
    expect(files).toContain('index.html');
    expect(files).not.toContain('previous-site.txt');
    expect(await readFile(join(dist, 'index.html'), 'utf8')).toContain('Data sintetis');
    expect((await readdir(work)).sort()).toEqual(['dist']);
  });
});
