// One static host for tests and scripts/budgets.ts: see scripts/lib/static-server.ts.
export { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
