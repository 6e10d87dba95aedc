import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { runImport } from '../../cli/import.command';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { award as awardTable } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson, addUnit } from '../../test/fixtures';
import { KIND_DEFS } from './import-columns';
import { poolOf } from './import-staged';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-cli-import-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A CSV in the template's columns; `rows` are cells by column key. */
function csvFile(name: string, kind: 'awards' | 'ratings', rows: Record<string, string>[]): string {
  const columns = KIND_DEFS[kind].columns;
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [columns.map((c) => quote(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c.key] ?? '')).join(','));
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** What the imports wrote, without generated ids: the same on both engines and both paths. */
async function records(db: Db, tenantId: string) {
  const awards = await queryRows(
    db,
    sql`SELECT p.full_name, a.award_code, a.kind, a.year, a.period_start_year, a.decision_number,
          a.decision_date::text AS decision_date, a.amount_vnd, a.achievement,
          d.number AS d_number, d.signed_on::text AS d_signed_on, d.issuer, d.signer
        FROM award a JOIN person p ON p.tenant_id = a.tenant_id AND p.id = a.subject_id
        LEFT JOIN decision d ON d.tenant_id = a.tenant_id AND d.id = a.decision_id
        WHERE a.tenant_id = ${tenantId} ORDER BY 1, 2, 4, 6`,
  );
  const ratings = await queryRows(
    db,
    sql`SELECT p.full_name, r.year, r.rating, r.source_doc FROM annual_rating r
        JOIN person p ON p.tenant_id = r.tenant_id AND p.id = r.subject_id
        WHERE r.tenant_id = ${tenantId} ORDER BY 1, 2`,
  );
  const [counts] = await queryRows<{ decisions: number; audits: number; people: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM decision WHERE tenant_id = ${tenantId}) AS decisions,
               (SELECT count(*)::int FROM audit_event WHERE tenant_id = ${tenantId}
                  AND action = 'import.commit') AS audits,
               (SELECT count(*)::int FROM person WHERE tenant_id = ${tenantId}) AS people`,
  );
  return { awards, ratings, counts: counts! };
}

async function run(db: Db, args: { file: string; tenant: string; kind: string }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport(db, args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const award = (over: Record<string, string>) => ({
  awardCode: 'LDTT',
  kind: 'CONG_TRANG',
  year: '2021',
  decisionNumber: '15/QĐ-UBND',
  decisionDate: '15/01/2022',
  issuer: 'UBND tỉnh A',
  signer: 'Trần Văn Ký',
  amountVnd: '500000',
  achievement: 'Hoàn thành tốt nhiệm vụ',
  unitCode: 'OWN-1',
  ...over,
});

describeEngines('CLI import (staged on PostgreSQL, batched on PGlite)', (env) => {
  it('imports a clean file, changes nothing the second time, and refuses a file with a bad row', async () => {
    const { database, fx, engine } = env();
    const db = database.db;
    // The set-based COPY path needs a pg pool; PGlite takes the batched path.
    expect(poolOf(db) !== null).toBe(engine !== 'pglite');
    const [tenantRow] = await queryRows<{ code: string }>(
      db,
      sql`SELECT code FROM tenant WHERE tenant_id = ${fx.tenantA}`,
    );
    const tenant = tenantRow!.code;
    await addPerson(db, fx.tenantA, fx.ownChild.id, 'Lê Thị Hoa', {
      birthDate: '1980-02-03',
      citizenId: '079180000111',
    });
    await addPerson(db, fx.tenantA, fx.ownChild.id, 'Phạm Minh Tuấn', { birthDate: '1975-06-07' });

    const good = csvFile('khen-thuong.csv', 'awards', [
      award({ fullName: 'Lê Thị Hoa', citizenId: '079180000111', birthDate: '03/02/1980' }),
      // Found by name as written + birth date + unit, no citizen ID.
      award({ fullName: 'Phạm Minh Tuấn', birthDate: '07/06/1975' }),
      award({
        fullName: 'Lê Thị Hoa',
        citizenId: '079180000111',
        awardCode: 'CSTDCS',
        year: '2022',
        decisionNumber: '20/QĐ-UBND',
        decisionDate: '20/01/2023',
      }),
      // The same award twice in one file counts once.
      award({ fullName: 'Phạm Minh Tuấn', birthDate: '07/06/1975' }),
    ]);
    const first = await run(db, { file: good, tenant, kind: 'awards' });
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const once = await records(db, fx.tenantA);
    expect(once.counts).toMatchObject({ decisions: 2, audits: 1 });
    expect(once.awards).toEqual([
      expect.objectContaining({
        full_name: 'Lê Thị Hoa',
        award_code: 'CSTDCS',
        year: 2022,
        decision_number: '20/QĐ-UBND',
        decision_date: '2023-01-20',
        d_signed_on: '2023-01-20',
      }),
      expect.objectContaining({
        full_name: 'Lê Thị Hoa',
        award_code: 'LDTT',
        year: 2021,
        decision_date: '2022-01-15',
        amount_vnd: 500000,
        issuer: 'UBND tỉnh A',
        signer: 'Trần Văn Ký',
      }),
      expect.objectContaining({ full_name: 'Phạm Minh Tuấn', award_code: 'LDTT', year: 2021 }),
    ]);

    const ratings = csvFile('xep-loai.csv', 'ratings', [
      {
        fullName: 'Lê Thị Hoa',
        citizenId: '079180000111',
        unitCode: 'OWN-1',
        year: '2021',
        rating: 'HTXSNV',
      },
      {
        fullName: 'Phạm Minh Tuấn',
        birthDate: '07/06/1975',
        unitCode: 'OWN-1',
        year: '2021',
        rating: 'HTTNV',
      },
    ]);
    expect((await run(db, { file: ratings, tenant, kind: 'ratings' })).code).toBe(0);

    // Again: nothing changes but the audit trail of the runs themselves.
    const snapshot = await records(db, fx.tenantA);
    expect((await run(db, { file: good, tenant, kind: 'awards' })).code).toBe(0);
    expect((await run(db, { file: ratings, tenant, kind: 'ratings' })).code).toBe(0);
    const twice = await records(db, fx.tenantA);
    expect(twice.awards).toEqual(snapshot.awards);
    expect(twice.ratings).toEqual(snapshot.ratings);
    expect(twice.ratings).toHaveLength(2);
    expect(twice.counts.decisions).toBe(snapshot.counts.decisions);
    expect(twice.counts.audits).toBe(snapshot.counts.audits + 2);

    // One bad cell (row 3) among new good rows: nothing is written, the row is named.
    const bad = csvFile('khen-thuong-loi.csv', 'awards', [
      award({
        fullName: 'Lê Thị Hoa',
        citizenId: '079180000111',
        year: '2023',
        decisionNumber: '30/QĐ-UBND',
        decisionDate: '10/01/2024',
      }),
      award({ fullName: 'Phạm Minh Tuấn', birthDate: '07/06/1975', year: 'hai nghìn' }),
    ]);
    const refused = await run(db, { file: bad, tenant, kind: 'awards' });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Dòng 3, cột "Năm"');
    // An unknown person and a decision number reused with another date are found in pass 2.
    const unknown = csvFile('khen-thuong-la.csv', 'awards', [
      award({
        fullName: 'Lê Thị Hoa',
        citizenId: '079180000111',
        year: '2023',
        decisionNumber: '30/QĐ-UBND',
        decisionDate: '10/01/2024',
      }),
      award({ fullName: 'Đỗ Văn Không', birthDate: '01/01/1990', year: '2023' }),
      award({
        fullName: 'Phạm Minh Tuấn',
        birthDate: '07/06/1975',
        year: '2020',
        decisionDate: '16/01/2022',
      }),
      // A new number given two dates in one file: its first row defines it.
      award({
        fullName: 'Phạm Minh Tuấn',
        birthDate: '07/06/1975',
        year: '2023',
        decisionNumber: '40/QĐ-UBND',
        decisionDate: '05/02/2024',
      }),
      award({
        fullName: 'Lê Thị Hoa',
        citizenId: '079180000111',
        year: '2023',
        decisionNumber: '40/QĐ-UBND',
        decisionDate: '06/02/2024',
      }),
    ]);
    const refusedAgain = await run(db, { file: unknown, tenant, kind: 'awards' });
    expect(refusedAgain.code).toBe(2);
    expect(refusedAgain.err).toMatch(/Dòng 3, cột "Họ và tên": Không tìm thấy "Đỗ Văn Không"/);
    expect(refusedAgain.err).toContain(
      'Dòng 4, cột "Ngày quyết định": Quyết định 15/QĐ-UBND của UBND tỉnh A đã có với ngày 15/01/2022.',
    );
    expect(refusedAgain.err).toContain(
      'Dòng 6, cột "Ngày quyết định": Quyết định 40/QĐ-UBND của UBND tỉnh A đã có với ngày 05/02/2024.',
    );
    expect(refusedAgain.err).not.toContain('Dòng 5,');
    expect(await records(db, fx.tenantA)).toEqual(twice);
  });

  it('imports awards that award search finds under the person’s unit, sorted by name with an award from a form', async () => {
    const { app, database, fx } = env();
    const db = database.db;
    const tenantId = fx.tenantA;
    const team = await addUnit(db, tenantId, fx.ownChild, 'Tổ Toán');
    const [codes] = await queryRows<{ tenant: string; unit: string }>(
      db,
      sql`SELECT (SELECT code FROM tenant WHERE tenant_id = ${tenantId}) AS tenant,
                 (SELECT code FROM org_unit WHERE tenant_id = ${tenantId} AND id = ${team.id}) AS unit`,
    );
    const yen = await addPerson(db, tenantId, team.id, 'Vũ Thị Yến', { citizenId: '079180000333' });
    const an = await addPerson(db, tenantId, team.id, 'Bùi Văn An', { citizenId: '079180000444' });
    const binh = await addPerson(db, tenantId, team.id, 'Đặng Thị Bình');
    const file = csvFile('to-toan.csv', 'awards', [
      award({ fullName: 'Vũ Thị Yến', citizenId: '079180000333', unitCode: codes!.unit, year: '2019' }),
      award({ fullName: 'Bùi Văn An', citizenId: '079180000444', unitCode: codes!.unit, year: '2019' }),
    ]);
    const imported = await run(db, { file, tenant: codes!.tenant, kind: 'awards' });
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    // An award written without the search columns (as the forms write one): the trigger fills them.
    await db.insert(awardTable).values({
      tenantId,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: binh,
      awardCode: 'LDTT',
      year: 2019,
    });

    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const res = await admin.get(`/api/awards?unitId=${team.id}&yearFrom=2019&yearTo=2019`);
    expect(res.status).toBe(200);
    const hits = res.body.items as { subjectId: string; unitId: string }[];
    expect(hits.map((h) => h.subjectId)).toEqual([an, binh, yen]);
    expect(hits.every((h) => h.unitId === team.id)).toBe(true);
    // The import's set-based columns are what the trigger gives a single award.
    const stored = await queryRows<{ same: boolean }>(
      db,
      sql`SELECT a.scope_unit_id = p.unit_id AND a.sort_name = p.name_sort AS same
          FROM award a JOIN person p ON p.tenant_id = a.tenant_id AND p.id = a.subject_id
          WHERE a.tenant_id = ${tenantId} AND a.subject_id IN (${yen}, ${an}, ${binh})`,
    );
    expect(stored.map((r) => r.same)).toEqual([true, true, true]);
  });

  it('matches a decision by its number and its issuer: another issuer’s 15/QĐ-UBND is a decision of its own', async () => {
    const { database, fx } = env();
    const db = database.db;
    const [tenantRow] = await queryRows<{ code: string }>(
      db,
      sql`SELECT code FROM tenant WHERE tenant_id = ${fx.tenantA}`,
    );
    const tenant = tenantRow!.code;
    await addPerson(db, fx.tenantA, fx.ownChild.id, 'Hồ Thị Lụa', { citizenId: '079180000222' });
    const who = { fullName: 'Hồ Thị Lụa', citizenId: '079180000222' };
    const common = { decisionNumber: '15/QĐ-UBND', decisionDate: '12/03/2025', year: '2024', ...who };
    const file = csvFile('hai-co-quan.csv', 'awards', [
      award({ ...common, issuer: 'UBND xã Tân Lập', awardCode: 'LDTT' }),
      // The same number and date from another commune's register: not the first one's decision.
      award({ ...common, issuer: 'UBND xã Tân Hòa', awardCode: 'GIAY_KHEN' }),
    ]);
    const first = await run(db, { file, tenant, kind: 'awards' });
    expect(first.err).toBe('');
    const issuers = async () =>
      queryRows<{ award_code: string; issuer: string }>(
        db,
        sql`SELECT a.award_code, d.issuer FROM award a
            JOIN decision d ON d.tenant_id = a.tenant_id AND d.id = a.decision_id
            JOIN person p ON p.tenant_id = a.tenant_id AND p.id = a.subject_id
            WHERE a.tenant_id = ${fx.tenantA} AND p.full_name = 'Hồ Thị Lụa' ORDER BY 1`,
      );
    expect(await issuers()).toEqual([
      { award_code: 'GIAY_KHEN', issuer: 'UBND xã Tân Hòa' },
      { award_code: 'LDTT', issuer: 'UBND xã Tân Lập' },
    ]);
    // A later file of the second commune, with another date for its own number, is refused for that
    // commune only; the first commune's number on another date was never its concern.
    const later = csvFile('hai-co-quan-2.csv', 'awards', [
      award({ ...common, issuer: 'UBND xã Tân Hòa', awardCode: 'CSTDCS', decisionDate: '13/03/2025' }),
    ]);
    const refused = await run(db, { file: later, tenant, kind: 'awards' });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      'Dòng 2, cột "Ngày quyết định": Quyết định 15/QĐ-UBND của UBND xã Tân Hòa đã có với ngày 12/03/2025.',
    );
    const [count] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM decision WHERE tenant_id = ${fx.tenantA} AND number = '15/QĐ-UBND'
            AND extract(year from signed_on) = 2025`,
    );
    expect(count!.n).toBe(2);
  });
});
