// Page object for a presentation (/presentasi/…) in Chromium: which slide shows, the counter and the address's
// #number, and the ways a presenter moves — keys, buttons and a finger's swipe (real touch events through DevTools).
import type { Browser, BrowserContextOptions, CDPSession, Page } from 'playwright-core';

export class DeckPage {
  readonly page: Page;
  /** Console errors, uncaught exceptions and failed requests, as they happen. */
  readonly errors: string[] = [];
  readonly requests: string[] = [];
  private cdp: CDPSession | null = null;

  private constructor(page: Page) {
    this.page = page;
    page.on('console', (m) => { if (m.type() === 'error') this.errors.push(`console: ${m.text()} (${m.location().url})`); });
    page.on('pageerror', (e) => this.errors.push(`exception: ${String(e)}`));
    page.on('requestfailed', (r) => this.errors.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('request', (r) => this.requests.push(r.url()));
  }

  /** A fresh context (1280 × 720, a projector's shape, unless told) on one presentation page. */
  static async open(browser: Browser, url: string, options: BrowserContextOptions & { axe?: string } = {}): Promise<DeckPage> {
    const { axe, ...contextOptions } = options;
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', ...contextOptions });
    // Init scripts run through DevTools, outside the page's CSP: they listen (and load axe), they relax nothing.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as any).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    if (axe) await context.addInitScript({ path: axe });
    const deck = new DeckPage(await context.newPage());
    await deck.page.goto(url, { waitUntil: 'load' });
    return deck;
  }

  /** The counter as shown: "3 / 8". */
  counter(): Promise<string> {
    return this.page.getByTestId('deck-counter').evaluate((e) => e.textContent!.replace(/\s+/g, ' ').trim());
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => location.hash);
  }

  /** The ids of the slides a reader can see (one in a deck; all without JavaScript). */
  shownSlides(): Promise<string[]> {
    return this.page.locator('[data-slide]').evaluateAll((slides) =>
      slides.filter((s) => !(s as HTMLElement).hidden && s.getBoundingClientRect().height > 0).map((s) => s.id));
  }

  slideCount(): Promise<number> {
    return this.page.locator('[data-slide]').count();
  }

  /** The heading of the slide on screen. */
  shownTitle(): Promise<string> {
    return this.page.locator('[data-slide]:not([hidden]) :is(h1, h2)').first().evaluate((h) => h.textContent!.trim());
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** A one-finger swipe across the slide from x1 to x2 (y drifting by dy), as touch events. */
  async swipe(x1: number, x2: number, y = 360, dy = 0): Promise<void> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const steps = 6;
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x1, y }] });
    for (let i = 1; i <= steps; i++) {
      await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x1 + ((x2 - x1) * i) / steps, y: y + (dy * i) / steps }] });
    }
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as any).cspViolations as string[]);
  }

  axeViolations(tags: string[]): Promise<string[]> {
    return this.page.evaluate(async (values) => {
      const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
      return result.violations.map((v: any) => `${v.id} (${v.impact}): ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
    }, tags);
  }

  /**
   * Takes the deck down again, leaving the page as it is without JavaScript (every slide, no controls), so axe can
   * check that reading: axe itself needs JavaScript to run.
   */
  async asWithoutJavaScript(): Promise<void> {
    await this.page.evaluate(() => {
      document.documentElement.classList.remove('deck-on');
      for (const slide of document.querySelectorAll<HTMLElement>('[data-slide]')) slide.hidden = false;
      document.querySelector<HTMLElement>('[data-deck-controls]')!.hidden = true;
    });
  }

  close(): Promise<void> {
    return this.page.context().close();
  }
}
