import { expect, it } from 'vitest';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';
import { seedSession } from '../../test/proposal-seeds';
import { addUser } from '../../test/workflow-fixtures';

describeEngines('users: the signer model (account ↔ person, position title)', (env) => {
  it('links a leader to their person record with the title documents print, shown in the list and /auth/me', async () => {
    const { app, database, fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const chairman = await addPerson(database.db, fx.tenantA, fx.root.id, 'Lê Minh Khoa');
    const created = await admin.post('/api/users', {
      username: `chutich.${Date.now().toString(36)}`,
      fullName: 'Lê Minh Khoa',
      password: 'mot-mat-khau-rat-dai-1',
      roles: ['LEADER'],
      unitId: fx.root.id,
      personId: chairman,
      positionTitle: 'Chủ tịch',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      personId: chairman,
      personName: 'Lê Minh Khoa',
      positionTitle: 'Chủ tịch',
    });

    const listed = (await admin.get('/api/users')).body.items.find(
      (u: { id: string }) => u.id === created.body.id,
    );
    expect(listed).toMatchObject({ personId: chairman, positionTitle: 'Chủ tịch' });

    const leader = await ApiClient.login(app, created.body.username, 'mot-mat-khau-rat-dai-1');
    const me = await leader.get('/api/auth/me');
    expect(me.body.user).toMatchObject({ personId: chairman, positionTitle: 'Chủ tịch' });

    // Promoted: the title changes, the link stays; then unlinked.
    const vice = await admin.patch(`/api/users/${created.body.id}`, { positionTitle: 'Phó Chủ tịch' });
    expect(vice.status).toBe(200);
    expect(vice.body).toMatchObject({ personId: chairman, positionTitle: 'Phó Chủ tịch' });
    const unlinked = await admin.patch(`/api/users/${created.body.id}`, { personId: null });
    expect(unlinked.body).toMatchObject({ personId: null, personName: null, positionTitle: 'Phó Chủ tịch' });
  });

  it('refuses a person already linked to another account, outside the scope, or of another tenant', async () => {
    const { app, database, fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const a = await addUser(database.db, fx, 'LEADER');
    const b = await addUser(database.db, fx, 'LEADER');
    const director = await addPerson(database.db, fx.tenantA, fx.own.id, 'Phạm Thu Hà');
    expect((await admin.patch(`/api/users/${a.id}`, { personId: director })).status).toBe(200);
    const twice = await admin.patch(`/api/users/${b.id}`, { personId: director });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('PERSON_ALREADY_LINKED');
    expect(twice.body.error.message).toBe('Cá nhân này đã gắn với một tài khoản khác.');

    const foreign = await admin.patch(`/api/users/${b.id}`, { personId: fx.people.tenantB });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('PERSON_NOT_FOUND');

    // An officer-level admin of the Sở cannot link a person of the sibling Sở.
    const narrowAdmin = await addUser(database.db, fx, 'TENANT_ADMIN', { unit: fx.own, scope: fx.own });
    const narrow = await ApiClient.login(app, narrowAdmin.username);
    const inOwn = await addUser(database.db, fx, 'VIEWER', { unit: fx.own, scope: fx.own });
    const outside = await narrow.patch(`/api/users/${inOwn.id}`, { personId: fx.people.other });
    expect(outside.status).toBe(403);
    // … nor edit an account outside their subtree.
    expect((await narrow.patch(`/api/users/${a.id}`, { positionTitle: 'Giám đốc' })).status).toBe(403);
    const title = await admin.patch(`/api/users/${a.id}`, { positionTitle: 'x' });
    expect(title.status).toBe(400);
    expect(title.body.error.code).toBe('INVALID_INPUT');
  });

  it('a council member whose account is linked to the nominee may not vote on them (not only by unit)', async () => {
    const { app, database, fx } = env();
    // A member of the Sở's council scoped to the Sở, whose unit is not the nominee's.
    const member = await addUser(database.db, fx, 'COUNCIL_MEMBER', { unit: fx.own, scope: fx.own });
    const session = await seedSession(database.db, fx, 'own', member.username, {});
    const voter = await ApiClient.login(app, member.username);
    const before = await voter.get(`/api/councils/${session.id}`);
    expect(before.body.agenda[0].canIVote).toBe(true);

    const admin = await ApiClient.login(app, fx.tenantAdmin);
    // The nominee of the seeded proposal is fx.people.own.
    expect((await admin.patch(`/api/users/${member.id}`, { personId: fx.people.own })).status).toBe(200);
    const after = await voter.get(`/api/councils/${session.id}`);
    expect(after.body.agenda[0].canIVote).toBe(false);
    expect(after.body.agenda[0].excludedMembers).toEqual([
      {
        userId: member.id,
        fullName: expect.any(String),
        reason: 'Thành viên là người được đề nghị khen thưởng',
      },
    ]);
    const ballot = await voter.post(`/api/councils/${session.id}/ballots`, {
      choices: [{ itemId: session.itemId, choice: 'YES' }],
    });
    expect(ballot.status).toBe(409);
    expect(ballot.body.error.code).toBe('CONFLICT_OF_INTEREST');
  });
});
