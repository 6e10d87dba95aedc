import { beforeAll, expect, it } from 'vitest';
import { ApiClient, type Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { attachComponents, type Province, setUpProvince } from '../../test/workflow-fixtures';

// A province whose regulation has its council consider every award item (Bắc Ninh QĐ 86/2025 does,
// by majority) adds Bằng khen Thủ tướng to its council's awards as a rule parameter. The decree does
// not put BK_TTG to the council, so without the parameter the dossier goes straight to the upper level.

const ok = (res: Response, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

describeEngines('proposal: the province’s own council rule', (env) => {
  let pv: Province;
  let admin: ApiClient;
  const RULES = '/api/rule-params/LTDKT-2022+ND-152-2025';

  const proposeBkTtg = async () => {
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
    return created.proposals[0] as { id: string; requirements: { councilVote: boolean } };
  };

  beforeAll(async () => {
    pv = await setUpProvince(env(), 2025);
    admin = await ApiClient.login(env().app, env().fx.tenantAdmin);
  });

  it('BK_TTG needs no council ballot under the decree', async () => {
    expect((await proposeBkTtg()).requirements.councilVote).toBe(false);
  });

  it('with the province’s rule the BK_TTG dossier goes from appraisal to its council', async () => {
    const bad = await admin.request('PUT', RULES, {
      params: { councilVotes: { BK_TTG: { thresholdPct: 120, denominator: 'PRESENT' } } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toEqual({
      path: 'params.councilVotes.BK_TTG.thresholdPct',
      message: 'Phải lớn hơn 0 và không quá 100',
    });
    ok(
      await admin.request('PUT', RULES, {
        params: { councilVotes: { BK_TTG: { thresholdPct: 50, denominator: 'PRESENT' } } },
      }),
    );
    const created = await proposeBkTtg();
    expect(created.requirements.councilVote).toBe(true);
    let p = await attachComponents(pv.officer, created.id, [], pv.unitLeader);
    const act = async (path: string, client = pv.appraiser, body: Record<string, unknown> = {}) => {
      p = ok(await client.post(`/api/proposals/${p.id}/${path}`, { expectedVersion: p.version, ...body }));
    };
    await act('submit-for-review', pv.officer);
    await act('submit', pv.officer, { ineligibleReason: 'Thành tích đột xuất, đề nghị cấp trên xem xét' });
    await act('receive');
    await act('start-appraisal');
    const item = (p as unknown as { items: { id: string }[] }).items[0];
    await act('appraise-item', pv.appraiser, {
      itemId: item?.id,
      override: { eligible: true, reason: 'Thành tích xuất sắc, đủ điều kiện trình Thủ tướng' },
    });
    // Without the council's ballot the appraisal cannot end in a proposal up.
    const early = await pv.appraiser.post(`/api/proposals/${p.id}/complete-appraisal`, {
      expectedVersion: p.version,
    });
    expect(early.body.error.details[0].path).toBe('COUNCIL_REQUIRED');
    await act('open-council');
    expect((p as unknown as { state: string }).state).toBe('COUNCIL_VOTE');
  });
});
