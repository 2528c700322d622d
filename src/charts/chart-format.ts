import type { ChartConfiguration, ChartType } from 'chart.js';
import { formatCount, formatPercent, formatRupiah, type Lang } from '../lib/format.ts';

/** What a chart's values measure, so its ticks and tooltips read like the table beside it. */
export type ValueUnit = 'count' | 'percent' | 'rupiah';

/**
 * A chart as its builder makes it: the Chart.js config, and for each dataset and value whether the value is
 * approximate, so tooltips, the text alternative and the pictures mark it "≈" as the table beside it does.
 */
export interface BuiltChart<T extends ChartType = ChartType> {
  config: ChartConfiguration<T, (number | null)[], string>;
  approximate: boolean[][];
}

/** What ChartFigure passes to the browser as JSON: functions do not survive JSON, so formatting is added at mount. */
export interface ChartPayload {
  unit: ValueUnit;
  config: ChartConfiguration;
  /** Per dataset, per value: approximate (≈); missing means exact. */
  approximate?: boolean[][];
}

/** The page language a builder wrote into the config ("id-ID" or "en"). */
function chartLang(config: ChartConfiguration): Lang {
  return String(config.options?.locale ?? '').startsWith('id') ? 'id' : 'en';
}

/** Values (and ticks) as the table writes them; `approximate` marks a value "≈". */
export function valueFormatter(unit: ValueUnit, lang: Lang): (value: number, approximate?: boolean) => string {
  if (unit === 'percent') return (v, approximate) => formatPercent(v, lang, approximate);
  if (unit === 'rupiah') return (v, approximate) => formatRupiah(v, lang, approximate);
  return (v, approximate) => formatCount(v, lang, approximate);
}

type Loose = Record<string, any>;

/**
 * A long category label as lines of at most `width` characters, broken between words, so a horizontal bar
 * chart on a 412 px phone does not cut "Ride-hailing motorcycle driver" at the canvas edge.
 */
export function wrapLabel(label: string, width: number): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Characters per line of a bar label: two lines at most for most area and category names, under half a phone-wide chart. */
const LABEL_WIDTH = 20;

/**
 * The config Chart.js receives in the browser: value-axis ticks and tooltips formatted in the page language
 * (24.348; 12,5%; Rp16.800; ≈47 for an approximate value), whole-number ticks for counts, long bar labels on several
 * lines, and no animation for readers who ask for less motion.
 */
export function mountableConfig({ unit, config, approximate = [] }: ChartPayload, reducedMotion: boolean): ChartConfiguration {
  const format = valueFormatter(unit, chartLang(config));
  const options: Loose = config.options ?? {};
  const valueAxis = options.indexAxis === 'y' ? 'x' : 'y';
  const scales: Loose = options.scales ?? {};
  const axis: Loose = scales[valueAxis] ?? {};
  const plugins: Loose = options.plugins ?? {};
  const tooltip: Loose = plugins.tooltip ?? {};
  const labels = options.indexAxis === 'y' && config.data.labels
    ? config.data.labels.map((l) => (typeof l === 'string' ? wrapLabel(l, LABEL_WIDTH) : l))
    : config.data.labels;
  return {
    ...config,
    data: { ...config.data, labels },
    options: {
      ...options,
      animation: reducedMotion ? false : (options.animation ?? { duration: 400 }),
      scales: {
        ...scales,
        // Every bar keeps its name: Chart.js would otherwise skip labels it thinks are crowded (wrapped ones).
        ...(valueAxis === 'x' ? { y: { ...scales.y, ticks: { ...scales.y?.ticks, autoSkip: false } } } : {}),
        [valueAxis]: {
          ...axis,
          ticks: { ...axis.ticks, ...(unit === 'count' ? { precision: 0 } : {}), callback: (value: number | string) => format(Number(value)) },
        },
      },
      plugins: {
        ...plugins,
        tooltip: {
          ...tooltip,
          callbacks: {
            ...tooltip.callbacks,
            label: (item: { dataset: { label?: string }; datasetIndex: number; dataIndex: number; parsed: Loose }) =>
              `${item.dataset.label ?? ''}: ${format(item.parsed[valueAxis], approximate[item.datasetIndex]?.[item.dataIndex] === true)}`,
          },
        },
      },
    },
  } as ChartConfiguration;
}
