import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvent } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';

describeEngines('people', (env) => {
  it('finds a name with diacritics from a search without them', async () => {
    const client = await ApiClient.login(env().app, env().fx.users.UNIT_OFFICER);
    const res = await client.get('/api/people?q=nguyen%20van%20duc');
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Nguyễn Văn Đức']);
  });

  it('sorts by given name in Vietnamese order (Đ after D) and paginates on the server', async () => {
    const { database, fx } = env();
    const unit = fx.ownChild.id;
    for (const name of ['Lê Thị Dung', 'Phạm Văn Đạt', 'Hoàng Thị Em', 'Vũ Văn Dũng', 'Đỗ Văn Anh']) {
      await addPerson(database.db, fx.tenantA, unit, name);
    }
    const client = await ApiClient.login(env().app, fx.users.UNIT_OFFICER);
    const first = await client.get(`/api/people?unitId=${unit}&pageSize=3&page=1`);
    const second = await client.get(`/api/people?unitId=${unit}&pageSize=3&page=2`);
    const names = [...first.body.items, ...second.body.items].map((p: { fullName: string }) => p.fullName);
    expect(names).toEqual([
      'Đỗ Văn Anh',
      'Lê Thị Dung',
      'Vũ Văn Dũng',
      'Phạm Văn Đạt',
      'Nguyễn Văn Đức',
      'Hoàng Thị Em',
    ]);
    expect(first.body.total).toBe(6);
  });

  it('masks sensitive fields in lists and audits each reveal', async () => {
    const { fx, database } = env();
    const client = await ApiClient.login(env().app, fx.users.UNIT_OFFICER);
    const list = await client.get('/api/people?q=duc');
    expect(list.body.items[0].citizenId).toBe('********4005');
    expect(list.body.items[0].birthDate).toBe('1985-**-**');
    const revealed = await client.post(`/api/people/${fx.people.own}/reveal`);
    expect(revealed.status).toBe(200);
    expect(revealed.body.person).toMatchObject({ citizenId: '001203004005', isRevealed: true });
    const reads = await database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.tenantId, fx.tenantA), eq(auditEvent.action, 'person.readSensitive')));
    expect(reads.some((r) => r.entityId === fx.people.own)).toBe(true);
    const viewer = await ApiClient.login(env().app, fx.users.VIEWER);
    expect((await viewer.post(`/api/people/${fx.people.own}/reveal`)).status).toBe(403);
  });

  it('sends what the reader may do with the person, as the routes decide (allowedActions)', async () => {
    const { fx, app } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    const mayOf = async (c: ApiClient) => (await c.get(`/api/people/${fx.people.own}`)).body.allowedActions;
    expect(await mayOf(officer)).toEqual({ update: true, revealSensitive: true, readEligibility: true });
    expect(await mayOf(viewer)).toEqual({ update: false, revealSensitive: false, readEligibility: false });
    // The reveal route agrees for both.
    expect((await officer.post(`/api/people/${fx.people.own}/reveal`)).status).toBe(200);
    expect((await viewer.post(`/api/people/${fx.people.own}/reveal`)).status).toBe(403);
    // Out of the officer's subtree, nothing is offered: the page itself is refused.
    expect((await officer.get(`/api/people/${fx.people.other}`)).status).toBe(403);
  });

  it('reveals only by a POST with the CSRF token: the old GET ?reveal=1 stays masked', async () => {
    const { fx, database } = env();
    const client = await ApiClient.login(env().app, fx.users.UNIT_OFFICER);
    const reveals = async () =>
      (
        await database.db
          .select()
          .from(auditEvent)
          .where(and(eq(auditEvent.tenantId, fx.tenantA), eq(auditEvent.action, 'person.readSensitive')))
      ).length;
    const before = await reveals();
    // A link or an <img> on another site can only make a GET: it no longer unmasks anything.
    const viaGet = await client.get(`/api/people/${fx.people.own}?reveal=1`);
    expect(viaGet.status).toBe(200);
    expect(viaGet.body.person).toMatchObject({ citizenId: '********4005', isRevealed: false });
    // A forged POST carries the cookie but not the token (or a wrong one): refused, nothing audited.
    const token = (await client.get('/api/auth/me')).body.csrfToken as string;
    for (const forged of ['', 'not-the-token']) {
      client.useCsrfToken(forged);
      const res = await client.post(`/api/people/${fx.people.own}/reveal`);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('CSRF_INVALID');
      expect(JSON.stringify(res.body)).not.toContain('001203004005');
    }
    expect(await reveals()).toBe(before);
    client.useCsrfToken(token);
    const real = await client.post(`/api/people/${fx.people.own}/reveal`);
    expect(real.body.person.citizenId).toBe('001203004005');
    expect(await reveals()).toBe(before + 1);
  });

  it('creates a person, then refuses a stale edit with VERSION_CONFLICT', async () => {
    const { fx } = env();
    const client = await ApiClient.login(env().app, fx.users.UNIT_OFFICER);
    const created = await client.post('/api/people', {
      fullName: '  trần   thị  hà ',
      gender: 'NU',
      unitId: fx.own.id,
      citizenId: '038190000123',
    });
    expect(created.status).toBe(201);
    expect(created.body.fullName).toBe('Trần Thị Hà');
    const id = created.body.id;
    expect((await client.patch(`/api/people/${id}`, { version: 1, position: 'Giáo viên' })).status).toBe(200);
    const stale = await client.patch(`/api/people/${id}`, { version: 1, position: 'Hiệu trưởng' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    const duplicate = await client.post('/api/people', {
      fullName: 'Trần Văn Khác',
      gender: 'NAM',
      unitId: fx.own.id,
      citizenId: '038190000123',
    });
    expect(duplicate.body.error.code).toBe('DUPLICATE_CITIZEN_ID');
  });

  it('reports each invalid field with a Vietnamese message', async () => {
    const client = await ApiClient.login(env().app, env().fx.users.UNIT_OFFICER);
    const res = await client.post('/api/people', {
      fullName: 'A',
      gender: 'X',
      unitId: env().fx.own.id,
      citizenId: '12345',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    const byPath = Object.fromEntries(
      res.body.error.details.map((d: { path: string; message: string }) => [d.path, d.message]),
    );
    expect(byPath.fullName).toBe('Họ và tên cần ít nhất 2 ký tự');
    expect(byPath.citizenId).toBe('Số CCCD gồm đúng 12 chữ số');
    expect(byPath.gender).toBe('Giới tính phải là Nam hoặc Nữ');
  });

  it('exports the search result to a real .xlsx file', async () => {
    const client = await ApiClient.login(env().app, env().fx.users.UNIT_OFFICER);
    const res = await client.get('/api/people/export.xlsx?q=duc');
    expect(res.status).toBe(200);
    const { readXlsxRows } = await import('../../lib/xlsx');
    const rows = await readXlsxRows(res.body as ArrayBuffer);
    expect(rows[0]).toContain('Họ và tên');
    expect(rows.some((r) => r[0] === 'Nguyễn Văn Đức')).toBe(true);
  });
});
