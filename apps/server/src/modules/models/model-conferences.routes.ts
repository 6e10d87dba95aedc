import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { binaryResponse, DOCX_TYPE, sendFile } from '../../lib/download';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import {
  addConferenceHonouree,
  conferenceHonourListDocx,
  conferenceInvitationsDocx,
  createModelConference,
  getModelConference,
  listModelConferences,
} from './model-conferences.service';
import {
  addHonoureeInput,
  conferenceIdParam,
  conferenceListOutput,
  conferenceOutput,
  createConferenceInput,
} from './models.schemas';

const tags = ['models'];
const params = { params: conferenceIdParam };

const list = defineRoute(
  { permission: 'model:review' },
  {
    method: 'get',
    path: '/model-conferences',
    summary: 'Xem các hội nghị điển hình tiên tiến',
    tags,
    responses: { 200: jsonResponse(conferenceListOutput, 'Hội nghị, mới nhất trước') },
  },
);
const create = defineRoute(
  { permission: 'model:review' },
  {
    method: 'post',
    path: '/model-conferences',
    summary: 'Tạo hội nghị điển hình tiên tiến',
    tags,
    request: jsonBody(createConferenceInput),
    responses: { 201: jsonResponse(conferenceOutput, 'Đã tạo hội nghị') },
  },
);
const get = defineRoute(
  { permission: 'model:review' },
  {
    method: 'get',
    path: '/model-conferences/{id}',
    summary: 'Xem hội nghị và danh sách vinh danh',
    tags,
    request: params,
    responses: { 200: jsonResponse(conferenceOutput, 'Hội nghị và người được vinh danh') },
  },
);
const addHonouree = defineRoute(
  { permission: 'model:review' },
  {
    method: 'post',
    path: '/model-conferences/{id}/honourees',
    summary: 'Thêm điển hình hoặc khen thưởng vào danh sách vinh danh',
    tags,
    request: { ...params, ...jsonBody(addHonoureeInput) },
    responses: { 201: jsonResponse(conferenceOutput, 'Đã thêm vào danh sách vinh danh') },
  },
);
const honourList = defineRoute(
  { permission: 'model:review' },
  {
    method: 'get',
    path: '/model-conferences/{id}/honour-list.docx',
    summary: 'Tải danh sách vinh danh (.docx, thể thức Nghị định 30)',
    tags,
    request: params,
    responses: { 200: binaryResponse(DOCX_TYPE, 'Danh sách vinh danh') },
  },
);
const invitations = defineRoute(
  { permission: 'model:review' },
  {
    method: 'get',
    path: '/model-conferences/{id}/invitations.docx',
    summary: 'Tải giấy mời người được vinh danh (.docx, mỗi người một trang)',
    tags,
    request: params,
    responses: { 200: binaryResponse(DOCX_TYPE, 'Giấy mời') },
  },
);

export function registerModelConferenceRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) =>
    c.json(await listModelConferences(c.get('deps').db, requestContext(c)), 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createModelConference(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(get, async (c) =>
    c.json(await getModelConference(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(addHonouree, async (c) =>
    c.json(
      await addConferenceHonouree(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      201,
    ),
  );
  app.openapi(honourList, async (c) => {
    return sendFile(
      c,
      DOCX_TYPE,
      await conferenceHonourListDocx(c.get('deps').db, requestContext(c), c.req.valid('param').id),
    );
  });
  app.openapi(invitations, async (c) => {
    return sendFile(
      c,
      DOCX_TYPE,
      await conferenceInvitationsDocx(c.get('deps').db, requestContext(c), c.req.valid('param').id),
    );
  });
}
