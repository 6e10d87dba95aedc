import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { award } from '../../db/schema/index';
import { readXlsxRows } from '../../lib/xlsx';
import { ApiClient } from '../../test/client';
import { seedDecision } from '../../test/document-fixtures';
import { readDocxPart } from '../../test/docx-read';
import { describeEngines } from '../../test/engines';
import { MONEY_SUMMARY_HEADERS } from './money-summary.service';

type Item = { name: string; awardCode: string; amountVnd: number | null; isRevoked: boolean };

describeEngines('decision money summary', (env) => {
  /** Three Giấy khen and one Bằng khen with their own amounts; the second Giấy khen revoked. */
  async function seedMixed() {
    const { fx, database } = env();
    const db = database.db;
    const seeded = await seedDecision(db, fx, 'own', {
      names: ['Nguyễn Thị Hường', 'Lê Văn An', 'Phạm Minh Châu', 'Đỗ Thu Trang'],
    });
    const amounts = [710_000, 710_000, 850_000, 2_130_000];
    for (const [i, id] of seeded.awardIds.entries()) {
      await db
        .update(award)
        .set({
          amountVnd: amounts[i],
          awardCode: i === 3 ? 'BK_BO_TINH' : 'GIAY_KHEN',
          isRevoked: i === 1,
          revokedOn: i === 1 ? '2026-03-01' : null,
        })
        .where(eq(award.id, id));
    }
    return seeded;
  }

  it('sums the stored amounts of the standing awards, per award and in total; a revoked award is listed but not counted', async () => {
    const { app, fx } = env();
    const seeded = await seedMixed();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.get(`/api/decisions/${seeded.decisionId}/money-summary`);
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body.decision).toMatchObject({
      id: seeded.decisionId,
      number: seeded.number,
      signedOn: '2026-02-05',
      issuer: 'UBND tỉnh Sơn Hà',
    });
    expect(body.items).toHaveLength(4);
    const standing = (body.items as Item[]).filter((i) => !i.isRevoked);
    expect(standing).toHaveLength(3);
    expect(body.totalVnd).toBe(standing.reduce((sum, i) => sum + (i.amountVnd ?? 0), 0));
    expect(body.totalVnd).toBe(710_000 + 850_000 + 2_130_000);
    expect(body.totalInWords).toBe('Ba triệu sáu trăm chín mươi nghìn đồng');
    expect(body.count).toBe(3);
    expect(body.revokedCount).toBe(1);
    expect(body.byAward).toEqual(
      expect.arrayContaining([
        { awardCode: 'GIAY_KHEN', awardName: 'Giấy khen', count: 2, totalVnd: 1_560_000 },
        {
          awardCode: 'BK_BO_TINH',
          awardName: 'Bằng khen bộ, ban, ngành, tỉnh',
          count: 1,
          totalVnd: 2_130_000,
        },
      ]),
    );
    expect(body.byAward).toHaveLength(2);
    const revoked = (body.items as Item[]).find((i) => i.isRevoked);
    expect(revoked).toMatchObject({ name: 'Lê Văn An', amountVnd: 710_000 });
    // The coefficient comes from the rule set in force on the signing date (data, not code).
    const item = (body.items as (Item & { coefficient: number; unitLine: string; stt: number })[]).find(
      (i) => i.name === 'Nguyễn Thị Hường',
    );
    expect(item?.coefficient).toBeGreaterThan(0);
    expect(item?.unitLine).toContain('Giáo viên');
    expect((body.items as { stt: number }[]).map((i) => i.stt)).toEqual([1, 2, 3, 4]);
  });

  it('writes the same table to .xlsx: Vietnamese headers, every row, money as numbers and the total row', async () => {
    const { app, fx } = env();
    const seeded = await seedMixed();
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const json = (await leader.get(`/api/decisions/${seeded.decisionId}/money-summary`)).body;
    const res = await leader.get(`/api/decisions/${seeded.decisionId}/money-summary.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('.xlsx');
    const rows = await readXlsxRows(res.body as ArrayBuffer);
    expect(rows[0]).toEqual([...MONEY_SUMMARY_HEADERS]);
    const body = rows.slice(1, -1);
    expect(body).toHaveLength(4);
    for (const [i, item] of (json.items as (Item & { unitLine: string; awardName: string })[]).entries()) {
      const row = body[i] as unknown[];
      expect(row[0]).toBe(i + 1);
      expect(row[1]).toBe(item.name);
      expect(row[2]).toBe(item.unitLine);
      expect(row[3]).toBe(item.awardName);
      // A revoked award's money is blank, so the column sums to the total row.
      expect(row[5] ?? null).toBe(item.isRevoked ? null : item.amountVnd);
      if (item.isRevoked) expect(row[6]).toBe('Đã thu hồi, không tính vào tổng');
    }
    const total = rows.at(-1) as unknown[];
    expect(total[1]).toBe('Tổng cộng');
    expect(total[5]).toBe(3_690_000);
    expect(body.reduce((sum: number, r) => sum + (typeof r[5] === 'number' ? r[5] : 0), 0)).toBe(3_690_000);
    // Money cells (column F, data and total) carry the built-in thousands format "#,##0" (id 3).
    const file = Buffer.from(res.body as ArrayBuffer);
    const styles = await readDocxPart(file, 'xl/styles.xml');
    const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g)];
    const sheet = await readDocxPart(file, 'xl/worksheets/sheet1.xml');
    const moneyCells = [...sheet.matchAll(/<c r="F(\d+)" s="(\d+)"[^>]*><v>/g)].filter((m) => m[1] !== '1');
    expect(moneyCells).toHaveLength(4); // three standing awards and the total
    for (const [, row, style] of moneyCells) {
      expect(xfs[Number(style)]?.[0], `F${row}`).toContain('numFmtId="3"');
    }
  });

  it('refuses the summary outside the actor scope and to roles that do not print documents', async () => {
    const { app, fx, database } = env();
    const other = await seedDecision(database.db, fx, 'otherUnit');
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    for (const suffix of ['money-summary', 'money-summary.xlsx']) {
      const res = await officer.get(`/api/decisions/${other.decisionId}/${suffix}`);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    const own = await seedDecision(database.db, fx, 'own');
    expect((await viewer.get(`/api/decisions/${own.decisionId}/money-summary`)).status).toBe(403);
  });
  it('pays only the highest title of one recipient and year; a title and a form both pay (ND 152, Điều 49)', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const seeded = await seedDecision(db, fx, 'own', {
      names: ['Trần Thị Mai', 'Hoàng Văn Nam', 'Vũ Thị Lan'],
    });
    const [first, second, third] = seeded.awardIds as [string, string, string];
    const [subject] = await db.select({ subjectId: award.subjectId }).from(award).where(eq(award.id, first));
    // The same person holds LĐTT and CSTĐCS of 2025 and a Bằng khen in this decision.
    const rows: [string, string, number][] = [
      [first, 'LDTT', 710_000],
      [second, 'CSTDCS', 2_340_000],
      [third, 'BK_BO_TINH', 3_510_000],
    ];
    for (const [id, awardCode, amountVnd] of rows) {
      await db
        .update(award)
        .set({ awardCode, amountVnd, year: 2025, subjectId: subject?.subjectId })
        .where(eq(award.id, id));
    }
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.get(`/api/decisions/${seeded.decisionId}/money-summary`);
    expect(res.status).toBe(200);
    const items = res.body.items as (Item & { payableVnd: number; note: string | null })[];
    const ldtt = items.find((i) => i.awardCode === 'LDTT');
    expect(ldtt).toMatchObject({ amountVnd: 710_000, payableVnd: 0 });
    expect(ldtt?.note).toContain('chỉ nhận tiền thưởng của danh hiệu cao nhất');
    expect(ldtt?.note).toContain('Điều 49');
    expect(items.find((i) => i.awardCode === 'CSTDCS')).toMatchObject({ payableVnd: 2_340_000, note: null });
    expect(items.find((i) => i.awardCode === 'BK_BO_TINH')).toMatchObject({ payableVnd: 3_510_000 });
    expect(res.body.totalVnd).toBe(2_340_000 + 3_510_000);
  });
});
