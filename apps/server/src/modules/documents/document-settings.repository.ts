import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { documentSettings, tenant } from '../../db/schema/index';

export type DocumentSettings = {
  placeName: string;
  parentBody: string | null;
  signerTitle: string;
  blankStockOffsetXMm: number;
  blankStockOffsetYMm: number;
  /** The seal certificate's file name in VINHDANH_SIGNING_DIR; null: no server signing. */
  signingCertificateFile: string | null;
};

/** The tenant's settings, or defaults: the place is the tenant's name without "Tỉnh"/"Thành phố". */
export async function loadDocumentSettings(db: Db | Tx, tenantId: string): Promise<DocumentSettings> {
  const [row] = await db.select().from(documentSettings).where(eq(documentSettings.tenantId, tenantId));
  const [t] = await db.select({ name: tenant.name }).from(tenant).where(eq(tenant.tenantId, tenantId));
  const fallbackPlace = (t?.name ?? '').replace(/^(Tỉnh|Thành phố|Bộ)\s+/i, '');
  return {
    placeName: row?.placeName ?? fallbackPlace,
    parentBody: row?.parentBody ?? null,
    signerTitle: row?.signerTitle ?? 'Thủ trưởng',
    blankStockOffsetXMm: row?.blankStockOffsetXMm ?? 0,
    blankStockOffsetYMm: row?.blankStockOffsetYMm ?? 0,
    signingCertificateFile: row?.signingCertificateFile ?? null,
  };
}

export async function saveDocumentSettings(
  tx: Tx,
  tenantId: string,
  values: Omit<typeof documentSettings.$inferInsert, 'tenantId' | 'updatedAt'>,
) {
  await tx
    .insert(documentSettings)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: documentSettings.tenantId, set: { ...values, updatedAt: new Date() } });
}
