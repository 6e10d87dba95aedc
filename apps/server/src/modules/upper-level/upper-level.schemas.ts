import { z } from '@hono/zod-openapi';
import { expectedVersion } from '../proposals/index';

export const sendUpInput = z.object({ expectedVersion }).strict().openapi('SendUpInput');
export type SendUpInput = z.infer<typeof sendUpInput>;

export const sendUpOutput = z
  .object({
    exchange: z.object({
      /** The package sent (exchange_package, OUT). */
      id: z.string(),
      status: z.enum(['SENDING', 'DELIVERED', 'DOWNLOADABLE']),
      version: z.number(),
    }),
  })
  .openapi('SendUpResult');

export const proposalIdParam = z.object({ id: z.uuid({ error: 'Mã hồ sơ không hợp lệ' }) });
export const outgoingIdParam = z.object({ id: z.uuid({ error: 'Mã gói hồ sơ không hợp lệ' }) });
