import type { ChartConfiguration } from 'chart.js';
import { fitText, type MeasureWeighted } from './fit-text.ts';
import type { Lang } from '../lib/format.ts';
import { valueFormatter, type ValueUnit } from './chart-format.ts';
import { COLOURS, MARGIN, niceScale, round, roomy, SVG_WIDTH, svgText, type SvgBody } from './svg-parts.ts';

const LABEL_SIZE = 14;
const VALUE_SIZE = 13;
const TICK_SIZE = 12;
const LINE = 17;
const BAR = 18;
/** The label column takes at most this share of the width; longer names wrap onto a second line. */
const LABEL_SHARE = 0.4;

/**
 * Horizontal bars as horizontalBars() configures them: one row per label (wrapped onto two lines at most), the
 * value written at the end of each bar ("≈47" when approximate), "*" where a value is hidden (its label already
 * carries "*"), and a value axis from 0 with light grid lines.
 */
export function barsBody(config: ChartConfiguration, unit: ValueUnit, lang: Lang, measure: MeasureWeighted, approximate: boolean[] = []): SvgBody {
  const format = valueFormatter(unit, lang);
  const labels = (config.data.labels ?? []).map(String);
  const dataset = config.data.datasets[0];
  const values = ((dataset?.data ?? []) as (number | null)[]).map((v) => (typeof v === 'number' ? v : null));
  const colour = typeof dataset?.backgroundColor === 'string' ? dataset.backgroundColor : COLOURS.accent;
  const inner = SVG_WIDTH - 2 * MARGIN;
  const width = (t: string, size: number) => roomy(measure, t, size);

  const wrapped = labels.map((l) => fitText(l, inner * LABEL_SHARE, [LABEL_SIZE], 2, width).lines);
  const labelWidth = Math.max(0, ...wrapped.flat().map((l) => width(l, LABEL_SIZE)));
  const x0 = MARGIN + labelWidth + 10;
  const valueTexts = values.map((v, i) => (v === null ? '*' : format(v, approximate[i] === true)));
  const valueRoom = Math.max(...valueTexts.map((t) => width(t, VALUE_SIZE)), 0) + 8;
  const scale = niceScale(Math.max(0, ...values.filter((v): v is number => v !== null), suggestedMax(config)));
  const plotWidth = SVG_WIDTH - MARGIN - valueRoom - x0;
  const x = (v: number) => x0 + (v / scale.max) * plotWidth;

  const rows: string[] = [];
  let y = 0;
  values.forEach((value, i) => {
    const lines = wrapped[i]!;
    const height = Math.max(BAR + 12, lines.length * LINE + 10);
    const middle = y + height / 2;
    lines.forEach((line, j) => rows.push(svgText(x0 - 10, middle + (j - (lines.length - 1) / 2) * LINE + LABEL_SIZE * 0.35, LABEL_SIZE, line, { anchor: 'end' })));
    if (value !== null) {
      const end = x(value);
      rows.push(`<rect x="${round(x0)}" y="${round(middle - BAR / 2)}" width="${round(Math.max(end - x0, 0))}" height="${BAR}" fill="${colour}"/>`);
      rows.push(svgText(end + 5, middle + VALUE_SIZE * 0.35, VALUE_SIZE, valueTexts[i]!, { weight: 600 }));
    } else {
      rows.push(svgText(x0 + 5, middle + VALUE_SIZE * 0.35, VALUE_SIZE + 2, '*', { weight: 700 }));
    }
    y += height;
  });

  const grid = scale.ticks.map((t) => `<line x1="${round(x(t))}" x2="${round(x(t))}" y1="0" y2="${round(y)}" stroke="${t === 0 ? COLOURS.axis : COLOURS.grid}" stroke-width="1"/>`);
  const ticks = scale.ticks.map((t) => svgText(x(t), y + TICK_SIZE + 6, TICK_SIZE, format(t), { fill: COLOURS.muted, anchor: 'middle' }));
  return {
    markup: [...grid, ...rows, ...ticks].join(''), height: y + TICK_SIZE + 10,
    hidden: values.includes(null), approximate: values.some((v, i) => v !== null && approximate[i] === true),
  };
}

function suggestedMax(config: ChartConfiguration): number {
  const scales = (config.options?.scales ?? {}) as Record<string, { suggestedMax?: number } | undefined>;
  return scales.x?.suggestedMax ?? 0;
}
