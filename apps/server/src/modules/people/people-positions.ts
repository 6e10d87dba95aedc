import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { personEmployment } from '../../db/schema/index';
import { authorize } from '../../lib/authorize';
import { type AppEnv, type RequestContext, requestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { findUnit, idParam } from '../org-units/index';
import { findPerson } from './people.repository';

// Posts held before the current one (quá trình công tác), for the report on quá trình cống hiến
// (ND 152 Đ9: positions held and for how long). The current post is the open employment row that
// creating and transferring a person keep; an earlier post is entered here, closed, with its dates.

const date = z.iso
  .date({ error: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật' })
  .refine((d) => d >= '1900-01-01' && d <= todayVn(), {
    error: 'Ngày phải nằm trong khoảng từ 01/01/1900 đến hôm nay',
  });

export const earlierPostInput = z
  .object({
    unitId: z.uuid({ error: 'Vui lòng chọn đơn vị công tác' }),
    position: z
      .string({ error: 'Vui lòng nhập chức vụ' })
      .trim()
      .min(2, { error: 'Chức vụ cần ít nhất 2 ký tự' })
      .max(200, { error: 'Chức vụ nhiều nhất 200 ký tự' }),
    fromDate: date,
    toDate: date,
  })
  .strict()
  .refine((p) => p.fromDate <= p.toDate, {
    error: 'Ngày bắt đầu phải không sau ngày kết thúc',
    path: ['toDate'],
  })
  .openapi('EarlierPostInput');
export type EarlierPostInput = z.infer<typeof earlierPostInput>;

const earlierPostOutput = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    position: z.string(),
    fromDate: z.string(),
    toDate: z.string(),
  })
  .openapi('EarlierPost');

/**
 * The person must be in the actor's scope to change their record; the unit of the earlier post need only
 * exist in the tenant (people come from other departments and communes).
 */
export async function addEarlierPost(db: Db, ctx: RequestContext, personId: string, input: EarlierPostInput) {
  const tenantId = ctx.actor.tenantId;
  const found = await findPerson(db, tenantId, personId);
  if (!found) throw new AppError('PERSON_NOT_FOUND');
  authorize(ctx.actor, 'person:update', { tenantId: found.person.tenantId, path: found.unitPath });
  const unit = await findUnit(db, tenantId, input.unitId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  const row = { tenantId, id: newId(), personId, ...input };
  await db.transaction(async (tx) => {
    await tx.insert(personEmployment).values(row);
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'person.addEarlierPost',
      entityType: 'person',
      entityId: personId,
      after: input,
      requestId: ctx.requestId,
    });
  });
  return {
    id: row.id,
    unitId: unit.id,
    unitName: unit.name,
    position: input.position,
    fromDate: input.fromDate,
    toDate: input.toDate,
  };
}

const addPost = defineRoute(
  { permission: 'person:update' },
  {
    method: 'post',
    path: '/people/{id}/employment',
    summary: 'Thêm chức vụ đã giữ trước đây (quá trình công tác)',
    tags: ['people'],
    request: { params: idParam, ...jsonBody(earlierPostInput) },
    responses: { 201: jsonResponse(earlierPostOutput, 'Đã thêm vào quá trình công tác') },
  },
);

export function registerPeoplePositionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(addPost, async (c) =>
    c.json(
      await addEarlierPost(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
}
