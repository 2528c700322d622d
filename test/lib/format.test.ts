import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatPercent } from '../../src/lib/format.ts';

describe('format', () => {
  it('formatCount(24348) is 24.348 in Indonesian and 24,348 in English; hidden reads as such', () => {
    expect(formatCount(24348, 'id')).toBe('24.348');
    expect(formatCount(24348, 'en')).toBe('24,348');
    expect(formatCount(null, 'id')).toBe('disembunyikan');
    expect(formatCount(null, 'en')).toBe('hidden');
  });

  it('formatPercent(12.5) is 12,5% in Indonesian and 12.5% in English', () => {
    expect(formatPercent(12.5, 'id')).toBe('12,5%');
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
    expect(formatPercent(null, 'id')).toBe('–');
  });

  it('formatDate(2025-09-26) names the month in the page language', () => {
    expect(formatDate('2025-09-26', 'id')).toBe('26 September 2025');
    expect(formatDate('2025-08-01', 'id')).toBe('1 Agustus 2025');
    expect(formatDate('2025-08-01', 'en')).toBe('1 August 2025');
  });
});
