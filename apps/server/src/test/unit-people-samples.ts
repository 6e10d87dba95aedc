import { eq } from 'drizzle-orm';
import { person } from '../db/schema/index';
import { addPerson, addUnit } from './fixtures';
import type { SampleSpec } from './route-samples';
import { target, unique } from './sample-helpers';

// Samples for the org-unit and people routes.
export const UNIT_PEOPLE_SAMPLES: Record<string, SampleSpec> = {
  'GET /api/org-units': { kind: 'unscoped', build: async () => ({ path: '/api/org-units' }) },
  'GET /api/org-units/{id}': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/org-units/${target(fx, scope).unit.id}` }),
  },
  'GET /api/org-units/{id}/history': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/org-units/${target(fx, scope).unit.id}/history` }),
  },
  'POST /api/org-units': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: '/api/org-units',
      body: {
        parentId: target(fx, scope).unit.id,
        code: `N${unique()}`,
        name: 'Phòng mới',
        type: 'PHONG_TO',
        validFrom: '2025-01-01',
      },
    }),
  },
  'PATCH /api/org-units/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const unit = await addUnit(db, t.tenantId, t.unit);
      return { path: `/api/org-units/${unit.id}`, body: { version: 1, type: 'DON_VI_SU_NGHIEP' } };
    },
  },
  'POST /api/org-units/{id}/rename': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const unit = await addUnit(db, t.tenantId, t.unit);
      return {
        path: `/api/org-units/${unit.id}/rename`,
        body: { version: 1, name: 'Tên mới', effectiveDate: '2025-07-01' },
      };
    },
  },
  'POST /api/org-units/merge': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const absorbed = await addUnit(db, t.tenantId, t.unit);
      const successor = await addUnit(db, t.tenantId, t.unit);
      return {
        path: '/api/org-units/merge',
        body: {
          absorbedIds: [absorbed.id],
          successor: { mode: 'EXISTING', id: successor.id },
          effectiveDate: '2025-07-01',
        },
      };
    },
  },
  'POST /api/org-units/{id}/split': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const unit = await addUnit(db, t.tenantId, t.unit);
      return {
        path: `/api/org-units/${unit.id}/split`,
        body: {
          successors: [
            { code: `S${unique()}`, name: 'Phòng A', type: 'PHONG_TO' },
            { code: `S${unique()}`, name: 'Phòng B', type: 'PHONG_TO' },
          ],
          effectiveDate: '2025-07-01',
        },
      };
    },
  },
  'GET /api/people': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/people?unitId=${target(fx, scope).unit.id}` }),
  },
  'GET /api/people/count': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/people/count?unitId=${target(fx, scope).unit.id}` }),
  },
  'GET /api/people/export.xlsx': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/people/export.xlsx?unitId=${target(fx, scope).unit.id}` }),
  },
  'GET /api/people/{id}': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/people/${target(fx, scope).person}` }),
  },
  'POST /api/people/{id}/reveal': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({ path: `/api/people/${target(fx, scope).person}/reveal`, body: {} }),
  },
  'POST /api/people': {
    kind: 'scoped',
    build: async ({ fx, scope }) => ({
      path: '/api/people',
      body: { fullName: 'Vương Thị Ánh', gender: 'NU', unitId: target(fx, scope).unit.id },
    }),
  },
  'PATCH /api/people/{id}': {
    kind: 'scoped',
    build: async ({ db, fx, scope }) => {
      const t = target(fx, scope);
      const id = await addPerson(db, t.tenantId, t.unit.id, 'Tạ Văn Bảo');
      const [row] = await db.select({ version: person.version }).from(person).where(eq(person.id, id));
      return { path: `/api/people/${id}`, body: { version: row!.version, position: 'Chuyên viên chính' } };
    },
  },
};
