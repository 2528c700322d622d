// Frozen releases (scripts/lib/frozen-site.ts): a release's pages are rendered once and copied byte for byte by every
// later build, whatever the code has become, until an operator re-freezes the release on purpose. Real builds: stage 1
// publishes October and the site is built by this checkout; stage 1 adds November and the site is built again by a
// copy of the code whose footer says something new; then October is re-frozen; then the site is rebuilt on a "fresh
// machine" from a copy of the published site (--from).
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { FrozenRelease } from '../../src/schemas/frozen-release.ts';
import { builtPages } from './pages/built-html.ts';
import { checkLinks } from './pages/site-links.ts';
import { SitePage } from './pages/site-page.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { chartJsChunks } from '../../scripts/budgets/chart-chunks.ts';
import { measureHomePage } from '../../scripts/budgets/home-page.ts';
import { homeProblems } from '../../scripts/budgets/report.ts';

const OCTOBER = '2025-10-31';
const NOVEMBER = '2025-11-30';
/** What the changed code writes in every page's footer. */
const MARKER = 'Versi kode yang diubah untuk uji';
const REPO = resolve('.');

let work: string;
let published: string;
let site: string;
/** Every file of the site after each step, with its bytes' SHA-256 and inode. */
type Snapshot = Map<string, { hash: string; ino: number }>;
const snapshots: Record<'october' | 'november' | 'refrozen', Snapshot> = { october: new Map(), november: new Map(), refrozen: new Map() };
const logs: Record<string, string> = {};
const records: Record<string, FrozenRelease> = {};
/** The site after November was added by the changed code: October frozen by this checkout, the rest by the copy. */
let mixedLinks: Awaited<ReturnType<typeof checkLinks>>;
let mixedSitemap: { listed: string[]; pages: string[] };
let mixedSite: string;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function snapshot(root: string): Promise<Snapshot> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const out: Snapshot = new Map();
  for (const file of files.sort()) out.set(relative(root, file), { hash: sha256(await readFile(file)), ino: (await stat(file)).ino });
  return out;
}

/** `npm run build`'s script run from the checkout `code` (this repository or the changed copy). */
function build(code: string, outDir: string, extra: string[] = []) {
  const { SITE_URL: _u, SITE: _s, ...env } = process.env;
  return spawnSync(process.execPath, ['scripts/build-site.ts', outDir, ...extra], { cwd: code, encoding: 'utf8', env: { ...env, PUBLISHED_DIR: published } });
}
function mustBuild(code: string, outDir: string, extra: string[] = []): string {
  const run = build(code, outDir, extra);
  if (run.status !== 0) throw new Error(`build failed:\n${run.stderr.slice(-3000)}`);
  return run.stderr;
}
const stage1 = (input: string) => execFileSync(process.execPath, ['src/pipeline/cli.ts', '--in', input, '--out', published, '--report', join(work, 'report.csv')], { stdio: 'pipe' });

/** A copy of the site's code (not a git checkout) whose page footer carries MARKER: "a later code change"… */
async function changedCode(): Promise<string> {
  const code = join(work, 'changed-code');
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    await cp(join(REPO, entry), join(code, entry), { recursive: true });
  await symlink(join(REPO, 'node_modules'), join(code, 'node_modules'));
  const layout = join(code, 'src/layouts/Base.astro');
  const source = await readFile(layout, 'utf8');
  const changed = source.replace('<slot name="footer" />', `<p>${MARKER}</p>\n        <slot name="footer" />`);
  if (changed === source) throw new Error('the footer slot moved: update changedCode()');
  await writeFile(layout, changed);
  // …and whose share images are drawn in another colour, so the latest pages' images change under the same figures.
  const og = join(code, 'src/pictures/og-image.ts');
  const drawing = await readFile(og, 'utf8');
  if (!drawing.includes("accent: '#0b5e55'")) throw new Error('the share image colours moved: update changedCode()');
  await writeFile(og, drawing.replace("accent: '#0b5e55'", "accent: '#7a1f5c'"));
  return code;
}

const record = async (root: string, release: string) => FrozenRelease.parse(JSON.parse(await readFile(join(root, 'rilis', release, 'arsip.json'), 'utf8')));
const releaseFiles = (snap: Snapshot, release: string) => [...snap.keys()].filter((p) => p.startsWith(`rilis/${release}/`) || p.startsWith(`en/rilis/${release}/`));
const page = (root: string, path: string) => readFile(join(root, path, 'index.html'), 'utf8');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'frozen-'));
  published = join(work, 'published');
  site = join(work, 'site');
  stage1('data/sample-2025-10');
  logs.october = mustBuild(REPO, site);
  snapshots.october = await snapshot(site);
  records.october = await record(site, OCTOBER);
  stage1('data/sample');
  code = await changedCode();
  logs.november = mustBuild(code, site);
  snapshots.november = await snapshot(site);
  records.november = await record(site, NOVEMBER);
  const pages = await builtPages(site);
  const home = pages.find((p) => p.path === '/')!.html;
  mixedLinks = await checkLinks(site, pages, new URL(/<link rel="canonical" href="([^"]*)"/.exec(home)![1]!).origin);
  const sitemap = await readFile(join(site, 'sitemap.xml'), 'utf8');
  mixedSitemap = {
    listed: [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort(),
    pages: pages.map((p) => p.path).filter((p) => p !== '/404.html' && !p.includes('/embed/')).sort(),
  };
  // Kept as it is (hard links, no bytes copied) for the browser test before October is re-frozen.
  mixedSite = join(work, 'mixed-site');
  execFileSync('cp', ['-al', site, mixedSite]);
  logs.refrozen = mustBuild(code, site, ['--refreeze', OCTOBER]);
  snapshots.refrozen = await snapshot(site);
  records.refrozen = await record(site, OCTOBER);
});

let code: string;

describe('frozen releases', () => {
  it('the first build renders and freezes its release: arsip.json lists every file of both languages, its share images and /_astro/ files with their SHA-256, and the site version that built it', async () => {
    expect(logs.october).toContain(`Froze release(s) ${OCTOBER}`);
    const { files, builtBy } = records.october!;
    const pkg = JSON.parse(await readFile('package.json', 'utf8'));
    expect(builtBy).toMatchObject({ name: pkg.name, version: pkg.version, commit: execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim() });
    const paths = Object.keys(files);
    for (const needed of [`rilis/${OCTOBER}/index.html`, `en/rilis/${OCTOBER}/index.html`, `rilis/${OCTOBER}/data/enrollment.json`])
      expect(paths).toContain(needed);
    expect(paths.some((p) => /^og\/[0-9a-f]+\.png$/.test(p))).toBe(true);
    expect(paths.some((p) => /^_astro\/.+\.css$/.test(p))).toBe(true);
    // Every file of the release's copies is in the record, with the bytes' own SHA-256.
    expect(paths.filter((p) => p.includes('/rilis/') || p.startsWith('rilis/')).sort()).toEqual(releaseFiles(snapshots.october, OCTOBER).filter((p) => !p.endsWith('arsip.json')).sort());
    for (const [path, hash] of Object.entries(files)) expect(snapshots.october.get(path)?.hash, path).toBe(hash);
  });

  it('a build by changed code renders only the latest pages and the new release, and copies the frozen one byte for byte (the same files on disk, not rendered again)', async () => {
    expect(logs.november).toContain(`Rendering the latest pages and release(s) ${NOVEMBER}; copying 1 frozen release(s)`);
    const october = releaseFiles(snapshots.october, OCTOBER);
    expect(october.length).toBeGreaterThan(400);
    expect(releaseFiles(snapshots.november, OCTOBER)).toEqual(october);
    for (const path of october) expect(snapshots.november.get(path)?.ino, `${path} is the frozen file itself`).toBe(snapshots.october.get(path)!.ino);
    // The share images and /_astro/ files it names too (an /_astro/ file the new build also made has the same bytes).
    for (const path of [...october, ...Object.keys(records.october!.files)])
      expect(snapshots.november.get(path)?.hash, path).toBe(snapshots.october.get(path)!.hash);
    expect(await page(mixedSite, '')).toContain(MARKER);
    expect(await page(mixedSite, `rilis/${NOVEMBER}`)).toContain(MARKER);
    expect(await page(mixedSite, `rilis/${OCTOBER}`)).not.toContain(MARKER);
    // The share images are drawn anew under new names; October's pages keep theirs, byte for byte.
    const ogOf = async (path: string) => /<meta property="og:image" content="[^"]*?\/(og\/[0-9a-f]+\.png)"/.exec(await page(mixedSite, path))![1]!;
    const octoberImage = await ogOf(`rilis/${OCTOBER}`);
    expect(snapshots.november.get(octoberImage)?.hash).toBe(snapshots.october.get(octoberImage)!.hash);
    expect(snapshots.october.has(await ogOf(''))).toBe(false);
    expect(records.november!.builtBy.commit).toBeNull(); // the changed copy is not a git checkout
  });

  it('the site of old frozen and new pages passes the link check, and its sitemap lists exactly its pages', () => {
    expect(mixedLinks.broken).toEqual([]);
    expect(mixedLinks.checked).toBeGreaterThan(10_000);
    expect(mixedSitemap.listed).toEqual(mixedSitemap.pages);
    expect(mixedSitemap.listed).toContain(`/rilis/${OCTOBER}/`);
  });

  it('in Chromium, old frozen and new pages of that site load every file they name, with and without JavaScript, axe finds no WCAG 2.2 A/AA violation, and both home pages keep the page-weight budget', async () => {
    const server = await serveStatic(mixedSite);
    const browser = await launchChromium();
    try {
      const paths = [`/rilis/${OCTOBER}/`, `/en/rilis/${OCTOBER}/kecamatan/nongsa/`, `/rilis/${OCTOBER}/ringkasan/`, `/rilis/${NOVEMBER}/`, '/', '/rilis/'];
      const tab = await SitePage.open(browser, server.url, { axe: true, reducedMotion: 'reduce' });
      const problems: string[] = [];
      for (const path of paths) {
        const visit = await tab.visit(path);
        problems.push(...visit.errors.map((e) => `${path} ${e}`), ...visit.outside.map((u) => `${path} outside request ${u}`));
        problems.push(...(await tab.axeViolations()).map((v) => `${path} ${v}`));
        // Its own stylesheets applied: the header is laid out by the site's CSS, not the browser's defaults.
        const styled = await tab.page.evaluate(() => [...document.styleSheets].length > 0 && getComputedStyle(document.body).margin === '0px');
        if (!styled) problems.push(`${path}: the site's stylesheet is not applied`);
      }
      await tab.close();
      const noJs = await SitePage.open(browser, server.url, { javaScriptEnabled: false });
      for (const path of [`/rilis/${OCTOBER}/`, `/rilis/${NOVEMBER}/`]) {
        const visit = await noJs.visit(path);
        problems.push(...visit.errors.map((e) => `${path} without JavaScript: ${e}`));
        if (!(await noJs.page.locator('main table').first().isVisible())) problems.push(`${path} without JavaScript: no table shown`);
      }
      await noJs.close();
      // The page-weight budget (npm run budgets) on the frozen and the new release's home page alike.
      const chunks = await chartJsChunks(mixedSite);
      for (const path of [`/rilis/${OCTOBER}/`, `/rilis/${NOVEMBER}/`])
        problems.push(...homeProblems(await measureHomePage(browser, `${server.url}${path}`, chunks)).map((p) => `${path} budget: ${p}`));
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('--refreeze renders a frozen release again with today\'s code and records the new version; other releases stay as they were', async () => {
    expect(logs.refrozen).toContain(`Rendering the latest pages and release(s) ${OCTOBER}; copying 1 frozen release(s)`);
    expect(snapshots.refrozen.get(`rilis/${OCTOBER}/index.html`)!.hash).not.toBe(snapshots.october.get(`rilis/${OCTOBER}/index.html`)!.hash);
    expect(await page(site, `rilis/${OCTOBER}`)).toContain(MARKER);
    expect(records.refrozen!.builtBy.commit).toBeNull();
    expect(records.october!.builtBy.commit).not.toBeNull();
    for (const path of releaseFiles(snapshots.november, NOVEMBER)) {
      expect(snapshots.refrozen.get(path)?.hash, path).toBe(snapshots.november.get(path)!.hash);
      expect(snapshots.refrozen.get(path)?.ino, path).toBe(snapshots.november.get(path)!.ino);
    }
  });

  it('identical files are stored once: every set of files with the same bytes is one file on disk (hard links), e.g. /data/ and the latest release\'s /rilis/<date>/data/', () => {
    const byHash = new Map<string, Set<number>>();
    for (const { hash, ino } of snapshots.refrozen.values()) byHash.set(hash, (byHash.get(hash) ?? new Set()).add(ino));
    expect([...byHash].filter(([, inodes]) => inodes.size > 1).map(([hash]) => hash)).toEqual([]);
    expect(snapshots.refrozen.get('data/enrollment.json')!.ino).toBe(snapshots.refrozen.get(`rilis/${NOVEMBER}/data/enrollment.json`)!.ino);
    const inodes = new Set([...snapshots.refrozen.values()].map((f) => f.ino));
    expect(inodes.size).toBeLessThan(snapshots.refrozen.size);
  });

  it('a frozen file changed by hand stops the build, which names the file and both ways out, and leaves the site as it was', async () => {
    const tampered = join(work, 'tampered');
    await cp(site, tampered, { recursive: true });
    const file = join(tampered, 'rilis', NOVEMBER, 'index.html');
    await writeFile(file, (await readFile(file, 'utf8')).replace('</body>', '<p>edited</p></body>'));
    const run = build(code, tampered);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`rilis/${NOVEMBER}/index.html (changed)`);
    expect(run.stderr).toContain('--from');
    expect(run.stderr).toContain(`npm run build -- --refreeze ${NOVEMBER}`);
    expect(run.stderr).toContain('unchanged');
    expect(await readFile(file, 'utf8')).toContain('<p>edited</p>');
    expect((await readdir(work)).filter((name) => name.includes('staging'))).toEqual([]);
  });

  it('--refreeze of a release the published folder does not keep is refused before anything is built', () => {
    const run = build(code, join(work, 'never'), ['--refreeze', '2024-01-31']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--refreeze 2024-01-31: no such release');
  });

  it('on a fresh machine, a build --from a copy of the published site gives the same site, every file byte for byte', async () => {
    const copy = join(work, 'published-site-copy');
    await cp(site, copy, { recursive: true });
    const fresh = join(work, 'fresh');
    const log = mustBuild(code, fresh, ['--from', copy]);
    expect(log).toContain('copying 2 frozen release(s)');
    const rebuilt = await snapshot(fresh);
    expect([...rebuilt.keys()]).toEqual([...snapshots.refrozen.keys()]);
    const differ = [...rebuilt].filter(([path, { hash }]) => snapshots.refrozen.get(path)!.hash !== hash).map(([path]) => path);
    expect(differ).toEqual([]);
  });
});
