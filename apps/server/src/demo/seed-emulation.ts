import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import {
  award,
  awardMovement,
  cluster,
  clusterLeadership,
  clusterMember,
  movement,
  movementMilestone,
  movementParticipant,
  orgUnit,
  person,
  pledge,
  pledgeSignatory,
  registration,
  score,
  scoringCriterion,
  scoringTemplate,
} from '../db/schema/index';
import { newId } from '../lib/ids';

// Demo emulation data: the 2025 regular movement, a thematic one, two clusters with a scoring
// table, some scores and registrations. Plain inserts in one transaction, so the seed stays fast.

const CULTURE = ['SGDDT', 'SYT', 'SLDTBXH', 'SVHTTDL', 'SKHCN'];
const COMMUNES = ['P-TRUNGTAM', 'P-HOABINH', 'X-THANHSON', 'X-PHUMY', 'X-ANKHANH'];

const CRITERIA = [
  {
    groupName: 'I. Thực hiện nhiệm vụ chính trị',
    code: '1.1',
    name: 'Kết quả thực hiện chỉ tiêu, nhiệm vụ được giao',
    kind: 'STANDARD',
    maxPoints: 40,
  },
  {
    groupName: 'I. Thực hiện nhiệm vụ chính trị',
    code: '1.2',
    name: 'Cải cách hành chính, chuyển đổi số',
    kind: 'STANDARD',
    maxPoints: 20,
  },
  {
    groupName: 'II. Công tác thi đua, khen thưởng',
    code: '2.1',
    name: 'Tổ chức phong trào thi đua, ký giao ước',
    kind: 'STANDARD',
    maxPoints: 20,
  },
  {
    groupName: 'II. Công tác thi đua, khen thưởng',
    code: '2.2',
    name: 'Phát hiện, nhân rộng điển hình tiên tiến',
    kind: 'STANDARD',
    maxPoints: 20,
  },
  {
    groupName: 'III. Điểm thưởng, điểm trừ',
    code: '3.1',
    name: 'Được Trung ương khen thưởng đột xuất',
    kind: 'BONUS',
    maxPoints: 5,
  },
  {
    groupName: 'III. Điểm thưởng, điểm trừ',
    code: '3.2',
    name: 'Nộp báo cáo chậm',
    kind: 'PENALTY',
    maxPoints: 5,
  },
] as const;

type Ids = Map<string, string>;

async function unitIds(db: Db, tenantId: string, codes: string[]): Promise<Ids> {
  const rows = await db
    .select({ id: orgUnit.id, code: orgUnit.code })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), inArray(orgUnit.code, codes), eq(orgUnit.status, 'ACTIVE')));
  return new Map(rows.map((r) => [r.code, r.id]));
}

async function addMovements(tx: Tx, tenantId: string, u: Ids) {
  const regular = newId();
  const thematic = newId();
  const base = {
    tenantId,
    launchingAuthority: 'Chủ tịch UBND tỉnh Sơn Hà',
    level: 'BO_TINH' as const,
    ownerUnitId: u.get('UBND')!,
  };
  await tx.insert(movement).values([
    {
      ...base,
      id: regular,
      form: 'THUONG_XUYEN',
      title: 'Phong trào thi đua yêu nước năm 2025',
      theme: 'Đoàn kết, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ năm 2025',
      year: 2025,
      scope: 'BO_BAN_NGANH_DOAN_THE_DIA_PHUONG',
      participation: 'TENANT',
      goals: 'Hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2025',
      startDate: '2025-01-15',
      endDate: '2025-12-31',
      state: 'LAUNCHED',
    },
    {
      ...base,
      id: thematic,
      form: 'CHUYEN_DE',
      title: 'Chung sức xây dựng nông thôn mới',
      theme: 'Xây dựng xã nông thôn mới nâng cao, kiểu mẫu giai đoạn 2021–2025',
      year: 2025,
      scope: 'BO_BAN_NGANH_DOAN_THE_DIA_PHUONG',
      participation: 'LIST',
      goals: '100% xã đạt chuẩn nông thôn mới nâng cao',
      startDate: '2021-03-01',
      endDate: '2025-12-31',
      state: 'FINAL_REVIEW',
    },
  ]);
  await tx.insert(movementMilestone).values([
    { tenantId, id: newId(), movementId: regular, kind: 'SO_KET', dueOn: '2025-07-15' },
    { tenantId, id: newId(), movementId: regular, kind: 'TONG_KET', dueOn: '2025-12-20' },
    { tenantId, id: newId(), movementId: thematic, kind: 'SO_KET', dueOn: '2023-06-30' },
    { tenantId, id: newId(), movementId: thematic, kind: 'TONG_KET', dueOn: '2025-11-30' },
  ]);
  const communes = ['X-THANHSON', 'X-PHUMY', 'X-ANKHANH'].map((c) => u.get(c)!).filter(Boolean);
  await tx
    .insert(movementParticipant)
    .values(communes.map((unitId) => ({ tenantId, movementId: thematic, unitId })));
  const reg = (unitCode: string, movementId: string, targetAwards: string[]) => ({
    tenantId,
    id: newId(),
    movementId,
    year: 2025,
    subjectType: 'COLLECTIVE' as const,
    unitId: u.get(unitCode)!,
    targetAwards,
  });
  await tx
    .insert(registration)
    .values([
      reg('SGDDT', regular, ['TTLDXS', 'CO_BO_TINH']),
      reg('SYT', regular, ['TTLDXS']),
      reg('SVHTTDL', regular, ['TTLDTT']),
      reg('X-PHUMY', thematic, ['BK_BO_TINH']),
      reg('X-THANHSON', thematic, ['GIAY_KHEN']),
    ]);
  // The thematic movement's awards are CHUYEN_DE: ND 152 keeps them out of merit chains.
  const awards: (typeof award.$inferInsert)[] = [
    { subjectId: u.get('X-PHUMY')!, awardCode: 'BK_BO_TINH', decisionNumber: '2150/QĐ-UBND' },
    { subjectId: u.get('X-THANHSON')!, awardCode: 'BK_BO_TINH', decisionNumber: '2150/QĐ-UBND' },
  ].map((a) => ({
    tenantId,
    id: newId(),
    subjectType: 'COLLECTIVE' as const,
    kind: 'CHUYEN_DE',
    year: 2025,
    decisionDate: '2025-11-30',
    achievement:
      'Thành tích xuất sắc trong phong trào "Chung sức xây dựng nông thôn mới" giai đoạn 2021–2025',
    ...a,
  }));
  const [leader] = await tx
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.unitId, u.get('X-PHUMY')!)))
    .limit(1);
  if (leader)
    awards.push({
      ...awards[0]!,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: leader.id,
      awardCode: 'GIAY_KHEN',
    });
  await tx.insert(award).values(awards);
  await tx
    .insert(awardMovement)
    .values(awards.map((a) => ({ tenantId, awardId: a.id, movementId: thematic })));
}

async function addCluster(
  tx: Tx,
  tenantId: string,
  u: Ids,
  spec: { name: string; kind: 'CUM' | 'KHOI'; codes: string[]; userId: string },
) {
  const members = spec.codes.map((c) => u.get(c)).filter((x): x is string => !!x);
  const [head, deputy] = members;
  const id = newId();
  await tx.insert(cluster).values({
    tenantId,
    id,
    year: 2025,
    name: spec.name,
    kind: spec.kind,
    organiserLevel: 'TINH',
    organiserUnitId: u.get('UBND')!,
    headUnitId: head,
    deputyUnitId: deputy,
    regulationRef: 'Quy chế hoạt động cụm, khối thi đua ban hành kèm Quyết định số 125/QĐ-HĐTĐKT',
  });
  await tx
    .insert(clusterMember)
    .values(members.map((unitId, i) => ({ tenantId, clusterId: id, unitId, isAssessor: i === 1 })));
  await tx.insert(clusterLeadership).values([
    {
      tenantId,
      id: newId(),
      clusterId: id,
      termYear: 2024,
      headUnitId: members[2]!,
      deputyUnitId: head!,
      electedOn: '2023-12-22',
    },
    {
      tenantId,
      id: newId(),
      clusterId: id,
      termYear: 2025,
      headUnitId: head!,
      deputyUnitId: deputy!,
      electedOn: '2024-12-20',
    },
  ]);
  const pledgeId = newId();
  await tx.insert(pledge).values({
    tenantId,
    id: pledgeId,
    clusterId: id,
    title: 'Giao ước thi đua năm 2025',
    signedOn: '2025-02-20',
  });
  await tx
    .insert(pledgeSignatory)
    .values(members.map((unitId) => ({ tenantId, pledgeId, unitId, signerName: 'Thủ trưởng đơn vị' })));
  const templateId = newId();
  await tx
    .insert(scoringTemplate)
    .values({ tenantId, id: templateId, clusterId: id, year: 2025, name: 'Bảng chấm điểm thi đua năm 2025' });
  const criteria = CRITERIA.map((c, position) => ({ ...c, tenantId, id: newId(), templateId, position }));
  await tx.insert(scoringCriterion).values(criteria);
  // Two members have submitted their self-score, a third is still drafting; the head has
  // cross-scored the first. The rest have not started, so the dashboard shows progress.
  const sheet = (member: string, assessor: string, values: number[], status: 'DRAFT' | 'SUBMITTED') =>
    criteria.slice(0, values.length).map((c, i) => ({
      tenantId,
      id: newId(),
      clusterId: id,
      criterionId: c.id,
      memberUnitId: member,
      assessorUnitId: assessor,
      kind: member === assessor ? ('SELF' as const) : ('CROSS' as const),
      value: values[i]!,
      status,
      updatedBy: spec.userId,
    }));
  await tx
    .insert(score)
    .values([
      ...sheet(members[1]!, members[1]!, [38, 18, 19, 17, 2, 0], 'SUBMITTED'),
      ...sheet(members[2]!, members[2]!, [36, 17, 18, 18, 0, 1], 'SUBMITTED'),
      ...sheet(members[1]!, head!, [36, 17, 18, 16, 2, 0], 'SUBMITTED'),
      ...sheet(members[3]!, members[3]!, [35, 16], 'DRAFT'),
    ]);
}

export async function seedEmulation(db: Db, tenantId: string, userId: string) {
  const u = await unitIds(db, tenantId, ['UBND', ...CULTURE, ...COMMUNES]);
  await db.transaction(async (tx) => {
    await addMovements(tx, tenantId, u);
    await addCluster(tx, tenantId, u, {
      name: 'Cụm thi đua các sở, ngành khối văn hóa – xã hội',
      kind: 'CUM',
      codes: CULTURE,
      userId,
    });
    await addCluster(tx, tenantId, u, { name: 'Khối các xã, phường', kind: 'KHOI', codes: COMMUNES, userId });
  });
}
