import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { award } from '../../db/schema/index';
import type { Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { attachComponents, type Province, setUpProvince } from '../../test/workflow-fixtures';

// A Bằng khen of the Prime Minister is decided above the province (Law 2022, Điều 83.2): the
// province appraises and proposes up, then records the upper decision, which writes the award.

const ok = (res: Response, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

describeEngines('decisions: the upper level’s decision', (env) => {
  let pv: Province;
  let proposal: { id: string; version: number; items: { id: string }[] };

  beforeAll(async () => {
    pv = await setUpProvince(env(), 2025);
    const { fx } = env();
    const created = ok(
      await pv.officer.post('/api/proposals', {
        kind: 'CONG_TRANG',
        title: 'Đề nghị Bằng khen của Thủ tướng Chính phủ',
        year: 2025,
        submittingUnitId: fx.own.id,
        items: [{ subjectType: 'PERSON', subjectId: pv.nominees.eligible[0], awardCode: 'BK_TTG' }],
      }),
      201,
    );
    proposal = await attachComponents(pv.officer, created.proposals[0].id, [], pv.unitLeader);
    const act = async (path: string, client = pv.appraiser, body: Record<string, unknown> = {}) => {
      proposal = ok(
        await client.post(`/api/proposals/${proposal.id}/${path}`, {
          expectedVersion: proposal.version,
          ...body,
        }),
      );
    };
    await act('submit-for-review', pv.officer);
    // The engine finds her short of the Thủ tướng's criteria; the appraiser overrides below.
    await act('submit', pv.officer, { ineligibleReason: 'Thành tích đột xuất, đề nghị cấp trên xem xét' });
    await act('receive');
    await act('start-appraisal');
    await act('appraise-item', pv.appraiser, {
      itemId: proposal.items[0]?.id,
      override: { eligible: true, reason: 'Thành tích xuất sắc, đủ điều kiện trình Thủ tướng' },
    });
    await act('complete-appraisal');
  });

  it('the province cannot issue it itself; it records the Prime Minister’s decision and the award', async () => {
    const { database, fx } = env();
    const p = ok(await pv.leader.get(`/api/proposals/${proposal.id}`));
    expect(p.state).toBe('PROPOSED_UP');
    const itemIds = p.items.map((i: { id: string }) => i.id);
    const own = await pv.leader.post('/api/decisions/issue', {
      proposalId: proposal.id,
      expectedVersion: p.version,
      signedOn: '2026-01-15',
      signer: 'Chủ tịch UBND tỉnh',
      approvedItemIds: itemIds,
    });
    expect(own.body.error.code).toBe('INVALID_TRANSITION');

    const recorded = ok(
      await pv.leader.post('/api/decisions/external', {
        proposalId: proposal.id,
        expectedVersion: p.version,
        number: '123/QĐ-TTg',
        signedOn: '2026-01-15',
        issuer: 'Thủ tướng Chính phủ',
        approvedItemIds: itemIds,
      }),
      201,
    );
    expect(recorded.decision).toMatchObject({ number: '123/QĐ-TTg', signedOn: '2026-01-15', seq: null });
    expect(recorded.proposal.state).toBe('DECIDED');
    const seen = ok(await pv.officer.get(`/api/proposals/${proposal.id}`));
    expect(seen.decision).toEqual({
      number: '123/QĐ-TTg',
      signedOn: '2026-01-15',
      issuer: 'Thủ tướng Chính phủ',
    });
    const rows = await database.db
      .select()
      .from(award)
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.decisionId, recorded.decision.id)));
    expect(rows.map((r) => [r.subjectId, r.awardCode, r.decisionNumber])).toEqual([
      [pv.nominees.eligible[0], 'BK_TTG', '123/QĐ-TTg'],
    ]);
    expect(seen.items[0]).toMatchObject({ outcome: 'APPROVED', awardId: rows[0]?.id, awardRevoked: false });
  });
});
