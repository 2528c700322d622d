// One launcher for tests and scripts/budgets.ts: see scripts/lib/chromium.ts.
export { launchChromium } from '../../scripts/lib/chromium.ts';
