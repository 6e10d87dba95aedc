import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVietnamese, personNameSortKey } from './collation';

describe('Vietnamese collation', () => {
  it('puts Đ after D and before E', () => {
    const names = ['Đức', 'Em', 'Dung', 'Diệp', 'Đào', 'Anh'];
    expect([...names].sort(compareVietnamese)).toEqual(['Anh', 'Diệp', 'Dung', 'Đào', 'Đức', 'Em']);
  });
  it('orders the base letters A Ă Â and O Ô Ơ as the alphabet does', () => {
    expect(['Ơn', 'Ôn', 'On', 'Ân', 'Ăn', 'An'].sort(compareVietnamese)).toEqual([
      'An',
      'Ăn',
      'Ân',
      'On',
      'Ôn',
      'Ơn',
    ]);
  });
  it('uses tone marks only to break ties', () => {
    expect(['Hà', 'Ha', 'Hạ', 'Hả', 'Hai'].sort(compareVietnamese)).toEqual(['Ha', 'Hà', 'Hả', 'Hạ', 'Hai']);
  });
  it('sorts people by given name first', () => {
    const people = ['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Đức Anh', 'Phạm Văn An'];
    const sorted = [...people].sort((a, b) => (personNameSortKey(a) < personNameSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['Nguyễn Thị An', 'Phạm Văn An', 'Lê Đức Anh', 'Trần Văn Bình']);
  });
  it('agrees with the primary order of Intl.Collator("vi") on plain letters', () => {
    const collator = new Intl.Collator('vi', { sensitivity: 'base' });
    const word = fc.stringMatching(/^[abcdđeghiklmnopqrstuvxy]{1,6}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(Math.sign(compareVietnamese(a, b))).toBe(Math.sign(collator.compare(a, b)));
      }),
    );
  });
});
