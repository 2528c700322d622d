import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { readJson } from '../helpers/stage1.ts';

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const outDir = join(await mkdtemp(join(tmpdir(), 'site-')), 'dist');
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { stdio: 'pipe' });
  site = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the demo site in Chromium', () => {
  it('the home page shows the synthetic-data banner and the published city total, with no console errors and no outside requests', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => !r.url().startsWith(site.url) && outside.push(r.url()));
    await page.goto(`${site.url}/`);
    const enrollment = await readJson('data/published', 'enrollment.json');
    const total = enrollment.cells.find((c: any) => c.level === 'kota' && c.category === 'semua').count;
    await expect(page.getByTestId('synthetic-banner').textContent()).resolves.toMatch(/Data sintetis.*Synthetic data/s);
    expect(await page.getByTestId('headline').textContent()).toBe(new Intl.NumberFormat('id-ID').format(total));
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('the kecamatan table equals the published kecamatan totals', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    const rows = await page.getByTestId('kecamatan-table').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
    const metadata = await readJson('data/published', 'metadata.json');
    const enrollment = await readJson('data/published', 'enrollment.json');
    const expected = metadata.areas.filter((a: any) => a.level === 'kecamatan').map((a: any) => {
      const count = enrollment.cells.find((c: any) => c.code === a.code && c.category === 'semua').count;
      return [a.name, count === null ? '* disembunyikan' : new Intl.NumberFormat('id-ID').format(count)];
    });
    expect(rows).toEqual(expected);
    expect(rows).toHaveLength(12);
    await page.close();
  });
});
