// Debian's Chromium, started the same way by the real-browser tests (playwright-core) and by Lighthouse
// (chrome-launcher): no sandbox (CI runs as root), no GPU, and nothing that phones home. Debian's wrapper
// gives Chromium Google API keys, and with them it still looks up accounts.google.com,
// update.googleapis.com and clients2.google.com despite --disable-background-networking; the resolver rule
// makes every host name but localhost unresolvable, so nothing can leave the machine (page requests to other
// origins still show up as failed requests, which the tests look for).
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** Playwright's Chromium on Debian's binary (Playwright cannot download its own browser here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
