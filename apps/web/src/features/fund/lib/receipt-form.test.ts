import { describe, expect, it } from 'vitest';
import { receiptValidation, toReceiptInput } from './receipt-form';

const check = receiptValidation('2026-12-04');

describe('the receipt form', () => {
  it('says in Vietnamese what is missing or wrong before anything is sent', () => {
    expect(check.source(null)).toBe('Vui lòng chọn nguồn thu');
    expect(check.amountVnd('')).toBe('Vui lòng nhập số tiền');
    expect(check.amountVnd(0)).toBe('Số tiền phải lớn hơn 0');
    expect(check.amountVnd(1500.5)).toBe('Số tiền phải là số nguyên (đồng)');
    expect(check.amountVnd(2_000_000_000_000)).toBe('Số tiền quá lớn');
    expect(check.entryDate(null)).toBe('Vui lòng chọn ngày chứng từ');
    expect(check.entryDate('2026-12-05')).toBe('Ngày chứng từ không được sau ngày hôm nay');
    expect(check.description('   ')).toBe('Vui lòng nhập nội dung thu');
    expect(check.voucherNo('x'.repeat(51))).toBe('Số chứng từ tối đa 50 ký tự');
  });

  it('accepts a budget allocation dated today and sends whole đồng with trimmed text', () => {
    expect(check.amountVnd(20_000_000)).toBeNull();
    expect(check.entryDate('2026-12-04')).toBeNull();
    expect(
      toReceiptInput({
        source: 'BUDGET',
        amountVnd: '20000000',
        entryDate: '2026-12-04',
        voucherNo: '  ',
        description: ' Ngân sách tỉnh cấp ',
      }),
    ).toEqual({
      source: 'BUDGET',
      amountVnd: 20_000_000,
      entryDate: '2026-12-04',
      voucherNo: undefined,
      description: 'Ngân sách tỉnh cấp',
    });
  });
});
