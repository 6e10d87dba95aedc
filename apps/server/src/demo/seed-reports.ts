import { ruleSetAt } from '@vinhdanh/domain/rules/registry';
import type { AwardKind } from '@vinhdanh/domain/rules/types';
import { componentsFor, requirementsFor } from '@vinhdanh/domain/workflow/requirements';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { queryRows } from '../db/query-rows';
import { award, collective, decision, household, movement, orgUnit, proposal } from '../db/schema/index';
import { newId } from '../lib/ids';
import { seededRandom } from './random';

// Demo records the statistics need beyond the yearly chain: state-level and provincial awards of
// every kind for 2023–2025 (so forms 0602/0603 and every chart have figures in several places),
// enterprise teams, households rewarded, and movements of other scopes and durations. Its own
// seeded random, so the rest of the demo stays as it was.

const YEARS = [2023, 2024, 2025] as const;

type Candidate = { id: string; unit: string };

async function peopleOf(db: Db | Tx, tenantId: string, codes: string[], where: ReturnType<typeof sql>) {
  return queryRows<Candidate>(
    db,
    sql`SELECT p.id, u.code AS unit FROM person p JOIN org_unit u ON u.tenant_id = p.tenant_id AND u.id = p.unit_id
        WHERE p.tenant_id = ${tenantId} AND u.code IN (${sql.join(
          codes.map((c) => sql`${c}`),
          sql`, `,
        )}) AND ${where}
        ORDER BY p.name_sort COLLATE "C", p.id`,
  );
}

export async function seedReportData(db: Db, tenantId: string) {
  const random = seededRandom(1306);
  await db.transaction(async (tx) => {
    const units = new Map(
      (
        await tx
          .select({ id: orgUnit.id, code: orgUnit.code })
          .from(orgUnit)
          .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.status, 'ACTIVE')))
      ).map((u) => [u.code, u.id]),
    );
    const unit = (code: string) => units.get(code)!;
    // Teams inside the two enterprises and a hospital department, flagged for the "doanh nghiệp" row.
    const teams = [
      { name: 'Phân xưởng sản xuất nước sạch số 1', unit: 'CTY-CTN', isEnterprise: true },
      { name: 'Đội vệ sinh môi trường khu vực trung tâm', unit: 'CTY-MTDT', isEnterprise: true },
      { name: 'Khoa Hồi sức tích cực', unit: 'BVDK', isEnterprise: false },
    ].map((t) => ({
      tenantId,
      id: newId(),
      unitId: unit(t.unit),
      kind: 'TEAM' as const,
      name: t.name,
      isEnterprise: t.isEnterprise,
    }));
    await tx.insert(collective).values(teams);
    const households = await tx
      .select({ id: household.id })
      .from(household)
      .where(eq(household.tenantId, tenantId))
      .orderBy(household.id);
    const workers = await peopleOf(
      tx,
      tenantId,
      ['CTY-CTN', 'CTY-MTDT', 'X-THANHSON', 'X-PHUMY', 'BVDK'],
      sql`p.is_direct_worker`,
    );
    const women = await peopleOf(
      tx,
      tenantId,
      ['THPT-CHUYEN', 'THPT-LQD', 'BVDK', 'CDC', 'X-ANKHANH'],
      sql`p.gender = 'NU' AND NOT p.is_leader`,
    );
    const leaders = await peopleOf(
      tx,
      tenantId,
      ['UBND', 'SNV', 'SGDDT', 'SYT', 'STC', 'CTY-CTN', 'CTY-MTDT', 'BVDK'],
      sql`p.is_leader`,
    );
    const minorities = await peopleOf(
      tx,
      tenantId,
      ['DK-HONNGOC', 'X-THANHSON', 'X-ANKHANH', 'X-PHUMY'],
      sql`p.ethnicity <> 'Kinh'`,
    );
    const collectives = [
      'SGDDT',
      'SYT',
      'BVDK',
      'CDC',
      'X-THANHSON',
      'P-TRUNGTAM',
      'CTY-CTN',
      'CTY-MTDT',
      'DK-HONNGOC',
    ];
    const awards: (typeof award.$inferInsert)[] = [];
    const decisions: (typeof decision.$inferInsert)[] = [];
    const take = <T>(list: T[]) => list[Math.floor(random.next() * list.length)]!;
    for (const year of YEARS) {
      const grow = year - 2022; // more each year, so the charts show a trend
      const ttg = {
        tenantId,
        id: newId(),
        number: `${100 + grow}/QĐ-TTg`,
        signedOn: `${year}-04-20`,
        issuer: 'Thủ tướng Chính phủ',
        signer: null,
      };
      const ctn = {
        tenantId,
        id: newId(),
        number: `${200 + grow}/QĐ-CTN`,
        signedOn: `${year}-08-26`,
        issuer: 'Chủ tịch nước',
        signer: null,
      };
      const ubnd = {
        tenantId,
        id: newId(),
        number: `${3000 + grow}/QĐ-UBND`,
        signedOn: `${year}-10-05`,
        issuer: 'UBND',
        signer: null,
      };
      const dotXuat = {
        tenantId,
        id: newId(),
        number: `${3100 + grow}/QĐ-UBND`,
        signedOn: `${year}-06-12`,
        issuer: 'UBND',
        signer: null,
      };
      decisions.push(ttg, ctn, ubnd, dotXuat);
      const give = (
        d: typeof ttg,
        subjectType: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD',
        subjectId: string,
        awardCode: string,
        kind: AwardKind,
        amountVnd: number,
      ) => {
        awards.push({
          tenantId,
          id: newId(),
          subjectType,
          subjectId,
          awardCode,
          kind,
          year: year - (kind === 'CONG_TRANG' ? 1 : 0),
          decisionId: d.id,
          decisionNumber: d.number,
          decisionDate: d.signedOn,
          amountVnd,
          achievement: kind === 'DOT_XUAT' ? 'Có thành tích đột xuất trong cứu nạn, cứu hộ' : null,
        });
      };
      for (let i = 0; i < 2 + grow; i++)
        give(ttg, 'PERSON', take(workers).id, 'BK_TTG', 'CONG_TRANG', 8_190_000);
      for (let i = 0; i < 2; i++)
        give(ttg, 'PERSON', take(leaders).id, 'BK_TTG', i === 0 ? 'CONG_HIEN' : 'CONG_TRANG', 8_190_000);
      give(ttg, 'PERSON', take(women).id, 'CSTDTQ', 'CONG_TRANG', 10_530_000);
      give(ttg, 'COLLECTIVE', take(teams).id, 'BK_TTG', 'CONG_TRANG', 16_380_000);
      give(ttg, 'COLLECTIVE', unit(take(collectives)), 'CO_CP', 'CONG_TRANG', 28_080_000);
      give(ctn, 'PERSON', take(leaders).id, 'HCLD3', 'CONG_HIEN', 10_530_000);
      give(ctn, 'COLLECTIVE', unit(take(collectives)), 'HCLD3', 'CONG_TRANG', 21_060_000);
      if (year === 2025) give(ctn, 'PERSON', take(leaders).id, 'HCLD2', 'CONG_HIEN', 17_550_000);
      for (let i = 0; i < 3 + grow; i++)
        give(dotXuat, 'PERSON', take(workers).id, 'BK_BO_TINH', 'DOT_XUAT', 3_510_000);
      for (let i = 0; i < 2 + grow; i++)
        give(ubnd, 'PERSON', take(women).id, 'BK_BO_TINH', 'CHUYEN_DE', 3_510_000);
      for (let i = 0; i < 1 + grow; i++)
        give(ubnd, 'PERSON', take(minorities).id, 'BK_BO_TINH', 'CONG_TRANG', 3_510_000);
      give(ubnd, 'PERSON', take(leaders).id, 'BK_BO_TINH', 'KHANG_CHIEN', 3_510_000);
      give(ubnd, 'PERSON', take(leaders).id, 'BK_BO_TINH', 'NIEN_HAN', 3_510_000);
      give(ubnd, 'PERSON', take(women).id, 'BK_BO_TINH', 'DOI_NGOAI', 3_510_000);
      for (let i = 0; i < 2; i++)
        give(ubnd, 'PERSON', take(workers).id, 'CSTD_BO_TINH', 'CONG_TRANG', 7_020_000);
      give(ubnd, 'COLLECTIVE', unit(take(collectives)), 'CO_BO_TINH', 'CONG_TRANG', 18_720_000);
      give(ubnd, 'COLLECTIVE', take(teams).id, 'CO_BO_TINH', 'CONG_TRANG', 18_720_000);
      give(ubnd, 'COLLECTIVE', take(teams).id, 'BK_BO_TINH', 'CONG_TRANG', 7_020_000);
      for (let i = 0; i < grow; i++)
        give(ubnd, 'HOUSEHOLD', take(households).id, 'BK_BO_TINH', 'CHUYEN_DE', 5_265_000);
    }
    awards.push(...(await leaderAwards(tx, tenantId, decisions)));
    await tx.insert(decision).values(decisions);
    for (let i = 0; i < awards.length; i += 200) await tx.insert(award).values(awards.slice(i, i + 200));
    await tx.insert(movement).values(demoMovements(tenantId, unit));
  });
}

/**
 * State and provincial awards to people holding a leader's post (by the employment record, as the
 * statistics read it), six different leaders at each level over 2023–2025. The random picks above
 * draw from \`is_leader\` people and repeat, which left fewer than 5 leaders per level and the
 * fairness view's leader chart hidden ("< 5") at two of its three levels. Deterministic, so the
 * rest of the demo stays as it was.
 */
async function leaderAwards(
  tx: Tx,
  tenantId: string,
  decisions: (typeof decision.$inferInsert)[],
): Promise<(typeof award.$inferInsert)[]> {
  const leaders = await queryRows<{ id: string }>(
    tx,
    sql`SELECT p.id FROM person p
        JOIN person_employment e ON e.tenant_id = p.tenant_id AND e.person_id = p.id
        WHERE p.tenant_id = ${tenantId} AND e.to_date IS NULL AND e.from_date <= '2023-01-01'
          AND e.leader_level IN ('LANH_DAO_BO_TINH', 'LANH_DAO_VU_SO', 'LANH_DAO_KHAC')
        ORDER BY p.name_sort COLLATE "C", p.id
        LIMIT 12`,
  );
  const decided = (issuer: string, year: number) =>
    decisions.find(
      (d) => d.issuer === issuer && d.signedOn === `${year}-${issuer === 'UBND' ? '10-05' : '04-20'}`,
    )!;
  return YEARS.flatMap((year, y) =>
    [0, 1].flatMap((k) =>
      (
        [
          ['Thủ tướng Chính phủ', 'BK_TTG', 8_190_000, leaders[y * 2 + k]],
          ['UBND', 'BK_BO_TINH', 3_510_000, leaders[6 + y * 2 + k]],
        ] as const
      )
        .filter(([, , , who]) => who !== undefined)
        .map(([issuer, awardCode, amountVnd, who]) => {
          const d = decided(issuer, year);
          return {
            tenantId,
            id: newId(),
            subjectType: 'PERSON' as const,
            subjectId: who!.id,
            awardCode,
            kind: 'CONG_TRANG',
            year: year - 1,
            decisionId: d.id,
            decisionNumber: d.number,
            decisionDate: d.signedOn,
            amountVnd,
          };
        }),
    ),
  );
}

/** Movements of the earlier years and of other scopes, so form 0601 and its trend have figures. */
function demoMovements(tenantId: string, unit: (code: string) => string): (typeof movement.$inferInsert)[] {
  const m = (
    year: number,
    title: string,
    form: 'THUONG_XUYEN' | 'CHUYEN_DE',
    owner: string,
    level: 'BO_TINH' | 'XA' | 'DON_VI',
    scope: string,
    start: string,
    end: string,
  ) => ({
    tenantId,
    id: newId(),
    form,
    title,
    year,
    ownerUnitId: unit(owner),
    launchingAuthority: 'Thủ trưởng đơn vị',
    level,
    scope,
    participation: 'SUBTREE' as const,
    participationRootId: unit(owner),
    startDate: start,
    endDate: end,
    state: year < 2025 ? 'CLOSED' : 'LAUNCHED',
  });
  return [
    m(
      2023,
      'Phong trào thi đua yêu nước năm 2023',
      'THUONG_XUYEN',
      'UBND',
      'BO_TINH',
      'BO_BAN_NGANH_DOAN_THE_DIA_PHUONG',
      '2023-01-01',
      '2023-12-31',
    ),
    m(
      2024,
      'Phong trào thi đua yêu nước năm 2024',
      'THUONG_XUYEN',
      'UBND',
      'BO_TINH',
      'BO_BAN_NGANH_DOAN_THE_DIA_PHUONG',
      '2024-01-01',
      '2024-12-31',
    ),
    m(
      2024,
      'Thi đua cao điểm chào mừng Đại hội Đảng bộ tỉnh',
      'CHUYEN_DE',
      'UBND',
      'BO_TINH',
      'BO_BAN_NGANH_DOAN_THE_DIA_PHUONG',
      '2024-09-01',
      '2025-06-30',
    ),
    m(
      2023,
      'Dạy tốt, học tốt năm học 2023–2024',
      'THUONG_XUYEN',
      'SGDDT',
      'DON_VI',
      'CO_QUAN_DON_VI',
      '2023-09-05',
      '2024-05-31',
    ),
    m(
      2024,
      'Dạy tốt, học tốt năm học 2024–2025',
      'THUONG_XUYEN',
      'SGDDT',
      'DON_VI',
      'CO_QUAN_DON_VI',
      '2024-09-05',
      '2025-05-31',
    ),
    m(
      2025,
      'Dạy tốt, học tốt năm học 2025–2026',
      'THUONG_XUYEN',
      'SGDDT',
      'DON_VI',
      'CO_QUAN_DON_VI',
      '2025-09-05',
      '2026-05-31',
    ),
    m(
      2025,
      'Thi đua đổi mới phong cách, thái độ phục vụ người bệnh',
      'CHUYEN_DE',
      'SYT',
      'DON_VI',
      'CO_QUAN_DON_VI',
      '2025-01-01',
      '2027-12-31',
    ),
    m(
      2025,
      'Cụm thi đua các sở văn hóa, xã hội chung sức xây dựng nông thôn mới',
      'CHUYEN_DE',
      'UBND',
      'BO_TINH',
      'CUM_KHOI',
      '2025-03-01',
      '2025-11-30',
    ),
    m(
      2025,
      'Xã Thanh Sơn chung sức xây dựng nông thôn mới kiểu mẫu',
      'CHUYEN_DE',
      'X-THANHSON',
      'XA',
      'CO_QUAN_DON_VI',
      '2021-01-01',
      '2025-12-31',
    ),
    m(
      2024,
      'Doanh nghiệp Sơn Hà an toàn lao động',
      'CHUYEN_DE',
      'CTY-CTN',
      'DON_VI',
      'CO_QUAN_DON_VI',
      '2024-03-01',
      '2024-08-31',
    ),
  ];
}

/** Dossiers waiting at the provincial office in several states, so the appraiser's queue has figures. */
export async function seedDemoProposals(db: Db, tenantId: string, createdBy: string) {
  const ruleSet = ruleSetAt('2026-06-01');
  const awards = ['BK_BO_TINH'] as const;
  const rows = await queryRows<{ id: string; code: string }>(
    db,
    sql`SELECT id, code FROM org_unit WHERE tenant_id = ${tenantId} AND status = 'ACTIVE' AND code IN ('UBND', 'SGDDT', 'SYT', 'STC', 'X-THANHSON', 'CTY-CTN')`,
  );
  const unit = new Map(rows.map((r) => [r.code, r.id]));
  const specs = [
    ['SGDDT', 'SUBMITTED', '2026-12-01'],
    ['SYT', 'SUBMITTED', '2026-12-20'],
    ['STC', 'APPRAISAL', '2026-11-25'],
    ['X-THANHSON', 'APPRAISAL', '2026-12-08'],
    ['CTY-CTN', 'APPRAISAL', '2026-12-28'],
    ['SGDDT', 'COUNCIL_VOTE', '2026-12-15'],
    ['SYT', 'DECISION_PENDING', '2026-12-05'],
    ['STC', 'DECISION_PENDING', '2027-01-10'],
  ] as const;
  await db.insert(proposal).values(
    specs.map(([from, state, dueOn], i) => ({
      tenantId,
      id: newId(),
      kind: 'CONG_TRANG',
      title: `Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2026 (đợt ${i + 1})`,
      year: 2026,
      submittingUnitId: unit.get(from)!,
      levels: [unit.get('UBND')!],
      deciderRole: 'CHU_TICH_UBND_TINH',
      ruleSetId: ruleSet.id,
      state,
      requirements: requirementsFor(ruleSet, [...awards], { simplified: false, proposeUp: false }),
      components: componentsFor(ruleSet, [...awards], null),
      stepEnteredOn: '2026-11-10',
      dueOn,
      createdBy,
    })),
  );
  // Dossiers of the schools at the Sở's own level (Giấy khen of the Giám đốc Sở), so the Sở's
  // leader has a queue of their own on the dashboard.
  const schools = await queryRows<{ id: string; code: string }>(
    db,
    sql`SELECT id, code FROM org_unit WHERE tenant_id = ${tenantId} AND status = 'ACTIVE' AND code IN ('THPT-CHUYEN', 'THPT-LQD', 'THPT-NT')`,
  );
  const school = new Map(schools.map((r) => [r.code, r.id]));
  const own = ['GIAY_KHEN'] as const;
  await db.insert(proposal).values(
    (
      [
        ['THPT-CHUYEN', 'SUBMITTED', '2026-12-18'],
        ['THPT-LQD', 'APPRAISAL', '2026-12-10'],
        ['THPT-NT', 'DECISION_PENDING', '2026-12-30'],
      ] as const
    ).map(([from, state, dueOn], i) => ({
      tenantId,
      id: newId(),
      kind: 'CONG_TRANG',
      title: `Đề nghị tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo năm học 2025–2026 (đợt ${i + 1})`,
      year: 2026,
      submittingUnitId: school.get(from)!,
      levels: [unit.get('SGDDT')!],
      deciderRole: 'THU_TRUONG_SO',
      ruleSetId: ruleSet.id,
      state,
      requirements: requirementsFor(ruleSet, [...own], { simplified: false, proposeUp: false }),
      components: componentsFor(ruleSet, [...own], null),
      stepEnteredOn: '2026-11-20',
      dueOn,
      createdBy,
    })),
  );
}
