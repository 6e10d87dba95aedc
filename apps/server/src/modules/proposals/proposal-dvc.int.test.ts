import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DvcSettings } from '../../config/dvc-config';
import type { Db } from '../../db/client';
import { outboxMessage, proposal } from '../../db/schema/index';
import { dvcRequest } from '../../platform/outbox/dvc-format';
import { dvcHandler } from '../../platform/outbox/dvc-handler';
import { pollOnce } from '../../platform/outbox/outbox';
import { ApiClient } from '../../test/client';
import { type StandInRequest, startDvcStandIn } from '../../test/dvc-stand-in';
import { describeEngines } from '../../test/engines';
import { movableClock } from '../../test/movable-clock';
import { seedProposal } from '../../test/proposal-seeds';
import { dvcCodeOf, enqueueFullPortalSync } from './proposal-dvc';

// Contract tests of the national public-service portal sync: workflow steps put DongBoHoSoMC and
// CapNhatTienDoHoSoMC messages into the outbox, which POSTs them to a stand-in endpoint started
// here. Checked: the field lists and yyyyMMddHHmmss dates in Vietnam time, that only
// error_code "00" counts as delivered, retries after a failure, and no duplicate after a retry.

const DOSSIER_FIELDS = [
  'MaHoSo',
  'MaTTHC',
  'TenTTHC',
  'MaLinhVuc',
  'TenLinhVuc',
  'ChuHoSo',
  'LoaiDoiTuong',
  'MaDoiTuong',
  'ThongTinKhac',
  'Email',
  'Fax',
  'SoDienThoai',
  'TrichYeuHoSo',
  'NgayTiepNhan',
  'NgayHenTra',
  'TrangThaiHoSo',
  'NgayTra',
  'ThongTinTra',
  'HinhThuc',
  'NgayKetThucXuLy',
  'DonViXuLy',
  'GhiChu',
  'DanhSachLePhi',
  'DanhSachTepDinhKemKhac',
  'DanhSachHoSoBoSung',
  'DanhSachGiayToKetQua',
  'TaiLieuNop',
].sort();
const PROGRESS_FIELDS = [
  'MaHoSo',
  'NguoiXuLy',
  'ChucDanh',
  'ThoiDiemXuLy',
  'PhongBanXuLy',
  'NoiDungXuLy',
  'TrangThai',
  'NgayBatDau',
  'NgayKetThucTheoQuyDinh',
].sort();

/** yyyyMMddHHmmss read as Vietnam time (UTC+7). */
function fromVnCompact(s: string): Date {
  const [y, mo, d, h, mi, se] = [0, 4, 6, 8, 10, 12].map((i, k) => Number(s.slice(i, i + (k === 0 ? 4 : 2))));
  return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, (h ?? 0) - 7, mi ?? 0, se ?? 0));
}

const ofDossier = (reqs: StandInRequest[], code: string) =>
  reqs.filter((r) => r.body.data?.[0]?.MaHoSo === code);

async function dvcRows(db: Db, code: string) {
  return db
    .select()
    .from(outboxMessage)
    .where(and(eq(outboxMessage.topic, 'dvc'), sql`${outboxMessage.payload}->'record'->>'MaHoSo' = ${code}`))
    .orderBy(asc(outboxMessage.createdAt), asc(outboxMessage.id));
}

describeEngines('national public-service portal sync', (env) => {
  let portal: Awaited<ReturnType<typeof startDvcStandIn>>;
  let settings: DvcSettings;
  beforeAll(async () => {
    portal = await startDvcStandIn();
    settings = {
      url: portal.url,
      agencyCode: '000.00.00.H99',
      session: 'phien-thu-nghiem',
      dstCode: 'VN:GOV:000.00.00.G22',
      procedureCodes: { CONG_TRANG: '1.000775' },
    };
  });
  afterAll(async () => {
    await portal.close();
  });
  const handlers = () => ({
    dvc: dvcHandler(() => settings, { db: env().database.db, log: () => {}, timeoutMs: 5_000 }),
  });

  async function submitAndReceive() {
    const { db } = env().database;
    const { fx, app } = env();
    const p = await seedProposal(db, fx, 'own', { state: 'UNIT_REVIEW' });
    const [row] = await db
      .select()
      .from(proposal)
      .where(and(eq(proposal.tenantId, p.tenantId), eq(proposal.id, p.id)));
    if (!row) throw new Error('no proposal');
    const code = await dvcCodeOf(db, row);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const sent = await officer.request('POST', `/api/proposals/${p.id}/submit`, {
      expectedVersion: 1,
      ineligibleReason: 'Đơn vị đề nghị Hội đồng xem xét thành tích',
    });
    expect(sent.status).toBe(200);
    const appraiser = await ApiClient.login(app, fx.users.APPRAISER);
    const received = await appraiser.request('POST', `/api/proposals/${p.id}/receive`, {
      expectedVersion: 2,
    });
    expect(received.status).toBe(200);
    return { id: p.id, code };
  }

  it('sends the dossier when filed and its progress when received, with the field lists, Vietnam-time dates, and only error_code "00" as delivered', async () => {
    const { db } = env().database;
    const before = Date.now();
    const { code } = await submitAndReceive();
    expect(code).toMatch(/^[A-Z0-9_-]+-\d{6}-[0-9A-F]{12}$/);
    // Filed (DongBoHoSoMC, new), received (CapNhatTienDoHoSoMC 2, then the dossier with its receipt date).
    expect((await dvcRows(db, code)).map((r) => r.status)).toEqual(['PENDING', 'PENDING', 'PENDING']);

    const clock = movableClock();
    portal.failNext('ERROR_CODE');
    await pollOnce(db, { handlers: handlers(), clock });
    const afterFirst = await dvcRows(db, code);
    // The dossier was refused (error_code 99); its two later messages wait for it, in order.
    expect(afterFirst.map((r) => [r.status, r.attempts])).toEqual([
      ['PENDING', 1],
      ['PENDING', 1],
      ['PENDING', 1],
    ]);
    expect(afterFirst[0]?.lastError).toContain('error_code 99');
    expect(afterFirst[1]?.lastError).toContain('Chờ gửi xong tin trước');
    expect(ofDossier(portal.applied, code)).toEqual([]);

    clock.advance(31_000); // past the first backoff
    await pollOnce(db, { handlers: handlers(), clock });
    expect((await dvcRows(db, code)).map((r) => r.status)).toEqual(['SENT', 'SENT', 'SENT']);

    const got = ofDossier(portal.applied, code);
    expect(
      got.map((r) => [
        r.body.service,
        r.body.isUpdating,
        r.body.data?.[0]?.TrangThaiHoSo ?? r.body.data?.[0]?.TrangThai,
      ]),
    ).toEqual([
      ['DongBoHoSoMC', 'False', '1'],
      ['CapNhatTienDoHoSoMC', undefined, '2'],
      ['DongBoHoSoMC', 'True', '2'],
    ]);
    for (const r of got) {
      expect(dvcRequest.safeParse(r.body).success).toBe(true);
      expect(r.body).toMatchObject({ session: 'phien-thu-nghiem', madonvi: '000.00.00.H99' });
      expect(r.headers['content-type']).toContain('application/json');
      expect(r.headers.dstcode).toBe('VN:GOV:000.00.00.G22');
      expect(r.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      const record = r.body.data?.[0] ?? {};
      expect(Object.keys(record).sort()).toEqual(
        r.body.service === 'DongBoHoSoMC' ? DOSSIER_FIELDS : PROGRESS_FIELDS,
      );
    }
    const filed = got.find((r) => r.body.isUpdating === 'False')?.body.data?.[0];
    expect(filed).toMatchObject({
      MaTTHC: '1.000775',
      ChuHoSo: 'Trường THPT Số 1',
      TrichYeuHoSo: 'Hồ sơ mẫu',
      NgayTiepNhan: '',
    });
    const update = got.find((r) => r.body.isUpdating === 'True')?.body.data?.[0];
    const progress = got.find((r) => r.body.service === 'CapNhatTienDoHoSoMC')?.body.data?.[0];
    for (const date of [update?.NgayTiepNhan, progress?.ThoiDiemXuLy]) {
      expect(date).toMatch(/^\d{14}$/);
      const at = fromVnCompact(String(date)).getTime();
      // Written in Vietnam time: read back as UTC+7 it is the instant of the step (to the second).
      expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
      expect(at).toBeLessThanOrEqual(Date.now());
    }
    expect(progress).toMatchObject({ TrangThai: '2', NoiDungXuLy: 'Đã trình → Đã tiếp nhận' });
  });

  it('retries after an HTTP error and a connection cut after the portal applied the message, and the portal holds each state once', async () => {
    const { db } = env().database;
    const { code } = await submitAndReceive();
    const clock = movableClock();
    portal.failNext('HTTP_500', 'CUT_AFTER_APPLY');
    // The dossier's first message gets HTTP 500, then is applied but its answer is lost; the
    // dossier's later messages wait for it. Poll past each backoff until everything is sent.
    for (let round = 0; round < 4; round += 1) {
      await pollOnce(db, { handlers: handlers(), clock });
      clock.advance(3_600_000);
    }
    const rows = await dvcRows(db, code);
    expect(rows.map((r) => r.status)).toEqual(['SENT', 'SENT', 'SENT']);
    expect(rows[0]?.attempts).toBe(3);

    const first = ofDossier(portal.received, code).filter(
      (r) => r.headers['idempotency-key'] === rows[0]?.id,
    );
    // Sent three times with the same message id and version.
    expect(first).toHaveLength(3);
    expect(new Set(first.map((r) => r.headers['x-vinhdanh-version']))).toEqual(new Set(['2']));
    const states = ofDossier(portal.applied, code).map(
      (r) => `${r.body.service}:${r.body.data?.[0]?.TrangThaiHoSo ?? r.body.data?.[0]?.TrangThai}`,
    );
    expect(states).toEqual(['DongBoHoSoMC:1', 'CapNhatTienDoHoSoMC:2', 'DongBoHoSoMC:2']);
  });

  it('a full sync sends every filed dossier again as an update; a tenant without a portal only logs', async () => {
    const { db } = env().database;
    const { fx } = env();
    const draft = await seedProposal(db, fx, 'own', { state: 'DRAFT' });
    const { code } = await submitAndReceive();
    await pollOnce(db, { handlers: handlers(), clock: movableClock() });
    const n = await enqueueFullPortalSync(db, fx.tenantA);
    expect(n).toBeGreaterThanOrEqual(1);
    const lines: string[] = [];
    const unconnected = dvcHandler(() => undefined, { log: (line) => lines.push(line) });
    const queued = await db
      .select()
      .from(outboxMessage)
      .where(and(eq(outboxMessage.topic, 'dvc'), eq(outboxMessage.status, 'PENDING')));
    const mine = queued.filter((r) => JSON.stringify(r.payload).includes(code));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.payload).toMatchObject({ service: 'DongBoHoSoMC', isUpdating: true });
    expect(queued.some((r) => JSON.stringify(r.payload).includes(draft.id.slice(-12).toUpperCase()))).toBe(
      false,
    );
    await pollOnce(db, { handlers: { dvc: unconnected }, clock: movableClock() });
    const pendingDvc = async () =>
      (
        await db
          .select()
          .from(outboxMessage)
          .where(and(eq(outboxMessage.topic, 'dvc'), eq(outboxMessage.status, 'PENDING')))
      ).length;
    expect(await pendingDvc()).toBe(0);
    // One line for the tenant, however many of its messages are dropped (the log stays readable).
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[cổng DVC, chưa cấu hình\] DongBoHoSoMC .*chưa khai báo cổng DVC/);
    await enqueueFullPortalSync(db, fx.tenantA);
    await pollOnce(db, { handlers: { dvc: unconnected }, clock: movableClock() });
    expect(await pendingDvc()).toBe(0);
    expect(lines).toHaveLength(1);
  });
});
