// DataTable as the build renders it (Astro's container API): ≈ in the cells of approximate values, and under the
// table only the notes it needs — what ≈ means when a value is approximate, and that the parts miss the total only
// when they do.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import DataTable from '../../src/components/DataTable.astro';
import type { Lang } from '../../src/lib/format.ts';
import { loadPublished } from '../../src/lib/published.ts';
import { countCell, type TableSpec } from '../../src/lib/table-spec.ts';

const { maxDeviation } = loadPublished('data/published').metadata.disclosure.perturbation!;

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** JKK, JKM and their total, as claimsTable gives them. */
const claims = (jkk: number, jkm: number, total: number, approximate: boolean): TableSpec => ({
  columns: [{ label: 'Program' }, { label: 'Klaim', numeric: true }],
  rows: [
    { header: 'JKK', cells: [countCell(jkk, approximate)] },
    { header: 'JKM', cells: [countCell(jkm, approximate)] },
    { header: 'Jumlah', cells: [countCell(total, approximate)] },
  ],
  sums: [{ total: 2, parts: [0, 1], columns: [0] }],
});

async function render(table: TableSpec, lang: Lang) {
  const html = await container.renderToString(DataTable, { props: { ctx: { lang, release: null }, caption: 'Klaim', ...table } });
  const cells = [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
  const notes = [...html.matchAll(/<p class="note"[^>]*data-note="([^"]+)"[^>]*>(.*?)<\/p>/g)].map((m) => ({ kind: m[1], text: m[2]!.replace(/<[^>]+>/g, '') }));
  return { html, cells, notes };
}

describe('DataTable', () => {
  it.for(['id', 'en'] as const)('[%s] DataTable writes approximate values ≈ with the footnote under the table, linking to the methodology', async (lang) => {
    const { cells, notes, html } = await render(claims(1234, 26, 1260, true), lang);
    expect(cells).toEqual(lang === 'id' ? ['≈1.234', '≈26', '≈1.260'] : ['≈1,234', '≈26', '≈1,260']);
    expect(notes.map((n) => n.kind)).toEqual(['approximate']);
    expect(notes[0]!.text).toContain(lang === 'id' ? `paling banyak ${maxDeviation} orang` : `up to ${maxDeviation} people`);
    expect(html).toContain(`href="${lang === 'id' ? '' : '/en'}/metodologi/#perkiraan"`);
  });

  it.for(['id', 'en'] as const)('[%s] DataTable writes exact values without ≈ and adds no note', async (lang) => {
    const { cells, notes } = await render(claims(1234, 26, 1260, false), lang);
    expect(cells).toEqual(lang === 'id' ? ['1.234', '26', '1.260'] : ['1,234', '26', '1,260']);
    expect(cells.join('')).not.toContain('≈');
    expect(notes).toEqual([]);
  });

  it('DataTable says the parts miss the total only when the shown approximate parts do', async () => {
    const missing = await render(claims(23, 26, 50, true), 'id');
    expect(missing.notes.map((n) => n.kind)).toEqual(['approximate', 'parts']);
    expect(missing.notes[1]!.text).toBe('Jumlah bagian bisa berbeda dari total karena angka perkiraan.');
    const adding = await render(claims(24, 26, 50, true), 'en');
    expect(adding.notes.map((n) => n.kind)).toEqual(['approximate']);
    const english = await render(claims(23, 26, 50, true), 'en');
    expect(english.notes[1]!.text).toBe('Parts may not add up to the total because of approximate values.');
  });

  it('DataTable with an approximate rupiah amount says how it follows its claim count', async () => {
    const table: TableSpec = { columns: [{ label: 'Program' }, { label: 'Dibayar', numeric: true }], rows: [{ header: 'JKM', cells: [{ rupiah: 42_000_000, approximate: true }] }] };
    const { cells, notes } = await render(table, 'id');
    expect(cells).toEqual(['≈Rp42.000.000']);
    expect(notes[0]!.text).toMatch(/dikali rata-rata per klaim/);
  });
});
