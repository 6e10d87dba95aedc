import type { Db, Tx } from '../../db/client';
import { AppError } from '../../lib/errors';
import { appendAudit } from '../../platform/audit/append-audit';
import { recordDecisionFromUpperLevel } from '../decisions/index';
import { packagesOfDossier, type ReceivedReply, type ReplyHandler } from '../exchange/index';
import { findProposal, recordUpperLevelStep, SYSTEM_USER_ID } from '../proposals/index';
import { type ReceivedSignedFile, storeReceivedSignedDocuments } from '../signing/index';
import { ensureVerifications } from '../verification/index';

// The upper level's replies at the sending tenant, applied in the import's transaction
// (exchange-replies.ts): a RETURN shows on the dossier with its reasons and tells its officers; a
// DECISION is recorded as the upper level's decision (decisions: the register, the awards, the
// dossier DECIDED), and its signed PDFs are kept as the decision's signed documents. A repeated
// package never gets here (the import drops it by package id and version).

const REASON_LABEL = {
  MISSING_COMPONENT: 'Thiếu thành phần hồ sơ',
  CRITERIA_NOT_MET: 'Chưa đủ tiêu chuẩn',
  WRONG_INFORMATION: 'Thông tin chưa chính xác',
  OTHER: 'Lý do khác',
} as const;

type ReturnReply = Extract<ReceivedReply['manifest'], { kind: 'RETURN' }>;
type DecisionReply = Extract<ReceivedReply['manifest'], { kind: 'DECISION' }>;

/**
 * The dossier the reply answers: one this tenant sent, in the package version it names. A reply
 * that answers none is kept as received (its sender was checked) but changes no dossier, and the
 * audit log says so.
 */
async function answeredDossier(tx: Tx, tenantId: string, rowId: string, m: ReturnReply | DecisionReply) {
  const sent = (await packagesOfDossier(tx, tenantId, m.dossierId)).some(
    (r) =>
      r.direction === 'OUT' && r.packageId === m.inReplyTo.packageId && r.version === m.inReplyTo.version,
  );
  const p = sent ? await findProposal(tx, tenantId, m.dossierId) : undefined;
  if (!p)
    await appendAudit(tx, {
      tenantId,
      actorId: null,
      action: 'upper_level.reply_unmatched',
      entityType: 'exchange_package',
      entityId: rowId,
      before: null,
      after: { kind: m.kind, dossierId: m.dossierId, inReplyTo: m.inReplyTo, sender: m.sender.code },
    });
  return p;
}

async function applyReturn(tx: Tx, tenantId: string, rowId: string, m: ReturnReply) {
  const p = await answeredDossier(tx, tenantId, rowId, m);
  if (!p) return;
  const lines = m.reasons.map((r) => `${REASON_LABEL[r.code]}: ${r.text}`);
  await recordUpperLevelStep(tx, {
    tenantId,
    proposalId: p.id,
    command: 'upperLevelReturned',
    state: p.state,
    actorId: SYSTEM_USER_ID,
    detail: {
      from: m.sender.code,
      packageId: m.inReplyTo.packageId,
      version: m.inReplyTo.version,
      reasons: m.reasons,
    },
    notify: [p.createdBy],
    notice: {
      title: `Hồ sơ "${p.title}": ${m.sender.name} trả lại`,
      body: `Cấp trên trả lại hồ sơ (lần gửi ${m.inReplyTo.version}). ${lines.join('; ')}. Bổ sung, sửa rồi gửi lại.`,
    },
  });
}

async function applyDecision(
  tx: Tx,
  dataDir: string,
  tenantId: string,
  reply: ReceivedReply,
  m: DecisionReply,
) {
  const p = await answeredDossier(tx, tenantId, reply.rowId, m);
  if (!p) return;
  const d = m.decision;
  const approved = d.items.filter((i) => i.approved);
  const refused = d.items.filter((i) => !i.approved);
  const outcome = await recordDecisionFromUpperLevel(
    tx,
    tenantId,
    p.id,
    {
      number: d.number,
      signedOn: d.signedOn,
      issuer: d.issuer,
      signer: d.signerName,
      signerPosition: d.signerTitle,
      approvedItemIds: approved.map((i) => i.itemId),
    },
    `${d.issuer} không chấp thuận (Quyết định số ${d.number}): ${
      refused
        .map((i) => i.reason ?? '')
        .filter(Boolean)
        .join('; ') || 'không nêu lý do'
    }`,
  );
  if (!outcome.recorded || !outcome.decisionId) return;
  // The certificates verify on this tenant's portal: each award gets its code, as a printed one does.
  await ensureVerifications(
    tx as unknown as Db,
    tenantId,
    outcome.awards.map((a) => a.awardId),
  );
  const awardOf = new Map(outcome.awards.map((a) => [a.itemId, a.awardId]));
  const certificates = new Set(d.items.flatMap((i) => (i.certificateSha256 ? [i.certificateSha256] : [])));
  const files: ReceivedSignedFile[] = [];
  for (const c of m.components) {
    const bytes = reply.files.get(c.sha256);
    if (!bytes) throw new AppError('PACKAGE_FILE_MISMATCH');
    // The decision's PDF is the file no item names as its certificate (the first, should there be more).
    if (!certificates.has(c.sha256)) {
      if (!files.some((f) => f.kind === 'DECISION'))
        files.push({ kind: 'DECISION', name: c.fileName, bytes, awardId: null });
      continue;
    }
    for (const item of d.items.filter((i) => i.approved && i.certificateSha256 === c.sha256)) {
      const awardId = awardOf.get(item.itemId);
      if (awardId) files.push({ kind: 'CERTIFICATE', name: c.fileName, bytes, awardId });
    }
  }
  await storeReceivedSignedDocuments(tx, dataDir, { tenantId, decisionId: outcome.decisionId }, files);
}

/** The reply handler the exchange calls in its import's transaction (composed in app.ts). */
export function upperLevelReplyHandler(dataDir: string): ReplyHandler {
  return async (tx, reply) => {
    const m = reply.manifest;
    if (m.kind === 'RETURN') await applyReturn(tx, reply.receiverId, reply.rowId, m);
    else await applyDecision(tx, dataDir, reply.receiverId, reply, m);
  };
}
