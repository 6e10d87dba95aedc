import { createHmac } from 'node:crypto';
import type { Db } from '../../db/client';
import {
  NATIONAL_EXPORT_FORMAT,
  type NationalExportDocument,
  type NationalExportRecord,
} from './national-export.format';
import {
  type AwardExportRow,
  exportUpperBound,
  findChangedAwards,
  findTenantByCode,
} from './national-export.repository';

/** A refusal of the export command, with a stable code and the Vietnamese line the CLI prints. */
export class NationalExportError extends Error {
  constructor(
    readonly code: 'EXPORT_KEY_MISSING' | 'TENANT_NOT_FOUND' | 'INVALID_SINCE',
    message: string,
  ) {
    super(message);
  }
}

/** A plain SHA-256 of a 12-digit number is reversed by trying all 10^12, so the hash is keyed. */
export const MIN_EXPORT_KEY_LENGTH = 32;

export type NationalExportOptions = {
  tenantCode: string;
  /** Exclusive lower bound (the `until` of the previous run), or null for everything. */
  since: string | null;
  /** The HMAC key for citizen IDs (VINHDANH_EXPORT_KEY). */
  key: string;
  pageSize?: number;
  /** Receives the document's text in pieces, so a national-size export never sits in memory. */
  write: (chunk: string) => void | Promise<void>;
  onProgress?: (records: number) => void;
};

export function citizenIdHmac(key: string, citizenId: string): string {
  return createHmac('sha256', key).update(citizenId.trim()).digest('hex');
}

function toRecord(row: AwardExportRow, key: string): NationalExportRecord {
  const unit = { code: row.unit_code ?? '', name: row.unit_name ?? '' };
  const subject: NationalExportRecord['subject'] =
    row.subject_type === 'PERSON'
      ? {
          type: 'PERSON',
          id: row.subject_id,
          fullName: row.full_name ?? '',
          gender: row.gender ?? 'NAM',
          birthYear: row.birth_year,
          citizenIdHmac: row.citizen_id ? citizenIdHmac(key, row.citizen_id) : null,
          position: row.position,
          unit,
        }
      : row.subject_type === 'COLLECTIVE'
        ? { type: 'COLLECTIVE', id: row.subject_id, name: unit.name, code: unit.code }
        : { type: 'HOUSEHOLD', id: row.subject_id, headName: row.head_name ?? '', unit };
  return {
    id: row.id,
    version: row.version,
    awardCode: row.award_code,
    kind: row.kind,
    year: row.year,
    periodStartYear: row.period_start_year,
    achievement: row.achievement,
    amountVnd: row.amount_vnd,
    revoked: row.is_revoked,
    revokedOn: row.revoked_on,
    revocationGround: row.revocation_ground,
    decision: row.decision_number
      ? { number: row.decision_number, date: row.decision_date, issuer: row.issuer, signer: row.signer }
      : null,
    subject,
    changedAt: row.changed_at,
  };
}

/**
 * Writes the export document of one tenant: every award changed after `since`, each with its
 * decision and subject, personal data minimised. Runs in one REPEATABLE READ transaction so the
 * pages and the `until` cursor see the same snapshot. Returns the header and the record count.
 */
export async function exportNational(db: Db, options: NationalExportOptions) {
  if (options.key.length < MIN_EXPORT_KEY_LENGTH)
    throw new NationalExportError(
      'EXPORT_KEY_MISSING',
      `Cần khóa băm số CCCD trong biến môi trường VINHDANH_EXPORT_KEY (ít nhất ${MIN_EXPORT_KEY_LENGTH} ký tự, giữ bí mật và không đổi giữa các lần xuất).`,
    );
  if (options.since !== null && Number.isNaN(Date.parse(options.since)))
    throw new NationalExportError(
      'INVALID_SINCE',
      `Mốc --since "${options.since}" không hợp lệ: dùng giá trị "until" của lần xuất trước (ISO 8601).`,
    );
  const tenant = await findTenantByCode(db, options.tenantCode);
  if (!tenant)
    throw new NationalExportError(
      'TENANT_NOT_FOUND',
      `Không tìm thấy đơn vị chủ quản có mã ${options.tenantCode}.`,
    );
  const pageSize = options.pageSize ?? 5000;
  return db.transaction(
    async (tx) => {
      const until = await exportUpperBound(tx);
      const header: Omit<NationalExportDocument, 'records'> = {
        format: NATIONAL_EXPORT_FORMAT,
        tenant: { code: tenant.code, name: tenant.name, kind: tenant.kind as 'PROVINCE' },
        generatedAt: new Date().toISOString(),
        since: options.since,
        until,
      };
      const opening = JSON.stringify({ ...header, records: [] });
      await options.write(opening.slice(0, -2)); // up to and including "records":[
      let count = 0;
      let after: { changedAt: string; id: string } | null = null;
      for (;;) {
        const rows = await findChangedAwards(
          tx,
          tenant.tenant_id,
          { since: options.since, until },
          after,
          pageSize,
        );
        for (const row of rows) {
          await options.write(`${count === 0 ? '\n' : ',\n'}${JSON.stringify(toRecord(row, options.key))}`);
          count++;
        }
        options.onProgress?.(count);
        if (rows.length < pageSize) break;
        const last = rows[rows.length - 1]!;
        after = { changedAt: last.changed_at, id: last.id };
      }
      await options.write(']}\n');
      return { ...header, records: count };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
