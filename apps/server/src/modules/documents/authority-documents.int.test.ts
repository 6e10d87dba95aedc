// Issue 12, "documents that name the right authority": a decision issued through the workflow prints
// its decider and signer in the .docx, on every certificate and in the tờ trình that asked for it.
// Before, a provincial Bằng khen read "THỦ TRƯỞNG ỦY BAN NHÂN DÂN TỈNH …" and "tặng Bằng khen bộ, ban,
// ngành, tỉnh".
import { expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { appUser, loginName, proposal, proposalItem } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { docxText, readDocxPart } from '../../test/docx-read';
import { describeEngines } from '../../test/engines';
import { addPerson, type Unit } from '../../test/fixtures';
import { pdfText } from '../../test/pdf-tools';
import { addUser } from '../../test/workflow-fixtures';
import { createUnitRecord } from '../tenants/tenant-setup';

async function signerAt(db: Db, tenantId: string, unitId: string, fullName: string, positionTitle: string) {
  const id = newId();
  await db.insert(loginName).values({ username: `ky.${id.slice(-12)}`, tenantId });
  await db.insert(appUser).values({
    tenantId,
    id,
    username: `ky.${id.slice(-12)}`,
    fullName,
    positionTitle,
    passwordHash: 'not-a-login',
    roles: ['LEADER'],
    unitId,
    scopeUnitId: unitId,
  });
  return id;
}

type Case = {
  tenantId: string;
  submittingUnit: Unit;
  levels: string[];
  deciderRole: string;
  awardCode: string;
  nominee: string;
};

/** A proposal waiting for its decision, its one item appraised eligible. */
async function pendingProposal(db: Db, c: Case) {
  const id = newId();
  const itemId = newId();
  const personId = await addPerson(db, c.tenantId, c.submittingUnit.id, c.nominee, {
    position: 'Chuyên viên',
  });
  await db.insert(proposal).values({
    tenantId: c.tenantId,
    id,
    kind: 'CONG_TRANG',
    title: `Đề nghị khen thưởng ${c.nominee}`,
    year: 2025,
    submittingUnitId: c.submittingUnit.id,
    levels: c.levels,
    deciderRole: c.deciderRole,
    ruleSetId: 'LTDKT-2022+ND-152-2025',
    state: 'DECISION_PENDING',
    requirements: { publicComment: false, councilVote: false, simplified: false, proposeUp: false },
    components: [],
    stepEnteredOn: '2026-01-10',
    createdBy: newId(),
  });
  await db.insert(proposalItem).values({
    tenantId: c.tenantId,
    id: itemId,
    proposalId: id,
    subjectType: 'PERSON',
    subjectId: personId,
    subjectName: c.nominee,
    unitId: c.submittingUnit.id,
    awardCode: c.awardCode,
    achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2025',
    appraisal: 'CONFIRMED',
    appraisedEligible: true,
  });
  return { id, itemId };
}

async function documents(client: ApiClient, proposalId: string, decisionId: string) {
  const docx = await client.get(`/api/decisions/${decisionId}/documents/quyet-dinh.docx`);
  expect(docx.status, JSON.stringify(docx.body)).toBe(200);
  const pdf = await client.get(`/api/decisions/${decisionId}/certificates.pdf?layout=full`);
  expect(pdf.status, JSON.stringify(pdf.body)).toBe(200);
  const letter = await client.get(`/api/proposals/${proposalId}/documents/to-trinh.docx`);
  expect(letter.status, JSON.stringify(letter.body)).toBe(200);
  return {
    decision: docxText(await readDocxPart(Buffer.from(docx.body as ArrayBuffer), 'word/document.xml')),
    certificate: pdfText(Buffer.from(pdf.body as ArrayBuffer)),
    letter: docxText(await readDocxPart(Buffer.from(letter.body as ArrayBuffer), 'word/document.xml')),
  };
}

describeEngines('authority lines in the decision, certificates and tờ trình (issue 12)', (env) => {
  const issue = async (client: ApiClient, p: { id: string; itemId: string }, signerUserId: string) => {
    const res = await client.post('/api/decisions/issue', {
      proposalId: p.id,
      expectedVersion: 1,
      signedOn: '2026-02-05',
      signerUserId,
      approvedItemIds: [p.itemId],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.decision.id as string;
  };

  it('a provincial chair’s Bằng khen: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH A", signed "CHỦ TỊCH"', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const chair = await signerAt(db, fx.tenantA, fx.root.id, 'Nguyễn Văn Hùng', 'Chủ tịch');
    const p = await pendingProposal(db, {
      tenantId: fx.tenantA,
      submittingUnit: fx.ownChild,
      levels: [fx.own.id, fx.root.id],
      deciderRole: 'CHU_TICH_UBND_TINH',
      awardCode: 'BK_BO_TINH',
      nominee: 'Phạm Thị Mai',
    });
    const clerk = await ApiClient.login(app, (await addUser(db, fx, 'LEADER')).username);
    const decisionId = await issue(clerk, p, chair);
    const d = await documents(clerk, p.id, decisionId);

    expect(d.decision).toContain('ỦY BAN NHÂN DÂN TỈNH A');
    expect(d.decision).toContain('Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(d.decision).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH A');
    expect(d.decision).toContain('Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 1 cá nhân');
    expect(d.decision).toMatch(/\nCHỦ TỊCH\n(\n)*Nguyễn Văn Hùng/);
    expect(d.decision).toContain('của Chủ tịch Ủy ban nhân dân tỉnh A)');
    for (const wrong of ['THỦ TRƯỞNG', 'KT. CHỦ TỊCH', 'Bằng khen bộ, ban, ngành, tỉnh']) {
      expect(d.decision).not.toContain(wrong);
    }

    expect(d.certificate).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH A');
    expect(d.certificate).toContain('BẰNG KHEN');
    expect(d.certificate).toContain('Nguyễn Văn Hùng');
    expect(d.certificate).not.toContain('THỦ TRƯỞNG');
    expect(d.certificate).not.toContain('KT. CHỦ TỊCH');

    // The school writes to its Sở, which forwards the dossier to the chair who decides.
    expect(d.letter).toContain('Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(d.letter).toContain('Kính gửi: Sở Giáo dục');
    expect(d.letter).toContain('trình Chủ tịch Ủy ban nhân dân tỉnh A quyết định:');
    expect(d.letter).toContain('- Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 1 cá nhân;');
  });

  it('a deputy chair’s Bằng khen: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" under the chair’s authority line', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const deputy = await signerAt(db, fx.tenantA, fx.root.id, 'Lê Thị Thu', 'Phó Chủ tịch');
    const p = await pendingProposal(db, {
      tenantId: fx.tenantA,
      submittingUnit: fx.own,
      levels: [fx.root.id],
      deciderRole: 'CHU_TICH_UBND_TINH',
      awardCode: 'BK_BO_TINH',
      nominee: 'Trần Quốc Toản',
    });
    const clerk = await ApiClient.login(app, (await addUser(db, fx, 'LEADER')).username);
    const decisionId = await issue(clerk, p, deputy);
    const d = await documents(clerk, p.id, decisionId);

    // The authority is still the chair's: the deputy signs on the chair's behalf (ký thay).
    expect(d.decision).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH A');
    expect(d.decision).toContain('Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(d.decision).toMatch(/\nKT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(\n)*Lê Thị Thu/);
    expect(d.certificate).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH A');
    expect(d.certificate).toContain('KT. CHỦ TỊCH');
    expect(d.certificate).toContain('PHÓ CHỦ TỊCH');
    expect(d.certificate).toContain('Lê Thị Thu');
    // The Sở's letter goes straight to the deciding chair, signed by the Sở's director.
    expect(d.letter).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh A');
    expect(d.letter).toContain('Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(d.letter).toContain('GIÁM ĐỐC');

    // The same deputy acting as head signs without "KT.": the form is chosen per decision.
    const q = await pendingProposal(db, {
      tenantId: fx.tenantA,
      submittingUnit: fx.own,
      levels: [fx.root.id],
      deciderRole: 'CHU_TICH_UBND_TINH',
      awardCode: 'BK_BO_TINH',
      nominee: 'Hoàng Văn Thái',
    });
    const res = await clerk.post('/api/decisions/issue', {
      proposalId: q.id,
      expectedVersion: 1,
      signedOn: '2026-02-05',
      signerUserId: deputy,
      signedAsDeputy: false,
      approvedItemIds: [q.itemId],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const acting = await documents(clerk, q.id, res.body.decision.id);
    expect(acting.decision).not.toContain('KT. CHỦ TỊCH');
    expect(acting.decision).toMatch(/\nCHỦ TỊCH\n(\n)*Lê Thị Thu/);
  });

  it('a commune chair’s Giấy khen: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP" (ND 129/2025, Điều 59)', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const commune = await createUnitRecord(db, fx.tenantA, fx.root, {
      code: `XA-${newId().slice(-6)}`,
      name: 'Xã Tân Lập',
      type: 'XA_PHUONG',
    });
    const village = await createUnitRecord(db, fx.tenantA, commune, {
      code: `THON-${newId().slice(-6)}`,
      name: 'Thôn Đồng Tâm',
      type: 'THON_TO_DAN_PHO',
    });
    const chair = await signerAt(db, fx.tenantA, commune.id, 'Hà Văn Sơn', 'Chủ tịch');
    const p = await pendingProposal(db, {
      tenantId: fx.tenantA,
      submittingUnit: village,
      levels: [commune.id],
      deciderRole: 'CHU_TICH_UBND_XA',
      awardCode: 'GIAY_KHEN',
      nominee: 'Đinh Thị Lan',
    });
    const clerk = await ApiClient.login(app, (await addUser(db, fx, 'LEADER')).username);
    const decisionId = await issue(clerk, p, chair);
    const d = await documents(clerk, p.id, decisionId);

    expect(d.decision).toContain('ỦY BAN NHÂN DÂN XÃ TÂN LẬP');
    expect(d.decision).toContain('Về việc tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã');
    expect(d.decision).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP');
    expect(d.decision).toMatch(/\nCHỦ TỊCH\n(\n)*Hà Văn Sơn/);
    expect(d.decision).not.toContain('TỈNH A');
    expect(d.certificate).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP');
    expect(d.certificate).toContain('GIẤY KHEN');
    expect(d.certificate).toContain('Hà Văn Sơn');
    expect(d.letter).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Lập');
    expect(d.letter).toContain('Về việc đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã');
  });
});
