import { describe, expect, it } from 'vitest';
import { formatCount, formatCoverageRange, formatDate, formatDifference, formatPercent, formatRupiah, formatRupiahShort } from '../../src/lib/format.ts';

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

  it('formatCoverageRange({low, high}) is one percent when both are equal, a range otherwise, null when none is shown', () => {
    expect(formatCoverageRange({ low: 78.5, high: 100 }, 'id')).toBe('78,5%–100%');
    expect(formatCoverageRange({ low: 96.4, high: 96.4 }, 'en')).toBe('96.4%');
    expect(formatCoverageRange({ low: null, high: null }, 'id')).toBeNull();
  });

  it('formatCount(47, lang, approximate) is ≈47 in both languages; an exact count carries no mark; a hidden one is never marked', () => {
    expect(formatCount(47, 'id', true)).toBe('≈47');
    expect(formatCount(47, 'en', true)).toBe('≈47');
    expect(formatCount(24348, 'id', true)).toBe('≈24.348');
    expect(formatCount(24348, 'en', true)).toBe('≈24,348');
    expect(formatCount(47, 'id', false)).toBe('47');
    expect(formatCount(null, 'en', true)).toBe('hidden');
  });

  it('formatPercent(12.5, lang, approximate) is ≈12,5% / ≈12.5%; no percent stays "–"', () => {
    expect(formatPercent(12.5, 'id', true)).toBe('≈12,5%');
    expect(formatPercent(12.5, 'en', true)).toBe('≈12.5%');
    expect(formatPercent(null, 'id', true)).toBe('–');
  });

  it('formatRupiah and formatRupiahShort mark an approximate amount ≈', () => {
    expect(formatRupiah(16800, 'id', true)).toBe('≈Rp16.800');
    expect(formatRupiahShort(572_067_000, 'en', true)).toBe('≈Rp572 million');
    expect(formatRupiahShort(572_067_000, 'en')).toBe('Rp572 million');
  });

  it('formatCoverageRange marks each approximate end ≈, and keeps one percent only when both ends say the same', () => {
    expect(formatCoverageRange({ low: 78.5, high: 100, lowApproximate: true, highApproximate: false }, 'id')).toBe('≈78,5%–100%');
    expect(formatCoverageRange({ low: 96.4, high: 96.4, lowApproximate: true, highApproximate: true }, 'en')).toBe('≈96.4%');
    expect(formatCoverageRange({ low: 96.4, high: 96.4, lowApproximate: true, highApproximate: false }, 'en')).toBe('≈96.4%–96.4%');
  });

  it('formatDifference(value, lang) signs changes with a true minus, keeps hidden ones hidden, and marks approximate ones ≈', () => {
    expect(formatDifference(1234, 'id')).toBe('+1.234');
    expect(formatDifference(-3, 'en')).toBe('−3');
    expect(formatDifference(0, 'id')).toBe('0');
    expect(formatDifference(null, 'id')).toBeNull();
    expect(formatDifference(12, 'id', true)).toBe('≈+12');
    expect(formatDifference(-1234, 'en', true)).toBe('≈−1,234');
  });

  it('formatDate(2025-09-26) names the month in the page language', () => {
    expect(formatDate('2025-09-26', 'id')).toBe('26 September 2025');
    expect(formatDate('2025-08-01', 'id')).toBe('1 Agustus 2025');
    expect(formatDate('2025-08-01', 'en')).toBe('1 August 2025');
  });

  it('formatRupiah(16800) is Rp16.800 in Indonesian and Rp16,800 in English; hidden reads as such', () => {
    expect(formatRupiah(16800, 'id')).toBe('Rp16.800');
    expect(formatRupiah(16800, 'en')).toBe('Rp16,800');
    expect(formatRupiah(4908556800, 'id')).toBe('Rp4.908.556.800');
    expect(formatRupiah(0, 'en')).toBe('Rp0');
    expect(formatRupiah(null, 'id')).toBe('disembunyikan');
    expect(formatRupiah(null, 'en')).toBe('hidden');
  });
  it('formatRupiahShort(4908556800) is Rp4,91 miliar in Indonesian and Rp4.91 billion in English', () => {
    expect(formatRupiahShort(4_908_556_800, 'id')).toBe('Rp4,91 miliar');
    expect(formatRupiahShort(4_908_556_800, 'en')).toBe('Rp4.91 billion');
    expect(formatRupiahShort(572_067_000, 'id')).toBe('Rp572 juta');
    expect(formatRupiahShort(1_250_000_000_000, 'en')).toBe('Rp1.25 trillion');
    expect(formatRupiahShort(16_800, 'id')).toBe('Rp16.800');
    expect(formatRupiahShort(null, 'en')).toBe('hidden');
  });
});
