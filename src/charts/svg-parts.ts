import { escapeXml } from '../shared/escape-xml.ts';
import { niceStep } from '../shared/nice-step.ts';
import type { MeasureWeighted } from './fit-text.ts';

// Shared pieces of the build-time SVG charts (chart-svg.ts): the page size, colours, fonts and text.

/** Width of every chart picture in SVG units; the PNG is drawn 1.5 times larger. */
export const SVG_WIDTH = 800;
export const MARGIN = 24;
/** Text measured in Inter is given this much more room, for the wider system fonts of browsers without Inter. */
const ROOM = 1.12;
export const FONT_FAMILY = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
export const COLOURS = { ink: '#1a1a1a', muted: '#4a4a4a', grid: '#d9d9d9', axis: '#767676', accent: '#0b5e55', warnBg: '#fff3cd', warnLine: '#8a6d00' } as const;

/** A drawn part of a picture: its markup from y = 0 down, the height it takes, and whether it shows a hidden or an approximate value. */
export interface SvgBody {
  markup: string;
  height: number;
  hidden: boolean;
  /** It shows an approximate value (≈), so the frame prints what ≈ means. */
  approximate?: boolean;
  /** Lines to print under the picture, before the source (a map's boundary credit). */
  notes?: string[];
}

export const round = (n: number) => Math.round(n * 10) / 10;

/** A <text> element; the content is escaped. */
export function svgText(x: number, y: number, size: number, content: string, options: { weight?: 400 | 600 | 700; fill?: string; anchor?: 'start' | 'middle' | 'end' } = {}): string {
  const { weight = 400, fill = COLOURS.ink, anchor = 'start' } = options;
  return `<text x="${round(x)}" y="${round(y)}" font-size="${size}"${weight === 400 ? '' : ` font-weight="${weight}"`} fill="${fill}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}>${escapeXml(content)}</text>`;
}

/** Width with room for a wider fallback font. */
export function roomy(measure: MeasureWeighted, text: string, size: number, weight: 400 | 600 | 700 = 400): number {
  return measure(text, size, weight) * ROOM;
}

/** A value axis from 0: about `ticks` steps of 1, 2 or 5 × 10ⁿ, reaching at least `max`. */
export function niceScale(max: number, ticks = 5): { max: number; step: number; ticks: number[] } {
  const step = niceStep(max / ticks);
  const top = Math.max(step, Math.ceil(max / step) * step);
  return { max: top, step, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step) };
}
