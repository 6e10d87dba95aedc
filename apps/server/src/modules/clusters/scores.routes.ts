import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam, uploadQuery } from '../movements/index';
import {
  editScoreInput,
  saveScoresInput,
  scoreChangeOutput,
  sheetOutput,
  sheetQuery,
  submitScoresInput,
} from './scores.schemas';
import {
  addEvidence,
  editScore,
  getScoreChanges,
  getSheet,
  SCORE_EVIDENCE_UPLOAD,
  saveScores,
  submitScores,
} from './scores.service';

const tags = ['clusters'];
const sheet = defineRoute(
  { permission: 'cluster:read' },
  {
    method: 'get',
    path: '/clusters/{id}/scores',
    summary: 'Xem phiếu chấm điểm',
    tags,
    request: { params: idParam, query: sheetQuery },
    responses: { 200: jsonResponse(sheetOutput, 'Phiếu chấm điểm') },
  },
);
const save = defineRoute(
  { permission: 'score:submit' },
  {
    method: 'post',
    path: '/clusters/{id}/scores',
    summary: 'Lưu điểm chấm',
    tags,
    request: { params: idParam, ...jsonBody(saveScoresInput) },
    responses: { 200: jsonResponse(sheetOutput, 'Đã lưu điểm') },
  },
);
const submit = defineRoute(
  { permission: 'score:submit' },
  {
    method: 'post',
    path: '/clusters/{id}/scores/submit',
    summary: 'Nộp phiếu chấm điểm',
    tags,
    request: { params: idParam, ...jsonBody(submitScoresInput) },
    responses: { 200: jsonResponse(sheetOutput, 'Đã nộp phiếu chấm') },
  },
);
const changes = defineRoute(
  { permission: 'cluster:read' },
  {
    method: 'get',
    path: '/clusters/{id}/score-changes',
    summary: 'Xem lịch sử sửa điểm',
    tags,
    request: { params: idParam },
    responses: { 200: jsonResponse(z.object({ items: z.array(scoreChangeOutput) }), 'Lịch sử sửa điểm') },
  },
);
const edit = defineRoute(
  { permission: 'score:submit' },
  {
    method: 'patch',
    path: '/scores/{id}',
    summary: 'Sửa điểm',
    tags,
    request: { params: idParam, ...jsonBody(editScoreInput) },
    responses: {
      200: jsonResponse(
        z.object({ id: z.string(), value: z.number(), status: z.string(), version: z.number() }),
        'Đã sửa điểm',
      ),
    },
  },
);
const evidence = defineRoute(
  { permission: 'score:submit' },
  {
    method: 'post',
    path: SCORE_EVIDENCE_UPLOAD.path,
    summary: 'Đính kèm minh chứng cho điểm',
    tags,
    // The raw file is the body (the one upload path, platform/upload).
    request: { params: idParam, query: uploadQuery, body: SCORE_EVIDENCE_UPLOAD.body },
    responses: {
      201: jsonResponse(
        z.object({ id: z.string(), name: z.string(), sha256: z.string() }),
        'Đã đính kèm minh chứng',
      ),
    },
  },
);

export function registerScoreRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(sheet, async (c) =>
    c.json(
      await getSheet(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('query')),
      200,
    ),
  );
  app.openapi(save, async (c) =>
    c.json(
      await saveScores(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(submit, async (c) =>
    c.json(
      await submitScores(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(changes, async (c) =>
    c.json(
      { items: await getScoreChanges(c.get('deps').db, requestContext(c), c.req.valid('param').id) },
      200,
    ),
  );
  app.openapi(edit, async (c) =>
    c.json(
      await editScore(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(evidence, async (c) => {
    const deps = c.get('deps');
    const file = await addEvidence(
      deps.db,
      deps.config.dataDir,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query').name,
      new Uint8Array(await c.req.arrayBuffer()),
    );
    return c.json(file, 201);
  });
}
