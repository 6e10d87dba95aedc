import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditEvent, award, awardRevocation, fundEntry } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { readXlsxRows } from '../../lib/xlsx';
import { ApiClient } from '../../test/client';
import { seedDecision } from '../../test/document-fixtures';
import { describeEngines } from '../../test/engines';
import { createFixtureUser } from '../../test/fixtures';
import { FUND_LEDGER_HEADERS } from './fund-xlsx';

type Entry = {
  id: string;
  kind: string;
  flow: 'IN' | 'OUT';
  amountVnd: number;
  awardId: string | null;
  isReversed: boolean;
  reversesEntryId: string | null;
};

describeEngines('emulation fund (Quỹ thi đua, khen thưởng)', (env) => {
  const users = { finance: '', leader: '', financeB: '' };

  beforeAll(async () => {
    const { database, fx } = env();
    const suffix = newId().slice(-8);
    // The fund is the tenant's: its accountant and the signer work at the root of the tree.
    users.finance = `ketoan.${suffix}`;
    users.leader = `lanhdao.${suffix}`;
    users.financeB = `ketoan.b.${suffix}`;
    await createFixtureUser(database.db, fx.tenantA, {
      username: users.finance,
      fullName: 'Kế toán Quỹ tỉnh A',
      roles: ['FINANCE'],
      unitId: fx.root.id,
    });
    await createFixtureUser(database.db, fx.tenantA, {
      username: users.leader,
      fullName: 'Lãnh đạo tỉnh A',
      roles: ['LEADER'],
      unitId: fx.root.id,
    });
    await createFixtureUser(database.db, fx.tenantB, {
      username: users.financeB,
      fullName: 'Kế toán Quỹ bộ B',
      roles: ['FINANCE'],
      unitId: fx.rootB.id,
    });
  });

  const finance = () => ApiClient.login(env().app, users.finance);
  const entriesOf = async (client: ApiClient, year: number): Promise<Entry[]> =>
    (await client.get(`/api/fund?year=${year}`)).body.entries;
  const paymentsOf = (awardIds: string[]) =>
    env()
      .database.db.select()
      .from(fundEntry)
      .where(
        and(
          eq(fundEntry.tenantId, env().fx.tenantA),
          inArray(fundEntry.awardId, awardIds),
          eq(fundEntry.kind, 'PAYMENT'),
        ),
      );

  it('pays each award of a decision once: a second confirmation is refused, and two at once make one payment per award', async () => {
    const { app, fx, database } = env();
    const client = await finance();
    const receipt = await client.post('/api/fund/receipts', {
      source: 'BUDGET',
      amountVnd: 20_000_000,
      entryDate: '2026-01-15',
      voucherNo: 'PT01',
      description: 'Ngân sách tỉnh cấp cho Quỹ năm 2026',
    });
    expect(receipt.status).toBe(201);
    const seeded = await seedDecision(database.db, fx, 'own', { count: 3 });
    const awaiting = (await client.get('/api/fund/awaiting')).body;
    const listed = awaiting.decisions.find((d: { decisionId: string }) => d.decisionId === seeded.decisionId);
    // The amounts are the decision's money summary (710.000 đ per Giấy khen here), not derived again.
    expect(listed).toMatchObject({ awaitingCount: 3, awaitingVnd: 3 * 710_000 });
    const paid = await client.post('/api/fund/payments', {
      decisionId: seeded.decisionId,
      entryDate: '2026-03-02',
      voucherNo: 'PC05',
    });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ paidCount: 3, paidVnd: 2_130_000 });
    const again = await client.post('/api/fund/payments', {
      decisionId: seeded.decisionId,
      entryDate: '2026-03-03',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('FUND_ALREADY_PAID');
    expect(again.body.error.message).toContain('không chi lần thứ hai');
    const one = await client.post('/api/fund/payments', {
      decisionId: seeded.decisionId,
      awardIds: [seeded.awardIds[0]],
    });
    expect(one.body.error.code).toBe('FUND_ALREADY_PAID');
    expect(await paymentsOf(seeded.awardIds)).toHaveLength(3);
    expect(
      (await client.get('/api/fund/awaiting')).body.decisions.some(
        (d: { decisionId: string }) => d.decisionId === seeded.decisionId,
      ),
    ).toBe(false);

    // Two accountants confirm the same decision at the same moment.
    const second = await seedDecision(database.db, fx, 'own', { count: 2 });
    const other = await ApiClient.login(app, users.finance);
    const both = await Promise.all([
      client.post('/api/fund/payments', { decisionId: second.decisionId }),
      other.post('/api/fund/payments', { decisionId: second.decisionId }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.status === 409)?.body.error.code).toBe('FUND_ALREADY_PAID');
    const secondPayments = await paymentsOf(second.awardIds);
    expect(secondPayments).toHaveLength(2);
    expect(new Set(secondPayments.map((p) => p.awardId)).size).toBe(2);

    const audit = await database.db
      .select({ action: auditEvent.action, entityId: auditEvent.entityId })
      .from(auditEvent)
      .where(and(eq(auditEvent.tenantId, fx.tenantA), eq(auditEvent.action, 'fund.pay')));
    expect(audit.filter((a) => a.entityId === seeded.decisionId)).toHaveLength(1);
    expect(audit.filter((a) => a.entityId === second.decisionId)).toHaveLength(1);
  });

  it('corrects by a reversing entry: the balance is restored, the original is kept, and the award may be paid again', async () => {
    const { fx, database } = env();
    const client = await finance();
    const seeded = await seedDecision(database.db, fx, 'own', { count: 2 });
    expect((await client.post('/api/fund/payments', { decisionId: seeded.decisionId })).status).toBe(201);
    const before = (await client.get('/api/fund?year=2026')).body.totals;
    const payment = (await entriesOf(client, 2026)).find(
      (e) => e.kind === 'PAYMENT' && e.awardId === seeded.awardIds[0],
    )!;
    const reversal = await client.post(`/api/fund/entries/${payment.id}/reversal`, {
      reason: 'Chi nhầm người nhận, đã thu lại',
    });
    expect(reversal.status).toBe(201);
    expect(reversal.body).toMatchObject({
      kind: 'REVERSAL',
      flow: 'OUT',
      amountVnd: 710_000,
      reversesEntryId: payment.id,
      awardId: seeded.awardIds[0],
    });
    expect(reversal.body.description).toContain('Chi nhầm người nhận');
    const after = (await client.get('/api/fund?year=2026')).body.totals;
    expect(after.outVnd).toBe(before.outVnd - 710_000);
    expect(after.closingVnd).toBe(before.closingVnd + 710_000);
    const entries = await entriesOf(client, 2026);
    expect(entries.find((e) => e.id === payment.id)).toMatchObject({ amountVnd: -710_000, isReversed: true });

    const twice = await client.post(`/api/fund/entries/${payment.id}/reversal`, {
      reason: 'Đảo lần thứ hai',
    });
    expect(twice.body.error.code).toBe('FUND_ALREADY_REVERSED');
    const ofReversal = await client.post(`/api/fund/entries/${reversal.body.id}/reversal`, {
      reason: 'Đảo bút toán đảo',
    });
    expect(ofReversal.body.error.code).toBe('FUND_REVERSAL_OF_REVERSAL');

    // The award is awaiting again, alone, and can be paid once more.
    const listed = (await client.get('/api/fund/awaiting')).body.decisions.find(
      (d: { decisionId: string }) => d.decisionId === seeded.decisionId,
    );
    expect(listed.items.map((i: { awardId: string }) => i.awardId)).toEqual([seeded.awardIds[0]]);
    const repaid = await client.post('/api/fund/payments', {
      decisionId: seeded.decisionId,
      awardIds: [seeded.awardIds[0]],
    });
    expect(repaid.status).toBe(201);
    expect((await client.get('/api/fund?year=2026')).body.totals.closingVnd).toBe(before.closingVnd);
    expect((await client.post('/api/fund/payments', { decisionId: seeded.decisionId })).body.error.code).toBe(
      'FUND_ALREADY_PAID',
    );

    // Nothing is edited or deleted in place, not even by hand in the database.
    await expect(
      database.db.execute(sql`UPDATE fund_entry SET amount_vnd = 1 WHERE tenant_id = ${fx.tenantA}`),
    ).rejects.toThrow();
    await expect(
      database.db.execute(sql`DELETE FROM fund_entry WHERE tenant_id = ${fx.tenantA}`),
    ).rejects.toThrow();
    const audit = await database.db
      .select({ action: auditEvent.action })
      .from(auditEvent)
      .where(and(eq(auditEvent.tenantId, fx.tenantA), eq(auditEvent.entityId, payment.id)));
    expect(audit.map((a) => a.action)).toEqual(['fund.reverse']);
  });

  it("takes a revoked award's money back as a receipt, once, and only what the fund paid", async () => {
    const { fx, database } = env();
    const db = database.db;
    const client = await finance();
    const seeded = await seedDecision(db, fx, 'own', { count: 2 });
    expect((await client.post('/api/fund/payments', { decisionId: seeded.decisionId })).status).toBe(201);
    const [paidAward, standing] = seeded.awardIds as [string, string];
    const notRevoked = await client.post('/api/fund/recoveries', { awardId: standing });
    expect(notRevoked.body.error.code).toBe('FUND_NOT_TO_RECOVER');
    // The decider revokes the first award and orders the money back (Law 2022, Điều 93).
    await db
      .update(award)
      .set({ isRevoked: true, revokedOn: '2026-06-01', revocationGround: 'A' })
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.id, paidAward)));
    await db.insert(awardRevocation).values({
      tenantId: fx.tenantA,
      id: newId(),
      awardId: paidAward,
      decisionId: seeded.decisionId,
      ground: 'A',
      revokedOn: '2026-06-01',
      reason: 'Kê khai không trung thực thành tích',
      recoverCertificate: true,
      recoverAmountVnd: 710_000,
      decidedBy: newId(),
    });
    const awaiting = (await client.get('/api/fund/awaiting')).body;
    expect(awaiting.recoveries.find((r: { awardId: string }) => r.awardId === paidAward)).toMatchObject({
      paidVnd: 710_000,
      decisionNumber: seeded.number,
    });
    const before = (await client.get('/api/fund?year=2026')).body;
    const recovered = await client.post('/api/fund/recoveries', {
      awardId: paidAward,
      entryDate: '2026-06-15',
      voucherNo: 'PT09',
    });
    expect(recovered.status).toBe(201);
    const after = (await client.get('/api/fund?year=2026')).body;
    expect(after.totals.inVnd).toBe(before.totals.inVnd + 710_000);
    expect(after.totals.outVnd).toBe(before.totals.outVnd);
    const entry = (after.entries as Entry[]).find((e) => e.id === recovered.body.entryId);
    expect(entry).toMatchObject({ kind: 'RECOVERY', flow: 'IN', amountVnd: 710_000, awardId: paidAward });
    expect(after.bySource.find((s: { key: string }) => s.key === 'RECOVERY').amountVnd).toBe(
      (before.bySource.find((s: { key: string }) => s.key === 'RECOVERY')?.amountVnd ?? 0) + 710_000,
    );
    const twice = await client.post('/api/fund/recoveries', { awardId: paidAward });
    expect(twice.body.error.code).toBe('FUND_ALREADY_RECOVERED');
    // The payment of a recovered award is reversed only after its recovery is.
    const payment = (after.entries as Entry[]).find((e) => e.kind === 'PAYMENT' && e.awardId === paidAward)!;
    const reverse = await client.post(`/api/fund/entries/${payment.id}/reversal`, {
      reason: 'Ghi nhầm khoản chi',
    });
    expect(reverse.body.error.code).toBe('FUND_RECOVERY_STANDING');
    expect(
      (await client.get('/api/fund/awaiting')).body.recoveries.some(
        (r: { awardId: string }) => r.awardId === paidAward,
      ),
    ).toBe(false);

    // A revoked award the fund never paid has nothing to recover.
    const unpaid = await seedDecision(db, fx, 'own', { count: 1 });
    await db
      .update(award)
      .set({ isRevoked: true, revokedOn: '2026-06-01', revocationGround: 'B' })
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.id, unpaid.awardIds[0]!)));
    await db.insert(awardRevocation).values({
      tenantId: fx.tenantA,
      id: newId(),
      awardId: unpaid.awardIds[0]!,
      decisionId: unpaid.decisionId,
      ground: 'B',
      revokedOn: '2026-06-01',
      reason: 'Sai thẩm quyền',
      recoverCertificate: true,
      recoverAmountVnd: 710_000,
      decidedBy: newId(),
    });
    expect((await client.post('/api/fund/recoveries', { awardId: unpaid.awardIds[0] })).body.error.code).toBe(
      'FUND_NOT_PAID',
    );
  });

  it('shows a balance, receipts by source and payments by award level that match the entries, and exports them to .xlsx', async () => {
    const { fx, database } = env();
    const db = database.db;
    const client = await finance();
    // A year of its own (2025) so the figures are this test's alone.
    const receipts = [
      { source: 'BUDGET', amountVnd: 50_000_000, description: 'Ngân sách tỉnh cấp năm 2025' },
      { source: 'CONTRIBUTION', amountVnd: 5_000_000, description: 'Doanh nghiệp ủng hộ Quỹ' },
      { source: 'OTHER', amountVnd: 1_000_000, description: 'Ghi nhầm, sẽ đảo' },
    ];
    const ids: string[] = [];
    for (const r of receipts) {
      const res = await client.post('/api/fund/receipts', { ...r, entryDate: '2025-02-01' });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    expect(
      (
        await client.post(`/api/fund/entries/${ids[2]}/reversal`, {
          reason: 'Ghi nhầm nguồn',
          entryDate: '2025-02-03',
        })
      ).status,
    ).toBe(201);
    const giayKhen = await seedDecision(db, fx, 'own', { count: 2, signedOn: '2025-03-01' });
    const bangKhen = await seedDecision(db, fx, 'own', {
      count: 1,
      signedOn: '2025-04-01',
      awardCode: 'BK_BO_TINH',
    });
    await db
      .update(award)
      .set({ amountVnd: 2_130_000 })
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.id, bangKhen.awardIds[0]!)));
    for (const [d, on] of [
      [giayKhen, '2025-03-10'],
      [bangKhen, '2025-04-10'],
    ] as const) {
      expect(
        (await client.post('/api/fund/payments', { decisionId: d.decisionId, entryDate: on })).status,
      ).toBe(201);
    }

    const view = (await client.get('/api/fund?year=2025')).body;
    expect(view.totals).toEqual({
      openingVnd: 0,
      inVnd: 55_000_000,
      outVnd: 2 * 710_000 + 2_130_000,
      closingVnd: 55_000_000 - 3_550_000,
    });
    const entries = view.entries as Entry[];
    expect(entries).toHaveLength(3 + 1 + 3);
    expect(entries.reduce((s, e) => s + e.amountVnd, 0)).toBe(
      view.totals.closingVnd - view.totals.openingVnd,
    );
    expect(view.bySource).toEqual([
      { key: 'BUDGET', name: 'Ngân sách nhà nước cấp', amountVnd: 50_000_000 },
      {
        key: 'CONTRIBUTION',
        name: 'Đóng góp của cá nhân, tổ chức trong nước, nước ngoài',
        amountVnd: 5_000_000,
      },
      { key: 'OTHER', name: 'Nguồn thu hợp pháp khác', amountVnd: 0 },
    ]);
    const level = (key: string) => view.byLevel.find((l: { level: string }) => l.level === key);
    expect(level('CO_SO')).toMatchObject({ count: 2, amountVnd: 1_420_000 });
    expect(level('BO_TINH')).toMatchObject({ count: 1, amountVnd: 2_130_000, name: 'Cấp bộ, ngành, tỉnh' });
    expect(level('NHA_NUOC')).toMatchObject({ count: 0, amountVnd: 0 });
    expect(view.byLevel.reduce((s: number, l: { amountVnd: number }) => s + l.amountVnd, 0)).toBe(
      view.totals.outVnd,
    );
    // The next year opens with this year's closing balance.
    const next = (await client.get('/api/fund?year=2026')).body.totals;
    expect(next.openingVnd).toBe(view.totals.closingVnd);

    const res = await client.get('/api/fund/export.xlsx?year=2025');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('quy-thi-dua-khen-thuong-2025.xlsx');
    const rows = await readXlsxRows(res.body as ArrayBuffer);
    expect(rows[0]).toEqual([...FUND_LEDGER_HEADERS]);
    expect(rows[1]?.[4]).toBe('Số dư đầu năm');
    const body = rows.slice(2, 2 + entries.length);
    const sum = (col: number) => body.reduce((s: number, r) => s + Number(r[col] ?? 0), 0);
    expect(sum(8)).toBe(view.totals.inVnd);
    expect(sum(9)).toBe(view.totals.outVnd);
    // The running balance ends at the closing balance, and the last row says so.
    expect(body.at(-1)?.[10]).toBe(view.totals.closingVnd);
    const last = rows.at(-1) as unknown[];
    expect(last[4]).toBe('Số dư cuối năm');
    expect(last[10]).toBe(view.totals.closingVnd);
    expect(body.find((r) => r[3] === 'Bút toán đảo')?.[8]).toBe(-1_000_000);
  });

  it('refuses bad input in Vietnamese', async () => {
    const client = await finance();
    const zero = await client.post('/api/fund/receipts', {
      source: 'BUDGET',
      amountVnd: 0,
      description: 'Thu',
    });
    expect(zero.status).toBe(400);
    expect(JSON.stringify(zero.body.error.details)).toContain('Số tiền phải lớn hơn 0');
    const future = await client.post('/api/fund/receipts', {
      source: 'BUDGET',
      amountVnd: 1000,
      description: 'Thu',
      entryDate: '2099-01-01',
    });
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.body.error.details)).toContain('không được sau ngày hôm nay');
    const reason = await client.post(`/api/fund/entries/${newId()}/reversal`, { reason: '' });
    expect(reason.status).toBe(400);
  });

  it('keeps the fund to its tenant and to actors at the root: a unit accountant, another tenant and a reader are refused', async () => {
    const { app, fx, database } = env();
    const seeded = await seedDecision(database.db, fx, 'own', { count: 1 });
    const client = await finance();
    const entry = (await entriesOf(client, 2026))[0]!;
    // An accountant scoped to a sub-unit sees no province money.
    const unitFinance = await ApiClient.login(app, fx.users.FINANCE);
    expect((await unitFinance.get('/api/fund')).status).toBe(403);
    expect((await unitFinance.post('/api/fund/payments', { decisionId: seeded.decisionId })).status).toBe(
      403,
    );
    // Another tenant's accountant has its own, empty ledger and cannot touch this one.
    const other = await ApiClient.login(app, users.financeB);
    const otherView = (await other.get('/api/fund?year=2026')).body;
    expect(otherView.entries).toEqual([]);
    expect(otherView.totals.closingVnd).toBe(0);
    expect((await other.get('/api/fund/awaiting')).body.decisions).toEqual([]);
    const pay = await other.post('/api/fund/payments', { decisionId: seeded.decisionId });
    expect(pay.body.error.code).toBe('DECISION_NOT_FOUND');
    const reverse = await other.post(`/api/fund/entries/${entry.id}/reversal`, {
      reason: 'Thử đảo bút toán',
    });
    expect(reverse.body.error.code).toBe('FUND_ENTRY_NOT_FOUND');
    // The signer reads the fund but does not keep it.
    const leader = await ApiClient.login(app, users.leader);
    expect((await leader.get('/api/fund?year=2026')).status).toBe(200);
    expect((await leader.post('/api/fund/payments', { decisionId: seeded.decisionId })).status).toBe(403);
    expect(
      (await leader.post('/api/fund/receipts', { source: 'BUDGET', amountVnd: 1, description: 'x' })).status,
    ).toBe(403);
    expect(await paymentsOf(seeded.awardIds)).toHaveLength(0);
  });

  it("shows the leader's dashboard what the fund paid each year and its balance, from the ledger; a unit's leader gets no fund figures", async () => {
    const { app, fx } = env();
    const client = await finance();
    const leader = await ApiClient.login(app, users.leader);
    expect((await leader.get('/api/auth/me')).body.user.isTenantWide).toBe(true);
    const dashboard = (await leader.get('/api/reports/dashboard?year=2026')).body;
    const byYear = new Map<number, { inVnd: number; paidVnd: number }>(
      dashboard.fund.byYear.map((y: { year: number; inVnd: number; paidVnd: number }) => [y.year, y]),
    );
    expect([...byYear.keys()]).toEqual([2022, 2023, 2024, 2025, 2026]);
    // Each year's figures are the fund book's own (reversals net out), not the awards' money.
    for (const year of [2025, 2026]) {
      const totals = (await client.get(`/api/fund?year=${year}`)).body.totals;
      expect(byYear.get(year)).toEqual({ year, inVnd: totals.inVnd, paidVnd: totals.outVnd });
      if (year === 2026) expect(dashboard.fund.closingVnd).toBe(totals.closingVnd);
    }
    // The 2025 test above booked 3 payments: 2 Giấy khen at 710.000 đ and a Bằng khen at 2.130.000 đ.
    expect(byYear.get(2025)?.paidVnd).toBe(3_550_000);
    expect(byYear.get(2024)).toEqual({ year: 2024, inVnd: 0, paidVnd: 0 });
    // A leader of a unit reads no province money, on the dashboard either.
    const unitLeader = await ApiClient.login(app, fx.users.LEADER);
    expect((await unitLeader.get('/api/auth/me')).body.user.isTenantWide).toBe(false);
    const unitDashboard = await unitLeader.get('/api/reports/dashboard?year=2026');
    expect(unitDashboard.status).toBe(200);
    expect(unitDashboard.body.fund).toBeNull();
  });
});
