import { describe, expect, it } from 'vitest';
import { formatVnNumber, parseVnNumber, readVnNumber, vnNumberRangeError } from './vn-number';

const number = (text: string) => {
  const parsed = parseVnNumber(text);
  return parsed.kind === 'number' ? parsed.value : parsed.kind;
};

describe('parseVnNumber: numbers as Vietnamese officers type them', () => {
  it('reads the decimal comma', () => {
    expect(number('18,5')).toBe(18.5);
    expect(number('0,25')).toBe(0.25);
    expect(number('-1,5')).toBe(-1.5);
    expect(number(' 7 ')).toBe(7);
  });

  it('reads dots between groups of three as thousands', () => {
    expect(number('1.234,5')).toBe(1234.5);
    expect(number('1.234')).toBe(1234);
    expect(number('12.345.678')).toBe(12345678);
    expect(number('1 234,5')).toBe(1234.5);
  });

  it('reads a lone dot that cannot be a thousands separator as a decimal point', () => {
    expect(number('18.5')).toBe(18.5);
    expect(number('2.25')).toBe(2.25);
  });

  it('refuses what is not a number instead of guessing', () => {
    for (const text of ['abc', '18,5,3', '1.23,5', '1.2.3', '18,', ',5', '--1', '12a', '1e3']) {
      expect(number(text), text).toBe('invalid');
    }
    expect(number('   ')).toBe('empty');
  });
});

describe('range and precision: refused with a message, never capped', () => {
  it('says the allowed range', () => {
    expect(vnNumberRangeError(150, { min: 0, max: 100 })).toBe('Giá trị phải từ 0 đến 100');
    expect(vnNumberRangeError(-1, { min: 0 })).toBe('Giá trị phải từ 0 trở lên');
    expect(vnNumberRangeError(21, { max: 20, decimals: 2 })).toBe('Giá trị không được lớn hơn 20');
    expect(vnNumberRangeError(10.5, { min: 0, max: 10.25, decimals: 2 })).toBe('Giá trị phải từ 0 đến 10,25');
    expect(vnNumberRangeError(100, { min: 0, max: 100 })).toBeNull();
  });

  it('whole numbers and decimal places', () => {
    expect(vnNumberRangeError(18.5, {})).toBe('Chỉ nhập số nguyên');
    expect(vnNumberRangeError(18.55, { decimals: 1 })).toBe('Chỉ nhập tối đa 1 chữ số sau dấu phẩy');
    expect(vnNumberRangeError(18.5, { decimals: 1 })).toBeNull();
  });

  it('readVnNumber hands on the number, "" when empty, NaN with the message when refused', () => {
    expect(readVnNumber('18,5', { min: 0, max: 20, decimals: 2 })).toEqual({ value: 18.5, error: null });
    expect(readVnNumber('', { min: 0, max: 20 })).toEqual({ value: '', error: null });
    const over = readVnNumber('25', { min: 0, max: 20 });
    expect(over.value).toBeNaN();
    expect(over.error).toBe('Giá trị phải từ 0 đến 20');
    const junk = readVnNumber('18;5', { decimals: 1 });
    expect(junk.value).toBeNaN();
    expect(junk.error).toMatch(/^Không phải số hợp lệ/);
  });
});

describe('formatVnNumber', () => {
  it('writes the decimal comma, thousands only when asked', () => {
    expect(formatVnNumber(18.5)).toBe('18,5');
    expect(formatVnNumber(1234.5, { thousands: true })).toBe('1.234,5');
    expect(formatVnNumber(2025)).toBe('2025');
    expect(formatVnNumber(-1.5)).toBe('-1,5');
    expect(formatVnNumber(0.1 + 0.2, { decimals: 2 })).toBe('0,3');
  });

  it('what it writes, it reads back', () => {
    for (const value of [0, 18.5, 1234.5, -0.25, 1000000, 2025]) {
      const text = formatVnNumber(value, { thousands: true });
      expect(number(text), text).toBe(value);
    }
  });
});
