import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { todayVn } from '../../platform/clock';
import type { ApiClient, Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { type Province, setUpProvince } from '../../test/workflow-fixtures';
import { PROPOSAL_ACTIONS, type ProposalAction } from './proposal-access';

// Issue 18: the proposal carries the actions its reader may take (allowedActions), decided by the
// policy the routes call. For each action, one request that the route would perform if allowed;
// each is built to fail after the access check (a stale version, a state that does not allow it),
// so nothing changes and the only 403 is the access layer's.
const YEAR = 2025;
const STALE = 999;

const probes: Record<ProposalAction, (c: ApiClient, id: string) => Promise<Response>> = {
  submit: (c, id) => c.post(`/api/proposals/${id}/submit`, { expectedVersion: STALE }),
  appraise: (c, id) => c.post(`/api/proposals/${id}/receive`, { expectedVersion: STALE }),
  confirmMinutes: (c, id) =>
    c.post(`/api/proposals/${id}/components/confirm-minutes`, { expectedVersion: STALE, component: 'x' }),
  issueDecision: (c, id) =>
    c.post('/api/decisions/issue', {
      proposalId: id,
      expectedVersion: STALE,
      signedOn: todayVn(),
      approvedItemIds: [randomUUID()],
    }),
  // Revoking needs an issued decision's award: the route looks the award up before the proposal.
  revokeAward: async () => ({ status: 0, body: null, headers: new Headers() }),
  sendUp: (c, id) => c.post(`/api/proposals/${id}/send-up`, { expectedVersion: STALE }),
  generateDocuments: (c, id) => c.get(`/api/proposals/${id}/documents/to-trinh.docx`),
};

describeEngines('proposal: allowedActions agree with the routes', (env) => {
  let pv: Province;
  let proposalId: string;

  beforeAll(async () => {
    const { fx } = env();
    pv = await setUpProvince(env(), YEAR);
    const res = await pv.officer.post('/api/proposals', {
      kind: 'CONG_TRANG',
      title: 'Đề nghị Chiến sĩ thi đua cấp tỉnh năm 2025',
      year: YEAR,
      submittingUnitId: fx.own.id,
      items: [{ subjectType: 'PERSON', subjectId: pv.nominees.eligible[0], awardCode: 'CSTD_BO_TINH' }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    proposalId = res.body.proposals[0].id;
  });

  const roles = {
    // The Sở's officer: submits its own dossier, appraises nothing.
    'the submitting unit’s officer': () => pv.officer,
    // The province's appraiser: the office holding the dossier, but not its submitter.
    'the province’s appraiser': () => pv.appraiser,
    // The Sở's leader: confirms its minutes, may not decide for the province.
    'the submitting unit’s leader': () => pv.unitLeader,
  };

  for (const [who, client] of Object.entries(roles)) {
    it(`${who}: each action offered is one the route lets through, and only those`, async () => {
      const view = await client().get(`/api/proposals/${proposalId}`);
      expect(view.status).toBe(200);
      const allowed = view.body.allowedActions as Record<ProposalAction, boolean>;
      expect(Object.keys(allowed).sort()).toEqual(Object.keys(PROPOSAL_ACTIONS).sort());
      for (const action of Object.keys(probes) as ProposalAction[]) {
        if (action === 'revokeAward') continue;
        const res = await probes[action](client(), proposalId);
        expect({ action, refused: res.status === 403 }, JSON.stringify(res.body)).toEqual({
          action,
          refused: !allowed[action],
        });
      }
    });
  }

  it('the roles differ, so the comparison means something', async () => {
    const actions = async (c: ApiClient) => (await c.get(`/api/proposals/${proposalId}`)).body.allowedActions;
    expect(await actions(pv.officer)).toMatchObject({ submit: true, appraise: false, confirmMinutes: false });
    expect(await actions(pv.appraiser)).toMatchObject({ submit: false, appraise: true });
    expect(await actions(pv.unitLeader)).toMatchObject({ confirmMinutes: true, issueDecision: false });
    expect(await actions(pv.leader)).toMatchObject({ issueDecision: true, submit: false });
  });
});
