import { describe, expect, it } from 'vitest';
import { awardRank, byAwardRank, periodRange, shareSentence } from './year-summary';

describe('year-end summary', () => {
  it('counts the whole year for the tổng kết and January–June for the sơ kết, each against the same span a year earlier', () => {
    expect(periodRange(2025, 'NAM')).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      label: 'năm 2025',
      previous: { from: '2024-01-01', to: '2024-12-31', label: 'năm 2024' },
    });
    const half = periodRange(2026, 'SAU_THANG');
    expect([half.from, half.to, half.label]).toEqual(['2026-01-01', '2026-06-30', '6 tháng đầu năm 2026']);
    expect(half.previous.to).toBe('2025-06-30');
  });

  it('lists awards from Huân chương down: Sao vàng first, Lao động after Quân công, Bằng khen tỉnh above Giấy khen, own awards last', () => {
    const codes = [
      'GIAY_KHEN',
      'BK_BO_TINH',
      'HCLD3',
      'TINH_RIENG',
      'BK_TTG',
      'HCQC1',
      'HC_SAO_VANG',
      'LDTT',
    ];
    const sorted = codes.map((awardCode) => ({ awardCode })).sort(byAwardRank);
    expect(sorted.map((a) => a.awardCode)).toEqual([
      'HC_SAO_VANG',
      'HCQC1',
      'HCLD3',
      'BK_TTG',
      'BK_BO_TINH',
      'GIAY_KHEN',
      'LDTT',
      'TINH_RIENG',
    ]);
    expect(awardRank('HCLD1')).toBeLessThan(awardRank('HCLD2'));
  });

  it('says how the direct workers’ share moved, in Vietnamese figures, and when there is nothing to compare', () => {
    expect(shareSentence({ count: 89, base: 216 }, { count: 80, base: 212 }, 'năm 2024')).toBe(
      'chiếm 41,2% (89/216 lượt khen thưởng cá nhân), tăng 3,5 điểm phần trăm so với năm 2024 (37,7%).',
    );
    expect(shareSentence({ count: 10, base: 40 }, { count: 20, base: 40 }, 'năm 2024')).toContain(
      'giảm 25 điểm phần trăm so với năm 2024 (50%)',
    );
    expect(shareSentence({ count: 1, base: 4 }, { count: 0, base: 0 }, 'năm 2024')).toBe(
      'chiếm 25% (1/4 lượt khen thưởng cá nhân); năm 2024 chưa có khen thưởng cá nhân để so sánh.',
    );
    expect(shareSentence({ count: 0, base: 0 }, { count: 1, base: 2 }, 'năm 2024')).toBe(
      'chưa có khen thưởng cá nhân trong kỳ.',
    );
  });
});
