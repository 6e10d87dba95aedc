import { z } from '@hono/zod-openapi';
import { WORK_KINDS } from '@vinhdanh/domain/workflow/my-work';

const workKind = z.enum(WORK_KINDS).openapi('WorkKind');

export const workItem = z
  .object({
    kind: workKind,
    key: z.string(),
    refId: z.string(),
    title: z.string(),
    detail: z.string().nullable(),
    unitName: z.string().nullable(),
    link: z.string().nullable(),
    dueOn: z.string().nullable(),
    dayCount: z.enum(['CALENDAR', 'WORKING']).nullable(),
    daysLeft: z.number().int().nullable(),
    isOverdue: z.boolean(),
  })
  .openapi('WorkItem');

export const myWorkOutput = z
  .object({
    today: z.string(),
    total: z.number().int(),
    overdue: z.number().int(),
    counts: z.array(z.object({ kind: workKind, n: z.number().int() })),
    items: z.array(workItem),
  })
  .openapi('MyWork');
