import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { todayVn } from '../../platform/clock';
import { getDashboard } from './dashboard.service';

const query = z.object({
  year: z.coerce
    .number({ error: 'Năm phải là số' })
    .int()
    .min(2000, 'Năm không hợp lệ')
    .max(2100, 'Năm không hợp lệ')
    .optional(),
});

const point = z.object({
  level: z.string(),
  thisYear: z.number(),
  lastYear: z.number(),
  moneyVnd: z.number(),
});
const output = z
  .object({
    year: z.number(),
    unitName: z.string(),
    awardsByLevel: z.array(point),
    trend: z.array(z.object({ year: z.number(), awards: z.number(), moneyVnd: z.number() })),
    eligibleNotProposed: z.number().nullable(),
    queue: z.array(z.object({ state: z.string(), due: z.string(), n: z.number() })).nullable(),
    fairness: z
      .array(
        z.object({
          key: z.string(),
          label: z.string(),
          sharePct: z.number().nullable(),
          targetPct: z.number().nullable(),
          isShort: z.boolean(),
        }),
      )
      .nullable(),
    /** The emulation fund's ledger by year (paid out, taken in) and its balance; null without fund:read. */
    fund: z
      .object({
        byYear: z.array(z.object({ year: z.number(), inVnd: z.number(), paidVnd: z.number() })),
        closingVnd: z.number(),
      })
      .nullable(),
  })
  .openapi('Dashboard');

const dashboard = defineRoute(
  { permission: 'report:read' },
  {
    method: 'get',
    path: '/reports/dashboard',
    summary: 'Xem số liệu trang tổng quan',
    tags: ['reports'],
    request: { query },
    responses: { 200: jsonResponse(output, 'Số liệu trang tổng quan') },
  },
);

export function registerDashboardRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(dashboard, async (c) => {
    const today = todayVn();
    const year = c.req.valid('query').year ?? Number(today.slice(0, 4));
    return c.json(await getDashboard(c.get('readDb'), requestContext(c), year, today), 200);
  });
}
