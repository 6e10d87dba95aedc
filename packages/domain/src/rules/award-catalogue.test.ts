// Issue 12, rule 12: award codes are an open list. The catalogue in force names the law's titles and forms,
// the state awards and the province's own (by the version in force, else its latest version), and knows
// which of them the workflow can route (proposable) and which are only names for old records.
import { describe, expect, it } from 'vitest';
import { awardLookup, awardNameIn, catalogueAwards } from './award-catalogue';
import { ruleSetAt } from './registry';
import { type TenantAward, withTenantAwards } from './tenant-awards';

const CITATION = 'Quyết định 71/2025/QĐ-UBND của tỉnh, Điều 5';
const own: TenantAward = {
  code: 'CONG_DAN_UU_TU',
  version: 1,
  name: 'Công dân ưu tú tỉnh Sơn Hà',
  level: 'BO_TINH',
  category: 'DANH_HIEU',
  kind: 'CONG_TRANG',
  subjectTypes: ['individual'],
  decider: 'CHU_TICH_UBND_TINH',
  criteria: { op: 'attested', text: 'Có đóng góp nổi bật cho tỉnh', citation: CITATION },
  coefficient: 1,
  citation: CITATION,
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
};
const at = (date: string) => awardLookup(withTenantAwards(ruleSetAt(date), [own], date), [own]);

describe('the catalogue in force (law, state, province)', () => {
  it('names the law’s, the state’s and the province’s awards, each with its source', () => {
    const lookup = at('2025-12-31');
    expect(lookup('LDTT')).toMatchObject({ name: 'Lao động tiên tiến', source: 'LAW', proposable: true });
    expect(lookup('HC_SAO_VANG')).toMatchObject({ source: 'STATE', proposable: false, inForce: true });
    expect(lookup('CONG_DAN_UU_TU')).toMatchObject({
      name: 'Công dân ưu tú tỉnh Sơn Hà',
      category: 'DANH_HIEU',
      source: 'TENANT',
      proposable: true,
      inForce: true,
    });
    expect(lookup('KHONG_CO')).toBeUndefined();
    expect(awardNameIn(lookup, 'KHONG_CO')).toBe('KHONG_CO');
  });

  it('before its regulation the province’s code is still named, but not in force nor proposable', () => {
    expect(at('2025-06-30')('CONG_DAN_UU_TU')).toMatchObject({
      name: 'Công dân ưu tú tỉnh Sơn Hà',
      inForce: false,
      proposable: false,
    });
  });

  it('lists every award once: the engine’s (law and province) first, then the state awards', () => {
    const date = '2025-12-31';
    const list = catalogueAwards(withTenantAwards(ruleSetAt(date), [own], date));
    const codes = list.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.indexOf('CONG_DAN_UU_TU')).toBeLessThan(codes.indexOf('HC_SAO_VANG'));
    expect(codes).toContain('LDTT');
  });
});
