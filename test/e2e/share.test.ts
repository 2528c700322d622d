import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { ogImagePng } from '../../src/pictures/og-image.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { pngSize } from '../pictures/png-size.ts';

// One build of test/sites/share-site (the real ShareBar under the site's Content-Security-Policy, and a share image
// made by an endpoint during the build); every test below reads that build in Chromium.

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGE_URL = { id: 'https://data.example.org/kecamatan/batam-kota/', en: 'https://data.example.org/en/kecamatan/batam-kota/' };
const SENTENCE = {
  id: '[DATA SINTETIS] 2.418 peserta aktif di Kecamatan Batam Kota (data per 30 November 2025)',
  en: '[SYNTHETIC DATA] 2,418 active members in Kecamatan Batam Kota (data as of 30 November 2025)',
};

let browser: Browser;
let site: StaticSite;
let outDir: string;

beforeAll(async () => {
  outDir = join(await mkdtemp(join(tmpdir(), 'share-site-')), 'dist');
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', 'test/sites/share-site', '--outDir', outDir], { stdio: 'pipe' });
  site = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A fixture page as a reader sees it, with its requests, errors and CSP violations recorded, and axe loaded. */
class SharePage {
  readonly requests: string[] = [];
  readonly errors: string[] = [];
  readonly page: Page;
  private constructor(page: Page) {
    this.page = page;
    page.on('request', (r) => this.requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && !/favicon|Failed to load resource/.test(m.text()) && this.errors.push(m.text()));
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  static async open(path: string, options: BrowserContextOptions & { initScript?: () => void } = {}): Promise<SharePage> {
    const { initScript, ...contextOptions } = options;
    const context = await browser.newContext({ viewport: { width: 412, height: 860 }, ...contextOptions });
    // Init scripts run through DevTools, outside the page's CSP: they listen or stand in for the browser's clipboard.
    await context.addInitScript({ path: AXE_SOURCE });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as any).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    if (initScript) await context.addInitScript(initScript);
    const tab = new SharePage(await context.newPage());
    await tab.page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    return tab;
  }

  bar() {
    return this.page.locator('[data-share-bar]');
  }

  copyButton() {
    return this.page.getByRole('button', { name: /Salin tautan|Copy link|Tautan disalin|Link copied/ });
  }

  urlField() {
    return this.page.getByRole('textbox', { name: /Tautan halaman ini|This page's link/ });
  }

  status() {
    return this.page.getByRole('status');
  }

  async axeViolations(): Promise<string[]> {
    return this.page.evaluate(async (tags) => {
      const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v: any) => `${v.id} (${v.impact}): ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
    }, WCAG_TAGS);
  }

  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as any).cspViolations);
  }

  /** Requests that left the fixture's own origin. */
  outside(): string[] {
    return this.requests.filter((url) => !url.startsWith(site.url));
  }

  close(): Promise<void> {
    return this.page.context().close();
  }
}

describe('ShareBar', () => {
  it('ShareBar without JavaScript shows the address in a read-only field to select, and no copy button', async () => {
    const tab = await SharePage.open('/', { javaScriptEnabled: false });
    await expect(tab.urlField().inputValue()).resolves.toBe(PAGE_URL.id);
    expect(await tab.urlField().getAttribute('readonly')).not.toBeNull();
    expect(await tab.urlField().isVisible()).toBe(true);
    expect(await tab.page.locator('[data-copy-link]').isVisible()).toBe(false);
    expect(await tab.page.getByRole('link', { name: 'Bagikan lewat WhatsApp' }).isVisible()).toBe(true);
    await tab.close();
  });

  it('ShareBar WhatsApp link is a plain wa.me link with the share sentence and the page address, requested by nobody on load', async () => {
    for (const [lang, path, name] of [['id', '/', 'Bagikan lewat WhatsApp'], ['en', '/en/', 'Share on WhatsApp']] as const) {
      const tab = await SharePage.open(path);
      const href = (await tab.page.getByRole('link', { name }).getAttribute('href'))!;
      const link = new URL(href);
      expect(link.origin + link.pathname).toBe('https://wa.me/');
      expect(link.searchParams.get('text')).toBe(`${SENTENCE[lang]}\n${PAGE_URL[lang]}`);
      expect(tab.outside()).toEqual([]);
      expect(tab.errors).toEqual([]);
      await tab.close();
    }
  });

  it('ShareBar "Salin tautan" copies the page address and confirms it on the button and in a status region', async () => {
    const tab = await SharePage.open('/', { permissions: ['clipboard-read', 'clipboard-write'] });
    expect(await tab.urlField().isVisible()).toBe(false);
    await tab.page.getByRole('button', { name: 'Salin tautan' }).click();
    await expect.poll(() => tab.status().textContent()).toBe('Tautan halaman ini sudah disalin; tempelkan di pesan Anda.');
    expect(await tab.page.evaluate(() => navigator.clipboard.readText())).toBe(PAGE_URL.id);
    expect(await tab.page.getByRole('button', { name: 'Tautan disalin' }).isVisible()).toBe(true);
    expect(await tab.axeViolations()).toEqual([]);
    expect(await tab.cspViolations()).toEqual([]);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('ShareBar "Copy link" works from the keyboard on the English page', async () => {
    const tab = await SharePage.open('/en/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await tab.page.getByRole('button', { name: 'Copy link' }).focus();
    await tab.page.keyboard.press('Enter');
    await expect.poll(() => tab.status().textContent()).toBe("This page's link is copied; paste it into your message.");
    expect(await tab.page.evaluate(() => navigator.clipboard.readText())).toBe(PAGE_URL.en);
    await tab.close();
  });

  it('ShareBar shows the address selected, and says to copy it by hand, when the clipboard refuses', async () => {
    const tab = await SharePage.open('/', {
      initScript: () => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
      },
    });
    await tab.page.getByRole('button', { name: 'Salin tautan' }).click();
    await expect.poll(() => tab.status().textContent()).toBe('Tautan belum tersalin. Salin dari kotak di atas (sudah dipilih).');
    expect(await tab.urlField().isVisible()).toBe(true);
    const selection = await tab.page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);
    });
    expect(selection).toBe(PAGE_URL.id);
    await tab.close();
  });

  it('ShareBar keeps the field and no button where the Clipboard API is missing (a page not served over HTTPS)', async () => {
    const tab = await SharePage.open('/', { initScript: () => { Object.defineProperty(navigator, 'clipboard', { value: undefined }); } });
    expect(await tab.urlField().isVisible()).toBe(true);
    expect(await tab.page.locator('[data-copy-link]').isVisible()).toBe(false);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('ShareBar report links open an e-mail and a WhatsApp chat to the contact, prefilled with the page and the figure', async () => {
    const tab = await SharePage.open('/');
    const mail = (await tab.page.getByRole('link', { name: 'Laporkan ketidaksesuaian lewat email' }).getAttribute('href'))!;
    expect(mail.startsWith('mailto:transparansi@example.org?')).toBe(true);
    const body = decodeURIComponent(mail.match(/[?&]body=([^&]*)/)![1]!);
    expect(body).toContain(`Halaman: ${PAGE_URL.id}`);
    expect(body).toContain(`Angka: ${SENTENCE.id}`);
    const chat = new URL((await tab.page.getByRole('link', { name: 'Laporkan ketidaksesuaian lewat WhatsApp' }).getAttribute('href'))!);
    expect(chat.origin + chat.pathname).toBe('https://wa.me/6281200000000');
    expect(chat.searchParams.get('text')).toContain(`Halaman: ${PAGE_URL.id}`);
    expect(await tab.bar().textContent()).toContain('Menemukan angka yang tidak sesuai? Sampaikan kepada Tim data uji:');
    await tab.close();

    const en = await SharePage.open('/en/');
    const enMail = (await en.page.getByRole('link', { name: 'Report a discrepancy' }).getAttribute('href'))!;
    expect(decodeURIComponent(enMail.match(/[?&]subject=([^&]*)/)![1]!)).toBe(`Data discrepancy report: ${SENTENCE.en}`);
    expect(await en.page.getByRole('link', { name: /WhatsApp/ }).count()).toBe(1);
    await en.close();
  });

  it('ShareBar leaves the report link out when program.json names no contact', async () => {
    const tab = await SharePage.open('/tanpa-kontak/');
    expect(await tab.page.locator('[data-share-report]').count()).toBe(0);
    expect(await tab.page.getByRole('link', { name: /Laporkan/ }).count()).toBe(0);
    await tab.close();
  });

  it('ShareBar controls are at least 44 px in both directions and show a visible focus outline', async () => {
    for (const width of [412, 1280]) {
      const tab = await SharePage.open('/', { viewport: { width, height: 860 } });
      const controls = tab.page.locator('[data-share-bar] a, [data-share-bar] button');
      expect(await controls.count()).toBe(4);
      for (const control of await controls.all()) {
        const box = (await control.boundingBox())!;
        const name = await control.textContent();
        expect(box.height, `${name} at ${width}px`).toBeGreaterThanOrEqual(44);
        expect(box.width, `${name} at ${width}px`).toBeGreaterThanOrEqual(44);
      }
      await tab.page.keyboard.press('Tab');
      const outline = await tab.page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { tag: document.activeElement!.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline).toEqual({ tag: 'A', style: 'solid', width: 3 });
      await tab.close();
    }
  });

  it('ShareBar pages have no axe violations or CSP violations, and no style attributes or inline handlers', async () => {
    for (const path of ['/', '/en/', '/tanpa-kontak/']) {
      const tab = await SharePage.open(path);
      expect(await tab.axeViolations(), path).toEqual([]);
      expect(await tab.cspViolations(), path).toEqual([]);
      await tab.close();
      const html = await readFile(join(outDir, path, 'index.html'), 'utf8');
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/\son[a-z]+=/);
    }
  });
});

describe('share image in the build', () => {
  it('an endpoint calling ogImagePng during astro build writes a 1200×630 PNG, byte for byte what Node makes', async () => {
    const built = await readFile(join(outDir, 'og', 'kota.png'));
    expect(pngSize(built)).toEqual({ width: 1200, height: 630 });
    const direct = await ogImagePng({
      lang: 'id', siteName: 'Perlindungan Pekerja Rentan · Kota Batam', place: 'Kota Batam', figure: '24.348', figureLabel: 'peserta aktif',
      asOfDate: '30 November 2025', source: 'Data sintetis untuk demonstrasi', synthetic: true,
    });
    expect(built.equals(direct)).toBe(true);
    expect(await readdir(join(outDir, 'og'))).toEqual(['kota.png']);
  });
});
