import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DvcSettings } from '../../config/dvc-config';
import type { Db } from '../../db/client';
import { outboxMessage } from '../../db/schema/index';
import {
  DVC_DOSSIER_SERVICE,
  DVC_PROGRESS_SERVICE,
  type DvcRequest,
  dvcDossierRecord,
  dvcProgressRecord,
} from './dvc-format';
import type { OutboxHandler, OutboxMessage } from './outbox';

// Delivery of the 'dvc' topic to the national public-service portal. The record is built in
// the transaction of the change (modules/proposals/proposal-dvc.ts); what depends on the
// connection (endpoint, agency code, session, procedure code) is added here, so changing the
// settings never needs the messages rewritten. Only `error_code` "00" is a success: any other
// answer, an HTTP error or a network failure throws, and the outbox retries with backoff. Each
// request carries the outbox message id (Idempotency-Key), the same on every retry, and the
// proposal's version, for the receiver to drop a repeat. One dossier's messages arrive in order:
// a message waits (is retried later) while an older one of the same dossier is still pending, so
// the portal never hears of a step before it knows the dossier.

export const DVC_TOPIC = 'dvc';

export const dvcPayload = z.discriminatedUnion('service', [
  z.object({
    service: z.literal(DVC_DOSSIER_SERVICE),
    tenantCode: z.string(),
    kind: z.string(),
    version: z.number().int(),
    isUpdating: z.boolean(),
    record: dvcDossierRecord.omit({ MaTTHC: true }),
  }),
  z.object({
    service: z.literal(DVC_PROGRESS_SERVICE),
    tenantCode: z.string(),
    kind: z.string(),
    version: z.number().int(),
    record: dvcProgressRecord,
  }),
]);
export type DvcPayload = z.infer<typeof dvcPayload>;

const answer = z
  .object({ error_code: z.union([z.string(), z.number()]).optional(), message: z.unknown() })
  .loose();

export function dvcRequestOf(payload: DvcPayload, settings: DvcSettings): DvcRequest {
  const envelope = { session: settings.session, madonvi: settings.agencyCode };
  if (payload.service === DVC_PROGRESS_SERVICE)
    return { ...envelope, service: payload.service, data: [payload.record] };
  const MaTTHC = settings.procedureCodes[payload.kind as keyof DvcSettings['procedureCodes']] ?? '';
  return {
    ...envelope,
    service: payload.service,
    isUpdating: payload.isUpdating ? 'True' : 'False',
    data: [{ ...payload.record, MaTTHC }],
  };
}

/** Whether an older message of the same dossier is still waiting to be delivered. */
export async function olderPendingOfDossier(db: Db, message: OutboxMessage, code: string): Promise<boolean> {
  const [self] = await db
    .select({ createdAt: outboxMessage.createdAt })
    .from(outboxMessage)
    .where(and(eq(outboxMessage.tenantId, message.tenantId), eq(outboxMessage.id, message.id)));
  if (!self) return false;
  const [older] = await db
    .select({ id: outboxMessage.id })
    .from(outboxMessage)
    .where(
      and(
        eq(outboxMessage.tenantId, message.tenantId),
        eq(outboxMessage.topic, DVC_TOPIC),
        eq(outboxMessage.status, 'PENDING'),
        sql`${outboxMessage.payload}->'record'->>'MaHoSo' = ${code}`,
        sql`(${outboxMessage.createdAt}, ${outboxMessage.id}) < (${self.createdAt.toISOString()}::timestamptz, ${message.id}::uuid)`,
      ),
    )
    .limit(1);
  return older !== undefined;
}

export type DvcHandlerOptions = {
  /** Holds a message back while an older one of its dossier is pending (olderPendingOfDossier). */
  db?: Db;
  log?: (line: string) => void;
  timeoutMs?: number;
};

export function dvcHandler(
  settingsOf: (tenantCode: string) => DvcSettings | undefined,
  options: DvcHandlerOptions = {},
): OutboxHandler {
  const log = options.log ?? ((line: string) => console.log(line));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const unconfiguredLogged = new Set<string>();
  return async (message) => {
    const payload = dvcPayload.parse(message.payload);
    if (options.db && (await olderPendingOfDossier(options.db, message, payload.record.MaHoSo)))
      throw new Error(`Chờ gửi xong tin trước của hồ sơ ${payload.record.MaHoSo}`);
    const settings = settingsOf(payload.tenantCode);
    if (!settings) {
      // Once per tenant and process: a tenant without a portal would otherwise log every state
      // change of every dossier. `vinhdanh dvc sync` sends them all once a portal is configured.
      if (!unconfiguredLogged.has(payload.tenantCode)) {
        unconfiguredLogged.add(payload.tenantCode);
        log(
          `[cổng DVC, chưa cấu hình] ${payload.service} ${payload.record.MaHoSo} (phiên bản ${payload.version}) — đơn vị ${payload.tenantCode} chưa khai báo cổng DVC; các tin sau của đơn vị này không ghi nhật ký, chạy \`vinhdanh dvc sync\` sau khi cấu hình`,
        );
      }
      return;
    }
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      accept: 'application/json',
      'idempotency-key': message.id,
      'x-vinhdanh-version': String(payload.version),
    };
    if (settings.dstCode) headers.dstcode = settings.dstCode;
    const res = await fetch(settings.url, {
      method: 'POST',
      headers,
      body: JSON.stringify(dvcRequestOf(payload, settings)),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`Cổng DVC trả HTTP ${res.status}: ${text.slice(0, 200)}`);
    let parsed: z.infer<typeof answer> | undefined;
    try {
      parsed = answer.parse(JSON.parse(text));
    } catch {
      throw new Error(`Cổng DVC trả nội dung không phải JSON: ${text.slice(0, 200)}`);
    }
    if (String(parsed.error_code ?? '') !== '00')
      throw new Error(
        `Cổng DVC từ chối ${payload.service} ${payload.record.MaHoSo}: error_code ${String(parsed.error_code ?? '(không có)')} ${JSON.stringify(parsed.message ?? '')}`,
      );
  };
}
