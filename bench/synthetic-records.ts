import { sql } from 'drizzle-orm';
import type { openDatabase } from '../apps/server/src/db/client';
import { skipStaleMarking } from '../apps/server/src/modules/eligibility/index';
import { awardSearchColumns } from '../apps/server/src/modules/records/award-search-columns';
import { createTenant, createUnitRecord } from '../apps/server/src/modules/tenants/tenant-setup';

// The synthetic history the PostgreSQL benchmarks run on, generated inside PostgreSQL
// (generate_series, INSERT … SELECT: no row crosses to Node). Values come from hashes of the row
// number, so every run has the same shape. `seedPeopleHistory` is what the eligibility scan reads;
// `seedReportRecords` adds what the statistical forms and the fairness view count.

type BenchDb = Awaited<ReturnType<typeof openDatabase>>['db'];

/** A uniform pick in [0, n) from a hash of the row and a salt. */
const pick = (key: string, salt: string, n: number) => `(abs(hashtext(${key} || '${salt}')) % ${n})`;

// Leader level of a post (person_employment.leader_level), weighted like a province's staff:
// a few province leaders, more heads of department, most direct workers, some posts unclassified.
const LEADER_LEVEL = (
  h: string,
) => `CASE WHEN ${h} < 3 THEN 'LANH_DAO_BO_TINH' WHEN ${h} < 10 THEN 'LANH_DAO_VU_SO'
  WHEN ${h} < 14 THEN 'DOANH_NHAN' WHEN ${h} < 28 THEN 'LANH_DAO_KHAC' WHEN ${h} < 82 THEN 'TRUC_TIEP' END`;

const MINORITIES = `ARRAY['Tày','Thái','Mường','Khmer','Mông','Nùng','Dao','Ê Đê']`;

/**
 * Refreshes the planner's statistics of tables a later statement joins. Run inside the caller's
 * transaction, ANALYZE counts its own new rows; without it, on a cluster whose statistics hold other
 * tenants but none of this one, the planner expected one row of the new tenant and joined every
 * rating to the tenant's whole person table (a full bench run's reports seed ran one INSERT for over
 * 20 minutes; the same seed on an empty cluster took 160 s).
 */
const analyze = (db: BenchDb, ...tables: string[]) => db.execute(sql.raw(`ANALYZE ${tables.join(', ')}`));

/**
 * Seeds a new tenant in one transaction with the eligibility-stale triggers (0045) off, as the demo
 * seed does: a new tenant has no stored verdicts to mark stale, and each of its millions of rows
 * would run two upserts (the reports seed: 565 s with them on a fresh cluster, 160 s without).
 */
export function seedNewTenant(db: BenchDb, seed: (tx: BenchDb) => Promise<void>): Promise<void> {
  return db.transaction(async (tx) => {
    await skipStaleMarking(tx);
    await seed(tx);
  });
}

/** A tenant with a three-level tree: 10 departments, communes, schools and enterprises, 3 units under each. */
export async function createBenchTenant(
  db: BenchDb,
  code: string,
  kind: 'PROVINCE' | 'MINISTRY',
): Promise<{ tenantId: string; root: { id: string; path: string } }> {
  const tenantId = await createTenant(db, {
    code,
    name: kind === 'PROVINCE' ? 'Tỉnh đo hiệu năng' : 'Bộ đo hiệu năng',
    kind,
  });
  const root = await createUnitRecord(db, tenantId, null, {
    code: 'ROOT',
    name: kind === 'PROVINCE' ? 'UBND tỉnh' : 'Bộ',
    type: kind === 'PROVINCE' ? 'UBND_TINH' : 'BO',
  });
  const types = [
    'SO_BAN_NGANH',
    'SO_BAN_NGANH',
    'SO_BAN_NGANH',
    'SO_BAN_NGANH',
    'XA_PHUONG',
    'XA_PHUONG',
    'DON_VI_SU_NGHIEP',
    'DON_VI_SU_NGHIEP',
    'DOANH_NGHIEP',
    'DOANH_NGHIEP',
  ] as const;
  for (const [i, type] of types.entries()) {
    const unit = await createUnitRecord(db, tenantId, root, { code: `U${i}`, name: `Đơn vị ${i}`, type });
    for (let j = 0; j < 3; j++) {
      await createUnitRecord(db, tenantId, unit, {
        code: `U${i}_${j}`,
        name: `Đơn vị ${i}.${j}`,
        type: type === 'XA_PHUONG' ? 'THON_TO_DAN_PHO' : 'PHONG_TO',
      });
    }
  }
  return { tenantId, root };
}

/**
 * People with 20-year histories (2006–2025): ratings, Lao động tiên tiến and Chiến sĩ thi đua cơ
 * sở from the ratings, initiatives. People vary in gender, ethnicity and subject group.
 */
export async function seedPeopleHistory(db: BenchDb, tenantId: string, subjects: number) {
  await db.execute(
    sql.raw(`
    INSERT INTO person (tenant_id, id, unit_id, full_name, name_search, name_sort, gender, birth_date,
                        ethnicity, recruited_on, subject_group)
    SELECT '${tenantId}', gen_random_uuid(), u.ids[1 + g % array_length(u.ids, 1)], 'Người ' || g, 'nguoi ' || g,
           'nguoi ' || g,
           CASE WHEN ${pick('g', 'g', 100)} < 48 THEN 'NU' ELSE 'NAM' END,
           make_date(1965 + g % 35, 1 + g % 12, 1 + g % 28),
           CASE WHEN ${pick('g', 'e', 100)} < 4 THEN NULL WHEN ${pick('g', 'e', 100)} < 86 THEN 'Kinh'
                ELSE (${MINORITIES})[1 + ${pick('g', 'm', 8)}] END,
           '2005-01-01',
           (ARRAY['CBCCVC','CBCCVC','CONG_NHAN','NONG_DAN','NGUOI_LAO_DONG','LLVT'])[1 + ${pick('g', 's', 6)}]
      FROM generate_series(1, ${subjects}) g,
           (SELECT array_agg(id ORDER BY code) AS ids FROM org_unit WHERE tenant_id = '${tenantId}' AND parent_id IS NOT NULL) u`),
  );
  await analyze(db, 'person');
  await db.execute(sql`
    INSERT INTO annual_rating (tenant_id, id, subject_type, subject_id, year, rating)
    SELECT p.tenant_id, gen_random_uuid(), 'PERSON', p.id, y,
           (ARRAY['HTXSNV','HTTNV','HTTNV','HTTNV','HTNV'])[1 + abs(hashtext(p.id::text || y)) % 5]
      FROM person p CROSS JOIN generate_series(2006, 2025) y WHERE p.tenant_id = ${tenantId}`);
  await analyze(db, 'annual_rating');
  // Decisions on the yearly titles: mostly in December, some in January of the next year (the
  // statistics count the decision's year), one in ten without a date; one in 200 later revoked.
  const decided = `CASE WHEN ${pick('r.id::text', 'q', 10)} = 0 THEN NULL
    WHEN ${pick('r.id::text', 'q', 10)} < 7 THEN make_date(r.year, 12, 10 + ${pick('r.id::text', 'r', 20)})
    ELSE make_date(r.year + 1, 1, 5 + ${pick('r.id::text', 'r', 20)}) END`;
  const revoked = `${pick('r.id::text', 'v', 200)} = 0`;
  // Award search's columns set-based, as the import does (the trigger skips its per-row lookups).
  const ratingSearch = awardSearchColumns('PERSON', 'r.tenant_id', 'r.subject_id');
  await db.execute(
    sql.raw(`
    INSERT INTO award (tenant_id, id, subject_type, subject_id, award_code, kind, year, decision_date, is_revoked,
                       scope_unit_id, sort_name)
    SELECT r.tenant_id, gen_random_uuid(), 'PERSON', r.subject_id, 'LDTT', 'CONG_TRANG', r.year, ${decided}, ${revoked},
           ${ratingSearch.scopeUnitId}, ${ratingSearch.sortName}
      FROM annual_rating r ${ratingSearch.joins} WHERE r.tenant_id = '${tenantId}' AND r.rating IN ('HTXSNV', 'HTTNV')`),
  );
  await db.execute(
    sql.raw(`
    INSERT INTO award (tenant_id, id, subject_type, subject_id, award_code, kind, year, decision_date, is_revoked,
                       scope_unit_id, sort_name)
    SELECT r.tenant_id, gen_random_uuid(), 'PERSON', r.subject_id, 'CSTDCS', 'CONG_TRANG', r.year, ${decided}, ${revoked},
           ${ratingSearch.scopeUnitId}, ${ratingSearch.sortName}
      FROM annual_rating r ${ratingSearch.joins} WHERE r.tenant_id = '${tenantId}' AND r.rating = 'HTXSNV' AND abs(hashtext(r.id::text)) % 10 < 7`),
  );
  await db.execute(sql`
    WITH src AS (
      SELECT p.tenant_id, gen_random_uuid() AS iid, p.id AS pid, y,
             CASE WHEN abs(hashtext(p.id::text || y || 's')) % 10 = 0 THEN 'BO_TINH' ELSE 'CO_SO' END AS scope
        FROM person p CROSS JOIN generate_series(2006, 2025) y
       WHERE p.tenant_id = ${tenantId} AND abs(hashtext(p.id::text || y || 'i')) % 10 < 3
    ), added AS (
      INSERT INTO initiative (tenant_id, id, title, type, scope, year, is_applied)
      SELECT tenant_id, iid, 'Sáng kiến', 'SANG_KIEN', scope, y, true FROM src
    )
    INSERT INTO initiative_author (tenant_id, initiative_id, person_id, share_pct)
    SELECT tenant_id, iid, pid, 100 FROM src`);
}

/**
 * What the statistical forms and the fairness view count, on top of `seedPeopleHistory`:
 * - two posts per person (person_employment) whose leader levels cover all five and none, the
 *   switch falling in a year between 2006 and 2024, and the direct-worker flag of the current post;
 * - awards at every level (Nhà nước, bộ/tỉnh, cơ sở) and of every kind to people;
 * - teams (one in five an enterprise) and the org units themselves as collectives, with awards;
 * - households in communes and villages, with awards.
 */
export async function seedReportRecords(db: BenchDb, tenantId: string, subjects: number) {
  const t = `'${tenantId}'::uuid`;
  await db.execute(
    sql.raw(`
    WITH lv AS (
      SELECT p.id, p.unit_id, 2006 + ${pick('p.id::text', 'w', 19)} AS switch_year,
             ${LEADER_LEVEL(pick('p.id::text', 'b', 100))} AS before_level,
             ${LEADER_LEVEL(pick('p.id::text', 'a', 100))} AS after_level,
             ${pick('p.id::text', 'd', 2)} = 0 AS odd
        FROM person p WHERE p.tenant_id = ${t}
    ), flagged AS (
      UPDATE person p SET is_direct_worker = COALESCE(lv.after_level = 'TRUC_TIEP', lv.odd),
                          is_leader = COALESCE(lv.after_level IN ('LANH_DAO_BO_TINH', 'LANH_DAO_VU_SO', 'LANH_DAO_KHAC'), FALSE)
        FROM lv WHERE p.tenant_id = ${t} AND p.id = lv.id
    )
    INSERT INTO person_employment (tenant_id, id, person_id, unit_id, leader_level, from_date, to_date)
    SELECT ${t}, gen_random_uuid(), id, unit_id, before_level, DATE '2005-01-01', make_date(switch_year, 6, 30) FROM lv
    UNION ALL
    SELECT ${t}, gen_random_uuid(), id, unit_id, after_level, make_date(switch_year, 7, 1), NULL FROM lv`),
  );
  await analyze(db, 'person', 'person_employment');
  // Award search's columns set-based, as the import does (the trigger skips its per-row lookups).
  const person = awardSearchColumns('PERSON', t, 'src.subject_id');
  const collective = awardSearchColumns('COLLECTIVE', t, 'src.subject_id');
  const household = awardSearchColumns('HOUSEHOLD', t, 'src.subject_id');
  // Higher awards to people: one person-year in sixteen, over codes of every level and every kind.
  await db.execute(
    sql.raw(`
    WITH src AS (
      SELECT r.subject_id, r.year, abs(hashtext(r.id::text || 'k')) AS h
        FROM annual_rating r WHERE r.tenant_id = ${t} AND ${pick('r.id::text', 'h', 16)} = 0
    )
    INSERT INTO award (tenant_id, id, subject_type, subject_id, award_code, kind, year, decision_date, amount_vnd, is_revoked,
                       scope_unit_id, sort_name)
    SELECT ${t}, gen_random_uuid(), 'PERSON', subject_id,
           (ARRAY['BK_BO_TINH','BK_BO_TINH','BK_BO_TINH','BK_BO_TINH','CSTD_BO_TINH','KNC_BO_TINH','KNC_BO_TINH',
                  'GIAY_KHEN','GIAY_KHEN','GIAY_KHEN','BK_TTG','CSTDTQ','HCLD3','HCLD2','HCLD1','HC_DUNG_CAM'])[1 + h % 16],
           (ARRAY['CONG_TRANG','CONG_TRANG','CONG_TRANG','CONG_TRANG','CHUYEN_DE','CHUYEN_DE','DOT_XUAT',
                  'DOI_NGOAI','CONG_HIEN','NIEN_HAN','KHANG_CHIEN'])[1 + (h / 16) % 11],
           year, CASE WHEN (h / 176) % 8 = 0 THEN NULL ELSE make_date(year, 1 + (h / 1408) % 12, 1 + h % 28) END,
           1000000 + (h % 5) * 500000, (h / 7) % 300 = 0, ${person.scopeUnitId}, ${person.sortName}
      FROM src ${person.joins}`),
  );
  // Teams inside units (one in five an enterprise); the units themselves are collectives too. A new
  // team's trigger (0054) looks up awards of that subject: with statistics that still showed no award
  // of this tenant, the planner scanned all of the tenant's awards for each team.
  await analyze(db, 'award');
  await db.execute(
    sql.raw(`
    INSERT INTO collective (tenant_id, id, unit_id, kind, name, is_enterprise)
    SELECT ${t}, gen_random_uuid(), u.ids[1 + g % array_length(u.ids, 1)], 'TEAM', 'Tổ ' || g, ${pick('g', 'x', 5)} = 0
      FROM generate_series(1, ${Math.max(20, Math.floor(subjects / 50))}) g,
           (SELECT array_agg(id ORDER BY code) AS ids FROM org_unit WHERE tenant_id = ${t} AND parent_id IS NOT NULL) u`),
  );
  await analyze(db, 'collective', 'org_unit');
  await db.execute(
    sql.raw(`
    WITH src AS (
      SELECT c.id AS subject_id, y, abs(hashtext(c.id::text || y)) AS h FROM collective c CROSS JOIN generate_series(2006, 2025) y
       WHERE c.tenant_id = ${t}
      UNION ALL
      SELECT u.id, y, abs(hashtext(u.id::text || y)) FROM org_unit u CROSS JOIN generate_series(2006, 2025) y
       WHERE u.tenant_id = ${t}
    )
    INSERT INTO award (tenant_id, id, subject_type, subject_id, award_code, kind, year, decision_date, is_revoked,
                       scope_unit_id, sort_name)
    SELECT ${t}, gen_random_uuid(), 'COLLECTIVE', subject_id,
           (ARRAY['TTLDTT','TTLDTT','TTLDTT','TTLDTT','TTLDTT','TTLDXS','TTLDXS','BK_BO_TINH','CO_BO_TINH','KNC_BO_TINH',
                  'CO_CP','BK_TTG','HCLD3','GIAY_KHEN'])[1 + h % 14],
           (ARRAY['CONG_TRANG','CONG_TRANG','CONG_TRANG','CHUYEN_DE','DOT_XUAT','DOI_NGOAI','CONG_HIEN','NIEN_HAN','KHANG_CHIEN'])[1 + (h / 14) % 9],
           y, CASE WHEN (h / 126) % 10 = 0 THEN NULL ELSE make_date(y, 1 + (h / 1260) % 12, 1 + h % 28) END, (h / 3) % 250 = 0,
           ${collective.scopeUnitId}, ${collective.sortName}
      FROM src ${collective.joins} WHERE (h / 7) % 10 < 9`),
  );
  // Households in communes and villages; one in eight awarded in a year.
  await db.execute(
    sql.raw(`
    INSERT INTO household (tenant_id, id, unit_id, head_name, address)
    SELECT ${t}, gen_random_uuid(), u.ids[1 + g % array_length(u.ids, 1)], 'Chủ hộ ' || g, 'Thôn ' || (g % 30)
      FROM generate_series(1, ${Math.max(10, Math.floor(subjects / 10))}) g,
           (SELECT array_agg(id ORDER BY code) AS ids FROM org_unit
             WHERE tenant_id = ${t} AND type IN ('XA_PHUONG', 'THON_TO_DAN_PHO')) u`),
  );
  await analyze(db, 'household');
  await db.execute(
    sql.raw(`
    WITH src AS (
      SELECT hh.id AS subject_id, y, abs(hashtext(hh.id::text || y)) AS h FROM household hh CROSS JOIN generate_series(2006, 2025) y
       WHERE hh.tenant_id = ${t}
    )
    INSERT INTO award (tenant_id, id, subject_type, subject_id, award_code, kind, year, decision_date, scope_unit_id, sort_name)
    SELECT ${t}, gen_random_uuid(), 'HOUSEHOLD', subject_id,
           (ARRAY['GIAY_KHEN','GIAY_KHEN','GIAY_KHEN','BK_BO_TINH','KNC_BO_TINH'])[1 + h % 5],
           (ARRAY['CONG_TRANG','CHUYEN_DE','DOT_XUAT','KHANG_CHIEN'])[1 + (h / 5) % 4],
           y, make_date(y, 1 + (h / 20) % 12, 1 + h % 28), ${household.scopeUnitId}, ${household.sortName}
      FROM src ${household.joins} WHERE (h / 80) % 8 = 0`),
  );
}
