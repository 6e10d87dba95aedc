import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { binaryResponse, sendFile, XLSX_TYPE } from '../../lib/download';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import {
  awaitingOutput,
  confirmPaymentInput,
  fundEntryOutput,
  fundOverviewOutput,
  fundYearQuery,
  paymentResultOutput,
  receiptInput,
  recoveryInput,
  reversalInput,
} from './fund.schemas';
import { addReceipt, getFundOverview, reverseEntry } from './fund-ledger.service';
import { confirmPayment, getAwaiting, recordRecovery } from './fund-payments.service';
import { renderFundXlsx } from './fund-xlsx';

const tags = ['fund'];
const idParam = z.object({ id: z.uuid({ error: 'Mã bút toán không hợp lệ' }) });

const overview = defineRoute(
  { permission: 'fund:read' },
  {
    method: 'get',
    path: '/fund',
    summary: 'Xem sổ Quỹ thi đua, khen thưởng của năm',
    tags,
    request: { query: fundYearQuery },
    responses: {
      200: jsonResponse(fundOverviewOutput, 'Số dư, thu theo nguồn, chi theo cấp và các bút toán'),
    },
  },
);
const exportXlsx = defineRoute(
  { permission: 'fund:read' },
  {
    method: 'get',
    path: '/fund/export.xlsx',
    summary: 'Tải sổ Quỹ thi đua, khen thưởng (.xlsx) cho bộ phận tài chính',
    tags,
    request: { query: fundYearQuery },
    responses: { 200: binaryResponse(XLSX_TYPE, 'Sổ quỹ, thu theo nguồn, chi theo cấp khen thưởng') },
  },
);
const awaiting = defineRoute(
  { permission: 'fund:read' },
  {
    method: 'get',
    path: '/fund/awaiting',
    summary: 'Xem quyết định chờ chi tiền thưởng và khoản chờ thu hồi',
    tags,
    responses: { 200: jsonResponse(awaitingOutput, 'Quyết định chờ chi và khen thưởng chờ thu hồi tiền') },
  },
);
const receipt = defineRoute(
  { permission: 'fund:manage' },
  {
    method: 'post',
    path: '/fund/receipts',
    summary: 'Ghi khoản thu vào Quỹ thi đua, khen thưởng',
    tags,
    request: jsonBody(receiptInput),
    responses: { 201: jsonResponse(fundEntryOutput, 'Đã ghi khoản thu') },
  },
);
const payment = defineRoute(
  { permission: 'fund:manage' },
  {
    method: 'post',
    path: '/fund/payments',
    summary: 'Xác nhận đã chi tiền thưởng của quyết định',
    tags,
    request: jsonBody(confirmPaymentInput),
    responses: { 201: jsonResponse(paymentResultOutput, 'Đã ghi các khoản chi') },
  },
);
const recovery = defineRoute(
  { permission: 'fund:manage' },
  {
    method: 'post',
    path: '/fund/recoveries',
    summary: 'Ghi khoản thu hồi tiền thưởng của khen thưởng bị thu hồi',
    tags,
    request: jsonBody(recoveryInput),
    responses: { 201: jsonResponse(z.object({ entryId: z.string() }), 'Đã ghi khoản thu hồi') },
  },
);
const reversal = defineRoute(
  { permission: 'fund:manage' },
  {
    method: 'post',
    path: '/fund/entries/{id}/reversal',
    summary: 'Đảo một bút toán của Quỹ (điều chỉnh sai sót)',
    tags,
    request: { params: idParam, ...jsonBody(reversalInput) },
    responses: { 201: jsonResponse(fundEntryOutput, 'Đã ghi bút toán đảo') },
  },
);

export function registerFundRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(overview, async (c) =>
    c.json(await getFundOverview(c.get('deps').db, requestContext(c), c.req.valid('query').year), 200),
  );
  app.openapi(exportXlsx, async (c) => {
    const view = await getFundOverview(c.get('deps').db, requestContext(c), c.req.valid('query').year);
    return sendFile(c, XLSX_TYPE, await renderFundXlsx(view));
  });
  app.openapi(awaiting, async (c) => c.json(await getAwaiting(c.get('deps').db, requestContext(c)), 200));
  app.openapi(receipt, async (c) =>
    c.json(await addReceipt(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(payment, async (c) =>
    c.json(await confirmPayment(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(recovery, async (c) =>
    c.json(await recordRecovery(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(reversal, async (c) =>
    c.json(
      await reverseEntry(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
}
