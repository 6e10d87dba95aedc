import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { fileResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { adoptModel } from './model-adoptions.service';
import { registerModelConferenceRoutes } from './model-conferences.routes';
import { addModelPhoto, MODEL_PHOTO_UPLOAD, readModelPhoto } from './model-photos.service';
import {
  adoptModelInput,
  createModelInput,
  modelIdParam,
  modelListOutput,
  modelListQuery,
  modelOutput,
  modelPhotoParams,
  photoCreatedOutput,
  photoUploadQuery,
  returnModelInput,
  updateModelInput,
} from './models.schemas';
import {
  approveModel,
  createModel,
  editModel,
  getModel,
  listMyModels,
  listPublishedModels,
  listReviewQueue,
  returnModel,
  submitModel,
} from './models.service';

const tags = ['models'];
const params = { params: modelIdParam };

const list = defineRoute(
  { permission: 'model:read' },
  {
    method: 'get',
    path: '/models',
    summary: 'Xem điển hình tiên tiến do đơn vị mình đề xuất',
    tags,
    request: { query: modelListQuery },
    responses: { 200: jsonResponse(modelListOutput, 'Điển hình của đơn vị và đơn vị trực thuộc') },
  },
);
const published = defineRoute(
  { permission: 'model:read' },
  {
    method: 'get',
    path: '/models/published',
    summary: 'Xem điển hình tiên tiến đã được công nhận (để nhân rộng)',
    tags,
    responses: { 200: jsonResponse(modelListOutput, 'Điển hình đã duyệt, công khai') },
  },
);
const queue = defineRoute(
  { permission: 'model:review' },
  {
    method: 'get',
    path: '/models/review-queue',
    summary: 'Xem điển hình chờ cơ quan thi đua xét duyệt',
    tags,
    responses: { 200: jsonResponse(modelListOutput, 'Điển hình đã gửi, chờ duyệt') },
  },
);
const create = defineRoute(
  { permission: 'model:propose' },
  {
    method: 'post',
    path: '/models',
    summary: 'Đề xuất điển hình tiên tiến',
    tags,
    request: jsonBody(createModelInput),
    responses: { 201: jsonResponse(modelOutput, 'Đã tạo điển hình (đang soạn)') },
  },
);
const get = defineRoute(
  { permission: 'model:read' },
  {
    method: 'get',
    path: '/models/{id}',
    summary: 'Xem một điển hình tiên tiến',
    tags,
    request: params,
    responses: { 200: jsonResponse(modelOutput, 'Điển hình, ảnh, khen thưởng và đơn vị nhân rộng') },
  },
);
const update = defineRoute(
  { permission: 'model:propose' },
  {
    method: 'put',
    path: '/models/{id}',
    summary: 'Sửa điển hình đang soạn hoặc bị trả lại',
    tags,
    request: { ...params, ...jsonBody(updateModelInput) },
    responses: { 200: jsonResponse(modelOutput, 'Đã lưu') },
  },
);
const submit = defineRoute(
  { permission: 'model:propose' },
  {
    method: 'post',
    path: '/models/{id}/submit',
    summary: 'Gửi điển hình để cơ quan thi đua xét duyệt',
    tags,
    request: params,
    responses: { 200: jsonResponse(modelOutput, 'Đã gửi duyệt') },
  },
);
const giveBack = defineRoute(
  { permission: 'model:review' },
  {
    method: 'post',
    path: '/models/{id}/return',
    summary: 'Trả lại điển hình kèm lý do',
    tags,
    request: { ...params, ...jsonBody(returnModelInput) },
    responses: { 200: jsonResponse(modelOutput, 'Đã trả lại') },
  },
);
const approve = defineRoute(
  { permission: 'model:review' },
  {
    method: 'post',
    path: '/models/{id}/approve',
    summary: 'Duyệt và công khai điển hình trên cổng thông tin',
    tags,
    request: params,
    responses: { 200: jsonResponse(modelOutput, 'Đã duyệt, công khai') },
  },
);
const addPhoto = defineRoute(
  { permission: 'model:propose' },
  {
    method: 'post',
    path: MODEL_PHOTO_UPLOAD.path,
    summary: 'Thêm ảnh cho điển hình (thu nhỏ, xóa thông tin vị trí)',
    tags,
    // The raw photo is the body (the one upload path, platform/upload): no base64 of a phone picture.
    request: { ...params, query: photoUploadQuery, body: MODEL_PHOTO_UPLOAD.body },
    responses: { 201: jsonResponse(photoCreatedOutput, 'Đã thêm ảnh') },
  },
);
const photo = defineRoute(
  { permission: 'model:read' },
  {
    method: 'get',
    path: '/models/{id}/photos/{photoId}',
    summary: 'Tải ảnh của điển hình',
    tags,
    request: { params: modelPhotoParams },
    responses: { 200: fileResponse('image/jpeg', 'Ảnh JPEG đã thu nhỏ, không có siêu dữ liệu') },
  },
);
const adopt = defineRoute(
  { permission: 'model:adopt' },
  {
    method: 'post',
    path: '/models/{id}/adoptions',
    summary: 'Ghi nhận đơn vị nhân rộng điển hình',
    tags,
    request: { ...params, ...jsonBody(adoptModelInput) },
    responses: { 201: jsonResponse(modelOutput, 'Đã ghi nhận nhân rộng') },
  },
);

export function registerModelRoutes(app: OpenAPIHono<AppEnv>) {
  registerModelConferenceRoutes(app);
  const db = (c: { get(k: 'deps'): AppEnv['Variables']['deps'] }) => c.get('deps').db;
  app.openapi(list, async (c) =>
    c.json(await listMyModels(db(c), requestContext(c), c.req.valid('query').status), 200),
  );
  app.openapi(published, async (c) => c.json(await listPublishedModels(db(c), requestContext(c)), 200));
  app.openapi(queue, async (c) => c.json(await listReviewQueue(db(c), requestContext(c)), 200));
  app.openapi(create, async (c) =>
    c.json(await createModel(db(c), requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(get, async (c) =>
    c.json(await getModel(db(c), requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(update, async (c) =>
    c.json(await editModel(db(c), requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(submit, async (c) =>
    c.json(await submitModel(db(c), requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(giveBack, async (c) =>
    c.json(
      await returnModel(db(c), requestContext(c), c.req.valid('param').id, c.req.valid('json').reason),
      200,
    ),
  );
  app.openapi(approve, async (c) =>
    c.json(await approveModel(db(c), requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(addPhoto, async (c) => {
    const deps = c.get('deps');
    const created = await addModelPhoto(
      deps.db,
      deps.config.dataDir,
      requestContext(c),
      c.req.valid('param').id,
      {
        name: c.req.valid('query').name,
        bytes: new Uint8Array(await c.req.arrayBuffer()),
        caption: c.req.valid('query').caption,
      },
    );
    return c.json(created, 201);
  });
  app.openapi(photo, async (c) => {
    const deps = c.get('deps');
    const { id, photoId } = c.req.valid('param');
    const file = await readModelPhoto(deps.db, deps.config.dataDir, requestContext(c), id, photoId);
    return c.body(new Uint8Array(file.bytes), 200, {
      'content-type': file.mimeType,
      'x-content-type-options': 'nosniff',
    });
  });
  app.openapi(adopt, async (c) =>
    c.json(await adoptModel(db(c), requestContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
}
