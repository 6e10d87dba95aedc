import { household } from '../db/schema/index';
import { newId } from '../lib/ids';
import { withMovement } from './emulation-samples';
import type { Fixture } from './fixtures';
import type { SampleSpec, Scope } from './route-samples';

// Samples for ND 152's other achievement-report forms (đột xuất, chuyên đề, cống hiến, CSTĐ toàn quốc,
// households)
// and the person's earlier posts that the cống hiến form prints.

function subject(fx: Fixture, scope: Scope) {
  if (scope === 'own') return { tenantId: fx.tenantA, person: fx.people.own, unitId: fx.ownChild.id };
  if (scope === 'otherUnit') return { tenantId: fx.tenantA, person: fx.people.other, unitId: fx.other.id };
  return { tenantId: fx.tenantB, person: fx.people.tenantB, unitId: fx.unitB.id };
}

const onPerson = (suffix: string): SampleSpec => ({
  kind: 'scoped',
  build: async ({ fx, scope }) => ({ path: `/api/people/${subject(fx, scope).person}/${suffix}` }),
});
const onUnit = (suffix: string): SampleSpec => ({
  kind: 'scoped',
  build: async ({ fx, scope }) => ({ path: `/api/org-units/${subject(fx, scope).unitId}/${suffix}` }),
});

export const ACHIEVEMENT_REPORT_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/people/{id}/documents/bao-cao-dot-xuat.docx': onPerson('documents/bao-cao-dot-xuat.docx'),
  'GET /api/org-units/{id}/documents/bao-cao-dot-xuat.docx': onUnit('documents/bao-cao-dot-xuat.docx'),
  'GET /api/people/{id}/documents/bao-cao-cong-hien.docx': onPerson('documents/bao-cao-cong-hien.docx'),
  'GET /api/people/{id}/documents/bao-cao-cstd-toan-quoc.docx': onPerson(
    'documents/bao-cao-cstd-toan-quoc.docx',
  ),
  'GET /api/people/{id}/documents/bao-cao-chuyen-de.docx': {
    kind: 'scoped',
    build: async (ctx) => {
      const m = await withMovement(ctx);
      return {
        path: `/api/people/${subject(ctx.fx, ctx.scope).person}/documents/bao-cao-chuyen-de.docx?movementId=${m.id}`,
      };
    },
  },
  'GET /api/org-units/{id}/documents/bao-cao-chuyen-de.docx': {
    kind: 'scoped',
    build: async (ctx) => {
      const m = await withMovement(ctx);
      return {
        path: `/api/org-units/${subject(ctx.fx, ctx.scope).unitId}/documents/bao-cao-chuyen-de.docx?movementId=${m.id}`,
      };
    },
  },
  'GET /api/households/{id}/documents/bao-cao-thanh-tich.docx': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const s = subject(fx, scope);
      const id = newId();
      await db
        .insert(household)
        .values({ tenantId: s.tenantId, id, unitId: s.unitId, headName: 'Lê Văn Hộ', address: 'Xóm 2' });
      return { path: `/api/households/${id}/documents/bao-cao-thanh-tich.docx` };
    },
  },
  'POST /api/people/{id}/employment': {
    kind: 'scoped',
    build: async ({ fx, scope }) => {
      const s = subject(fx, scope);
      return {
        path: `/api/people/${s.person}/employment`,
        body: {
          unitId: s.unitId,
          position: 'Phó Trưởng phòng',
          fromDate: '2015-01-01',
          toDate: '2018-12-31',
        },
      };
    },
  },
};
