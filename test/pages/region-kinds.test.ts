// The pages as the build renders them (Astro's container API) over the demo's published folder rewritten as a
// kabupaten whose first kecamatan holds only desa and whose second mixes desa and kelurahan, with no program text of
// its own: every page names each area by its kind, the government and budget as the kabupaten's, and writes the
// program's lead and funding from metadata.json. (Building whole other regions is the end-to-end test's job.)
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/lib/format.ts';
import type { Metadata } from '../../src/schemas/published.ts';

let dir: string;
let metadata: Metadata;
let desaKecamatan: Metadata['areas'][number];
let mixedKecamatan: Metadata['areas'][number];
let desa: Metadata['areas'][number];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kabupaten-'));
  cpSync('data/published', dir, { recursive: true });
  metadata = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8'));
  const kecamatan = metadata.areas.filter((a) => a.level === 'kecamatan');
  desaKecamatan = kecamatan[0]!;
  mixedKecamatan = kecamatan[1]!;
  const firstOfMixed = metadata.areas.find((a) => a.parent === mixedKecamatan.code)!;
  metadata.region = { code: metadata.region.code, name: 'Kabupaten Contoh', kind: 'kabupaten' };
  metadata.areas = metadata.areas.map((a) => {
    if (a.level === 'kota') return { ...a, name: 'Kabupaten Contoh', kind: 'kabupaten' };
    if (a.parent === desaKecamatan.code || a.code === firstOfMixed.code) return { ...a, kind: 'desa' };
    return a;
  });
  desa = metadata.areas.find((a) => a.parent === desaKecamatan.code)!;
  delete metadata.text;
  metadata.source = { id: 'Data sintetis', en: 'Synthetic data' };
  metadata.batches = metadata.batches.map(({ description: _, ...b }) => b);
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify(metadata));
  vi.stubEnv('PUBLISHED_DIR', dir);
  vi.resetModules(); // a fresh site-data cache for this folder
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

/** The rendered page's main text (tags dropped, spaces collapsed) and its h1. */
async function render(file: string, props: Record<string, unknown>, lang: Lang) {
  const { default: Page } = await import(/* @vite-ignore */ file);
  const container = await AstroContainer.create();
  const html: string = await container.renderToString(Page, { props: { ctx: { lang, release: null }, ...props }, params: { base: lang === 'en' ? 'en' : undefined } });
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const text = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();
  return { text: text(main), h1: text(/<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? ''), title: /<title>(.*?)<\/title>/s.exec(html)?.[1] ?? '' };
}

const AREA_PAGE = '../../src/components/AreaPage.astro';
const CITY_WORDS = /pemerintah kota|anggaran kota|the city\b|city budget|Kelurahan Contoh/i;

describe('the pages of a kabupaten with desa', () => {
  it.for(['id', 'en'] as const)('[%s] a desa\'s page calls it Desa in its h1, title, trail and map, among its kecamatan\'s desa', async (lang) => {
    const { h1, text, title } = await render(AREA_PAGE, { code: desa.code }, lang);
    expect(h1).toBe(`Desa ${desa.name}`);
    expect(title).toContain(`Desa ${desa.name}`);
    expect(text).toContain(`Kecamatan ${desaKecamatan.name} , Kabupaten Contoh`);
    expect(text).toContain(lang === 'id' ? `desa di Kecamatan ${desaKecamatan.name}` : `desa in Kecamatan ${desaKecamatan.name}`);
    expect(text).toContain(lang === 'id' ? `Desa di Kecamatan ${desaKecamatan.name}` : `Desa in Kecamatan ${desaKecamatan.name}`);
    expect(text).not.toContain(`Kelurahan ${desa.name}`);
    expect(text).not.toMatch(CITY_WORDS);
  });

  it.for(['id', 'en'] as const)('[%s] a kecamatan that mixes kinds names its villages "kelurahan/desa" and "Kelurahan dan desa"', async (lang) => {
    const kecamatan = await render(AREA_PAGE, { code: mixedKecamatan.code }, lang);
    expect(kecamatan.h1).toBe(`Kecamatan ${mixedKecamatan.name}`);
    expect(kecamatan.text).toContain(lang === 'id' ? 'Peserta per kelurahan/desa' : 'Members by kelurahan/desa');
    const village = metadata.areas.find((a) => a.parent === mixedKecamatan.code && a.kind === 'kelurahan')!;
    const page = await render(AREA_PAGE, { code: village.code }, lang);
    expect(page.h1).toBe(`Kelurahan ${village.name}`);
    expect(page.text).toContain(lang === 'id' ? `Kelurahan dan desa di Kecamatan ${mixedKecamatan.name}` : `Kelurahan and desa in Kecamatan ${mixedKecamatan.name}`);
  });

  it.for(['id', 'en'] as const)('[%s] the home page writes the lead and the funding from metadata.json, with the kabupaten\'s words', async (lang) => {
    const { text } = await render('../../src/pages/[...base]/index.astro', {}, lang);
    const groups = metadata.groups.map((g) => g.label[lang]);
    if (lang === 'id') {
      expect(text).toContain('Pemerintah Kabupaten Contoh membayar iuran jaminan kecelakaan kerja (JKK) dan jaminan kematian (JKM) bagi ketua RT, RW dan LPM;');
      expect(text).toContain('Iurannya Rp16.800 per orang per bulan.');
      expect(text).toContain('Kepesertaan dibayar dari dua tahap anggaran kabupaten: APBD 2025 (ojol, becak, pancung, nelayan, petani) mulai Juni 2025 dan APBD Perubahan 2025 (diluncurkan 26 September 2025) mulai September 2025.');
      expect(text).toContain('perkiraan iuran setahun dari anggaran kabupaten');
      expect(text).toContain('Cari kelurahan/desa atau kecamatan Anda');
    } else {
      expect(text).toContain('The government of Kabupaten Contoh pays the work-accident (JKK) and death-benefit (JKM) premiums of RT, RW and LPM heads;');
      expect(text).toContain('Cover is paid from two regency budget batches:');
      expect(text).toContain('estimated yearly premium from the regency budget');
    }
    for (const label of groups.slice(1)) expect(text.toLowerCase()).toContain(label.toLowerCase());
    expect(text).not.toMatch(CITY_WORDS);
  });

  it.for(['id', 'en'] as const)('[%s] a category page, the methodology and the briefing sheet speak of the kabupaten', async (lang) => {
    const category = metadata.categories.find((c) => c.finestGeography === 'kelurahan')!;
    const page = await render('../../src/pages/[...base]/kategori/[category].astro', { id: category.id }, lang);
    expect(page.text).toContain(lang === 'id' ? 'Per kelurahan/desa' : 'By kelurahan/desa');
    expect(page.text).not.toMatch(CITY_WORDS);
    const method = await render('../../src/pages/[...base]/metodologi.astro', {}, lang);
    expect(method.text).toContain(lang === 'id' ? 'Total kabupaten tepat.' : 'Regency totals are exact.');
    expect(method.text).toContain(lang === 'id' ? 'Kecamatan, kelurahan dan desa' : 'Kecamatan, kelurahan and desa');
    expect(method.text).toContain(lang === 'id' ? 'Kepesertaan dibayar dari dua tahap anggaran kabupaten' : 'Cover is paid from two regency budget batches');
    expect(method.text).not.toMatch(CITY_WORDS);
    const sheet = await render('../../src/components/briefing/BriefingSheet.astro', { code: metadata.region.code }, lang);
    expect(sheet.text).toContain(lang === 'id' ? 'anggaran kabupaten' : 'the regency budget');
    expect(sheet.text).not.toMatch(CITY_WORDS);
  });
});
