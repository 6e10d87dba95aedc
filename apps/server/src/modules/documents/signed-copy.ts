import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import type { RequestContext } from '../../lib/context';

/**
 * The stored signed PDF of a decision (or of its certificates), or null when it is not signed: once
 * signed, the signed file is the document and is served as kept. Signing renders its PDFs through this
 * module, so documents may not import signing; the app passes signing's `signedPdf` in (app.ts).
 */
export type SignedCopy = (
  db: Db,
  config: Config,
  ctx: RequestContext,
  decisionId: string,
  kind: 'DECISION' | 'CERTIFICATES',
) => Promise<{ file: Buffer; name: string } | null>;
