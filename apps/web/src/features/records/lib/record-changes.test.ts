import { describe, expect, it } from 'vitest';
import { changedFields } from './record-changes';

describe('changedFields', () => {
  it('keeps only what the edit changed, treating empty and null alike', () => {
    const before = {
      rating: 'HTTNV',
      sourceDoc: null as string | null,
      note: undefined as string | undefined,
    };
    expect(changedFields(before, { rating: 'HTXSNV', sourceDoc: null, note: undefined })).toEqual({
      rating: 'HTXSNV',
    });
    expect(changedFields(before, { ...before })).toEqual({});
  });

  it('compares lists by value, so authors reordered or re-shared count as a change', () => {
    const authors = [
      { personId: 'a', sharePct: 60 },
      { personId: 'b', sharePct: 40 },
    ];
    expect(changedFields({ authors }, { authors: authors.map((x) => ({ ...x })) })).toEqual({});
    const reshared = [authors[0], { personId: 'b', sharePct: 30 }];
    expect(changedFields({ authors }, { authors: reshared })).toEqual({ authors: reshared });
  });

  it('sends a decision number with its date when either changed', () => {
    const before = { decisionNumber: '12/QĐ-UBND', decisionDate: '2024-01-05', year: 2023 };
    const after = { ...before, decisionNumber: '15/QĐ-UBND' };
    expect(changedFields(before, after, [['decisionNumber', 'decisionDate']])).toEqual({
      decisionNumber: '15/QĐ-UBND',
      decisionDate: '2024-01-05',
    });
  });
});
