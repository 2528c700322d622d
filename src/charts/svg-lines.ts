import type { ChartConfiguration } from 'chart.js';
import type { Lang } from '../lib/format.ts';
import { valueFormatter, type ValueUnit } from './chart-format.ts';
import { COLOURS, MARGIN, niceScale, round, roomy, SVG_WIDTH, svgText, type SvgBody } from './svg-parts.ts';
import type { MeasureWeighted } from './fit-text.ts';

const LEGEND_SIZE = 13;
const TICK_SIZE = 12;
const PLOT_HEIGHT = 280;
const PALETTE = [COLOURS.accent, '#b35900', '#5b3f8c', '#1f5fa8'];

/**
 * Lines as timelineLines() configures them: a legend, one line per series with a dot at each value, a gap and a
 * "*" in the series' colour where a value is hidden, month labels below (thinned when crowded) and a value axis
 * from 0. Values are not written on a line chart, so approximate ones are said in the notes below it only.
 */
export function linesBody(config: ChartConfiguration, unit: ValueUnit, lang: Lang, measure: MeasureWeighted, approximate: boolean[][] = []): SvgBody {
  const format = valueFormatter(unit, lang);
  const labels = (config.data.labels ?? []).map(String);
  const series = config.data.datasets.map((d, i) => ({
    label: d.label ?? '',
    colour: typeof d.borderColor === 'string' ? d.borderColor : PALETTE[i % PALETTE.length]!,
    values: (d.data as unknown[]).map((v) => (typeof v === 'number' ? v : null)),
  }));
  const width = (t: string, size: number) => roomy(measure, t, size);
  const parts: string[] = [];

  // Legend: a short line and dot in each series' colour, then its name, wrapping onto further rows.
  let lx = MARGIN;
  let ly = LEGEND_SIZE;
  for (const s of series) {
    const w = 30 + width(s.label, LEGEND_SIZE) + 20;
    if (lx > MARGIN && lx + w > SVG_WIDTH - MARGIN) {
      lx = MARGIN;
      ly += LEGEND_SIZE + 10;
    }
    parts.push(`<line x1="${lx}" x2="${lx + 22}" y1="${round(ly - 4)}" y2="${round(ly - 4)}" stroke="${s.colour}" stroke-width="3"/><circle cx="${lx + 11}" cy="${round(ly - 4)}" r="4" fill="${s.colour}"/>`);
    parts.push(svgText(lx + 30, ly, LEGEND_SIZE, s.label));
    lx += w;
  }

  const top = ly + 20;
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const scale = niceScale(Math.max(0, ...all));
  const axisWidth = Math.max(...scale.ticks.map((t) => width(format(t), TICK_SIZE))) + 10;
  const x0 = MARGIN + axisWidth;
  const plotWidth = SVG_WIDTH - MARGIN - x0;
  const bottom = top + PLOT_HEIGHT;
  const y = (v: number) => bottom - (v / scale.max) * PLOT_HEIGHT;
  const slot = plotWidth / Math.max(labels.length, 1);
  const x = (i: number) => x0 + (i + 0.5) * slot;

  for (const t of scale.ticks) {
    parts.push(`<line x1="${round(x0)}" x2="${SVG_WIDTH - MARGIN}" y1="${round(y(t))}" y2="${round(y(t))}" stroke="${t === 0 ? COLOURS.axis : COLOURS.grid}" stroke-width="1"/>`);
    parts.push(svgText(x0 - 8, y(t) + TICK_SIZE * 0.35, TICK_SIZE, format(t), { fill: COLOURS.muted, anchor: 'end' }));
  }
  // Every k-th month label, so that none overlaps its neighbour.
  const widest = Math.max(0, ...labels.map((l) => width(l, TICK_SIZE)));
  const every = Math.max(1, Math.ceil((widest + 8) / slot));
  labels.forEach((label, i) => {
    if (i % every === 0) parts.push(svgText(x(i), bottom + TICK_SIZE + 8, TICK_SIZE, label, { fill: COLOURS.muted, anchor: 'middle' }));
  });

  let hidden = false;
  series.forEach((s, si) => {
    const runs: string[] = [];
    let run = '';
    s.values.forEach((v, i) => {
      if (v === null) {
        if (run) runs.push(run);
        run = '';
        hidden = true;
        parts.push(svgText(x(i), bottom - 8 - si * 16, 16, '*', { weight: 700, fill: s.colour, anchor: 'middle' }));
        return;
      }
      run += `${run ? 'L' : 'M'}${round(x(i))} ${round(y(v))}`;
    });
    if (run) runs.push(run);
    for (const d of runs) parts.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2.5" stroke-linejoin="round"/>`);
    s.values.forEach((v, i) => {
      if (v !== null) parts.push(`<circle cx="${round(x(i))}" cy="${round(y(v))}" r="3.5" fill="${s.colour}"/>`);
    });
  });

  return {
    markup: parts.join(''), height: bottom + TICK_SIZE + 14, hidden,
    approximate: series.some((s, si) => s.values.some((v, i) => v !== null && approximate[si]?.[i] === true)),
  };
}
