// Issue 12, "documents that name the right authority": the lines come from the decider and the signer.
import { describe, expect, it } from 'vitest';
import { authorityLines, deciderBodyOfUnit, decisionSubject, formKindName, placeOf } from './authority-lines';

describe('authority lines of a decision', () => {
  it('a provincial chair signs a Bằng khen of the province', () => {
    const l = authorityLines(
      { role: 'CHU_TICH_UBND_TINH', place: 'tỉnh Sơn Hà' },
      { name: 'Nguyễn Văn Hùng', deputy: false },
    );
    expect(l.authorityLine).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN HÀ');
    expect(decisionSubject('tặng Bằng khen', l, true)).toBe(
      'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    );
    expect(l.signatureLines).toEqual(['CHỦ TỊCH']);
    expect(l.authorityLine).not.toContain('THỦ TRƯỞNG');
  });
  it('a deputy chair signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"', () => {
    const l = authorityLines(
      { role: 'CHU_TICH_UBND_TINH', place: 'tỉnh Sơn Hà' },
      { name: 'Lê Thị Thu', deputy: true },
    );
    expect(l.signatureLines).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(l.authorityLine).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN HÀ');
  });
  it('a department director signs the department Giấy khen', () => {
    const l = authorityLines(
      { role: 'THU_TRUONG_SO', place: 'Sở Giáo dục và Đào tạo' },
      { name: 'Phạm Minh Tâm', deputy: false },
    );
    expect(l.authorityLine).toBe('GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(decisionSubject('tặng Giấy khen', l, true)).toBe(
      'Về việc tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo',
    );
  });
  it('a commune chair signs the commune Giấy khen (ND 129/2025, Điều 59)', () => {
    const l = authorityLines(
      { role: 'CHU_TICH_UBND_XA', place: 'xã Tân Lập' },
      { name: 'Hà Văn Sơn', deputy: false },
    );
    expect(l.authorityLine).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP');
    expect(decisionSubject('tặng Giấy khen', l, true)).toBe(
      'Về việc tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã',
    );
  });
});

describe('the decider of a unit', () => {
  it('a People’s Committee is decided by its chair, named by its place', () => {
    expect(deciderBodyOfUnit({ type: 'UBND_TINH', name: 'Ủy ban nhân dân tỉnh Sơn Hà' })).toEqual({
      role: 'CHU_TICH_UBND_TINH',
      place: 'tỉnh Sơn Hà',
    });
    expect(deciderBodyOfUnit({ type: 'XA_PHUONG', name: 'Xã Tân Lập' })).toEqual({
      role: 'CHU_TICH_UBND_XA',
      place: 'xã Tân Lập',
    });
    expect(placeOf('UBND phường Hòa Bình')).toBe('phường Hòa Bình');
    const l = authorityLines(deciderBodyOfUnit({ type: 'XA_PHUONG', name: 'Xã Tân Lập' }), {
      name: 'Hà Văn Sơn',
      deputy: false,
    });
    expect(l.issuingBody).toBe('Ủy ban nhân dân xã Tân Lập');
    expect(l.decider).toBe('Chủ tịch Ủy ban nhân dân xã Tân Lập');
  });
  it('a department by its director, any other unit by its head', () => {
    expect(deciderBodyOfUnit({ type: 'SO_BAN_NGANH', name: 'Sở Y tế' })).toEqual({
      role: 'THU_TRUONG_SO',
      place: 'Sở Y tế',
    });
    expect(deciderBodyOfUnit({ type: 'DON_VI_SU_NGHIEP', name: 'Trường THPT Số 1' }).role).toBe(
      'THU_TRUONG_DON_VI',
    );
  });
  it('a form is named by its kind, so the decision can say whose it is', () => {
    expect(formKindName('BK_BO_TINH')).toBe('Bằng khen');
    expect(formKindName('GIAY_KHEN')).toBe('Giấy khen');
    expect(formKindName('LDTT')).toBeNull();
  });
});
