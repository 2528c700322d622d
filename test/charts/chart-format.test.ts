import { describe, expect, it } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { mountableConfig, wrapLabel } from '../../src/charts/chart-format.ts';
import { chartSummary } from '../../src/charts/chart-summary.ts';

const bars = (locale: string): ChartConfiguration => ({
  type: 'bar',
  data: { labels: ['Ketua RT', 'Ketua LPM *', 'Nelayan'], datasets: [{ label: 'Peserta aktif', data: [3209, null, 5000] }] },
  options: { indexAxis: 'y', locale, scales: { x: { beginAtZero: true } } },
});
type Tick = (value: number | string) => string;
type Label = (item: { dataset: { label?: string }; datasetIndex: number; dataIndex: number; parsed: Record<string, number> }) => string;
const tick = (config: ChartConfiguration, axis: string) => (config.options as any).scales[axis].ticks.callback as Tick;
const tooltip = (config: ChartConfiguration) => (config.options as any).plugins.tooltip.callbacks.label as Label;

describe('mountableConfig', () => {
  it('mountableConfig formats the value axis and tooltips of an Indonesian count chart as 24.348', () => {
    const config = mountableConfig({ unit: 'count', config: bars('id-ID') }, false);
    expect(tick(config, 'x')(24348)).toBe('24.348');
    expect((config.options as any).scales.x.ticks.precision).toBe(0);
    expect((config.options as any).scales.x.beginAtZero).toBe(true);
    expect(tooltip(config)({ dataset: { label: 'Peserta aktif' }, datasetIndex: 0, dataIndex: 0, parsed: { x: 3209, y: 0 } })).toBe('Peserta aktif: 3.209');
  });

  it('mountableConfig writes an approximate value\'s tooltip ≈3.209 / ≈3,209 and leaves exact values and the axis unmarked', () => {
    const approximate = [[true, false, false]];
    const id = mountableConfig({ unit: 'count', config: bars('id-ID'), approximate }, false);
    const en = mountableConfig({ unit: 'count', config: bars('en'), approximate }, false);
    expect(tooltip(id)({ dataset: { label: 'Peserta aktif' }, datasetIndex: 0, dataIndex: 0, parsed: { x: 3209, y: 0 } })).toBe('Peserta aktif: ≈3.209');
    expect(tooltip(en)({ dataset: { label: 'Active members' }, datasetIndex: 0, dataIndex: 0, parsed: { x: 3209, y: 0 } })).toBe('Active members: ≈3,209');
    expect(tooltip(id)({ dataset: { label: 'Peserta aktif' }, datasetIndex: 0, dataIndex: 2, parsed: { x: 5000, y: 2 } })).toBe('Peserta aktif: 5.000');
    expect(tick(id, 'x')(3000)).toBe('3.000');
  });

  it('mountableConfig formats percent and rupiah in English on an English page, on the y axis of a vertical chart', () => {
    const vertical: ChartConfiguration = { type: 'line', data: { labels: ['Jun'], datasets: [{ label: 'Coverage', data: [12.5] }] }, options: { locale: 'en' } };
    const percent = mountableConfig({ unit: 'percent', config: vertical }, false);
    expect(tick(percent, 'y')(12.5)).toBe('12.5%');
    expect(tooltip(percent)({ dataset: { label: 'Coverage' }, datasetIndex: 0, dataIndex: 0, parsed: { x: 0, y: 12.5 } })).toBe('Coverage: 12.5%');
    expect(tick(mountableConfig({ unit: 'rupiah', config: vertical }, false), 'y')(16800)).toBe('Rp16,800');
    expect(tick(mountableConfig({ unit: 'rupiah', config: bars('id-ID') }, false), 'x')(16800)).toBe('Rp16.800');
  });

  it('mountableConfig turns animation off when the reader prefers reduced motion', () => {
    expect(mountableConfig({ unit: 'count', config: bars('id-ID') }, true).options!.animation).toBe(false);
    expect(mountableConfig({ unit: 'count', config: bars('id-ID') }, false).options!.animation).not.toBe(false);
  });

  it('mountableConfig leaves the data and the input config untouched', () => {
    const input = bars('id-ID');
    const before = JSON.stringify(input);
    const config = mountableConfig({ unit: 'count', config: input }, true);
    expect(config.data).toEqual(input.data);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('chartSummary', () => {
  it('chartSummary(config, count, id) names the chart kind, the highest bar and how many values are hidden', () => {
    expect(chartSummary(bars('id-ID'), 'count', 'id')).toBe('Grafik batang. Peserta aktif: tertinggi Nelayan (5.000); 1 angka disembunyikan. Semua angka ada di tabel.');
  });

  it('chartSummary(config, unit, lang, approximate) marks an approximate highest value ≈ in both languages', () => {
    expect(chartSummary(bars('id-ID'), 'count', 'id', [[false, false, true]])).toBe('Grafik batang. Peserta aktif: tertinggi Nelayan (≈5.000); 1 angka disembunyikan. Semua angka ada di tabel.');
    const line: ChartConfiguration = { type: 'line', data: { labels: ['Jun 2025', 'Jul 2025'], datasets: [{ label: 'All', data: [4000, 6036] }] } };
    expect(chartSummary(line, 'count', 'en', [[true, true]])).toBe('Line chart. All: highest Jul 2025 (≈6,036). Every number is in the table.');
  });

  it('chartSummary in English formats percent and says when nothing is hidden', () => {
    const line: ChartConfiguration = { type: 'line', data: { labels: ['Jun 2025', 'Jul 2025'], datasets: [{ label: 'Coverage', data: [40, 62.5] }] } };
    expect(chartSummary(line, 'percent', 'en')).toBe('Line chart. Coverage: highest Jul 2025 (62.5%). Every number is in the table.');
  });
});

describe('wrapLabel', () => {
  it('wrapLabel(label, 16) keeps short labels and breaks long ones between words, no line over 16', () => {
    expect(wrapLabel('Nelayan', 16)).toBe('Nelayan');
    expect(wrapLabel('Ride-hailing motorcycle driver', 16)).toEqual(['Ride-hailing', 'motorcycle', 'driver']);
    expect(wrapLabel('Pekerja sosial-keagamaan', 16)).toEqual(['Pekerja', 'sosial-keagamaan']);
    expect(wrapLabel('LPM (village council) head *', 16)).toEqual(['LPM (village', 'council) head *']);
  });
  it('mountableConfig wraps the category labels of horizontal bars only', () => {
    const bar = { type: 'bar', data: { labels: ['Ride-hailing motorcycle driver'], datasets: [] }, options: { indexAxis: 'y', locale: 'en' } } as unknown as ChartConfiguration;
    const line = { type: 'line', data: { labels: ['September 2025 and a long tail'], datasets: [] }, options: { locale: 'en' } } as unknown as ChartConfiguration;
    const mounted = mountableConfig({ unit: 'count', config: bar }, false);
    expect(mounted.data.labels).toEqual([['Ride-hailing', 'motorcycle driver']]);
    expect((mounted.options?.scales?.y as { ticks?: { autoSkip?: boolean } }).ticks?.autoSkip).toBe(false);
    expect(mountableConfig({ unit: 'count', config: line }, false).data.labels).toEqual(['September 2025 and a long tail']);
  });
});
