import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AWARD_KINDS } from '../rules/types';
import { LEADER_LEVELS } from './leader-levels';
import { BUILT_IN_DEFINITIONS, catalogueProblems, definitionAt } from './report-catalogue';
import { checkSums, computeReport } from './report-compute';
import type { FactGroup } from './report-filter';
import { MOVEMENT_DURATIONS } from './report-sources';

const CODES = [
  'BK_TTG',
  'CSTDTQ',
  'CO_CP',
  'HCLD1',
  'HCLD2',
  'HCLD3',
  'BK_BO_TINH',
  'CSTD_BO_TINH',
  'CO_BO_TINH',
  'KNC_BO_TINH',
  'LDTT',
  'CSTDCS',
  'GIAY_KHEN',
  'HCDL3',
  'NGUT',
];

const awardGroup = fc.record({
  dims: fc.record({
    subjectType: fc.constantFrom('PERSON', 'COLLECTIVE', 'HOUSEHOLD'),
    awardCode: fc.constantFrom(...CODES),
    kind: fc.constantFrom(...AWARD_KINDS),
    leaderLevel: fc.constantFrom(null, ...LEADER_LEVELS),
    isEnterprise: fc.boolean(),
    tenantKind: fc.constantFrom('PROVINCE', 'MINISTRY'),
  }),
  n: fc.integer({ min: 1, max: 50 }),
});
const movementGroup = fc.record({
  dims: fc.record({
    level: fc.constantFrom('TRUNG_UONG', 'BO_TINH', 'XA', 'DON_VI'),
    scope: fc.constantFrom('TOAN_QUOC', 'BO_BAN_NGANH_DOAN_THE_DIA_PHUONG', 'CUM_KHOI', 'CO_QUAN_DON_VI'),
    form: fc.constantFrom('THUONG_XUYEN', 'CHUYEN_DE'),
    duration: fc.constantFrom(...MOVEMENT_DURATIONS),
  }),
  n: fc.integer({ min: 1, max: 50 }),
});

describe('statistical forms as data', () => {
  it('has no definition reading an unknown field or summing an unknown line', () => {
    expect(catalogueProblems(BUILT_IN_DEFINITIONS)).toEqual([]);
  });

  it('picks the TT 2/2023 forms for 2025 and none before the circular took effect', () => {
    expect(definitionAt(BUILT_IN_DEFINITIONS, '0603', '2025-12-31')?.version).toBe('TT 2/2023/TT-BNV');
    expect(definitionAt(BUILT_IN_DEFINITIONS, '0603', '2022-12-31')).toBeUndefined();
  });

  it('keeps every total equal to (or, for "trong đó", at least) the sum of its parts', () => {
    for (const def of BUILT_IN_DEFINITIONS) {
      const groups = def.source === 'AWARD' ? awardGroup : movementGroup;
      fc.assert(
        fc.property(fc.array(groups as fc.Arbitrary<FactGroup>, { maxLength: 40 }), (g) => {
          expect(checkSums(def, computeReport(def, g))).toEqual([]);
        }),
        { numRuns: 200 },
      );
    }
  });

  it("counts a direct worker's Bằng khen tỉnh in 0603 rows 5 (individual) and 10 (direct workers)", () => {
    const def = definitionAt(BUILT_IN_DEFINITIONS, '0603', '2025-12-31')!;
    const table = computeReport(def, [
      {
        dims: {
          subjectType: 'PERSON',
          awardCode: 'BK_BO_TINH',
          kind: 'CONG_TRANG',
          leaderLevel: 'TRUC_TIEP',
          isEnterprise: false,
          tenantKind: 'PROVINCE',
        },
        n: 3,
      },
      {
        dims: {
          subjectType: 'COLLECTIVE',
          awardCode: 'CO_BO_TINH',
          kind: 'KHANG_CHIEN',
          leaderLevel: null,
          isEnterprise: true,
          tenantKind: 'PROVINCE',
        },
        n: 2,
      },
      {
        dims: {
          subjectType: 'PERSON',
          awardCode: 'LDTT',
          kind: 'CONG_TRANG',
          leaderLevel: null,
          isEnterprise: false,
          tenantKind: 'PROVINCE',
        },
        n: 99,
      },
    ]);
    expect(table.cells['1']).toMatchObject({ '1': 5, '3': 3, '5': 2 });
    expect(table.cells['5']?.['3']).toBe(3);
    expect(table.cells['10']?.['3']).toBe(3);
    expect(table.cells['3']?.['5']).toBe(2);
    expect(table.cells['17']?.['1']).toBe(2);
  });
});
