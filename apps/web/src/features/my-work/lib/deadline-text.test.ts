import { describe, expect, it } from 'vitest';
import { deadlineText } from './deadline-text';

describe('deadline text', () => {
  it('says working days for dossier steps and days for calendar deadlines, late or not', () => {
    expect(deadlineText({ daysLeft: 3, dayCount: 'WORKING' })).toBe('Còn 3 ngày làm việc');
    expect(deadlineText({ daysLeft: 3, dayCount: 'CALENDAR' })).toBe('Còn 3 ngày');
    expect(deadlineText({ daysLeft: -2, dayCount: 'WORKING' })).toBe('Quá hạn 2 ngày làm việc');
    expect(deadlineText({ daysLeft: 0, dayCount: 'CALENDAR' })).toBe('Hạn hôm nay');
    expect(deadlineText({ daysLeft: null, dayCount: null })).toBe('Không có hạn');
  });
});
