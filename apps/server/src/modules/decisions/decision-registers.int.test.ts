import { expect, it } from 'vitest';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { leaderAt, seedProposal } from '../../test/proposal-seeds';

// Decision numbers that nobody can block: the decider's register skips numbers entered there by
// hand, a unit officer cannot write in a register of a unit outside their scope, and issuers
// outside the tenant each keep a register of their own.

describeEngines('decision registers', (env) => {
  it('a unit officer cannot register the province’s numbers, by its name or by its unit id', async () => {
    const { app, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    for (const body of [
      { number: '20/QĐ-UBND', signedOn: '2026-01-02', issuer: 'UBND tỉnh A' },
      { number: '21/QĐ-UBND', signedOn: '2026-01-02', issuer: 'ubnd TINH a' },
      { number: '22/QĐ-UBND', signedOn: '2026-01-02', issuer: 'Ủy ban', issuerUnitId: fx.root.id },
    ]) {
      const res = await officer.post('/api/decisions', body);
      expect(res.status, JSON.stringify(res.body)).toBe(403);
      expect(res.body.error.code).toBe('DECISION_ISSUER_OUT_OF_SCOPE');
      expect(res.body.error.message).toContain('đơn vị mình quản lý');
    }
    // Its own unit's decisions, and those of issuers outside the tenant, it may register.
    const own = await officer.post('/api/decisions', {
      number: '20/QĐ-SGD',
      signedOn: '2026-01-02',
      issuer: 'Sở Giáo dục',
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body.issuerUnitId).toBe(fx.own.id);
  });

  it('issuers outside the tenant each have their own register', async () => {
    const { app, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const post = (issuer: string) =>
      officer.post('/api/decisions', { number: '77/QĐ-TTg', signedOn: '2026-02-01', issuer });
    const pm = await post('Thủ tướng Chính phủ');
    expect(pm.status, JSON.stringify(pm.body)).toBe(201);
    expect(pm.body.issuerUnitId).toBeNull();
    expect((await post('Bộ Nội vụ')).status).toBe(201);
    expect((await post('Thủ tướng Chính phủ')).body.error.code).toBe('DUPLICATE_DECISION_NUMBER');
  });

  it('issuance succeeds next to numbers pre-registered in the decider’s register, concurrently', async () => {
    const { app, database, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const leader = await ApiClient.login(app, fx.users.LEADER);
    // The decider of the sample proposals is the school (in the officer's scope): its officer
    // enters numbers 1, 3 and 5 of 2026 by hand, as an old register typed in would be.
    for (const n of [1, 3, 5]) {
      const res = await officer.post('/api/decisions', {
        number: `${n}/QĐ-UBND`,
        signedOn: '2026-11-20',
        issuer: 'Trường THPT Số 1',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    // …and numbers in the outside registers ("UBND" as legacy data names it) do not matter.
    await officer.post('/api/decisions', { number: '2/QĐ-UBND', signedOn: '2026-11-20', issuer: 'UBND' });
    const seeded = [];
    for (let i = 0; i < 8; i += 1)
      seeded.push(await seedProposal(database.db, fx, 'own', { state: 'DECISION_PENDING', appraised: true }));
    // The school's own leader signs its decisions (the issuing leader works at the Sở).
    const signerUserId = await leaderAt(database.db, fx.tenantA, fx.ownChild.id);
    const results = await Promise.all(
      seeded.map((p) =>
        leader.post('/api/decisions/issue', {
          proposalId: p.id,
          expectedVersion: 1,
          signedOn: '2026-12-01',
          signerUserId,
          signer: 'Thủ trưởng đơn vị',
          approvedItemIds: [p.itemId],
        }),
      ),
    );
    for (const r of results) expect(r.status, JSON.stringify(r.body)).toBe(201);
    const seqs = results.map((r) => r.body.decision.seq as number).sort((a, b) => a - b);
    expect(seqs).toEqual([2, 4, 6, 7, 8, 9, 10, 11]);
  });
});
