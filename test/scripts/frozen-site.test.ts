import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { changedFrozenFiles, copyFrozenRelease, droppedReleases, freezeRelease, HashCache, planFreeze, releaseFolders, storeIdenticalOnce } from '../../scripts/lib/frozen-site.ts';
import { sha256 } from '../../src/shared/sha256.ts';
import { readFrozenRecord } from '../../src/lib/frozen-releases.ts';
import type { SiteVersion } from '../../src/schemas/frozen-release.ts';

const VERSION: SiteVersion = { name: 'site', version: '1.0.0', commit: 'a'.repeat(40), changed: false };
const DATA = 'b'.repeat(64);

/** A small built site: files given by site path and text. */
async function siteWith(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'frozen-site-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const OCTOBER_SITE = {
  'index.html': '<p>latest</p>',
  'rilis/2025-10-31/index.html': '<meta property="og:image" content="https://x.example/og/0123abcd.png"><link href="/_astro/site.A1.css">',
  'rilis/2025-10-31/data/enrollment.json': '{"n":1}',
  'en/rilis/2025-10-31/index.html': '<p>English</p>',
  'og/0123abcd.png': 'png of october',
  'og/ffff0000.png': 'png of the latest page',
  '_astro/site.A1.css': 'p{}',
};

describe('freezeRelease', () => {
  it('freezeRelease(site, release) records both languages\' copies, the share images their pages name and every /_astro/ file, with their SHA-256', async () => {
    const site = await siteWith(OCTOBER_SITE);
    const record = await freezeRelease(site, '2025-10-31', VERSION, DATA);
    expect(Object.keys(record.files)).toEqual([
      '_astro/site.A1.css', 'en/rilis/2025-10-31/index.html', 'og/0123abcd.png', 'rilis/2025-10-31/data/enrollment.json', 'rilis/2025-10-31/index.html',
    ]);
    expect(record.files['og/0123abcd.png']).toBe(sha256('png of october'));
    expect(readFrozenRecord(site, '2025-10-31')).toEqual(record);
  });
});

describe('planFreeze', () => {
  it('planFreeze(site, releases, refreeze) copies recorded releases, renders the rest and the ones named for re-freezing', async () => {
    const site = await siteWith(OCTOBER_SITE);
    await freezeRelease(site, '2025-10-31', VERSION, DATA);
    const plan = planFreeze(site, ['2025-10-31', '2025-11-30'], []);
    expect(plan.frozen.map((r) => r.release)).toEqual(['2025-10-31']);
    expect(plan.render).toEqual(['2025-11-30']);
    expect(planFreeze(site, ['2025-10-31', '2025-11-30'], ['2025-10-31']).render).toEqual(['2025-10-31', '2025-11-30']);
    expect(planFreeze(site, ['2025-10-31'], 'all').frozen).toEqual([]);
    expect(planFreeze(join(site, 'no-such-folder'), ['2025-10-31'], []).render).toEqual(['2025-10-31']);
  });

  it('droppedReleases(site, releases) names the frozen releases the published folder no longer keeps', async () => {
    const site = await siteWith({ ...OCTOBER_SITE, 'rilis/index.html': '<p>list</p>' });
    await freezeRelease(site, '2025-10-31', VERSION, DATA);
    expect(droppedReleases(site, ['2025-10-31', '2025-11-30'])).toEqual([]);
    expect(droppedReleases(site, ['2025-11-30'])).toEqual(['2025-10-31']);
    expect(droppedReleases(join(site, 'none'), [])).toEqual([]);
  });

  it('planFreeze refuses to re-freeze a release that is not kept, and a record that is not valid', async () => {
    const site = await siteWith({ ...OCTOBER_SITE, 'rilis/2025-11-30/arsip.json': '{"release":"2025-11-30"' });
    expect(() => planFreeze(site, ['2025-10-31'], ['2024-01-31'])).toThrow('--refreeze 2024-01-31: no such release in the published folder (kept releases: 2025-10-31)');
    expect(() => planFreeze(site, ['2025-11-30'], [])).toThrow(/arsip\.json is not valid JSON\. .*npm run build -- --refreeze 2025-11-30/);
    await writeFile(join(site, 'rilis/2025-11-30/arsip.json'), JSON.stringify({ release: '2025-10-31', builtBy: VERSION, data: DATA, files: {} }));
    expect(() => planFreeze(site, ['2025-11-30'], [])).toThrow(/is not a frozen release's record \(it names release 2025-10-31\)/);
  });
});

describe('changedFrozenFiles and copyFrozenRelease', () => {
  it('changedFrozenFiles(site, record) names every frozen file that is missing or whose bytes changed', async () => {
    const site = await siteWith(OCTOBER_SITE);
    const record = await freezeRelease(site, '2025-10-31', VERSION, DATA);
    expect(changedFrozenFiles(site, record)).toEqual([]);
    await writeFile(join(site, 'rilis/2025-10-31/data/enrollment.json'), '{"n":2}');
    await writeFile(join(site, 'og/0123abcd.png'), '');
    await rm(join(site, 'en/rilis/2025-10-31/index.html'));
    expect(changedFrozenFiles(site, record)).toEqual(['en/rilis/2025-10-31/index.html (missing)', 'og/0123abcd.png (changed)', 'rilis/2025-10-31/data/enrollment.json (changed)']);
  });

  it('copyFrozenRelease(from, site, record) links the frozen files and record into the new site, keeps a same-named file with the same bytes and refuses other bytes', async () => {
    const old = await siteWith(OCTOBER_SITE);
    const record = await freezeRelease(old, '2025-10-31', VERSION, DATA);
    const fresh = await siteWith({ 'index.html': '<p>new</p>', '_astro/site.A1.css': 'p{}' });
    copyFrozenRelease(old, fresh, record);
    for (const path of [...Object.keys(record.files).filter((p) => !p.startsWith('_astro/')), 'rilis/2025-10-31/arsip.json'])
      expect((await stat(join(fresh, path))).ino, path).toBe((await stat(join(old, path))).ino);
    const clash = await siteWith({ '_astro/site.A1.css': 'p{color:red}' });
    expect(() => copyFrozenRelease(old, clash, record)).toThrow('_astro/site.A1.css: the frozen release 2025-10-31 holds other bytes under this name');
  });

  it('releaseFolders(record) names the folders only the release has, in each language; copyFrozenRelease leaves carried ones to the swap', async () => {
    const old = await siteWith({ ...OCTOBER_SITE, 'rilis/2025-10-31x/index.html': 'not October', 'en/rilis/2025-10-310/index.html': 'nor this' });
    const record = await freezeRelease(old, '2025-10-31', VERSION, DATA);
    expect(releaseFolders(record)).toEqual(['en/rilis/2025-10-31', 'rilis/2025-10-31']);
    const fresh = await siteWith({ 'index.html': '<p>new</p>' });
    copyFrozenRelease(old, fresh, record, new Set(), releaseFolders(record));
    const placed = await Promise.all(Object.keys(record.files).map((path) => stat(join(fresh, path)).then(() => path, () => null)));
    expect(placed.filter((p) => p !== null).sort()).toEqual(['_astro/site.A1.css', 'og/0123abcd.png']);
    await expect(stat(join(fresh, 'rilis/2025-10-31/arsip.json'))).rejects.toThrow(/ENOENT/);
  });
});

describe('storeIdenticalOnce', () => {
  it('storeIdenticalOnce(site, frozen) makes rendered files with the same bytes one file: a frozen file\'s when it has them, else the first', async () => {
    const old = await siteWith({ 'rilis/2025-10-31/data/a.json': 'same' });
    const frozenFile = join(old, 'rilis/2025-10-31/data/a.json');
    const site = await siteWith({ 'data/a.json': 'same', 'z.json': 'same', 'b.json': 'twin', 'c.json': 'twin', 'other.json': 'different' });
    const shared = await storeIdenticalOnce(site, new Map([[sha256('same'), frozenFile]]));
    expect(shared).toEqual({ linked: 3, bytes: 12 });
    const frozenIno = (await stat(frozenFile)).ino;
    for (const path of ['data/a.json', 'z.json']) {
      expect((await stat(join(site, path))).ino, path).toBe(frozenIno);
      expect(await readFile(join(site, path), 'utf8')).toBe('same');
    }
    expect((await stat(join(site, 'c.json'))).ino).toBe((await stat(join(site, 'b.json'))).ino);
    expect((await stat(join(site, 'other.json'))).ino).not.toBe((await stat(join(site, 'b.json'))).ino);
    expect(await storeIdenticalOnce(site)).toEqual({ linked: 0, bytes: 0 });
  });
});

describe('HashCache', () => {
  it('HashCache.hash(file) reads a file again only when its inode, size or modification time changed since the last read', async () => {
    const site = await siteWith({ 'a.html': 'first' });
    const file = join(site, 'a.html');
    const cacheFile = join(site, 'cache', 'checked.json');
    const cache = HashCache.load(cacheFile);
    expect(cache.hash(file)).toBe(sha256('first'));
    expect(cache.hash(join(site, 'missing.html'))).toBeNull();
    cache.save();
    // A planted entry for the file as it is now stands in for its bytes: proof that an unchanged file is not read.
    const info = await stat(file);
    await writeFile(cacheFile, JSON.stringify({ '1:2': `5:0:${'d'.repeat(64)}`, [`${info.dev}:${info.ino}`]: `${info.size}:${info.mtimeMs}:${'c'.repeat(64)}` }));
    const planted = HashCache.load(cacheFile);
    expect(planted.hash(file)).toBe('c'.repeat(64));
    // Saved: only what this build looked up, so entries of files long gone do not pile up.
    planted.save();
    expect(Object.keys(JSON.parse(await readFile(cacheFile, 'utf8')))).toEqual([`${info.dev}:${info.ino}`]);
    // The same size written again, with a new time: read again.
    await writeFile(file, 'other');
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    expect(HashCache.load(cacheFile).hash(file)).toBe(sha256('other'));
  });
});
