import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { appUser, auditEvent, exchangePackage, outboxMessage, tenant } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { pollTenant } from '../../platform/outbox/outbox';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { createFixtureUser } from '../../test/fixtures';
import { pdfText } from '../../test/pdf-tools';
import { testConfig } from '../../test/test-config';
import { ensureTestSeal, pdfsig, sharedTestCa } from '../../test/throwaway-ca';
import {
  defaultTransportFor,
  EXCHANGE_TOPIC,
  exchangeHandler,
  importPackage,
  openPackage,
  type PackageEnvelope,
  sealPackage,
} from '../exchange/index';
import { sampleDossierManifest } from '../exchange/package-samples';
import { checkPdfSignature, loadPkcs12 } from '../signing/index';
import { createTenant, createUnitRecord } from '../tenants/tenant-setup';

// The receiving tenant's side of a dossier sent up (issue 17 item 2): the package becomes an
// incoming dossier; the national appraiser sees the sender's verdicts beside its own re-run, returns
// it (a RETURN package to the sender), gets version 2, approves per item; the national leader
// decides: a number from its register, the decision and a certificate signed with its seal, a
// DECISION package to the sender. Only the national tenant's root-scoped officers reach it.

const pdfOf = (res: { body: unknown }) => Buffer.from(res.body as ArrayBuffer);

describeEngines('incoming dossiers at the receiving tenant', (env) => {
  const dataDir = testConfig().dataDir;

  it('imports, re-judges, returns, takes version 2, approves and decides with signed PDFs and a DECISION package', async () => {
    const { app, fx, database } = env();
    const { db } = database;
    // The national tenant above tenant A, with its office at the root and the seal configured.
    const national = { code: `TW${Date.now().toString(36)}`, name: 'Bộ Nội vụ (thử)' };
    const nationalId = await createTenant(db, { ...national, kind: 'NATIONAL' });
    await db.update(tenant).set({ parentTenantId: nationalId }).where(eq(tenant.tenantId, fx.tenantA));
    const [provinceRow] = await db.select().from(tenant).where(eq(tenant.tenantId, fx.tenantA));
    const province = { code: provinceRow!.code, name: provinceRow!.name };
    const root = await createUnitRecord(db, nationalId, null, {
      code: 'BNV',
      name: national.name,
      type: 'BO',
    });
    const suffix = Date.now().toString(36);
    const appraiserName = `thamdinh.${suffix}`;
    const leaderName = `lanhdao.${suffix}`;
    await createFixtureUser(db, nationalId, {
      username: appraiserName,
      fullName: 'Lương Văn Hiếu',
      roles: ['APPRAISER'],
      unitId: root.id,
      scopeUnitId: root.id,
    });
    const leaderId = await createFixtureUser(db, nationalId, {
      username: leaderName,
      fullName: 'Ninh Quốc Bảo',
      roles: ['LEADER'],
      unitId: root.id,
      scopeUnitId: root.id,
    });
    await db
      .update(appUser)
      .set({ positionTitle: 'Phó Thủ tướng' })
      .where(and(eq(appUser.tenantId, nationalId), eq(appUser.id, leaderId)));
    await ensureTestSeal(db, nationalId);
    const ca = sharedTestCa();
    const provinceSeal = await loadPkcs12(fs.readFileSync(ca.p12File), ca.password);

    // Version 1: two nominees. The second one's history has four good years, not five: the sender
    // still judged it eligible, the receiver's own re-run says no, and the page says they differ.
    const file = new Uint8Array(Buffer.from(`%PDF tờ trình ${newId()}`));
    const packageId = newId();
    const dossierOf = (version: number) => {
      const m = sampleDossierManifest({ sender: province, recipient: national, file, packageId, version });
      const [first] = m.dossier.items;
      const second = {
        ...first!,
        id: secondId,
        subject: { ...first!.subject, name: 'Trần Thị Bình' },
        evidence: {
          history: { ...first!.evidence!.history, ratings: [{ year: 2025, rating: 'HTXSNV' }] },
          asOf: '2026-12-05',
        },
      };
      m.dossier.items = [{ ...first!, id: firstId }, second];
      m.dossier.id = dossierId;
      return sealPackage(m, [file], provinceSeal);
    };
    const [firstId, secondId, dossierId] = [newId(), newId(), newId()];
    const v1 = await importPackage(db, dataDir, nationalId, await dossierOf(1), { via: 'SAME_DEPLOYMENT' });
    expect(v1.duplicate).toBe(false);

    const appraiser = await ApiClient.login(app, appraiserName);
    const list = await appraiser.get('/api/incoming-dossiers');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    const id = list.body.items[0].id as string;
    expect(list.body.items[0]).toMatchObject({
      senderCode: province.code,
      itemCount: 2,
      status: 'RECEIVED',
      version: 1,
      year: 2025,
    });

    const detail = await appraiser.get(`/api/incoming-dossiers/${id}`);
    expect(detail.status, JSON.stringify(detail.body)).toBe(200);
    expect(detail.body.allowedActions).toEqual({ return: true, approve: true, decide: false, sign: false });
    const [a, b] = detail.body.items;
    expect(a).toMatchObject({ id: firstId, differs: false, ownVerdict: { eligible: true } });
    expect(a.ownVerdict.reasons.map((r: { citation: string }) => r.citation).join(' ')).toContain('Điều 73');
    expect(b).toMatchObject({ id: secondId, differs: true, senderVerdict: { eligible: true } });
    expect(b.ownVerdict.eligible).toBe(false);
    const component = await appraiser.get(detail.body.components[0].href);
    expect(pdfOf(component).equals(Buffer.from(file))).toBe(true);

    // Trả lại: RETURNED, and a RETURN package sealed by the national tenant queued to the province.
    const returned = await appraiser.post(`/api/incoming-dossiers/${id}/return`, {
      expectedVersion: 1,
      reasons: [
        { code: 'MISSING_COMPONENT', text: 'Thiếu biên bản họp Hội đồng.', itemId: null },
        { code: 'CRITERIA_NOT_MET', text: 'Chưa đủ 5 năm hoàn thành xuất sắc nhiệm vụ.', itemId: secondId },
      ],
    });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body).toMatchObject({ status: 'RETURNED', returns: [{ version: 1 }] });
    const outgoing = async (kind: string) => {
      const rows = await db
        .select()
        .from(exchangePackage)
        .where(
          and(
            eq(exchangePackage.tenantId, nationalId),
            eq(exchangePackage.direction, 'OUT'),
            eq(exchangePackage.kind, kind),
          ),
        );
      expect(rows).toHaveLength(1);
      const opened = await openPackage(JSON.parse(rows[0]!.envelope!) as PackageEnvelope);
      return { row: rows[0]!, opened };
    };
    const ret = await outgoing('RETURN');
    expect(ret.row).toMatchObject({ peerTenantCode: province.code, status: 'SENDING' });
    expect(ret.opened.manifest).toMatchObject({
      kind: 'RETURN',
      inReplyTo: { packageId, version: 1 },
      dossierId,
      recipient: province,
      sender: national,
    });
    // The outbox delivers it down to the province, which accepts a reply from its parent.
    const handlers = { [EXCHANGE_TOPIC]: exchangeHandler(db, defaultTransportFor(db, dataDir)) };
    await pollTenant(db, nationalId, { handlers });
    const [delivered] = await db
      .select()
      .from(exchangePackage)
      .where(and(eq(exchangePackage.tenantId, fx.tenantA), eq(exchangePackage.packageId, ret.row.packageId)));
    expect(delivered).toMatchObject({ direction: 'IN', kind: 'RETURN' });

    // A second return, or an approval of the returned version, is refused.
    const again = await appraiser.post(`/api/incoming-dossiers/${id}/approve`, {
      expectedVersion: 1,
      items: [{ itemId: firstId, approved: true }],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INCOMING_DOSSIER_WRONG_STATE');

    // Version 2 of the same package: the same incoming dossier, back to RECEIVED.
    await importPackage(db, dataDir, nationalId, await dossierOf(2), { via: 'SAME_DEPLOYMENT' });
    const v2 = await appraiser.get(`/api/incoming-dossiers/${id}`);
    expect(v2.body).toMatchObject({ status: 'RECEIVED', version: 2 });
    expect(v2.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect((await appraiser.get('/api/incoming-dossiers')).body.items).toHaveLength(1);

    const stale = await appraiser.post(`/api/incoming-dossiers/${id}/approve`, {
      expectedVersion: 1,
      items: [{ itemId: firstId, approved: true }],
    });
    expect(stale.body.error.code).toBe('INCOMING_DOSSIER_VERSION_CHANGED');
    const noReason = await appraiser.post(`/api/incoming-dossiers/${id}/approve`, {
      expectedVersion: 2,
      items: [{ itemId: secondId, approved: false }],
    });
    expect(noReason.body.error.code).toBe('INCOMING_DOSSIER_REASON_REQUIRED');
    const approved = await appraiser.post(`/api/incoming-dossiers/${id}/approve`, {
      expectedVersion: 2,
      items: [
        { itemId: firstId, approved: true },
        { itemId: secondId, approved: false, reason: 'Chưa đủ 5 năm hoàn thành xuất sắc nhiệm vụ.' },
      ],
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.status).toBe('APPROVED');
    expect(approved.body.items[1].approval).toEqual({
      approved: false,
      reason: 'Chưa đủ 5 năm hoàn thành xuất sắc nhiệm vụ.',
    });

    // The appraiser cannot decide; the leader decides and signs.
    const refused = await appraiser.post(`/api/incoming-dossiers/${id}/decide`, {
      expectedVersion: 2,
      signedOn: '2026-12-06',
    });
    expect(refused.status).toBe(403);
    // The signer model: a leader of a unit below the level is not the level's signer.
    const board = await createUnitRecord(db, nationalId, root, {
      code: 'BTDKT',
      name: 'Ban Thi đua – Khen thưởng',
      type: 'DON_VI_SU_NGHIEP',
    });
    await createFixtureUser(db, nationalId, {
      username: `lanhdao.ban.${suffix}`,
      fullName: 'Trưởng ban',
      roles: ['LEADER'],
      unitId: board.id,
      scopeUnitId: root.id,
    });
    const boardLeader = await ApiClient.login(app, `lanhdao.ban.${suffix}`);
    const notSigner = await boardLeader.post(`/api/incoming-dossiers/${id}/decide`, {
      expectedVersion: 2,
      signedOn: '2026-12-06',
    });
    expect(notSigner.body.error?.code, JSON.stringify(notSigner.body)).toBe('SIGNER_NOT_LEADER');
    const leader = await ApiClient.login(app, leaderName);
    expect((await leader.get(`/api/incoming-dossiers/${id}`)).body.allowedActions).toMatchObject({
      decide: true,
      sign: true,
      approve: false,
    });
    const decided = await leader.post(`/api/incoming-dossiers/${id}/decide`, {
      expectedVersion: 2,
      signedOn: '2026-12-06',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.status).toBe('DECIDED');
    const decision = decided.body.decision;
    expect(decision).toMatchObject({
      number: '1/QĐ-TTg',
      signedOn: '2026-12-06',
      signerName: 'Ninh Quốc Bảo',
      signerTitle: 'Phó Thủ tướng',
      items: [
        { itemId: firstId, approved: true, awardCode: 'BK_TTG' },
        { itemId: secondId, approved: false, certificateSha256: null },
      ],
    });
    expect(decision.documents.map((d: { kind: string }) => d.kind)).toEqual(['DECISION', 'CERTIFICATE']);
    for (const doc of decision.documents) {
      const pdf = pdfOf(await leader.get(doc.href));
      expect(await checkPdfSignature(pdf)).toMatchObject({ status: 'VALID' });
      expect(pdfsig(pdf)).toContain('Signature Validation: Signature is Valid.');
    }
    const decisionPdf = pdfOf(await leader.get(decision.documents[0].href));
    expect(pdfText(decisionPdf)).toContain('Nguyễn Văn An');
    expect(pdfText(decisionPdf)).not.toContain('Trần Thị Bình');

    // The DECISION package: the decision, per item, and the same signed files, sealed and queued.
    const dec = await outgoing('DECISION');
    expect(dec.opened.manifest).toMatchObject({
      kind: 'DECISION',
      inReplyTo: { packageId, version: 2 },
      dossierId,
      decision: { number: '1/QĐ-TTg', items: [{ itemId: firstId, approved: true }, { itemId: secondId }] },
    });
    expect(dec.opened.files.size).toBe(2);
    const certificate = decision.documents[1];
    expect(decision.items[0].certificateSha256).toBe(certificate.sha256);
    expect(dec.opened.files.has(certificate.sha256)).toBe(true);
    const [queued] = await db
      .select()
      .from(outboxMessage)
      .where(and(eq(outboxMessage.tenantId, nationalId), eq(outboxMessage.status, 'PENDING')));
    expect(queued?.topic).toBe(EXCHANGE_TOPIC);
    const actions = (
      await db
        .select({ action: auditEvent.action })
        .from(auditEvent)
        .where(and(eq(auditEvent.tenantId, nationalId), eq(auditEvent.entityId, id)))
    ).map((e) => e.action);
    expect(actions.sort()).toEqual([
      'incomingDossier.approve',
      'incomingDossier.decide',
      'incomingDossier.receive',
      'incomingDossier.receive',
      'incomingDossier.return',
    ]);

    // A province officer (tenant A, root-scoped) sees none of the national tenant's dossiers.
    const provinceAdmin = await ApiClient.login(app, fx.tenantAdmin);
    expect((await provinceAdmin.get('/api/incoming-dossiers')).body.items).toEqual([]);
    expect((await provinceAdmin.get(`/api/incoming-dossiers/${id}`)).status).toBe(404);
    expect(
      (
        await provinceAdmin.post(`/api/incoming-dossiers/${id}/decide`, {
          expectedVersion: 2,
          signedOn: '2026-12-06',
        })
      ).status,
    ).toBe(404);
  });
});
