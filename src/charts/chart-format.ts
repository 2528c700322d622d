import type { ChartConfiguration } from 'chart.js';
import { formatCount, formatPercent, formatRupiah, type Lang } from '../lib/format.ts';

/** What a chart's values measure, so its ticks and tooltips read like the table beside it. */
export type ValueUnit = 'count' | 'percent' | 'rupiah';

/** What ChartFigure passes to the browser as JSON: functions do not survive JSON, so formatting is added at mount. */
export interface ChartPayload {
  unit: ValueUnit;
  config: ChartConfiguration;
}

/** The page language a builder wrote into the config ("id-ID" or "en"). */
export function chartLang(config: ChartConfiguration): Lang {
  return String(config.options?.locale ?? '').startsWith('id') ? 'id' : 'en';
}

export function valueFormatter(unit: ValueUnit, lang: Lang): (value: number) => string {
  if (unit === 'percent') return (v) => formatPercent(v, lang);
  if (unit === 'rupiah') return (v) => formatRupiah(v, lang);
  return (v) => formatCount(v, lang);
}

type Loose = Record<string, any>;

/**
 * The config Chart.js receives in the browser: value-axis ticks and tooltips formatted in the page language
 * (24.348; 12,5%; Rp16.800), whole-number ticks for counts, and no animation for readers who ask for less motion.
 */
export function mountableConfig({ unit, config }: ChartPayload, reducedMotion: boolean): ChartConfiguration {
  const format = valueFormatter(unit, chartLang(config));
  const options: Loose = config.options ?? {};
  const valueAxis = options.indexAxis === 'y' ? 'x' : 'y';
  const scales: Loose = options.scales ?? {};
  const axis: Loose = scales[valueAxis] ?? {};
  const plugins: Loose = options.plugins ?? {};
  const tooltip: Loose = plugins.tooltip ?? {};
  return {
    ...config,
    options: {
      ...options,
      animation: reducedMotion ? false : (options.animation ?? { duration: 400 }),
      scales: {
        ...scales,
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
            label: (item: { dataset: { label?: string }; parsed: Loose }) => `${item.dataset.label ?? ''}: ${format(item.parsed[valueAxis])}`,
          },
        },
      },
    },
  } as ChartConfiguration;
}
