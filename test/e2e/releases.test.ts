// A new release must not change the pages of an older one: a citation of /rilis/<date>/… keeps pointing at the
// same bytes. Stage 1 publishes October, the site is built; stage 1 adds November, the site is built again; every
// file of the October copy is compared byte for byte, and November's "what changed" is checked against the JSON.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadPublished } from '../../src/lib/published.ts';

const OCTOBER = '2025-10-31';
const NOVEMBER = '2025-11-30';
let work: string;
let first: string;
let second: string;

const node = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, args, { stdio: 'pipe', env: { ...process.env, ...env } });
const stage1 = (input: string, out: string) => node(['src/pipeline/cli.ts', '--in', input, '--out', out, '--report', join(work, 'report.csv')]);
const build = (published: string, outDir: string) => node(['scripts/build-site.ts', outDir], { PUBLISHED_DIR: published });

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name))).sort();
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'releases-'));
  const published = join(work, 'published');
  first = join(work, 'dist-october');
  second = join(work, 'dist-november');
  stage1('data/sample-2025-10', published);
  build(published, first);
  stage1('data/sample', published);
  build(published, second);
});

describe('releases on the site', () => {
  it.for(['rilis', 'en/rilis'])('every file of the October copy (%s/2025-10-31/) is byte for byte the same after November is published', async (prefix) => {
    const before = join(first, prefix, OCTOBER);
    const after = join(second, prefix, OCTOBER);
    const files = await filesUnder(before);
    expect(files.length).toBeGreaterThan(200);
    expect(await filesUnder(after)).toEqual(files);
    for (const file of files) expect((await readFile(join(after, file))).equals(await readFile(join(before, file))), file).toBe(true);
  });

  it('the share images the October pages name still exist with the same bytes', async () => {
    const html = await readFile(join(first, 'rilis', OCTOBER, 'index.html'), 'utf8');
    const image = /<meta property="og:image" content="[^"]*?(\/og\/[0-9a-f]+\.png)"/.exec(html)![1]!;
    expect((await readFile(join(second, image))).equals(await readFile(join(first, image)))).toBe(true);
  });

  it('the November home page says what changed since October, city and kecamatan, from the published numbers', async () => {
    const october = loadPublished('data/published/rilis/2025-10-31');
    const november = loadPublished('data/published/rilis/2025-11-30');
    const active = (p: typeof october, code: string) => p.enrollment.cells.find((c) => c.code === code && c.category === 'semua')!.count!;
    const html = await readFile(join(second, 'rilis', NOVEMBER, 'index.html'), 'utf8');
    const section = /<section[^>]*id="berubah"[\s\S]*?<\/section>/.exec(html)?.[0];
    expect(section, 'a "what changed" section').toBeDefined();
    expect(section).toContain('Apa yang berubah sejak 31 Oktober 2025');
    const difference = active(november, '21.71') - active(october, '21.71');
    const signed = `${difference > 0 ? '+' : difference < 0 ? '−' : ''}${new Intl.NumberFormat('id-ID').format(Math.abs(difference))}`;
    expect(section).toContain(`>${signed}<`);
    // The list of releases names both, newest first, with their permanent pages.
    const list = await readFile(join(second, 'rilis', 'index.html'), 'utf8');
    expect(list.indexOf(`/rilis/${NOVEMBER}/`)).toBeLessThan(list.indexOf(`/rilis/${OCTOBER}/`));
    expect(list.indexOf(`/rilis/${OCTOBER}/`)).toBeGreaterThan(0);
    // Each change reads as words: "+1.903 dibanding rilis sebelumnya", never "+1.903dibanding".
    const text = list.replace(/<[^>]+>/g, '');
    expect(text).toMatch(/[+−]?[\d.]+ dibanding rilis sebelumnya \(≈?[+−]?[\d.]+ pendaftaran baru bersih, ≈?[+−]?[\d.]+ menjadi tidak aktif\)/);
    // October, the first release, has nothing to compare with.
    expect(await readFile(join(second, 'rilis', OCTOBER, 'index.html'), 'utf8')).not.toContain('id="berubah"');
  });

  it('the Atom feed lists both releases, newest first, each linking to its permanent page', async () => {
    const feed = await readFile(join(second, 'rilis', 'feed.xml'), 'utf8');
    const ids = [...feed.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<id>([^<]+)<\/id>/g)].map((m) => new URL(m[1]!).pathname);
    expect(ids).toEqual([`/rilis/${NOVEMBER}/`, `/rilis/${OCTOBER}/`]);
  });
});
