import { describe, expect, it } from 'vitest';
import { buildCriteria, newRow } from './criteria-rows';

const CITATION = 'Quyết định 12/2025/QĐ-UBND, Điều 4';

describe('the criteria form builds the engine’s JSON tree', () => {
  it('one row stands alone, with the award’s citation when its own is empty', () => {
    expect(buildCriteria([newRow('ratingYears')], 'all', CITATION)).toEqual({
      op: 'consecutiveYears',
      evidence: { type: 'rating', min: 'HTXSNV' },
      years: 2,
      citation: CITATION,
    });
  });

  it('several rows are joined by all/any; a council condition gets an id and keeps its own citation', () => {
    const judged = { ...newRow('judged'), text: 'Có đóng góp nổi bật', citation: 'Quy chế tỉnh, Điều 7' };
    expect(buildCriteria([newRow('noDiscipline'), judged], 'any', CITATION)).toEqual({
      op: 'any',
      of: [
        { op: 'noDisciplineInYear', minForm: 'KHIEN_TRACH', citation: CITATION },
        { op: 'judged', id: 'dieu-kien-2', text: 'Có đóng góp nổi bật', citation: 'Quy chế tỉnh, Điều 7' },
      ],
    });
  });
});
