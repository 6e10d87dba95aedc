import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CouncilFormValues, defaultQuorum, validateCouncilForm } from './council-form';

const valid: CouncilFormValues = {
  unitId: '0190a3c4-0000-7000-8000-000000000001',
  title: 'Phiên họp Hội đồng tháng 11',
  meetingOn: '2026-11-20',
  quorum: 2,
  members: [
    { userId: 'a', isPresent: true },
    { userId: 'b', isPresent: true },
    { userId: 'c', isPresent: false },
  ],
  proposalIds: ['p'],
};

describe('defaultQuorum', () => {
  it('is two thirds of the members, rounded up', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 9].map(defaultQuorum)).toEqual([1, 2, 2, 3, 4, 4, 5, 6]);
  });

  it('is never below two thirds, never above the members, and at least 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (n) => {
        const q = defaultQuorum(n);
        expect(q).toBeGreaterThanOrEqual(1);
        expect(3 * q).toBeGreaterThanOrEqual(2 * n);
        if (n > 0) expect(q).toBeLessThanOrEqual(n);
      }),
    );
  });
});

describe('validateCouncilForm', () => {
  it('accepts a complete form', () => {
    expect(validateCouncilForm(valid)).toEqual({});
  });

  it('names each missing or wrong field in Vietnamese', () => {
    const errors = validateCouncilForm({
      unitId: null,
      title: '  ab ',
      meetingOn: '2026-02-30',
      quorum: '',
      members: [],
      proposalIds: [],
    });
    expect(errors).toEqual({
      unitId: 'Chọn đơn vị có Hội đồng',
      title: 'Nhập tên phiên họp (ít nhất 3 ký tự)',
      meetingOn: 'Nhập ngày họp hợp lệ',
      quorum: 'Số thành viên tối thiểu là số nguyên từ 1',
      members: 'Chọn ít nhất một thành viên',
      proposalIds: 'Chọn ít nhất một hồ sơ',
    });
  });

  it("refuses fewer members than the tenant's minimum council, saying both figures", () => {
    expect(validateCouncilForm(valid, 5).members).toBe('Hội đồng cần ít nhất 5 thành viên (đã chọn 3)');
    expect(validateCouncilForm(valid, 3).members).toBeUndefined();
  });

  it('refuses a quorum that the chosen members could never reach', () => {
    expect(validateCouncilForm({ ...valid, quorum: 4 }).quorum).toBe(
      'Số thành viên tối thiểu không vượt quá số thành viên đã chọn (3)',
    );
    expect(validateCouncilForm({ ...valid, quorum: 1.5 }).quorum).toBeDefined();
    expect(validateCouncilForm({ ...valid, quorum: 3 }).quorum).toBeUndefined();
  });
});
