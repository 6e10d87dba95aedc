import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  annualRating,
  auditEvent,
  award,
  discipline,
  hold,
  initiative,
  initiativeAuthor,
} from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines, type TestEnv } from '../../test/engines';
import { addPerson } from '../../test/fixtures';

const CONFLICT = 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại rồi thử lại.';

async function updateEvents(env: TestEnv, entityId: string) {
  const rows = await env.database.db
    .select({ action: auditEvent.action, after: auditEvent.after })
    .from(auditEvent)
    .where(and(eq(auditEvent.tenantId, env.fx.tenantA), eq(auditEvent.entityId, entityId)))
    .orderBy(auditEvent.seq);
  return rows.filter((r) => r.action.endsWith('.update'));
}

/** Each record type: how to make one, two different edits, and how to read the edited field back. */
type Case = {
  name: string;
  path: string;
  create: (officer: ApiClient, personId: string) => Promise<string>;
  first: Record<string, unknown>;
  second: Record<string, unknown>;
  stored: (env: TestEnv, id: string) => Promise<unknown>;
  field: string;
};

const CASES: Case[] = [
  {
    name: 'rating',
    path: '/api/ratings',
    create: async (o, subjectId) =>
      (await o.post('/api/ratings', { subjectId, year: 2023, rating: 'HTTNV' })).body.id,
    first: { rating: 'HTXSNV' },
    second: { rating: 'HTNV' },
    field: 'rating',
    stored: async ({ database, fx }, id) =>
      (
        await database.db
          .select()
          .from(annualRating)
          .where(and(eq(annualRating.tenantId, fx.tenantA), eq(annualRating.id, id)))
      )[0]?.rating,
  },
  {
    name: 'discipline',
    path: '/api/disciplines',
    create: async (o, subjectId) =>
      (await o.post('/api/disciplines', { subjectId, form: 'KHIEN_TRACH', fromDate: '2022-03-01' })).body.id,
    first: { form: 'CANH_CAO' },
    second: { form: 'CACH_CHUC' },
    field: 'form',
    stored: async ({ database, fx }, id) =>
      (
        await database.db
          .select()
          .from(discipline)
          .where(and(eq(discipline.tenantId, fx.tenantA), eq(discipline.id, id)))
      )[0]?.form,
  },
  {
    name: 'hold',
    path: '/api/holds',
    create: async (o, subjectId) =>
      (await o.post('/api/holds', { subjectId, reason: 'KHIEU_NAI', fromDate: '2024-01-10' })).body.id,
    first: { reason: 'THANH_TRA' },
    second: { note: 'Đơn rút lại' },
    field: 'reason',
    stored: async ({ database, fx }, id) =>
      (
        await database.db
          .select()
          .from(hold)
          .where(and(eq(hold.tenantId, fx.tenantA), eq(hold.id, id)))
      )[0]?.reason,
  },
  {
    name: 'initiative',
    path: '/api/initiatives',
    create: async (o, personId) =>
      (
        await o.post('/api/initiatives', {
          title: 'Sổ tay thi đua điện tử',
          scope: 'CO_SO',
          year: 2023,
          authors: [{ personId, sharePct: 100 }],
        })
      ).body.id,
    first: { scope: 'BO_TINH' },
    second: { scope: 'TOAN_QUOC' },
    field: 'scope',
    stored: async ({ database, fx }, id) =>
      (
        await database.db
          .select()
          .from(initiative)
          .where(and(eq(initiative.tenantId, fx.tenantA), eq(initiative.id, id)))
      )[0]?.scope,
  },
  {
    name: 'award',
    path: '/api/awards',
    create: async (o, subjectId) =>
      (await o.post('/api/awards', { subjectId, awardCode: 'LDTT', year: 2023 })).body.id,
    first: { achievement: 'Dẫn đầu phong trào chuyển đổi số' },
    second: { achievement: 'Thành tích khác' },
    field: 'achievement',
    stored: async ({ database, fx }, id) =>
      (
        await database.db
          .select()
          .from(award)
          .where(and(eq(award.tenantId, fx.tenantA), eq(award.id, id)))
      )[0]?.achievement,
  },
];

describeEngines('records: every edit carries the version it was made from', (env) => {
  for (const c of CASES) {
    it(`a stale ${c.name} edit is refused in Vietnamese, and the first edit stays`, async () => {
      const { app, fx, database } = env();
      const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
      const personId = await addPerson(database.db, fx.tenantA, fx.ownChild.id, `Lê Văn ${c.name}`);
      const id = await c.create(officer, personId);
      const first = await officer.patch(`${c.path}/${id}`, { version: 1, ...c.first });
      expect(first.status).toBe(200);
      expect(first.body.version).toBe(2);
      const second = await officer.patch(`${c.path}/${id}`, { version: 1, ...c.second });
      expect(second.status).toBe(409);
      expect(second.body.error).toMatchObject({ code: 'VERSION_CONFLICT', message: CONFLICT });
      expect(await c.stored(env(), id)).toBe(c.first[c.field]);
      const events = await updateEvents(env(), id);
      expect(events).toHaveLength(1);
      expect(events[0]?.after).toMatchObject({ ...c.first, version: 2 });
      const missing = await officer.patch(`${c.path}/${id}`, c.first);
      expect(missing.status).toBe(400);
      expect(missing.body.error.details[0]).toMatchObject({
        path: 'version',
        message: 'Thiếu phiên bản dữ liệu',
      });
    });
  }

  it('of two simultaneous rating edits from the same version, exactly one lands', async () => {
    const { app, fx, database } = env();
    const a = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const b = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const personId = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Trịnh Thị Song');
    const id = (await a.post('/api/ratings', { subjectId: personId, year: 2024, rating: 'HTTNV' })).body.id;
    const results = await Promise.all([
      a.patch(`/api/ratings/${id}`, { version: 1, rating: 'HTXSNV' }),
      b.patch(`/api/ratings/${id}`, { version: 1, rating: 'HTNV' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200);
    expect(await CASES[0]?.stored(env(), id)).toBe(winner?.body.rating);
    expect(await updateEvents(env(), id)).toHaveLength(1);
  });

  it('shows each version on the timeline, and closing a hold makes an edit from the open one stale', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const personId = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Khúc Văn Minh');
    const rating = await officer.post('/api/ratings', { subjectId: personId, year: 2024, rating: 'HTTNV' });
    await officer.patch(`/api/ratings/${rating.body.id}`, { version: 1, rating: 'HTXSNV' });
    const d = await officer.post('/api/disciplines', {
      subjectId: personId,
      form: 'KHIEN_TRACH',
      fromDate: '2024-02-01',
    });
    const h = await officer.post('/api/holds', {
      subjectId: personId,
      reason: 'KHIEU_NAI',
      fromDate: '2024-03-01',
    });
    const closed = await officer.post(`/api/holds/${h.body.id}/close`, {
      toDate: '2024-04-01',
      closedReason: 'Đã giải quyết xong',
    });
    expect(closed.body.version).toBe(2);
    const stale = await officer.patch(`/api/holds/${h.body.id}`, { version: 1, note: 'Bổ sung' });
    expect(stale.status).toBe(409);
    const tooLate = await officer.patch(`/api/holds/${h.body.id}`, { version: 2, fromDate: '2024-05-01' });
    expect(tooLate.body.error.details[0]).toMatchObject({
      path: 'fromDate',
      message: 'Ngày mở phải trước ngày đóng',
    });
    const timeline = await officer.get(`/api/people/${personId}/timeline`);
    const y2024 = timeline.body.years.find((y: { year: number }) => y.year === 2024);
    expect(y2024.ratings[0]).toMatchObject({ id: rating.body.id, rating: 'HTXSNV', version: 2 });
    expect(y2024.disciplines[0]).toMatchObject({ id: d.body.id, version: 1 });
    expect(y2024.holds[0]).toMatchObject({ id: h.body.id, version: 2 });
  });

  it('gives an initiative with all its authors to readers of one of them, and to no one else', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const a = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Vương Thị Ánh');
    const b = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Tạ Văn Bình');
    const created = await officer.post('/api/initiatives', {
      title: 'Chấm điểm thi đua trực tuyến',
      scope: 'CO_SO',
      year: 2024,
      authors: [
        { personId: a, sharePct: 70 },
        { personId: b, sharePct: 30 },
      ],
    });
    const got = await officer.get(`/api/initiatives/${created.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ title: 'Chấm điểm thi đua trực tuyến', version: 1 });
    expect(got.body.authors.map((x: { sharePct: number }) => x.sharePct).sort()).toEqual([30, 70]);
    const other = await addPerson(database.db, fx.tenantA, fx.other.id, 'Ngô Thị Xa');
    const elsewhere = newId();
    await database.db.insert(initiative).values({
      tenantId: fx.tenantA,
      id: elsewhere,
      title: 'Sáng kiến nơi khác',
      scope: 'CO_SO',
      year: 2024,
    });
    await database.db
      .insert(initiativeAuthor)
      .values({ tenantId: fx.tenantA, initiativeId: elsewhere, personId: other, sharePct: 100 });
    expect((await officer.get(`/api/initiatives/${elsewhere}`)).status).toBe(403);
  });
});
