// The presentation pages (/presentasi/, /presentasi/<kecamatan>/) in Chromium: moving through the slides by
// keyboard, clicker keys, buttons and swipes, the counter and #number, working offline once loaded, the figures
// equal to the published JSON, large type, accessibility on every slide, and the no-JavaScript reading.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { builtSite } from '../helpers/built-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { pdfPageTexts } from '../helpers/pdf-text.ts';
import { DeckPage } from './pages/deck-page.ts';
import { WCAG_TAGS } from './pages/site-page.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CITY = '/presentasi/';
const KECAMATAN = '/en/presentasi/batam-kota/';

let browser: Browser;
let site: StaticSite;
let dist: string;
let published: { enrollment: any; status: any; claims: any; spend: any; metadata: any };

beforeAll(async () => {
  dist = await builtSite();
  const read = async (file: string) => JSON.parse(await readFile(join(dist, 'data', file), 'utf8'));
  published = { enrollment: await read('enrollment.json'), status: await read('status.json'), claims: await read('claims.json'), spend: await read('spend.json'), metadata: await read('metadata.json') };
  site = await serveStatic(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const idNumber = (n: number) => new Intl.NumberFormat('id-ID').format(n);
const enNumber = (n: number) => new Intl.NumberFormat('en').format(n);
const kotaCode = () => published.metadata.areas.find((a: any) => a.level === 'kota').code;
const batamKota = () => published.metadata.areas.find((a: any) => a.level === 'kecamatan' && a.name === 'Batam Kota').code;
/** Per row, the text a sighted reader sees in each of the cells picked by `selectors` (a hidden count reads "*"). */
const visibleCells = (rows: Locator, selectors: string[]) => rows.evaluateAll((trs, picks) => trs.map((tr) => picks.map((pick) => {
  const copy = tr.querySelector(pick)!.cloneNode(true) as Element;
  for (const sr of copy.querySelectorAll('.sr-only, .bar-note')) if (sr !== copy) sr.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
})), selectors);
const cellOf = (code: string, category = 'semua') => published.enrollment.cells.find((c: any) => c.code === code && c.category === category);
const count = (code: string, category = 'semua') => cellOf(code, category).count;
/** ≈ before a value its row lists as approximate. */
const mark = (row: any, field: string) => (row.approximate.includes(field) ? '≈' : '');

describe('presentation navigation', () => {
  it('ArrowRight/ArrowLeft, Space, PageDown/PageUp (clickers) and Home/End move one slide at a time, with the counter and #number following', async () => {
    const deck = await DeckPage.open(browser, `${site.url}${CITY}`);
    const n = await deck.slideCount();
    expect(n).toBeGreaterThanOrEqual(6);
    const at = async (i: number) => {
      expect(await deck.counter()).toBe(`${i} / ${n}`);
      expect(await deck.hash()).toBe(`#${i}`);
      expect(await deck.shownSlides()).toEqual([String(i)]);
    };
    await at(1);
    for (const [key, slide] of [['ArrowRight', 2], ['Space', 3], ['PageDown', 4], ['ArrowLeft', 3], ['PageUp', 2], ['End', n], ['ArrowRight', n], ['Home', 1], ['ArrowLeft', 1], ['Shift+Space', 1], ['ArrowDown', 2], ['ArrowUp', 1]] as const) {
      await deck.press(key);
      await at(slide);
    }
    expect(deck.errors).toEqual([]);
    expect(await deck.cspViolations()).toEqual([]);
    await deck.close();
  });

  it('the previous and next buttons move too, are disabled at either end, and a screen reader hears the new slide\'s number and title', async () => {
    const deck = await DeckPage.open(browser, `${site.url}${KECAMATAN}`);
    const n = await deck.slideCount();
    const previous = deck.page.locator('[data-deck-previous]');
    const next = deck.page.locator('[data-deck-next]');
    expect(await previous.isDisabled()).toBe(true);
    await next.click();
    expect(await deck.counter()).toBe(`2 / ${n}`);
    expect(await deck.page.locator('[data-deck-status]').textContent()).toBe(`Slide 2 of ${n}: ${await deck.shownTitle()}`);
    await previous.click();
    expect(await deck.counter()).toBe(`1 / ${n}`);
    // Space on a focused button presses that button once; the deck does not move a second time.
    await next.focus();
    await deck.press('Space');
    expect(await deck.counter()).toBe(`2 / ${n}`);
    await deck.press('End');
    expect(await next.isDisabled()).toBe(true);
    expect(deck.errors).toEqual([]);
    await deck.close();
  });

  it('a reload keeps the slide (#number in the address), and an address with #5 opens on slide 5', async () => {
    const deck = await DeckPage.open(browser, `${site.url}${CITY}#5`);
    const n = await deck.slideCount();
    expect(await deck.counter()).toBe(`5 / ${n}`);
    await deck.press('ArrowRight');
    await deck.page.reload({ waitUntil: 'load' });
    expect(await deck.counter()).toBe(`6 / ${n}`);
    expect(await deck.shownSlides()).toEqual(['6']);
    // Typing a number past the end keeps the slide and puts its number back in the address…
    await deck.page.evaluate(() => { location.hash = '#99'; });
    await expect.poll(() => deck.hash()).toBe('#6');
    expect(await deck.counter()).toBe(`6 / ${n}`);
    await deck.close();
    // …and opening such an address starts at the first slide.
    const fresh = await DeckPage.open(browser, `${site.url}${CITY}#99`);
    expect(await fresh.counter()).toBe(`1 / ${n}`);
    expect(await fresh.hash()).toBe('#1');
    await fresh.close();
  });

  it('a swipe to the left shows the next slide and to the right the previous one; a short or vertical swipe does nothing', async () => {
    const deck = await DeckPage.open(browser, `${site.url}${CITY}`, { hasTouch: true, isMobile: true, viewport: { width: 412, height: 915 } });
    const n = await deck.slideCount();
    await deck.swipe(350, 80);
    expect(await deck.counter()).toBe(`2 / ${n}`);
    await deck.swipe(350, 80);
    expect(await deck.counter()).toBe(`3 / ${n}`);
    await deck.swipe(80, 350);
    expect(await deck.counter()).toBe(`2 / ${n}`);
    await deck.swipe(200, 170); // 30 px: a tap that slid, not a swipe
    await deck.swipe(200, 120, 300, 300); // mostly vertical: scrolling
    expect(await deck.counter()).toBe(`2 / ${n}`);
    expect(await deck.hash()).toBe('#2');
    expect(deck.errors).toEqual([]);
    await deck.close();
  });

  it('the full-screen button asks the browser for full screen and says when it is on', async () => {
    const deck = await DeckPage.open(browser, `${site.url}${CITY}`);
    const button = deck.page.locator('[data-deck-fullscreen]');
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await expect.poll(() => deck.page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    expect(await deck.counter()).toMatch(/^1 \//); // pressing the button moved no slide
    await button.click();
    await expect.poll(() => deck.page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    await deck.close();
  });
});

describe('presentation content', () => {
  it('works offline once loaded: every slide, charts and map included, shows with nothing fetched and nothing failing', async () => {
    const deck = await DeckPage.open(browser, `${site.url}${CITY}`);
    await deck.page.context().setOffline(true);
    const before = deck.requests.length;
    const n = await deck.slideCount();
    const drawn: string[] = [];
    for (let i = 1; i <= n; i++) {
      if (i > 1) await deck.press('ArrowRight');
      expect(await deck.shownSlides()).toEqual([String(i)]);
      const slide = deck.page.locator(`[data-slide]:not([hidden])`);
      // A chart slide's bars and lines, and the map, are drawn in SVG already in the page.
      if (await slide.locator('.slide-bars').count()) drawn.push(`bars ${await slide.locator('.slide-bars svg rect[fill="#0b5e55"]').count()}`);
      if (await slide.locator('.slide-line').count()) drawn.push(`line ${await slide.locator('.slide-line path[d^="M"]').count()}`);
      if (await slide.locator('[data-area-map]').count()) drawn.push(`map ${await slide.locator('[data-area-map] .map-area').count()}`);
      const box = await slide.boundingBox();
      expect(box!.height).toBeGreaterThan(300);
    }
    expect(drawn).toEqual([expect.stringMatching(/^bars [1-9]/), expect.stringMatching(/^bars [1-9]/), expect.stringMatching(/^map [1-9]/), expect.stringMatching(/^line [1-9]/)]);
    // The browser asks for the tab's icon again whenever the address changes (#1 → #2): that is the browser's own
    // request, which fails offline without the page noticing; the page itself asks for nothing.
    const favicon = (u: string) => new URL(u).pathname === '/favicon.svg';
    expect(deck.requests.slice(before).filter((u) => !favicon(u))).toEqual([]);
    expect(deck.errors.filter((e) => !/favicon\.svg/.test(e))).toEqual([]);
    // No chart library comes with the presentation at all.
    expect(deck.requests.filter((u) => /register\.[^/]*\.js$/.test(u))).toEqual([]);
    await deck.close();
  });

  it('the city slides carry the published figures: members, claims and their rupiah, and the categories', async () => {
    const deck = await DeckPage.open(browser, `${site.url}${CITY}`);
    const kota = kotaCode();
    expect(await deck.page.getByTestId('slide-headline').textContent()).toBe(idNumber(count(kota)));
    const claims = published.claims.rows.find((r: any) => r.code === kota && r.program === 'semua');
    expect(await deck.page.getByTestId('slide-claims').textContent()).toBe(`${mark(claims, 'claims')}${idNumber(claims.claims)}`);
    const claimsText = await deck.page.locator('[data-slide]', { has: deck.page.getByTestId('slide-claims') }).textContent();
    for (const program of ['JKK', 'JKM']) {
      const row = published.claims.rows.find((r: any) => r.code === kota && r.program === program);
      // A hidden count and its rupiah both show as *, each with "disembunyikan" for screen readers.
      const shown = row.claims === null ? '* disembunyikan klaim, * disembunyikan' : `${mark(row, 'claims')}${idNumber(row.claims)} klaim, ${mark(row, 'amountRupiah')}Rp${idNumber(row.amountRupiah)}`;
      expect(claimsText).toContain(`${program}: ${shown}`);
    }
    const bars = await visibleCells(deck.page.locator('[data-slide]').nth(1).locator('.slide-bars tbody tr'), ['th', '.bar-value']);
    expect(bars).toEqual(published.metadata.categories.map((c: any) => [c.label.id, count(kota, c.id) === null ? '*' : `${mark(cellOf(kota, c.id), 'count')}${idNumber(count(kota, c.id))}`]));
    // The claims slide shows approximate numbers, and its foot says what ≈ means; the city's category totals are exact.
    expect(claimsText).toContain('≈ angka perkiraan');
    expect(await deck.page.locator('[data-slide]').nth(1).locator('.slide-foot').textContent()).not.toContain('≈');
    const spend = published.spend.rows.find((r: any) => r.category === 'semua');
    const spendSlide = deck.page.locator('[data-slide]', { has: deck.page.getByTestId('slide-spend') });
    expect(await spendSlide.textContent()).toContain(`Rp${idNumber(spend.monthlyRupiah)} per bulan`);
    await deck.close();
  });

  it('a kecamatan\'s English slides carry its published count, coverage as "members of target", and no city-only slides', async () => {
    const deck = await DeckPage.open(browser, `${site.url}${KECAMATAN}`);
    const code = batamKota();
    expect(await deck.page.getByTestId('slide-headline').textContent()).toBe(`${mark(cellOf(code), 'count')}${enNumber(count(code))}`);
    expect(await deck.page.locator('[data-slide]').first().locator('.slide-foot').textContent()).toContain('≈ approximate');
    const coverage = await visibleCells(deck.page.locator('[data-slide]').nth(2).locator('.slide-bars tbody tr'), ['.bar-note', '.bar-value']);
    const targeted = published.metadata.categories.map((c: any) => published.enrollment.cells.find((x: any) => x.code === code && x.category === c.id)).filter((x: any) => x.target !== null);
    expect(coverage).toEqual(targeted.map((x: any) => [
      `${x.count === null ? '*' : `${mark(x, 'count')}${enNumber(x.count)}`} of ${enNumber(x.target)}`,
      x.count === null ? '*' : `${mark(x, 'coveragePercent')}${x.coveragePercent}%`,
    ]));
    expect(await deck.page.locator('.slide-line').count()).toBe(0); // enrollment over time is published for the city only
    expect(await deck.page.getByTestId('slide-spend').count()).toBe(0);
    await deck.close();
  });

  it('figures are at least a tenth of the screen\'s height on a 1280 × 720 and a 1920 × 1080 screen, and no slide needs scrolling there', async () => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
      const deck = await DeckPage.open(browser, `${site.url}${CITY}`, { viewport });
      const n = await deck.slideCount();
      const sizes: Record<string, number> = {};
      for (let i = 1; i <= n; i++) {
        if (i > 1) await deck.press('ArrowRight');
        for (const id of ['slide-headline', 'slide-claims', 'slide-claims-amount', 'slide-spend']) {
          const figure = deck.page.getByTestId(id);
          if (await figure.isVisible()) sizes[id] = await figure.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        }
        const overflow = await deck.page.locator('[data-slide]:not([hidden])').evaluate((s) => s.scrollHeight - s.clientHeight);
        expect(overflow, `slide ${i} at ${viewport.width} × ${viewport.height}`).toBeLessThanOrEqual(1);
      }
      expect(Object.keys(sizes).sort()).toEqual(['slide-claims', 'slide-claims-amount', 'slide-headline', 'slide-spend']);
      for (const [id, size] of Object.entries(sizes)) expect(size, `${id} at ${viewport.height} px high`).toBeGreaterThanOrEqual(viewport.height / 10);
      await deck.close();
    }
  });

  it('with reduced motion a slide appears without animation; without that preference it fades in', async () => {
    const still = await DeckPage.open(browser, `${site.url}${CITY}`);
    await still.press('ArrowRight');
    expect(await still.page.locator('[data-slide]:not([hidden])').evaluate((s) => getComputedStyle(s).animationName)).toBe('none');
    await still.close();
    const moving = await DeckPage.open(browser, `${site.url}${CITY}`, { reducedMotion: 'no-preference' });
    await moving.press('ArrowRight');
    expect(await moving.page.locator('[data-slide]:not([hidden])').evaluate((s) => getComputedStyle(s).animationName)).not.toBe('none');
    await moving.close();
  });

  it('without JavaScript every slide is on the page, top to bottom, with no controls', async () => {
    const deck = await DeckPage.open(browser, `${site.url}${CITY}`, { javaScriptEnabled: false, viewport: { width: 412, height: 915 } });
    const n = await deck.slideCount();
    expect(await deck.shownSlides()).toEqual(Array.from({ length: n }, (_, i) => String(i + 1)));
    expect(await deck.page.locator('[data-deck-controls]').isVisible()).toBe(false);
    const tops = await deck.page.locator('[data-slide]').evaluateAll((slides) => slides.map((s) => s.getBoundingClientRect().top));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(await deck.page.evaluate(() => document.documentElement.scrollWidth)).toBe(412);
    await deck.close();
  });
});

describe('presentation on paper', () => {
  it('printing the presentation (even from the middle of the deck) gives every slide its own A4 landscape page', async () => {
    const deck = await DeckPage.open(browser, `${site.url}${CITY}#3`);
    const titles = await deck.page.locator('[data-slide] :is(h1, h2)').evaluateAll((hs) => hs.map((h) => h.textContent!.trim()));
    const pdf = await deck.page.pdf({ preferCSSPageSize: true });
    const pages = pdfPageTexts(pdf).map((t) => t.normalize('NFKC'));
    expect(pages.map((text, i) => text.includes(titles[i]!))).toEqual(titles.map(() => true));
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[([^\]]*)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
    expect(boxes.map(([x0, y0, x1, y1]) => [Math.round(x1! - x0!), Math.round(y1! - y0!)])).toEqual(titles.map(() => [842, 595]));
    await deck.close();
  });
});

describe('presentation accessibility', () => {
  it('axe finds no WCAG 2.2 A/AA violation on any slide of the city and a kecamatan, nor on the page as read without JavaScript', async () => {
    const failures: string[] = [];
    for (const path of [CITY, KECAMATAN]) {
      const deck = await DeckPage.open(browser, `${site.url}${path}`, { axe: AXE });
      const n = await deck.slideCount();
      for (let i = 1; i <= n; i++) {
        if (i > 1) await deck.press('ArrowRight');
        for (const v of await deck.axeViolations(WCAG_TAGS)) failures.push(`${path}#${i} ${v}`);
      }
      await deck.close();
      const plain = await DeckPage.open(browser, `${site.url}${path}`, { axe: AXE, viewport: { width: 412, height: 915 } });
      await plain.asWithoutJavaScript();
      for (const v of await plain.axeViolations(WCAG_TAGS)) failures.push(`${path} (as without JavaScript) ${v}`);
      await plain.close();
    }
    expect(failures).toEqual([]);
  });

  it('no sideways scrolling at 412 and 1280 px (screenshots kept in a temporary folder for a look)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'presentation-shots-'));
    for (const [width, height] of [[412, 915], [1280, 720]] as const) {
      const deck = await DeckPage.open(browser, `${site.url}${CITY}#2`, { viewport: { width, height } });
      await deck.page.screenshot({ path: join(folder, `presentation-${width}.png`) });
      expect(await deck.page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      await deck.close();
    }
    console.info(`presentation screenshots: ${folder}`);
  });
});
