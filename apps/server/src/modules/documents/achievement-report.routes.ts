import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { binaryResponse, DOCX_TYPE, sendFile } from '../../lib/download';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import {
  achievementReportQuery,
  chuyenDeReportQuery,
  dotXuatReportQuery,
} from './achievement-report.schemas';
import { generatePersonAchievementReport, generateUnitAchievementReport } from './achievement-report.service';
import { chuyenDeChoice } from './achievement-report-chuyen-de';
import { congHienChoice } from './achievement-report-cong-hien';
import { cstdtqChoice } from './achievement-report-cstdtq';
import { dotXuatChoice } from './achievement-report-dot-xuat';
import { generateHouseholdAchievementReport } from './household-report.service';

const tags = ['documents'];

const docxRoute = <
  Q extends typeof achievementReportQuery | typeof dotXuatReportQuery | typeof chuyenDeReportQuery,
>(
  path: string,
  summary: string,
  description: string,
  query: Q,
) =>
  defineRoute(
    { permission: 'document:generate' },
    {
      method: 'get',
      path,
      summary,
      tags,
      request: { params: idParam, query },
      responses: { 200: binaryResponse(DOCX_TYPE, description) },
    },
  );

const person = docxRoute(
  '/people/{id}/documents/bao-cao-thanh-tich.docx',
  'Tải báo cáo thành tích của cá nhân (.docx)',
  'Báo cáo thành tích của cá nhân (.docx), điền sẵn từ hồ sơ',
  achievementReportQuery,
);
const unit = docxRoute(
  '/org-units/{id}/documents/bao-cao-thanh-tich.docx',
  'Tải báo cáo thành tích của tập thể (.docx)',
  'Báo cáo thành tích của tập thể (.docx), điền sẵn từ hồ sơ',
  achievementReportQuery,
);
const home = docxRoute(
  '/households/{id}/documents/bao-cao-thanh-tich.docx',
  'Tải báo cáo thành tích của hộ gia đình (.docx)',
  'Báo cáo thành tích của hộ gia đình (.docx): chủ hộ, địa chỉ, danh hiệu và hình thức khen thưởng đã nhận',
  achievementReportQuery,
);
const DOT_XUAT =
  'Báo cáo thành tích đề nghị khen thưởng đột xuất (.docx); với itemId: thành tích của đối tượng trong hồ sơ';
const personDotXuat = docxRoute(
  '/people/{id}/documents/bao-cao-dot-xuat.docx',
  'Tải báo cáo thành tích đột xuất của cá nhân (.docx)',
  DOT_XUAT,
  dotXuatReportQuery,
);
const unitDotXuat = docxRoute(
  '/org-units/{id}/documents/bao-cao-dot-xuat.docx',
  'Tải báo cáo thành tích đột xuất của tập thể (.docx)',
  DOT_XUAT,
  dotXuatReportQuery,
);

const CHUYEN_DE =
  'Báo cáo thành tích đề nghị khen thưởng thi đua theo chuyên đề (.docx): phong trào, đăng ký thi đua và khen thưởng trong phong trào';
const personChuyenDe = docxRoute(
  '/people/{id}/documents/bao-cao-chuyen-de.docx',
  'Tải báo cáo thành tích thi đua theo chuyên đề của cá nhân (.docx)',
  CHUYEN_DE,
  chuyenDeReportQuery,
);
const unitChuyenDe = docxRoute(
  '/org-units/{id}/documents/bao-cao-chuyen-de.docx',
  'Tải báo cáo thành tích thi đua theo chuyên đề của tập thể (.docx)',
  CHUYEN_DE,
  chuyenDeReportQuery,
);

const personCongHien = docxRoute(
  '/people/{id}/documents/bao-cao-cong-hien.docx',
  'Tải báo cáo thành tích quá trình cống hiến của cá nhân (.docx)',
  'Báo cáo thành tích đề nghị khen thưởng quá trình cống hiến (.docx): các chức vụ đã giữ với thời gian, khen thưởng cả quá trình',
  achievementReportQuery,
);

const personCstdtq = docxRoute(
  '/people/{id}/documents/bao-cao-cstd-toan-quoc.docx',
  'Tải báo cáo thành tích đề nghị danh hiệu Chiến sĩ thi đua toàn quốc (.docx)',
  'Báo cáo thành tích đề nghị danh hiệu "Chiến sĩ thi đua toàn quốc" (.docx): hai chu kỳ CSTĐ bộ, tỉnh, xếp loại và sáng kiến của các năm đó',
  achievementReportQuery,
);

export function registerAchievementReportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(person, async (c) => {
    const { db } = c.get('deps');
    const file = await generatePersonAchievementReport(
      db,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query'),
    );
    return sendFile(c, DOCX_TYPE, file);
  });
  app.openapi(unit, async (c) => {
    const { db } = c.get('deps');
    const file = await generateUnitAchievementReport(
      db,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query'),
    );
    return sendFile(c, DOCX_TYPE, file);
  });
  app.openapi(personDotXuat, async (c) => {
    const { db } = c.get('deps');
    const ctx = requestContext(c);
    const query = c.req.valid('query');
    const choice = dotXuatChoice(db, ctx.actor.tenantId, query.itemId);
    const file = await generatePersonAchievementReport(db, ctx, c.req.valid('param').id, query, choice);
    return sendFile(c, DOCX_TYPE, file);
  });
  app.openapi(unitDotXuat, async (c) => {
    const { db } = c.get('deps');
    const ctx = requestContext(c);
    const query = c.req.valid('query');
    const choice = dotXuatChoice(db, ctx.actor.tenantId, query.itemId);
    const file = await generateUnitAchievementReport(db, ctx, c.req.valid('param').id, query, choice);
    return sendFile(c, DOCX_TYPE, file);
  });
  app.openapi(personChuyenDe, async (c) => {
    const { db } = c.get('deps');
    const ctx = requestContext(c);
    const query = c.req.valid('query');
    const choice = chuyenDeChoice(db, ctx, query.movementId, 'PERSON');
    const file = await generatePersonAchievementReport(db, ctx, c.req.valid('param').id, query, choice);
    return sendFile(c, DOCX_TYPE, file);
  });
  app.openapi(unitChuyenDe, async (c) => {
    const { db } = c.get('deps');
    const ctx = requestContext(c);
    const query = c.req.valid('query');
    const choice = chuyenDeChoice(db, ctx, query.movementId, 'COLLECTIVE');
    const file = await generateUnitAchievementReport(db, ctx, c.req.valid('param').id, query, choice);
    return sendFile(c, DOCX_TYPE, file);
  });
  app.openapi(personCongHien, async (c) => {
    const { db } = c.get('deps');
    const ctx = requestContext(c);
    const choice = congHienChoice(db, ctx.actor.tenantId);
    const id = c.req.valid('param').id;
    const file = await generatePersonAchievementReport(db, ctx, id, c.req.valid('query'), choice);
    return sendFile(c, DOCX_TYPE, file);
  });
  app.openapi(personCstdtq, async (c) => {
    const { db } = c.get('deps');
    const id = c.req.valid('param').id;
    const file = await generatePersonAchievementReport(
      db,
      requestContext(c),
      id,
      c.req.valid('query'),
      cstdtqChoice,
    );
    return sendFile(c, DOCX_TYPE, file);
  });
  app.openapi(home, async (c) => {
    const { db } = c.get('deps');
    const file = await generateHouseholdAchievementReport(
      db,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query'),
    );
    return sendFile(c, DOCX_TYPE, file);
  });
}
