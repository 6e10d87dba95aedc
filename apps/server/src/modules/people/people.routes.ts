import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { sendFile, XLSX_TYPE } from '../../lib/download';
import { fileResponse, jsonBody, jsonResponse, XLSX } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { writeXlsx } from '../../lib/xlsx';
import { idParam } from '../org-units/index';
import { PEOPLE_EXPORT_COLUMNS } from './people.export';
import {
  countPeopleQuery,
  createPersonInput,
  listPeopleQuery,
  peopleCountOutput,
  personDetailOutput,
  personOutput,
  personPageOutput,
  updatePersonInput,
} from './people.schemas';
import {
  countPeopleInScope,
  createPerson,
  exportPeople,
  getPerson,
  searchPeopleBody,
  updatePerson,
} from './people.service';

const list = defineRoute(
  { permission: 'person:read' },
  {
    method: 'get',
    path: '/people',
    summary: 'Tìm cá nhân',
    tags: ['people'],
    request: { query: listPeopleQuery },
    responses: { 200: jsonResponse(personPageOutput, 'Danh sách cá nhân') },
  },
);
// The list counts up to 1,000 (a search needs no more); the dashboard's total is exact.
const count = defineRoute(
  { permission: 'person:read' },
  {
    method: 'get',
    path: '/people/count',
    summary: 'Đếm số cá nhân trong phạm vi',
    tags: ['people'],
    request: { query: countPeopleQuery },
    responses: { 200: jsonResponse(peopleCountOutput, 'Số cá nhân') },
  },
);
const exportXlsx = defineRoute(
  { permission: 'person:export' },
  {
    method: 'get',
    path: '/people/export.xlsx',
    summary: 'Xuất danh sách cá nhân ra Excel',
    tags: ['people'],
    request: { query: listPeopleQuery.omit({ page: true, pageSize: true, cursor: true }) },
    responses: { 200: fileResponse(XLSX, 'Tệp Excel danh sách cá nhân') },
  },
);
const detail = defineRoute(
  { permission: 'person:read' },
  {
    method: 'get',
    path: '/people/{id}',
    summary: 'Xem hồ sơ cá nhân',
    tags: ['people'],
    request: { params: idParam },
    responses: { 200: jsonResponse(personDetailOutput, 'Hồ sơ cá nhân (thông tin nhạy cảm đã che)') },
  },
);
// Revealing is a POST, so it carries the session's CSRF token: a page on another site cannot make
// an officer's browser unmask (and write an audit row in their name) with a link or an <img>, and
// the act never sits in a URL, a proxy log or the browser history. The GET always answers masked.
const reveal = defineRoute(
  { permission: 'person:readSensitive' },
  {
    method: 'post',
    path: '/people/{id}/reveal',
    summary: 'Xem thông tin nhạy cảm của cá nhân (ghi nhật ký)',
    tags: ['people'],
    request: { params: idParam },
    responses: { 200: jsonResponse(personDetailOutput, 'Hồ sơ cá nhân với thông tin nhạy cảm') },
  },
);
const create = defineRoute(
  { permission: 'person:create' },
  {
    method: 'post',
    path: '/people',
    summary: 'Thêm cá nhân',
    tags: ['people'],
    request: jsonBody(createPersonInput),
    responses: { 201: jsonResponse(personOutput, 'Đã thêm cá nhân') },
  },
);
const update = defineRoute(
  { permission: 'person:update' },
  {
    method: 'patch',
    path: '/people/{id}',
    summary: 'Sửa hồ sơ cá nhân',
    tags: ['people'],
    request: { params: idParam, ...jsonBody(updatePersonInput) },
    responses: { 200: jsonResponse(personOutput, 'Đã cập nhật') },
  },
);

export function registerPeopleRoutes(app: OpenAPIHono<AppEnv>) {
  // The page comes as its JSON text, from the page cache when current (docs/decisions/021); the
  // same bytes c.json would send.
  app.openapi(list, async (c) => {
    const deps = c.get('deps');
    const body = await searchPeopleBody(
      deps.db,
      requestContext(c),
      c.req.valid('query'),
      deps.config.pageCacheSeconds,
    );
    return c.body(body, 200, { 'Content-Type': 'application/json' }) as never;
  });
  // Before /people/{id}, which would otherwise take "count" for an id.
  app.openapi(count, async (c) =>
    c.json(await countPeopleInScope(c.get('deps').db, requestContext(c), c.req.valid('query').unitId), 200),
  );
  app.openapi(exportXlsx, async (c) => {
    const rows = await exportPeople(c.get('deps').db, requestContext(c), c.req.valid('query'));
    const file = await writeXlsx('Danh sách cá nhân', PEOPLE_EXPORT_COLUMNS, rows);
    return sendFile(c, XLSX_TYPE, { file, name: 'danh-sach-ca-nhan.xlsx' });
  });
  app.openapi(detail, async (c) =>
    c.json(await getPerson(c.get('deps').db, requestContext(c), c.req.valid('param').id, false), 200),
  );
  app.openapi(reveal, async (c) =>
    c.json(await getPerson(c.get('deps').db, requestContext(c), c.req.valid('param').id, true), 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createPerson(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(update, async (c) =>
    c.json(
      await updatePerson(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
