import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatThousands, formatVnd, numberToWords, vndInWords } from './money-text';

describe('money text', () => {
  it('separates thousands with dots', () => {
    expect(formatVnd(1_234_000)).toBe('1.234.000 đ');
    expect(formatVnd(0)).toBe('0 đ');
    expect(formatThousands(710_000)).toBe('710.000');
    expect(formatThousands(-1500)).toBe('-1.500');
  });
  it('reads amounts in Vietnamese words', () => {
    expect(vndInWords(1_234_000)).toBe('Một triệu hai trăm ba mươi bốn nghìn đồng');
    expect(numberToWords(2_340_000)).toBe('hai triệu ba trăm bốn mươi nghìn');
    expect(numberToWords(1_005)).toBe('một nghìn không trăm linh năm');
    expect(numberToWords(15)).toBe('mười lăm');
    expect(numberToWords(21)).toBe('hai mươi mốt');
    expect(numberToWords(1_000_000_000)).toBe('một tỷ');
  });
  it('formats any amount so that removing the dots gives the number back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        expect(Number(formatThousands(n).replaceAll('.', ''))).toBe(n);
      }),
    );
  });
});
