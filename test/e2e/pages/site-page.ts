// Page object for the built site in Chromium: one browser tab that visits pages and records what a reader's
// browser would complain about (console errors, failed or outside requests), and reads pages the way the tests
// compare them: tables as arrays of the text a sighted reader sees, the page's frame (title, h1, banner, links),
// and axe-core's verdict.
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';

/** The WCAG 2.0, 2.1 and 2.2 A/AA rules the issue asks every page to pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const PHONE = { width: 412, height: 915 };
export const DESKTOP = { width: 1280, height: 900 };

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface SitePageOptions extends BrowserContextOptions {
  /**
   * Loads axe-core into every page as a DevTools init script: it runs outside the page's Content-Security-Policy
   * (which would block an injected <script>), so the policy stays on for the page itself and nothing is bypassed.
   */
  axe?: boolean;
}

/** What one page load produced besides the page. */
export interface Visit {
  path: string;
  status: number | null;
  /** Console errors, uncaught exceptions, failed requests and responses of 400 or more. */
  errors: string[];
  /** Requests to any origin but the test server's. */
  outside: string[];
}

/** The parts of a page's frame the tests compare across pages. */
export interface PageFrame {
  lang: string;
  title: string;
  description: string | null;
  robots: string | null;
  h1: string[];
  banner: string | null;
  langSwitch: string | null;
  canonical: string | null;
  alternates: Record<string, string>;
  scrollWidth: number;
}

export class SitePage {
  readonly page: Page;
  readonly origin: string;
  private errors: string[] = [];
  private outside: string[] = [];

  private constructor(page: Page, origin: string) {
    this.page = page;
    this.origin = origin;
    page.on('console', (m) => { if (m.type() === 'error') this.errors.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => this.errors.push(`exception: ${String(e)}`));
    page.on('requestfailed', (r) => {
      // ERR_ABORTED: the next visit cut a late request short (Chromium asks for the favicon after "load").
      const reason = r.failure()?.errorText ?? '';
      if (r.url().startsWith(origin) && reason !== 'net::ERR_ABORTED') this.errors.push(`failed: ${r.url()} ${reason}`);
    });
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) this.outside.push(r.url()); });
    page.on('response', (r) => { if (r.status() >= 400 && r.request().resourceType() !== 'document') this.errors.push(`${r.status()}: ${r.url()}`); });
  }

  /** A fresh browser context (phone-sized unless a viewport is given) with one tab. */
  static async open(browser: Browser, origin: string, options: SitePageOptions = {}): Promise<SitePage> {
    const { axe, ...contextOptions } = options;
    const context = await browser.newContext({ viewport: PHONE, ...contextOptions });
    if (axe) await context.addInitScript({ path: AXE_SOURCE });
    return new SitePage(await context.newPage(), origin);
  }

  /** Loads a site path (/, /en/kecamatan/nongsa/) and returns what the load produced. */
  async visit(path: string): Promise<Visit> {
    this.errors = [];
    this.outside = [];
    const response = await this.page.goto(`${this.origin}${path}`, { waitUntil: 'load' });
    return { path, status: response?.status() ?? null, errors: [...this.errors], outside: [...this.outside] };
  }

  /** Errors and outside requests since the last visit (after scrolling, clicking…). */
  since(): Pick<Visit, 'errors' | 'outside'> {
    return { errors: [...this.errors], outside: [...this.outside] };
  }

  /** The path of the page now shown (after a click). */
  path(): string {
    return new URL(this.page.url()).pathname;
  }

  frame(): Promise<PageFrame> {
    return this.page.evaluate(() => {
      const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? null;
      const alternates: Record<string, string> = {};
      for (const link of document.querySelectorAll('link[rel="alternate"][hreflang]')) alternates[link.getAttribute('hreflang')!] = link.getAttribute('href')!;
      return {
        lang: document.documentElement.lang,
        title: document.title,
        description: attr('meta[name="description"]', 'content'),
        robots: attr('meta[name="robots"]', 'content'),
        h1: [...document.querySelectorAll('h1')].map((h) => h.textContent!.trim()),
        banner: document.querySelector('[data-testid="synthetic-banner"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        langSwitch: attr('a.lang-switch', 'href'),
        canonical: attr('link[rel="canonical"]', 'href'),
        alternates,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
  }

  /** The table inside `scope` (a CSS selector of its section or figure). */
  table(scope: string): Locator {
    return this.page.locator(`${scope} table`);
  }

  /**
   * A table's body rows as the text a sighted reader sees, cell by cell (row header first): screen-reader-only
   * words are left out, so a hidden count reads "*".
   */
  rows(scope: string): Promise<string[][]> {
    // The same reading as visibleText below, written out: a function cannot be handed into the page.
    return this.table(scope).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => {
      const copy = cell.cloneNode(true) as Element;
      for (const sr of copy.querySelectorAll('.sr-only')) sr.remove();
      return copy.textContent!.replace(/\s+/g, ' ').trim();
    })));
  }

  /**
   * The notes under the tables inside `scope` (data-note: "approximate" for what ≈ means, "parts" where the parts miss
   * the total), in page order.
   */
  tableNotes(scope: string): Promise<string[]> {
    return this.page.locator(`${scope} .table-scroll + .figure-notes [data-note]`).evaluateAll((notes) => notes.map((n) => (n as HTMLElement).dataset.note!));
  }

  /** The text of the headline's notes (under the headline figures): what "*" and "≈" mean there. */
  headlineNotes(): Promise<string[]> {
    return this.page.locator('#catatan-angka [data-note]').evaluateAll((notes) => notes.map((n) => (n as HTMLElement).dataset.note!));
  }

  /** What a screen reader hears for each "*" in a table. */
  hiddenCountWords(scope: string): Promise<string[]> {
    return this.table(scope).locator('.hidden-count').evaluateAll((spans) => spans.map((s) => s.textContent!.replace(/\s+/g, ' ').trim()));
  }

  /** The headline figure (data-testid="headline") as shown: a hidden one reads "*". */
  headline(): Promise<string> {
    return this.page.getByTestId('headline').evaluate(visibleText);
  }

  /**
   * The links of the page's area maps that keyboard and screen-reader users reach (SVG <a> elements): an area drawn
   * again in a map's inset is linked once, its other copy hidden from them.
   */
  mapLinks(scope = '[data-area-map]'): Promise<{ href: string; label: string }[]> {
    return this.page.locator(`${scope} svg a:not([aria-hidden="true"])`).evaluateAll((links) =>
      links.map((a) => ({ href: a.getAttribute('href')!, label: a.getAttribute('aria-label')! })));
  }

  /**
   * Clicks an area of a map with the mouse where a reader would: at a point inside the area's shape that no other
   * area covers (the centre of an irregular shape can lie in its neighbour), then waits for the new page.
   */
  async clickMapArea(href: string, scope = '[data-area-map]'): Promise<void> {
    const link = this.page.locator(`${scope} svg a[href="${href}"]:not([aria-hidden="true"])`).first();
    await link.scrollIntoViewIfNeeded();
    const point = await link.evaluate((a) => {
      // The area's shape: its own path, or a <use> of the page's shared shapes (then only the hit test below decides).
      const shape = a.querySelector('path, use') as SVGGraphicsElement;
      const path = shape instanceof SVGPathElement ? shape : null;
      const box = shape.getBBox();
      const matrix = shape.getScreenCTM()!;
      const svg = shape.ownerSVGElement!;
      for (let i = 1; i < 20; i++) {
        for (let j = 1; j < 20; j++) {
          const p = svg.createSVGPoint();
          p.x = box.x + (box.width * i) / 20;
          p.y = box.y + (box.height * j) / 20;
          if (path && !path.isPointInFill(p)) continue;
          const screen = p.matrixTransform(matrix);
          if (document.elementFromPoint(screen.x, screen.y)?.closest('a') === a) return { x: screen.x, y: screen.y };
        }
      }
      return null;
    });
    if (!point) throw new Error(`no point of the map area ${href} can be clicked`);
    await Promise.all([this.page.waitForURL(`${this.origin}${href}`), this.page.mouse.click(point.x, point.y)]);
  }

  /** Scrolls every chart into view in turn and waits until each is drawn. */
  async drawAllCharts(): Promise<string[]> {
    const ids = await this.page.locator('[data-chart]').evaluateAll((figures) => figures.map((f) => f.id));
    for (const id of ids) {
      await this.page.locator(`#${id} [data-chart-box]`).scrollIntoViewIfNeeded();
      await this.page.locator(`#${id}[data-chart="drawn"]`).waitFor();
    }
    return ids;
  }

  /** Canvas pixels that are not transparent: above zero once Chart.js has drawn something. */
  paintedPixels(chartId: string): Promise<number> {
    return this.page.locator(`#${chartId} canvas`).evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
  }

  /** axe-core's violations of the WCAG A/AA rules on the page as it is now (needs `axe: true`). */
  axeViolations(): Promise<string[]> {
    return this.page.evaluate(async (tags) => {
      const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v: any) => `${v.id} (${v.impact}): ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
    }, WCAG_TAGS);
  }

  close(): Promise<void> {
    return this.page.context().close();
  }
}

/** An element's text without its screen-reader-only words, spaces collapsed (runs in the page). */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const sr of copy.querySelectorAll('.sr-only')) sr.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}
