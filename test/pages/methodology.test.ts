// The methodology page as the build renders it (Astro's container API) over a published folder whose
// metadata.json names each protection method in turn: an operator who switches method in program.json gets the
// right explanation, with the numbers of the published table of changes, in both languages.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/lib/format.ts';
import type { DisclosureMethod, Perturbation } from '../../src/schemas/disclosure.ts';

const RR3: Perturbation = {
  maxDeviation: 2, variance: 4 / 3, period: 3,
  rows: [
    { original: 0, changes: [{ change: 0, probability: 1 }] },
    { original: 1, changes: [{ change: -1, probability: 2 / 3 }, { change: 2, probability: 1 / 3 }] },
    { original: 2, changes: [{ change: -2, probability: 1 / 3 }, { change: 1, probability: 2 / 3 }] },
  ],
};

const made: string[] = [];

/** A copy of the demo's published folder whose metadata.json says `method` with `perturbation`. */
function publishedWith(method: DisclosureMethod, perturbation: Perturbation | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'metodologi-'));
  made.push(dir);
  cpSync('data/published', dir, { recursive: true });
  const metadata = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8'));
  metadata.disclosure = { ...metadata.disclosure, method, perturbation };
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify(metadata));
  return dir;
}

/** The page's main text, tags dropped and spaces collapsed. */
async function methodology(dir: string, lang: Lang): Promise<string> {
  vi.stubEnv('PUBLISHED_DIR', dir);
  vi.resetModules(); // a fresh site-data cache for this folder
  const { default: Page } = await import('../../src/pages/[...base]/metodologi.astro');
  const container = await AstroContainer.create();
  const html = await container.renderToString(Page, { props: { ctx: { lang, release: null } }, params: { base: lang === 'en' ? 'en' : undefined } });
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
}

afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the methodology page for each protection method', () => {
  it('cell-key (the demo): what ≈ means, why, same people same change, exact city totals, the files\' markers, the table of changes, in Indonesian', async () => {
    const text = await methodology('data/published', 'id');
    expect(text).toContain('Rilis ini memakai metode kunci sel (cell key method)');
    expect(text).toContain('≈47 berarti jumlah sebenarnya antara 45 dan 49 orang');
    for (const part of ['Orang yang sama, perubahan yang sama.', 'Total kota tepat.', 'Bagian dan total.', 'bernilai perkiraan', 'kolom terakhir perkiraan', 'daftar approximate']) expect(text).toContain(part);
    // The published table: 3 or more, with its probabilities, and the stated largest change and variance.
    expect(text).toMatch(/3 atau lebih 10% 20% 40% 20% 10%/);
    expect(text).toContain('Perubahan paling besar: 2 orang. Varians perubahan untuk angka 3 ke atas: 1,2');
    expect(text).toContain('angka di atas nol tidak pernah ditulis 0');
  });

  it('cell-key in English says the same things', async () => {
    const text = await methodology('data/published', 'en');
    expect(text).toContain('This release uses the cell key method');
    expect(text).toContain('≈47 means the true number is between 45 and 49');
    for (const part of ['Same people, same change.', 'City totals are exact.', 'Parts and totals.', 'says perkiraan (approximate)', 'a last column perkiraan', 'a list approximate']) expect(text).toContain(part);
    expect(text).toMatch(/3 or more 10% 20% 40% 20% 10%/);
    expect(text).toContain('Largest change: 2 people. Variance of the change for numbers of 3 and more: 1.2');
  });

  it('random-rounding: rounding to multiples of 3, its own table, and that ≈0 can stand for a small count', async () => {
    const text = await methodology(publishedWith('random-rounding', RR3), 'en');
    expect(text).toContain('This release uses random rounding to base 3');
    expect(text).toContain('≈48 means the true number is between 46 and 50');
    expect(text).toMatch(/1, 4, 7, … – 66\.7% – – 33\.3%/);
    expect(text).toContain('≈0 can stand for 1 to 2 people');
    expect(text).not.toContain('for numbers of 0 and more');
  });

  it.for(['suppression', 'fitted-suppression', 'optimal-suppression'] as const)('%s: no ≈ section, the hiding rules, and true numbers shown', async (method) => {
    const text = await methodology(publishedWith(method, null), 'id');
    expect(text).not.toContain('Angka perkiraan (≈)');
    expect(text).not.toContain('Tabel perubahan');
    expect(text).toContain('Angka yang tampil adalah angka sebenarnya');
    expect(text).toContain('Jumlah dari 1 sampai 4 tidak ditampilkan');
  });
});
