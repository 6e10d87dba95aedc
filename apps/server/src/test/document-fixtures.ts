import type { Db } from '../db/client';
import { award, decision, proposal, proposalDecision, signedDocument, storedFile } from '../db/schema/index';
import { newId } from '../lib/ids';
import { addPerson, type Fixture } from './fixtures';
import type { Scope } from './route-samples';

// Issued decisions with their awards, written straight to the database (the workflow that issues
// them has its own tests), for the document, certificate and verification tests.

function target(fx: Fixture, scope: Scope) {
  if (scope === 'own') return { tenantId: fx.tenantA, unitId: fx.ownChild.id };
  if (scope === 'otherUnit') return { tenantId: fx.tenantA, unitId: fx.other.id };
  return { tenantId: fx.tenantB, unitId: fx.unitB.id };
}

let counter = 0;

export type SeededDecision = { decisionId: string; awardIds: string[]; tenantId: string; number: string };

/** A decision of the scope's unit giving Giấy khen to `names` (people created in that unit). */
export async function seedDecision(
  db: Db,
  fx: Fixture,
  scope: Scope,
  opts: { names?: string[]; count?: number; awardCode?: string; signedOn?: string } = {},
): Promise<SeededDecision> {
  counter += 1;
  const t = target(fx, scope);
  const names = opts.names ?? Array.from({ length: opts.count ?? 1 }, (_, i) => `Nguyễn Thị Hường ${i + 1}`);
  const proposalId = newId();
  const decisionId = newId();
  const signedOn = opts.signedOn ?? '2026-02-05';
  const number = `${15 + counter}/QĐ-UBND`;
  await db.insert(proposal).values({
    tenantId: t.tenantId,
    id: proposalId,
    kind: 'CONG_TRANG',
    title: 'Đề nghị tặng Giấy khen năm 2025',
    year: 2025,
    submittingUnitId: t.unitId,
    levels: [t.unitId],
    deciderRole: 'THU_TRUONG_DON_VI',
    ruleSetId: 'LTDKT-2022+ND-152-2025',
    state: 'DECIDED',
    requirements: { publicComment: false, councilVote: false, simplified: false, proposeUp: false },
    components: [],
    stepEnteredOn: '2026-01-10',
    createdBy: newId(),
  });
  await db.insert(decision).values({
    tenantId: t.tenantId,
    id: decisionId,
    number,
    signedOn,
    issuer: 'UBND tỉnh Sơn Hà',
    signer: 'Trần Văn Ký',
  });
  await db.insert(proposalDecision).values({
    tenantId: t.tenantId,
    decisionId,
    proposalId,
    year: Number(signedOn.slice(0, 4)),
    seq: null,
    isExternal: true,
  });
  const awardIds: string[] = [];
  const rows = [];
  for (const name of names) {
    const personId = await addPerson(db, t.tenantId, t.unitId, name, { position: 'Giáo viên' });
    const id = newId();
    awardIds.push(id);
    rows.push({
      tenantId: t.tenantId,
      id,
      subjectType: 'PERSON' as const,
      subjectId: personId,
      awardCode: opts.awardCode ?? 'GIAY_KHEN',
      year: 2025,
      decisionId,
      decisionNumber: number,
      decisionDate: signedOn,
      amountVnd: 710_000,
      achievement: 'Đã có thành tích xuất sắc trong công tác giảng dạy năm học 2024 - 2025',
    });
  }
  for (let i = 0; i < rows.length; i += 500) await db.insert(award).values(rows.slice(i, i + 500));
  return { decisionId, awardIds, tenantId: t.tenantId, number };
}

/**
 * Marks a decision signed without signing it (a signed_document row over a placeholder file), for
 * samples that only need a signed decision's rules to apply.
 */
export async function markSigned(db: Db, tenantId: string, decisionId: string) {
  const fileId = newId();
  await db.insert(storedFile).values({
    tenantId,
    id: fileId,
    name: 'quyet-dinh.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 1,
    sha256: 'khong-phai-tep-that',
    storageKey: 'khong-co',
  });
  await db.insert(signedDocument).values({
    tenantId,
    id: newId(),
    kind: 'DECISION',
    decisionId,
    fileId,
    sha256: 'khong-phai-tep-that',
    method: 'SEAL',
    signerName: 'Thử',
    signerCertificateSha256: 'thu',
    signedAt: new Date(),
    signedBy: newId(),
  });
}
