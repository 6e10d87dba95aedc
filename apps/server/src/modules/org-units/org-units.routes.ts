import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody as body, jsonResponse as json } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import {
  createOrgUnitInput,
  idParam,
  mergeOrgUnitsInput,
  orgUnitDetailOutput,
  orgUnitHistoryOutput,
  orgUnitOutput,
  renameOrgUnitInput,
  splitOrgUnitInput,
  updateOrgUnitInput,
} from './org-units.schemas';
import {
  createUnit,
  getUnitDetail,
  getUnitHistory,
  listUnits,
  mergeUnits,
  renameUnit,
  splitUnit,
  updateUnit,
} from './org-units.service';
import type { UnitStaff } from './unit-staff';

const list = defineRoute(
  { permission: 'orgUnit:read' },
  {
    method: 'get',
    path: '/org-units',
    summary: 'Xem cây đơn vị trong phạm vi',
    tags: ['org-units'],
    responses: { 200: json(z.object({ items: z.array(orgUnitOutput) }), 'Cây đơn vị trong phạm vi') },
  },
);
const detail = defineRoute(
  { permission: 'orgUnit:read' },
  {
    method: 'get',
    path: '/org-units/{id}',
    summary: 'Xem một đơn vị',
    tags: ['org-units'],
    request: { params: idParam },
    responses: { 200: json(orgUnitDetailOutput, 'Đơn vị') },
  },
);
const history = defineRoute(
  { permission: 'orgUnit:read' },
  {
    method: 'get',
    path: '/org-units/{id}/history',
    summary: 'Xem lịch sử khen thưởng của đơn vị và các đơn vị tiền thân',
    tags: ['org-units'],
    request: { params: idParam },
    responses: {
      200: json(orgUnitHistoryOutput, 'Lịch sử thi đua, khen thưởng của đơn vị và các đơn vị tiền thân'),
    },
  },
);
const create = defineRoute(
  { permission: 'orgUnit:create' },
  {
    method: 'post',
    path: '/org-units',
    summary: 'Thêm đơn vị',
    tags: ['org-units'],
    request: body(createOrgUnitInput),
    responses: { 201: json(orgUnitOutput, 'Đã tạo') },
  },
);
const update = defineRoute(
  { permission: 'orgUnit:update' },
  {
    method: 'patch',
    path: '/org-units/{id}',
    summary: 'Sửa thông tin đơn vị',
    tags: ['org-units'],
    request: { params: idParam, ...body(updateOrgUnitInput) },
    responses: { 200: json(orgUnitOutput, 'Đã cập nhật') },
  },
);
const rename = defineRoute(
  { permission: 'orgUnit:restructure' },
  {
    method: 'post',
    path: '/org-units/{id}/rename',
    summary: 'Đổi tên đơn vị',
    tags: ['org-units'],
    request: { params: idParam, ...body(renameOrgUnitInput) },
    responses: { 200: json(orgUnitOutput, 'Đã đổi tên') },
  },
);
const merge = defineRoute(
  { permission: 'orgUnit:restructure' },
  {
    method: 'post',
    path: '/org-units/merge',
    summary: 'Sáp nhập đơn vị',
    tags: ['org-units'],
    request: body(mergeOrgUnitsInput),
    responses: { 200: json(orgUnitOutput, 'Đơn vị kế thừa sau sáp nhập') },
  },
);
const split = defineRoute(
  { permission: 'orgUnit:restructure' },
  {
    method: 'post',
    path: '/org-units/{id}/split',
    summary: 'Chia tách đơn vị',
    tags: ['org-units'],
    request: { params: idParam, ...body(splitOrgUnitInput) },
    responses: { 200: json(z.object({ items: z.array(orgUnitOutput) }), 'Các đơn vị mới') },
  },
);

/** `staff`: the people module's part of a merge or split, passed in by the app (see unit-staff.ts). */
export function registerOrgUnitRoutes(app: OpenAPIHono<AppEnv>, staff: UnitStaff) {
  app.openapi(list, async (c) =>
    c.json({ items: await listUnits(c.get('deps').db, requestContext(c)) }, 200),
  );
  app.openapi(merge, async (c) =>
    c.json(await mergeUnits(c.get('deps').db, requestContext(c), c.req.valid('json'), staff), 200),
  );
  app.openapi(detail, async (c) =>
    c.json(await getUnitDetail(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(history, async (c) =>
    c.json(await getUnitHistory(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createUnit(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(update, async (c) =>
    c.json(
      await updateUnit(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(rename, async (c) =>
    c.json(
      await renameUnit(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(split, async (c) =>
    c.json(
      {
        items: await splitUnit(
          c.get('deps').db,
          requestContext(c),
          c.req.valid('param').id,
          c.req.valid('json'),
          staff,
        ),
      },
      200,
    ),
  );
}
