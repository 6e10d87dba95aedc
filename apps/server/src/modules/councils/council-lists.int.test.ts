import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { councilAgendaItem, councilSession } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { createFixtureUser } from '../../test/fixtures';
import { seedProposal, seedSession } from '../../test/proposal-seeds';
import { addUser } from '../../test/workflow-fixtures';

// What the council secretary needs to convene a session from the UI: the sessions of their
// subtree, who may sit on the unit's council, and the proposals waiting for its vote.

type Row = { id: string; [k: string]: unknown };
const ids = (rows: Row[]) => rows.map((r) => r.id);

describeEngines('councils: lists for the secretary', (env) => {
  let secretary: ApiClient;

  beforeAll(async () => {
    secretary = await ApiClient.login(env().app, env().fx.users.COUNCIL_SECRETARY);
  });

  it('lists only the sessions of the actor’s subtree, newest meeting first, paged and by status', async () => {
    const { database, fx } = env();
    const older = await seedSession(database.db, fx, 'own', fx.users.COUNCIL_MEMBER, {});
    const closed = await seedSession(database.db, fx, 'own', fx.users.COUNCIL_MEMBER, { closed: true });
    const outside = await seedSession(database.db, fx, 'otherUnit', fx.users.COUNCIL_MEMBER, {});
    const foreign = await seedSession(database.db, fx, 'otherTenant', fx.users.COUNCIL_MEMBER, {});
    const newest = newId();
    await database.db.insert(councilSession).values({
      tenantId: fx.tenantA,
      id: newest,
      unitId: fx.ownChild.id,
      title: 'Phiên họp tháng Giêng',
      meetingOn: '2026-01-15',
      quorum: 1,
      createdBy: newId(),
    });

    const all = await secretary.get('/api/councils');
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    // seedSession ids are time-ordered, so among the sessions of 10/12 the later one comes first.
    expect(ids(all.body.items)).toEqual([newest, closed.id, older.id]);
    expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect(all.body.items[2]).toEqual({
      id: older.id,
      title: 'Phiên họp mẫu',
      unitId: fx.ownChild.id,
      unitName: 'Trường THPT Số 1',
      meetingOn: '2025-12-10',
      status: 'OPEN',
      memberCount: 1,
      itemCount: 1,
    });
    expect(ids(all.body.items)).not.toContain(outside.id);
    expect(ids(all.body.items)).not.toContain(foreign.id);

    const second = await secretary.get('/api/councils?page=2&pageSize=2');
    expect(second.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(ids(second.body.items)).toEqual([older.id]);

    const onlyClosed = await secretary.get('/api/councils?status=CLOSED');
    expect(ids(onlyClosed.body.items)).toEqual([closed.id]);
    expect(onlyClosed.body.total).toBe(1);

    // An admin of the whole tenant sees the session of the sibling unit too, never tenant B's.
    const admin = await ApiClient.login(env().app, fx.tenantAdmin);
    const wide = ids((await admin.get('/api/councils?pageSize=200')).body.items);
    expect(wide).toEqual(expect.arrayContaining([outside.id, older.id]));
    expect(wide).not.toContain(foreign.id);
  });

  it('offers as members the users with council:vote whose scope covers the unit, and nothing sensitive', async () => {
    const { database, fx } = env();
    const db = database.db;
    // Works in the sibling unit, scoped to the whole province: may vote on the Sở's council.
    const member = await addUser(db, fx, 'COUNCIL_MEMBER', { unit: fx.other, name: 'Ủy viên Sở Y tế' });
    // Scoped to the sibling unit only: cannot vote in a session of the Sở's school.
    const narrow = await addUser(db, fx, 'COUNCIL_MEMBER', { unit: fx.other, scope: fx.other });
    // Province-wide but without council:vote.
    const appraiser = await addUser(db, fx, 'APPRAISER');
    const foreign = await createFixtureUser(db, fx.tenantB, {
      username: `hoidong.b.${newId().slice(-6)}`,
      fullName: 'Ủy viên bộ B',
      roles: ['COUNCIL_MEMBER'],
      unitId: fx.unitB.id,
      scopeUnitId: fx.rootB.id,
    });

    const res = await secretary.get(`/api/councils/member-candidates?unitId=${fx.ownChild.id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const got = ids(res.body.items);
    expect(got).toContain(member.id);
    for (const excluded of [narrow.id, appraiser.id, foreign]) expect(got).not.toContain(excluded);
    const usernames = [fx.users.COUNCIL_SECRETARY, fx.users.UNIT_OFFICER, fx.users.LEADER];
    expect(JSON.stringify(res.body)).not.toMatch(
      new RegExp(usernames.map((u) => u.replace(/\./g, '\\.')).join('|')),
    );
    // The fixture's own council member (scoped to the Sở) qualifies; the secretary does not vote.
    expect(res.body.items.map((r: { fullName: string }) => r.fullName)).toContain(
      'Người dùng COUNCIL_MEMBER',
    );
    expect(res.body.items.map((r: { fullName: string }) => r.fullName)).not.toContain(
      'Người dùng COUNCIL_SECRETARY',
    );
    const row = res.body.items.find((r: Row) => r.id === member.id);
    expect(row).toEqual({
      id: member.id,
      fullName: 'Ủy viên Sở Y tế',
      roles: ['COUNCIL_MEMBER'],
      unitName: 'Sở Y tế',
      personId: null,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|argon2|username|failedAttempts|lockedUntil/i);

    // A unit outside the secretary's subtree, or of another tenant: refused.
    const outside = await secretary.get(`/api/councils/member-candidates?unitId=${fx.other.id}`);
    expect(outside.status).toBe(403);
    const otherTenant = await secretary.get(`/api/councils/member-candidates?unitId=${fx.unitB.id}`);
    expect(otherTenant.status).toBe(404);
  });

  it('offers the proposals waiting for this unit’s council, until a session takes them up', async () => {
    const { database, fx } = env();
    const db = database.db;
    const seed = { state: 'COUNCIL_VOTE', requirements: { councilVote: true }, appraised: true };
    const waiting = await seedProposal(db, fx, 'own', seed);
    const appraising = await seedProposal(db, fx, 'own', { state: 'APPRAISAL', appraised: true });
    const sibling = await seedProposal(db, fx, 'otherUnit', seed);
    const taken = await seedSession(db, fx, 'own', fx.users.COUNCIL_MEMBER, {});

    const path = `/api/councils/proposal-candidates?unitId=${fx.ownChild.id}`;
    const res = await secretary.get(path);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const got = ids(res.body.items);
    expect(got).toContain(waiting.id);
    for (const excluded of [appraising.id, sibling.id]) expect(got).not.toContain(excluded);
    expect(res.body.items.find((r: Row) => r.id === waiting.id)).toEqual({
      id: waiting.id,
      title: 'Hồ sơ mẫu',
      year: 2025,
      submittingUnitName: 'Trường THPT Số 1',
      eligibleItems: 1,
      dueOn: null,
    });
    // Already on the agenda of an open session: not offered twice.
    const [onAgenda] = await db
      .select({ proposalId: councilAgendaItem.proposalId })
      .from(councilAgendaItem)
      .where(eq(councilAgendaItem.sessionId, taken.id));
    expect(onAgenda).toBeDefined();
    expect(got).not.toContain(onAgenda?.proposalId);

    // Convening a session from the candidates takes the proposal off the list.
    for (let i = 0; i < 5; i += 1)
      await addUser(db, fx, 'COUNCIL_MEMBER', { unit: fx.other, name: `Ủy viên dự phiên ${i + 1}` });
    const members = await secretary.get(`/api/councils/member-candidates?unitId=${fx.ownChild.id}`);
    const five = members.body.items.slice(0, 5).map((m: Row) => ({ userId: m.id, isPresent: true }));
    const created = await secretary.post('/api/councils', {
      unitId: fx.ownChild.id,
      title: 'Phiên họp từ danh sách chọn',
      meetingOn: '2026-02-02',
      quorum: 3,
      members: five,
      proposalIds: [waiting.id],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(ids((await secretary.get(path)).body.items)).not.toContain(waiting.id);

    // Nor can a second open session take it up (its items would be voted on twice).
    const sessionsBefore = (await secretary.get('/api/councils?status=OPEN')).body.total;
    const twice = await secretary.post('/api/councils', {
      unitId: fx.ownChild.id,
      title: 'Phiên họp thứ hai cùng hồ sơ',
      meetingOn: '2026-02-03',
      quorum: 3,
      members: five,
      proposalIds: [waiting.id],
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('PROPOSAL_ON_OPEN_COUNCIL');
    expect(twice.body.error.message).toContain('phiên họp Hội đồng chưa kết thúc');
    expect((await secretary.get('/api/councils?status=OPEN')).body.total).toBe(sessionsBefore);
  });

  it('refuses a malformed query with INVALID_INPUT and a Vietnamese message', async () => {
    for (const path of [
      '/api/councils?page=0',
      '/api/councils?pageSize=500',
      '/api/councils?status=DONE',
      '/api/councils/member-candidates',
      '/api/councils/member-candidates?unitId=abc',
      '/api/councils/proposal-candidates?unitId=123',
    ]) {
      const res = await secretary.get(path);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code, path).toBe('INVALID_INPUT');
      expect(res.body.error.details[0].message, path).toMatch(
        /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i,
      );
    }
  });
});
