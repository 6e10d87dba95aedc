import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvent } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { describeEngines, type TestEnv } from '../../test/engines';
import { addPerson } from '../../test/fixtures';

async function auditActions(env: TestEnv, entityId: string) {
  const rows = await env.database.db
    .select({ action: auditEvent.action, before: auditEvent.before, after: auditEvent.after })
    .from(auditEvent)
    .where(and(eq(auditEvent.tenantId, env.fx.tenantA), eq(auditEvent.entityId, entityId)))
    .orderBy(auditEvent.seq);
  return rows;
}

describeEngines('records: ratings, initiatives, discipline, holds', (env) => {
  it('creates, updates and deletes a rating with audit, one per subject and year', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const id = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Lý Thị Thu');
    const created = await officer.post('/api/ratings', {
      subjectId: id,
      year: 2024,
      rating: 'HTTNV',
      sourceDoc: 'QĐ 12',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ subjectType: 'PERSON', year: 2024, rating: 'HTTNV' });
    const again = await officer.post('/api/ratings', { subjectId: id, year: 2024, rating: 'HTNV' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('DUPLICATE_RATING');
    expect(created.body.version).toBe(1);
    const updated = await officer.patch(`/api/ratings/${created.body.id}`, { version: 1, rating: 'HTXSNV' });
    expect(updated.body).toMatchObject({ rating: 'HTXSNV', version: 2 });
    const audit = await auditActions(env(), created.body.id);
    expect(audit.map((a) => a.action)).toEqual(['rating.create', 'rating.update']);
    expect(audit[1]).toMatchObject({ before: { rating: 'HTTNV' }, after: { rating: 'HTXSNV' } });
    const removed = await officer.request('DELETE', `/api/ratings/${created.body.id}`);
    expect(removed.status).toBe(200);
    expect((await auditActions(env(), created.body.id)).at(-1)?.action).toBe('rating.delete');
  });

  it('rates a collective (the org unit itself) and refuses subjects outside the scope', async () => {
    const { app, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const unit = await officer.post('/api/ratings', {
      subjectId: fx.ownChild.id,
      year: 2023,
      rating: 'HTXSNV',
    });
    expect(unit.status).toBe(201);
    expect(unit.body.subjectType).toBe('COLLECTIVE');
    const outside = await officer.post('/api/ratings', {
      subjectId: fx.people.other,
      year: 2023,
      rating: 'HTXSNV',
    });
    expect(outside.status).toBe(403);
    const foreign = await officer.post('/api/ratings', {
      subjectId: fx.people.tenantB,
      year: 2023,
      rating: 'HTXSNV',
    });
    expect(foreign.status).toBe(404);
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    const denied = await viewer.post('/api/ratings', {
      subjectId: fx.people.own,
      year: 2023,
      rating: 'HTXSNV',
    });
    expect(denied.status).toBe(403);
  });

  it('keeps initiative shares within 100%, authors in scope, and versions current', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const a = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Đỗ Văn An');
    const b = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Hà Thị Bích');
    const base = { title: 'Ứng dụng chữ ký số', scope: 'BO_TINH', year: 2024 };
    const over = await officer.post('/api/initiatives', {
      ...base,
      authors: [
        { personId: a, sharePct: 70 },
        { personId: b, sharePct: 40 },
      ],
    });
    expect(over.status).toBe(400);
    expect(over.body.error.details[0].message).toMatch(/không được vượt quá 100%/);
    const outside = await officer.post('/api/initiatives', {
      ...base,
      authors: [{ personId: fx.people.other, sharePct: 50 }],
    });
    expect(outside.status).toBe(403);
    const created = await officer.post('/api/initiatives', {
      ...base,
      authors: [
        { personId: a, sharePct: 60 },
        { personId: b, sharePct: 40 },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.authors.map((x: { sharePct: number }) => x.sharePct).sort()).toEqual([40, 60]);
    const updated = await officer.patch(`/api/initiatives/${created.body.id}`, {
      version: 1,
      authors: [{ personId: a, sharePct: 100 }],
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ version: 2, authors: [{ personId: a, sharePct: 100 }] });
    const stale = await officer.patch(`/api/initiatives/${created.body.id}`, {
      version: 1,
      title: 'Tên khác',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    expect((await auditActions(env(), created.body.id)).map((x) => x.action)).toEqual([
      'initiative.create',
      'initiative.update',
    ]);
  });

  it('records discipline and opens and closes a hold, each once', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const id = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Mai Văn Cường');
    const bad = await officer.post('/api/disciplines', {
      subjectId: id,
      form: 'CANH_CAO',
      fromDate: '2023-05-01',
      toDate: '2023-01-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toContainEqual({
      path: 'toDate',
      message: 'Ngày kết thúc phải sau ngày bắt đầu',
    });
    const d = await officer.post('/api/disciplines', {
      subjectId: id,
      form: 'CANH_CAO',
      fromDate: '2023-05-01',
      decisionNumber: '45/QĐ-SGD',
    });
    expect(d.status).toBe(201);
    const patched = await officer.patch(`/api/disciplines/${d.body.id}`, {
      version: 1,
      toDate: '2024-05-01',
    });
    expect(patched.body).toMatchObject({ toDate: '2024-05-01', version: 2 });
    const opened = await officer.post('/api/holds', {
      subjectId: id,
      reason: 'KHIEU_NAI',
      fromDate: '2024-02-01',
    });
    expect(opened.status).toBe(201);
    const close = { toDate: '2024-06-01', closedReason: 'Đã xác minh, không có vi phạm' };
    const closed = await officer.post(`/api/holds/${opened.body.id}/close`, close);
    expect(closed.body).toMatchObject({ toDate: '2024-06-01', closedReason: close.closedReason });
    const twice = await officer.post(`/api/holds/${opened.body.id}/close`, close);
    expect(twice.body.error.code).toBe('HOLD_ALREADY_CLOSED');
    expect((await auditActions(env(), opened.body.id)).map((x) => x.action)).toEqual([
      'hold.open',
      'hold.close',
    ]);
  });
});
