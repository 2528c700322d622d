// What a page weighs on the wire: every response's transferred (encoded, headers included) bytes, grouped by
// kind, and the two home-page budgets from the issue. 1 KB here is 1,000 bytes.
import { LIMITS } from './limits.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'svg' | 'json' | 'image' | 'font' | 'other';

/** One finished response as Chromium's Network domain reports it. */
export interface Transfer { url: string; kind: ResourceKind; bytes: number }

export interface PageWeight {
  /** Transferred bytes by kind. */
  bytes: Record<ResourceKind, number>;
  /** Everything but JavaScript: HTML, CSS, the map (inline SVG or a file) and any data or image. */
  nonJs: number;
  js: number;
  requests: number;
}

const HOME_BUDGET = { nonJsBytes: LIMITS.homeNonJsBytes, jsBytes: LIMITS.homeJsBytes } as const;

/** A response's kind from its CDP resource type (Document, Stylesheet, Script, Image, Fetch…) and MIME type. */
export function resourceKind(resourceType: string, mimeType: string): ResourceKind {
  if (resourceType === 'Script' || /javascript|ecmascript/.test(mimeType)) return 'js';
  if (resourceType === 'Stylesheet' || mimeType === 'text/css') return 'css';
  if (resourceType === 'Document' || mimeType === 'text/html') return 'html';
  if (mimeType === 'image/svg+xml') return 'svg';
  if (/[/+]json$/.test(mimeType)) return 'json';
  if (resourceType === 'Image' || mimeType.startsWith('image/')) return 'image';
  if (resourceType === 'Font' || mimeType.startsWith('font/')) return 'font';
  return 'other';
}

export function pageWeight(transfers: readonly Transfer[]): PageWeight {
  const bytes: Record<ResourceKind, number> = { html: 0, css: 0, js: 0, svg: 0, json: 0, image: 0, font: 0, other: 0 };
  for (const t of transfers) bytes[t.kind] += t.bytes;
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  return { bytes, nonJs: total - bytes.js, js: bytes.js, requests: transfers.length };
}

/** Each home-page budget the weight breaks, as a sentence that names it. */
export function weightProblems(weight: PageWeight, budget: { nonJsBytes: number; jsBytes: number } = HOME_BUDGET): string[] {
  const problems: string[] = [];
  if (weight.nonJs > budget.nonJsBytes) problems.push(`home page HTML + CSS + map (all but JS) is ${kb(weight.nonJs)}, over the ${kb(budget.nonJsBytes)} budget`);
  if (weight.js > budget.jsBytes) problems.push(`home page JavaScript before any interaction is ${kb(weight.js)}, over the ${kb(budget.jsBytes)} budget`);
  return problems;
}

export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
