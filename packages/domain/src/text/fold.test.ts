import { describe, expect, it } from 'vitest';
import { foldVietnamese, normalizePersonName, stripVietnameseMarks } from './fold';

describe('foldVietnamese', () => {
  it('lets a search without diacritics find a Vietnamese name', () => {
    expect(foldVietnamese('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(foldVietnamese('  TRẦN   thị  Hường ')).toBe('tran thi huong');
  });
  it('folds text typed in decomposed form the same as composed', () => {
    expect(foldVietnamese('Hu\u031bo\u031b\u0300ng')).toBe(foldVietnamese('Hường'));
  });
});

describe('stripVietnameseMarks', () => {
  it('drops the marks and keeps the case, Đ included', () => {
    expect(stripVietnameseMarks('Quyết định Đồng Tháp')).toBe('Quyet dinh Dong Thap');
    expect(stripVietnameseMarks('ĐỨC  đức')).toBe('DUC  duc');
  });
});

describe('normalizePersonName', () => {
  it('tidies spacing and capitalisation', () => {
    expect(normalizePersonName('  nguyễn   văn  ĐỨC ')).toBe('Nguyễn Văn Đức');
  });
});
