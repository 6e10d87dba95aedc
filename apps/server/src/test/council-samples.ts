import { councilMemberIds, seedProposal, seedSession, target, v1 } from './proposal-seeds';
import type { SampleSpec } from './route-samples';

// Samples for the council routes (sessions, ballots, minutes), on rows from proposal-seeds.ts.
export const COUNCIL_SAMPLES: Record<string, SampleSpec> = {
  'POST /api/councils': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedProposal(db, fx, scope, {
        state: 'COUNCIL_VOTE',
        requirements: { councilVote: true },
        appraised: true,
      });
      return {
        path: '/api/councils',
        body: {
          unitId: p.unitId,
          title: 'Phiên họp Hội đồng',
          meetingOn: '2025-12-10',
          quorum: 3,
          members: (await councilMemberIds(db, fx, scope)).map((id) => ({ userId: id, isPresent: true })),
          proposalIds: [p.id],
        },
      };
    },
  },
  'GET /api/councils/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => ({
      path: `/api/councils/${(await seedSession(db, fx, scope, username, {})).id}`,
    }),
  },
  'GET /api/councils/{id}/minutes': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => ({
      path: `/api/councils/${(await seedSession(db, fx, scope, username, { closed: true })).id}/minutes`,
    }),
  },
  'POST /api/councils/{id}/ballots': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => {
      const s = await seedSession(db, fx, scope, username, {});
      return {
        path: `/api/councils/${s.id}/ballots`,
        body: { choices: [{ itemId: s.itemId, choice: 'YES' }] },
      };
    },
  },
  'POST /api/councils/{id}/written-ballots': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => {
      const s = await seedSession(db, fx, scope, username, { absent: true });
      return {
        path: `/api/councils/${s.id}/written-ballots`,
        body: { memberUserId: s.member, itemId: s.itemId, choice: 'NO' },
      };
    },
  },
  'POST /api/councils/{id}/open': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => ({
      path: `/api/councils/${(await seedSession(db, fx, scope, username, { meetingOn: '2099-12-10' })).id}/open`,
      body: v1,
    }),
  },
  'POST /api/councils/{id}/close': {
    kind: 'scoped',
    build: async ({ db, fx, scope, username }) => ({
      path: `/api/councils/${(await seedSession(db, fx, scope, username, {})).id}/close`,
      body: v1,
    }),
  },
  'GET /api/councils': {
    kind: 'unscoped',
    build: async ({ db, fx, username }) => {
      // One session inside the actor's subtree and one outside: the list must show only the first.
      await seedSession(db, fx, 'own', username, {});
      await seedSession(db, fx, 'otherUnit', username, {});
      return { path: '/api/councils?page=1&pageSize=200' };
    },
  },
  'GET /api/councils/member-candidates': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: `/api/councils/member-candidates?unitId=${target(fx, scope).unitId}`,
    }),
  },
  'GET /api/councils/proposal-candidates': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const p = await seedProposal(db, fx, scope, {
        state: 'COUNCIL_VOTE',
        requirements: { councilVote: true },
        appraised: true,
      });
      return { path: `/api/councils/proposal-candidates?unitId=${p.unitId}` };
    },
  },
};
