import { niceStep } from '../shared/nice-step.ts';

/** A line chart laid out at build time as SVG geometry, so a slide needs no script and no network to show it. */
export interface LineSeries {
  label: string;
  /** One value per x label; null is a gap (a hidden month). */
  values: (number | null)[];
  /** One flag per value: approximate (≈). */
  approximate: boolean[];
  colour: string;
  /** Stroke width in chart units. */
  weight: number;
}

export interface LineLayout {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  lines: { label: string; colour: string; weight: number; d: string; points: { x: number; y: number }[] }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number }[];
}

/** Gridlines every 1, 2, 2.5 or 5 × a power of ten, about `GRIDLINES` of them up to the largest value. */
const GRIDLINES = 4;
const MULTIPLES = [1, 2, 2.5, 5, 10];

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Lines over the x labels, from zero up to a rounded maximum, in a `width` × `height` box with room for the axis
 * labels (`margin`: left for the value ticks, bottom for the months).
 */
export function lineLayout(
  xLabels: string[],
  series: LineSeries[],
  { width, height, margin }: { width: number; height: number; margin: { left: number; right: number; top: number; bottom: number } },
): LineLayout {
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const step = niceStep(Math.max(0, ...values) / GRIDLINES, MULTIPLES);
  const top = Math.max(step, Math.ceil(Math.max(0, ...values) / step) * step);
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  const xAt = (i: number) => round1(xLabels.length === 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * i) / (xLabels.length - 1));
  const yAt = (v: number) => round1(plot.bottom - ((plot.bottom - plot.top) * v) / top);
  return {
    width,
    height,
    plot,
    lines: series.map((s) => {
      const points: { x: number; y: number }[] = [];
      let d = '';
      let pen = false;
      s.values.forEach((v, i) => {
        if (v === null) {
          pen = false;
          return;
        }
        const p = { x: xAt(i), y: yAt(v) };
        points.push(p);
        d += `${pen ? 'L' : 'M'}${p.x} ${p.y}`;
        pen = true;
      });
      return { label: s.label, colour: s.colour, weight: s.weight, d, points };
    }),
    xTicks: xLabels.map((label, i) => ({ x: xAt(i), label })),
    yTicks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({ y: yAt(i * step), value: i * step })),
  };
}
