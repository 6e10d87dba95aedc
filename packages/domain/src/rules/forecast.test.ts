import { describe, expect, it } from 'vitest';
import { forecast } from './forecast';
import type { History } from './types';

const h: History = {
  subject: { type: 'individual', recruitedOn: '2015-01-01' },
  ratings: [2021, 2022, 2023, 2024].map((year) => ({ year, rating: 'HTTNV' as const })),
  awards: [
    { award: 'BK_BO_TINH', year: 2019 },
    { award: 'CSTDCS', year: 2022 },
    { award: 'CSTDCS', year: 2023 },
    { award: 'LDTT', year: 2024 },
  ],
};

describe('forecast', () => {
  const byCode = new Map(forecast(h, 2024).map((f) => [f.award, f]));
  it('eligible now', () => {
    const notYetGiven = { ...h, awards: h.awards?.filter((a) => !(a.award === 'LDTT' && a.year === 2024)) };
    const ldtt = forecast(notYetGiven, 2024, { awards: ['LDTT'] })[0];
    expect(ldtt).toMatchObject({ status: 'ELIGIBLE', year: 2024, steps: [] });
  });
  it('a title already held for the year is not "now": the next year is (Law 2022, Điều 5)', () => {
    const f = byCode.get('LDTT');
    expect(f).toMatchObject({ status: 'LATER', year: 2025 });
    expect(f?.missing.some((r) => r.citation.endsWith('Điều 5') && r.text.includes('năm 2024'))).toBe(true);
  });
  it('names the missing CSTĐ cơ sở year for Bằng khen Thủ tướng', () => {
    const f = byCode.get('BK_TTG');
    expect(f).toMatchObject({ status: 'LATER', year: 2025 });
    expect(f?.text).toContain('đạt CSTĐ cơ sở năm 2025');
    expect(f?.text).toContain('để đủ điều kiện Bằng khen của Thủ tướng Chính phủ năm 2025');
    expect(f?.missing.some((r) => r.text.includes('Chỉ có 2/3 lần đạt CSTĐ cơ sở'))).toBe(true);
  });
  it('needs two consecutive CSTĐ cơ sở for Bằng khen tỉnh', () => {
    expect(byCode.get('BK_BO_TINH')).toMatchObject({ status: 'LATER', year: 2026 });
  });
  it('never assumes initiatives or awards five years ahead', () => {
    expect(byCode.get('CSTD_BO_TINH')).toMatchObject({ status: 'NOT_WITHIN_HORIZON', year: null });
    expect(byCode.get('HCLD3')).toMatchObject({ status: 'NOT_WITHIN_HORIZON' });
    expect(forecast(h, 2024, { horizon: 6, awards: ['HCLD3'] })[0]).toMatchObject({
      status: 'LATER',
      year: 2030,
    });
  });
  it('only lists awards of the subject type', () => {
    expect(byCode.has('TTLDXS')).toBe(false);
  });
});
