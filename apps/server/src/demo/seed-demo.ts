import type { Role } from '@vinhdanh/domain/auth/roles';
import type { LeaderLevel } from '@vinhdanh/domain/reports/leader-levels';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import {
  annualRating,
  award,
  decision,
  household,
  initiative,
  initiativeAuthor,
  orgUnit,
  person,
  personEmployment,
  tenant,
} from '../db/schema/index';
import { newId } from '../lib/ids';
import { skipStaleMarking } from '../modules/eligibility/index';
import { mergeUnits } from '../modules/org-units/org-units.service';
import { findPeopleIdsInUnit, transferPeople } from '../modules/people/index';
import {
  createTenant,
  createUnitRecord,
  createUserRecord,
  personNameColumns,
} from '../modules/tenants/tenant-setup';
import { ETHNICITIES, randomPersonName } from './names';
import { type Random, seededRandom } from './random';
import { seedEmulation } from './seed-emulation';
import { seedDemoFund } from './seed-fund';
import { seedDemoInspections } from './seed-inspections';
import { seedDemoModels } from './seed-models';
import { seedDemoNational } from './seed-national';
import { seedDemoProposals, seedReportData } from './seed-reports';
import { DEMO_MERGES, DEMO_TENANT_CODE, DEMO_TREE, type DemoUnit } from './units';

export { DEMO_TENANT_CODE };
export const DEMO_PASSWORD = 'VinhDanh@2026';
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

export const DEMO_ACCOUNTS: {
  username: string;
  fullName: string;
  roles: Role[];
  unit: string;
  scope?: string;
}[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', roles: ['SYSTEM_ADMIN'], unit: 'SNV', scope: 'UBND' },
  { username: 'quantri', fullName: 'Lê Minh Tuấn', roles: ['TENANT_ADMIN'], unit: 'SNV', scope: 'UBND' },
  { username: 'canbo.sogd', fullName: 'Nguyễn Thị Hường', roles: ['UNIT_OFFICER'], unit: 'SGDDT' },
  { username: 'thamdinh', fullName: 'Trần Văn Bình', roles: ['APPRAISER'], unit: 'SNV-TDKT', scope: 'UBND' },
  {
    username: 'thuky',
    fullName: 'Phạm Thu Trang',
    roles: ['COUNCIL_SECRETARY'],
    unit: 'SNV-TDKT',
    scope: 'UBND',
  },
  { username: 'hoidong', fullName: 'Đặng Quang Huy', roles: ['COUNCIL_MEMBER'], unit: 'SYT', scope: 'UBND' },
  // The province council needs five members (rule parameter councilMinMembers, default 5).
  { username: 'hoidong2', fullName: 'Vương Thị Hạnh', roles: ['COUNCIL_MEMBER'], unit: 'SNV', scope: 'UBND' },
  { username: 'hoidong3', fullName: 'Lạc Văn Quý', roles: ['COUNCIL_MEMBER'], unit: 'SNV', scope: 'UBND' },
  { username: 'hoidong4', fullName: 'Đoàn Thị Thảo', roles: ['COUNCIL_MEMBER'], unit: 'SYT', scope: 'UBND' },
  { username: 'hoidong5', fullName: 'Mạc Đăng Khoa', roles: ['COUNCIL_MEMBER'], unit: 'SNV', scope: 'UBND' },
  { username: 'lanhdao', fullName: 'Hoàng Đức Long', roles: ['LEADER'], unit: 'UBND', scope: 'UBND' },
  // The Sở's director: confirms the Sở's review minutes (biên bản xét khen thưởng).
  { username: 'lanhdao.sogd', fullName: 'Tạ Quang Vinh', roles: ['LEADER'], unit: 'SGDDT' },
  { username: 'xem', fullName: 'Bùi Thị Lan', roles: ['VIEWER'], unit: 'SYT' },
  // Keeps the province's emulation fund: pays the money of issued decisions (docs/fund.md).
  { username: 'ketoan', fullName: 'Ngô Thị Mai', roles: ['FINANCE'], unit: 'SNV', scope: 'UBND' },
  // Handles the province's complaints and denunciations about commendation (docs/complaints.md).
  {
    username: 'khieunai',
    fullName: 'Quách Văn Thành',
    roles: ['COMPLAINT_HANDLER'],
    unit: 'SNV-TDKT',
    scope: 'UBND',
  },
  // Inspects how units run emulation and commendation (docs/inspections.md).
  {
    username: 'kiemtra',
    fullName: 'Hà Thị Ngọc',
    roles: ['INSPECTOR'],
    unit: 'SNV-TDKT',
    scope: 'UBND',
  },
];

/**
 * Accounts of Xã Tân Lập, the commune formed by the 2025 merge (units.ts): it exists only after
 * the merges are replayed, so these are created then. A commune nominates households, which no
 * Sở does; the December cycle (e2e/december-cycle.spec.ts) runs from here.
 */
export const DEMO_COMMUNE_ACCOUNTS: typeof DEMO_ACCOUNTS = [
  { username: 'canbo.tanlap', fullName: 'Đinh Thị Hoa', roles: ['UNIT_OFFICER'], unit: 'X-TANLAP' },
  // The commune chairman: confirms the commune's review minutes.
  { username: 'lanhdao.tanlap', fullName: 'Lò Văn Thắng', roles: ['LEADER'], unit: 'X-TANLAP' },
];

/**
 * Every demo account has an address under a reserved test domain (RFC 2606), so a demo run with
 * VINHDANH_SMTP_URL set shows the e-mail notices; without it they go to the server log.
 */
export const demoEmail = (username: string) => `${username}@sonha.example`;

type Rows = {
  people: (typeof person.$inferInsert)[];
  employment: (typeof personEmployment.$inferInsert)[];
  ratings: (typeof annualRating.$inferInsert)[];
  awards: (typeof award.$inferInsert)[];
  decisions: (typeof decision.$inferInsert)[];
  initiatives: (typeof initiative.$inferInsert)[];
  initiativeAuthors: (typeof initiativeAuthor.$inferInsert)[];
  households: (typeof household.$inferInsert)[];
};

async function insertChunked<T>(tx: Tx, table: Parameters<Tx['insert']>[0], rows: T[], size = 500) {
  for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size) as never);
}

/** Seeds the fictional province of Sơn Hà once; a second call changes nothing. */
export async function seedDemo(db: Db, onProgress: (message: string) => void = () => {}) {
  const [existing] = await db.select().from(tenant).where(eq(tenant.code, DEMO_TENANT_CODE));
  if (existing) {
    // A demo database made before the national tenant existed gains it on the next start.
    await seedDemoNational(db, DEMO_PASSWORD);
    return { created: false as const };
  }
  const random = seededRandom(2026);
  const { tenantId, units, counts } = await db.transaction(async (tx) => {
    // A tenant created here has no stored verdicts: the eligibility triggers (migration 0045) would
    // only queue every subject of the province, at 4–5× the seed's time on PGlite.
    await skipStaleMarking(tx);
    const tenantId = await createTenant(tx, {
      code: DEMO_TENANT_CODE,
      name: 'Tỉnh Sơn Hà',
      kind: 'PROVINCE',
    });
    const units = new Map<string, { id: string; path: string }>();
    const rows: Rows = {
      people: [],
      employment: [],
      ratings: [],
      awards: [],
      decisions: [],
      initiatives: [],
      initiativeAuthors: [],
      households: [],
    };
    const walk = async (spec: DemoUnit, parent: { id: string; path: string } | null) => {
      const unit = await createUnitRecord(tx, tenantId, parent, spec);
      units.set(spec.code, unit);
      addPeople(random, tenantId, unit.id, spec, rows);
      if (spec.type === 'THON_TO_DAN_PHO') addHouseholds(random, tenantId, unit.id, spec.name, rows);
      addCollectiveRecords(random, tenantId, unit.id, spec, rows);
      for (const child of spec.children ?? []) await walk(child, unit);
    };
    await walk(DEMO_TREE, null);
    onProgress(`Đã tạo ${units.size} đơn vị, đang ghi ${rows.people.length} cá nhân…`);
    await insertChunked(tx, person, rows.people);
    await insertChunked(tx, personEmployment, rows.employment);
    await insertChunked(tx, decision, rows.decisions);
    await insertChunked(tx, annualRating, rows.ratings);
    await insertChunked(tx, award, rows.awards);
    await insertChunked(tx, initiative, rows.initiatives);
    await insertChunked(tx, initiativeAuthor, rows.initiativeAuthors);
    await insertChunked(tx, household, rows.households);
    for (const account of DEMO_ACCOUNTS) {
      await createUserRecord(tx, tenantId, {
        ...account,
        password: DEMO_PASSWORD,
        email: demoEmail(account.username),
        // Published password: outside the demo trial these accounts must change it first.
        demo: true,
        unitId: units.get(account.unit)!.id,
        scopeUnitId: units.get(account.scope ?? account.unit)!.id,
      });
    }
    return {
      tenantId,
      units,
      counts: { people: rows.people.length, ratings: rows.ratings.length, awards: rows.awards.length },
    };
  });
  await replayMerges(db, tenantId, units);
  onProgress('Đã sắp xếp lại đơn vị theo các quyết định năm 2025.');
  await createCommuneAccounts(db, tenantId);
  await seedEmulation(db, tenantId, '00000000-0000-7000-8000-000000000000');
  await seedReportData(db, tenantId);
  await seedDemoProposals(db, tenantId, '00000000-0000-7000-8000-000000000000');
  onProgress('Đang ghi sổ Quỹ thi đua, khen thưởng của tỉnh…');
  await seedDemoFund(db, tenantId);
  await seedDemoModels(db, tenantId);
  await seedDemoInspections(db, tenantId);
  // After the province, in its own transaction: the portal shows the first tenant created.
  await seedDemoNational(db, DEMO_PASSWORD);
  return { created: true as const, tenantId, units: units.size, ...counts };
}

async function createCommuneAccounts(db: Db, tenantId: string) {
  const rows = await db
    .select({ id: orgUnit.id, code: orgUnit.code })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.status, 'ACTIVE')));
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  for (const account of DEMO_COMMUNE_ACCOUNTS) {
    const unitId = byCode.get(account.unit);
    if (!unitId) throw new Error(`demo unit ${account.unit} missing after the merges`);
    await createUserRecord(db, tenantId, {
      ...account,
      password: DEMO_PASSWORD,
      email: demoEmail(account.username),
      demo: true,
      unitId,
      scopeUnitId: unitId,
    });
  }
}

async function replayMerges(db: Db, tenantId: string, units: Map<string, { id: string; path: string }>) {
  const root = units.get('UBND')!;
  const ctx = {
    actor: {
      userId: '00000000-0000-7000-8000-000000000000',
      tenantId,
      roles: ['TENANT_ADMIN'] as Role[],
      scopePath: root.path,
    },
    requestId: 'demo-seed',
  };
  for (const merge of DEMO_MERGES) {
    await mergeUnits(
      db,
      ctx,
      {
        absorbedIds: merge.absorbed.map((code) => units.get(code)!.id),
        successor:
          'existing' in merge.successor
            ? { mode: 'EXISTING', id: units.get(merge.successor.existing)!.id }
            : { mode: 'NEW', parentId: root.id, ...merge.successor },
        effectiveDate: merge.effectiveDate,
        decisionRef: merge.decisionRef,
      },
      { findPeopleIdsInUnit, transferPeople },
    );
  }
}

function ratingFor(random: Random) {
  return random.weighted([
    ['HTXSNV', 15],
    ['HTTNV', 70],
    ['HTNV', 12],
    ['KHTNV', 3],
  ] as const);
}

let citizenSeq = 0;

function addPeople(random: Random, tenantId: string, unitId: string, spec: DemoUnit, rows: Rows) {
  for (let i = 0; i < spec.people; i++) {
    const gender = random.next() < 0.52 ? 'NU' : 'NAM';
    const birthYear = random.int(1965, 2001);
    const recruitedYear = Math.min(2025, birthYear + random.int(22, 30));
    const recruitedOn = `${recruitedYear}-${String(random.int(1, 12)).padStart(2, '0')}-01`;
    const id = newId();
    citizenSeq += 1;
    const isDirectWorker = spec.type === 'DOANH_NGHIEP' ? random.next() < 0.8 : random.next() < 0.1;
    rows.people.push({
      tenantId,
      id,
      unitId,
      ...personNameColumns(randomPersonName(random, gender)),
      gender,
      birthDate: `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      ethnicity: random.weighted(ETHNICITIES),
      citizenId: `037${gender === 'NU' ? 1 : 0}${String(birthYear % 100).padStart(2, '0')}${String(citizenSeq).padStart(6, '0')}`,
      position:
        i === 0
          ? 'Thủ trưởng đơn vị'
          : i < 3
            ? 'Phó Thủ trưởng'
            : isDirectWorker
              ? 'Công nhân'
              : 'Chuyên viên',
      isLeader: i < 3,
      isDirectWorker,
      subjectGroup: isDirectWorker ? 'CONG_NHAN' : 'CBCCVC',
      recruitedOn,
    });
    rows.employment.push({
      tenantId,
      id: newId(),
      personId: id,
      unitId,
      position: null,
      leaderLevel: leaderLevelOf(spec.type, i, isDirectWorker),
      fromDate: recruitedOn,
    });
    addPersonRecords(random, tenantId, id, spec.code, recruitedYear, rows);
  }
}

/** The statistical leader level of the demo posts: the head by the unit's rank, deputies as other leaders. */
function leaderLevelOf(type: DemoUnit['type'], index: number, isDirectWorker: boolean): LeaderLevel | null {
  if (index === 0) {
    if (type === 'UBND_TINH') return 'LANH_DAO_BO_TINH';
    if (type === 'SO_BAN_NGANH') return 'LANH_DAO_VU_SO';
    if (type === 'DOANH_NGHIEP') return 'DOANH_NHAN';
    return 'LANH_DAO_KHAC';
  }
  if (index < 3) return type === 'UBND_TINH' ? 'LANH_DAO_BO_TINH' : 'LANH_DAO_KHAC';
  return isDirectWorker ? 'TRUC_TIEP' : null;
}

function decisionFor(
  rows: Rows,
  tenantId: string,
  issuerCode: string,
  year: number,
  scope: 'UNIT' | 'PROVINCE',
) {
  const number =
    scope === 'UNIT'
      ? `${rows.decisions.length + 1}/QĐ-${issuerCode}`
      : `${rows.decisions.length + 1}/QĐ-UBND`;
  const existing = rows.decisions.find(
    (d) => d.issuer === (scope === 'UNIT' ? issuerCode : 'UBND') && d.signedOn === `${year + 1}-01-15`,
  );
  if (existing) return existing;
  const row = {
    tenantId,
    id: newId(),
    number,
    signedOn: `${year + 1}-01-15`,
    issuer: scope === 'UNIT' ? issuerCode : 'UBND',
    signer: null,
  };
  rows.decisions.push(row);
  return row;
}

function addPersonRecords(
  random: Random,
  tenantId: string,
  personId: string,
  unitCode: string,
  recruitedYear: number,
  rows: Rows,
) {
  let previousCstdcs = false;
  for (const year of YEARS) {
    if (year <= recruitedYear) continue;
    const rating = ratingFor(random);
    rows.ratings.push({
      tenantId,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: personId,
      year,
      rating,
      sourceDoc: `Kết quả đánh giá năm ${year}`,
    });
    const good = rating === 'HTXSNV' || rating === 'HTTNV';
    if (!good || random.next() > 0.92) {
      previousCstdcs = false;
      continue;
    }
    const unitDecision = decisionFor(rows, tenantId, unitCode, year, 'UNIT');
    const give = (awardCode: string, d: typeof unitDecision) =>
      rows.awards.push({
        tenantId,
        id: newId(),
        subjectType: 'PERSON',
        subjectId: personId,
        awardCode,
        kind: 'CONG_TRANG',
        year,
        decisionId: d.id,
        decisionNumber: d.number,
        decisionDate: d.signedOn,
      });
    give('LDTT', unitDecision);
    const hasInitiative = random.next() < 0.5;
    if (hasInitiative) {
      const initiativeId = newId();
      rows.initiatives.push({
        tenantId,
        id: initiativeId,
        title: `Sáng kiến cải tiến quy trình công tác năm ${year}`,
        scope: random.next() < 0.1 ? 'BO_TINH' : 'CO_SO',
        year,
        appliedOn: `${year}-06-01`,
        recognizedBy: 'Hội đồng sáng kiến cơ sở',
      });
      rows.initiativeAuthors.push({ tenantId, initiativeId, personId, sharePct: 100 });
    }
    // Before 2024 a unit-level initiative was required for CSTĐ cơ sở (ND 91/2017).
    const cstdcs = rating === 'HTXSNV' && (year >= 2024 || hasInitiative) && random.next() < 0.75;
    if (cstdcs) give('CSTDCS', unitDecision);
    if (cstdcs && previousCstdcs && random.next() < 0.4)
      give('BK_BO_TINH', decisionFor(rows, tenantId, unitCode, year, 'PROVINCE'));
    else if (!cstdcs && random.next() < 0.05) give('GIAY_KHEN', unitDecision);
    previousCstdcs = cstdcs;
  }
}

function addCollectiveRecords(random: Random, tenantId: string, unitId: string, spec: DemoUnit, rows: Rows) {
  for (const year of YEARS) {
    const rating = random.weighted([
      ['HTXSNV', 30],
      ['HTTNV', 65],
      ['HTNV', 5],
    ] as const);
    rows.ratings.push({
      tenantId,
      id: newId(),
      subjectType: 'COLLECTIVE',
      subjectId: unitId,
      year,
      rating,
      sourceDoc: null,
    });
    if (rating === 'HTNV') continue;
    const code = rating === 'HTXSNV' && random.next() < 0.6 ? 'TTLDXS' : 'TTLDTT';
    const d = decisionFor(
      rows,
      tenantId,
      code === 'TTLDXS' ? 'UBND' : spec.code,
      year,
      code === 'TTLDXS' ? 'PROVINCE' : 'UNIT',
    );
    rows.awards.push({
      tenantId,
      id: newId(),
      subjectType: 'COLLECTIVE',
      subjectId: unitId,
      awardCode: code,
      kind: 'CONG_TRANG',
      year,
      decisionId: d.id,
      decisionNumber: d.number,
      decisionDate: d.signedOn,
    });
  }
}

function addHouseholds(random: Random, tenantId: string, unitId: string, unitName: string, rows: Rows) {
  for (let i = 1; i <= 12; i++) {
    const gender = random.next() < 0.7 ? 'NAM' : 'NU';
    rows.households.push({
      tenantId,
      id: newId(),
      unitId,
      headName: randomPersonName(random, gender),
      address: `Số ${i}, ${unitName}`,
    });
  }
}
