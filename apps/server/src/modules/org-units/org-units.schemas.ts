import { z } from '@hono/zod-openapi';
import { ORG_UNIT_TYPES } from '../../db/schema/org-unit';
import { allowedActionsSchema } from '../../lib/openapi';
import { UNIT_ACTIONS } from './unit-access';

const isoDate = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật' });
const name = z.string().trim().min(2, 'Tên đơn vị cần ít nhất 2 ký tự').max(255);
const code = z
  .string()
  .trim()
  .min(1, 'Vui lòng nhập mã đơn vị')
  .max(50)
  .regex(/^[A-Za-z0-9._-]+$/, 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang');

export const orgUnitType = z.enum(ORG_UNIT_TYPES);
export const idParam = z.object({ id: z.uuid({ error: 'Mã định danh không hợp lệ' }) });

export const orgUnitOutput = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    path: z.string(),
    code: z.string(),
    name: z.string(),
    type: orgUnitType,
    status: z.enum(['ACTIVE', 'DISSOLVED']),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    /** Vùng sâu, vùng xa đi lại khó khăn: complaints about it get the longer limits (Luật Khiếu nại 2011, Điều 28). */
    isRemoteArea: z.boolean(),
    version: z.number(),
  })
  .openapi('OrgUnit');
export type OrgUnitOutput = z.infer<typeof orgUnitOutput>;

export const createOrgUnitInput = z
  .object({ parentId: z.uuid().nullable(), code, name, type: orgUnitType, validFrom: isoDate })
  .strict()
  .openapi('CreateOrgUnitInput');
export type CreateOrgUnitInput = z.infer<typeof createOrgUnitInput>;

export const updateOrgUnitInput = z
  .object({
    version: z.number().int().positive(),
    code: code.optional(),
    type: orgUnitType.optional(),
    isRemoteArea: z.boolean().optional(),
  })
  .strict()
  .openapi('UpdateOrgUnitInput');
export type UpdateOrgUnitInput = z.infer<typeof updateOrgUnitInput>;

export const renameOrgUnitInput = z
  .object({
    version: z.number().int().positive(),
    name,
    effectiveDate: isoDate,
    decisionRef: z.string().max(100).optional(),
  })
  .strict()
  .openapi('RenameOrgUnitInput');
export type RenameOrgUnitInput = z.infer<typeof renameOrgUnitInput>;

export const mergeOrgUnitsInput = z
  .object({
    absorbedIds: z.array(z.uuid()).min(1, 'Chọn ít nhất một đơn vị bị sáp nhập').max(50),
    successor: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('EXISTING'), id: z.uuid() }),
      z.object({ mode: z.literal('NEW'), parentId: z.uuid(), code, name, type: orgUnitType }),
    ]),
    effectiveDate: isoDate,
    decisionRef: z.string().max(100).optional(),
  })
  .strict()
  .openapi('MergeOrgUnitsInput');
export type MergeOrgUnitsInput = z.infer<typeof mergeOrgUnitsInput>;

export const splitOrgUnitInput = z
  .object({
    successors: z
      .array(z.object({ code, name, type: orgUnitType }))
      .min(2, 'Chia tách cần ít nhất 2 đơn vị mới')
      .max(20),
    /** People to place in a successor (by index); the rest go to the first successor. */
    assignments: z
      .array(z.object({ personId: z.uuid(), successorIndex: z.number().int().min(0) }))
      .max(10000)
      .default([]),
    effectiveDate: isoDate,
    decisionRef: z.string().max(100).optional(),
  })
  .strict()
  .openapi('SplitOrgUnitInput');
export type SplitOrgUnitInput = z.infer<typeof splitOrgUnitInput>;

export const lineageEntry = z.object({
  kind: z.enum(['MERGE', 'SPLIT', 'RENAME']),
  predecessorId: z.string(),
  predecessorName: z.string(),
  successorId: z.string(),
  successorName: z.string(),
  effectiveDate: z.string(),
  oldName: z.string().nullable(),
  newName: z.string().nullable(),
  decisionRef: z.string().nullable(),
});

export const orgUnitDetailOutput = z
  .object({
    unit: orgUnitOutput,
    /** All units this one descends from through merges and splits, recursively. */
    predecessors: z.array(lineageEntry),
    successors: z.array(lineageEntry),
    renames: z.array(lineageEntry),
    peopleCount: z.number(),
    /** What the current user may do on this unit (unit-access.ts UNIT_ACTIONS). */
    allowedActions: allowedActionsSchema('OrgUnitAllowedActions', UNIT_ACTIONS),
  })
  .openapi('OrgUnitDetail');

export const orgUnitHistoryOutput = z
  .object({
    items: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        isPredecessor: z.boolean(),
        year: z.number(),
        kind: z.enum(['AWARD', 'RATING']),
        code: z.string(),
        decisionNumber: z.string().nullable(),
      }),
    ),
  })
  .openapi('OrgUnitHistory');
