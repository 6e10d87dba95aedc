import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  award,
  awardVerification,
  documentSettings,
  exchangePackage,
  notification,
  tenant,
} from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { sha256Hex } from '../../lib/storage';
import { pollTenant } from '../../platform/outbox/outbox';
import type { Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { TEST_SIGNING_DIR, testConfig } from '../../test/test-config';
import { ensureTestSeal, pdfsig, throwawayCa } from '../../test/throwaway-ca';
import { fileBody, realPdf } from '../../test/upload-files';
import { attachComponents, type Province, setUpProvince } from '../../test/workflow-fixtures';
import {
  defaultTransportFor,
  EXCHANGE_TOPIC,
  exchangeHandler,
  importPackage,
  PACKAGE_FORMAT,
  type PackageEnvelope,
  queuePackage,
  sealPackage,
  type UnsealedManifest,
} from '../exchange/index';
import { loadPkcs12, type SigningIdentity, signaturesForCode } from '../signing/index';
import { signPdf } from '../signing/pades';
import { createTenant } from '../tenants/tenant-setup';

// Issue 17 item 2, the sending tenant's side: a province's dossier for the Prime Minister's
// Bằng khen goes up as a sealed package to the national tenant of the same deployment; the
// national tenant returns it once (the reasons show, the resend is version 2), then decides; the
// decision package is recorded with nobody typing it: the award is in the person's history, its
// certificate verifies on the province's portal with the national seal's signature, and the same
// package again changes nothing.

const ok = (res: Response, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

const nationalSeal = throwawayCa('Bo Noi vu (thu nghiem)');
afterAll(() => nationalSeal.cleanup());

function samplePdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: text, Creator: 'Vinh Danh' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text(text);
  doc.end();
  return done;
}

describeEngines('upper level: a dossier sent up, returned, resent and decided', (env) => {
  const config = testConfig();
  let pv: Province;
  let proposalId: string;
  let itemId: string;
  let national: { id: string; code: string; name: string };
  let province: { code: string; name: string };
  let identity: SigningIdentity;

  const view = async () => ok(await pv.appraiser.get(`/api/proposals/${proposalId}`));
  const handlers = () => {
    const { db } = env().database;
    return { [EXCHANGE_TOPIC]: exchangeHandler(db, defaultTransportFor(db, config.dataDir)) };
  };
  /** Runs the outbox of a tenant, as the server's poller does. */
  const deliver = async (tenantId: string) => {
    for (let i = 0; i < 3; i++)
      await pollTenant(env().database.db, tenantId, { handlers: handlers(), backoffBaseMs: 0 });
  };
  const incoming = (tenantId: string, kind: string) =>
    env()
      .database.db.select()
      .from(exchangePackage)
      .where(
        and(
          eq(exchangePackage.tenantId, tenantId),
          eq(exchangePackage.direction, 'IN'),
          eq(exchangePackage.kind, kind),
        ),
      );
  /** The national tenant answers: a reply sealed with its seal, queued and delivered by its outbox. */
  const reply = async (manifest: UnsealedManifest, files: Uint8Array[] = []) => {
    const { db } = env().database;
    const envelope = await sealPackage(manifest, files, identity);
    await queuePackage(db, national.id, envelope, { actorId: null });
    await deliver(national.id);
    return envelope;
  };
  const head = (inReplyTo: { packageId: string; version: number }) => ({
    format: PACKAGE_FORMAT,
    packageId: newId(),
    version: 1,
    createdAt: new Date().toISOString(),
    sender: { code: national.code, name: national.name },
    recipient: province,
    inReplyTo,
    dossierId: proposalId,
  });

  beforeAll(async () => {
    const { fx, database } = env();
    const db = database.db;
    pv = await setUpProvince(env(), 2025);
    await ensureTestSeal(db, fx.tenantA);
    identity = await loadPkcs12(fs.readFileSync(nationalSeal.p12File), nationalSeal.password);
    const [row] = await db.select().from(tenant).where(eq(tenant.tenantId, fx.tenantA));
    province = { code: row!.code, name: row!.name };
    national = { code: `TW${Date.now().toString(36)}`, name: 'Bộ Nội vụ (thử)', id: '' };
    national.id = await createTenant(db, { code: national.code, name: national.name, kind: 'NATIONAL' });
    await db.update(tenant).set({ parentTenantId: national.id }).where(eq(tenant.tenantId, fx.tenantA));
    // The national tenant's seal file, as its document settings would name it.
    fs.mkdirSync(TEST_SIGNING_DIR, { recursive: true });
    fs.copyFileSync(nationalSeal.p12File, path.join(TEST_SIGNING_DIR, `con-dau-tw-${process.pid}.p12`));

    const created = ok(
      await pv.officer.post('/api/proposals', {
        kind: 'CONG_TRANG',
        title: 'Đề nghị Bằng khen của Thủ tướng Chính phủ',
        year: 2025,
        submittingUnitId: fx.own.id,
        items: [{ subjectType: 'PERSON', subjectId: pv.nominees.eligible[0], awardCode: 'BK_TTG' }],
      }),
      201,
    );
    let proposal = created.proposals[0];
    proposalId = proposal.id;
    // One component as a real file, so the package carries it with its SHA-256.
    const query = new URLSearchParams({
      expectedVersion: String(proposal.version),
      component: proposal.components[0].name,
      name: 'to-trinh.pdf',
    });
    ok(
      await pv.officer.request(
        'POST',
        `/api/proposals/${proposalId}/components/file?${query}`,
        fileBody(realPdf(), 'application/pdf'),
      ),
    );
    proposal = await attachComponents(pv.officer, proposalId, [], pv.unitLeader);
    const act = async (step: string, client = pv.appraiser, body: Record<string, unknown> = {}) => {
      proposal = ok(
        await client.post(`/api/proposals/${proposalId}/${step}`, {
          expectedVersion: proposal.version,
          ...body,
        }),
      );
    };
    await act('submit-for-review', pv.officer);
    await act('submit', pv.officer, { ineligibleReason: 'Thành tích đột xuất, đề nghị cấp trên xem xét' });
    await act('receive');
    await act('start-appraisal');
    itemId = proposal.items[0].id;
    await act('appraise-item', pv.appraiser, {
      itemId,
      override: { eligible: true, reason: 'Thành tích xuất sắc, đủ điều kiện trình Thủ tướng' },
    });
    await act('complete-appraisal');
    expect(proposal.state).toBe('PROPOSED_UP');
  });

  it('says, with a stable code, what is missing when there is no parent tenant or no seal', async () => {
    const { db, fx } = { db: env().database.db, fx: env().fx };
    const send = async () =>
      pv.appraiser.post(`/api/proposals/${proposalId}/send-up`, { expectedVersion: (await view()).version });
    await db.update(tenant).set({ parentTenantId: null }).where(eq(tenant.tenantId, fx.tenantA));
    const noParent = await send();
    expect(noParent.status).toBe(409);
    expect(noParent.body.error).toMatchObject({
      code: 'PACKAGE_NO_PARENT',
      message: expect.stringContaining('cấp trên'),
    });
    await db.update(tenant).set({ parentTenantId: national.id }).where(eq(tenant.tenantId, fx.tenantA));
    await db
      .update(documentSettings)
      .set({ signingCertificateFile: null })
      .where(eq(documentSettings.tenantId, fx.tenantA));
    const noSeal = await send();
    expect(noSeal.status).toBe(409);
    expect(noSeal.body.error).toMatchObject({
      code: 'UPPER_LEVEL_SEAL_REQUIRED',
      message: expect.stringContaining('chứng thư số'),
    });
    await ensureTestSeal(db, fx.tenantA);
    expect((await view()).upperLevel).toBeNull();
  });

  it('sends the dossier up as a sealed package the national tenant receives, with verdicts, citations, files and the history', async () => {
    const { db } = env().database;
    const before = await view();
    expect(before.upperLevel).toBeNull();
    expect(before.allowedActions.sendUp).toBe(true);
    // The submitting unit's officer may not send it for the province.
    const refused = await pv.officer.post(`/api/proposals/${proposalId}/send-up`, {
      expectedVersion: before.version,
    });
    expect(refused.status).toBe(403);

    const sent = ok(
      await pv.appraiser.post(`/api/proposals/${proposalId}/send-up`, { expectedVersion: before.version }),
      201,
    );
    expect(sent.exchange).toMatchObject({ status: 'SENDING', version: 1 });
    expect((await view()).upperLevel).toMatchObject({ status: 'SENDING', version: 1, returns: [] });
    const again = await pv.appraiser.post(`/api/proposals/${proposalId}/send-up`, {
      expectedVersion: (await view()).version,
    });
    expect(again.body.error.code).toBe('UPPER_LEVEL_ALREADY_SENT');

    await deliver(env().fx.tenantA);
    const shown = await view();
    expect(shown.upperLevel).toMatchObject({ status: 'DELIVERED', version: 1, downloadHref: null });
    expect(shown.history.at(-1)).toMatchObject({ command: 'sendUp', fromState: 'PROPOSED_UP' });

    const [received] = await incoming(national.id, 'DOSSIER');
    const manifest = received!.manifest as {
      version: number;
      sender: { code: string };
      dossier: {
        id: string;
        items: {
          id: string;
          awardCode: string;
          verdict: { reasons: { citation: string }[] };
          appraisal: { state: string; eligible: boolean };
          evidence: { history: { subject: { type: string } } };
        }[];
        components: { fileName: string; sha256: string }[];
      };
    };
    expect(manifest).toMatchObject({
      version: 1,
      sender: { code: province.code },
      dossier: { id: proposalId },
    });
    const item = manifest.dossier.items[0]!;
    expect(item).toMatchObject({
      id: itemId,
      awardCode: 'BK_TTG',
      appraisal: { state: 'OVERRIDDEN', eligible: true },
    });
    expect(item.verdict.reasons.length).toBeGreaterThan(0);
    expect(item.verdict.reasons.every((r) => r.citation.length > 0)).toBe(true);
    expect(item.evidence.history.subject.type).toBe('individual');
    expect(manifest.dossier.components).toEqual([
      expect.objectContaining({ fileName: 'to-trinh.pdf', sha256: sha256Hex(realPdf()) }),
    ]);
    // Signed with the province's seal, checked by the import.
    const [row] = await db
      .select({ signer: exchangePackage.signerCertificateSha256 })
      .from(exchangePackage)
      .where(eq(exchangePackage.id, received!.id));
    expect(row?.signer).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows a return with its reasons and tells the officers; the resend is version 2 of the same package', async () => {
    const { db, fx } = { db: env().database.db, fx: env().fx };
    const [first] = await incoming(national.id, 'DOSSIER');
    const packageId = first!.packageId;
    await reply({
      ...head({ packageId, version: 1 }),
      kind: 'RETURN',
      reasons: [{ code: 'MISSING_COMPONENT', text: 'Thiếu bản sao quyết định Bằng khen cấp tỉnh', itemId }],
    } as UnsealedManifest);
    const shown = await view();
    expect(shown.state).toBe('PROPOSED_UP');
    expect(shown.upperLevel).toMatchObject({
      status: 'RETURNED',
      version: 1,
      returns: [
        {
          version: 1,
          reasons: [
            { code: 'MISSING_COMPONENT', text: 'Thiếu bản sao quyết định Bằng khen cấp tỉnh', itemId },
          ],
        },
      ],
    });
    expect(shown.history.at(-1)).toMatchObject({
      command: 'upperLevelReturned',
      actorName: 'Hệ thống (tự động)',
    });
    const notes = await db
      .select()
      .from(notification)
      .where(and(eq(notification.tenantId, fx.tenantA), eq(notification.proposalId, proposalId)));
    expect(notes.some((n) => n.title.includes('trả lại') && n.body.includes('Thiếu bản sao'))).toBe(true);

    const resent = ok(
      await pv.appraiser.post(`/api/proposals/${proposalId}/send-up`, { expectedVersion: shown.version }),
      201,
    );
    expect(resent.exchange.version).toBe(2);
    await deliver(fx.tenantA);
    const dossiers = await incoming(national.id, 'DOSSIER');
    expect(dossiers.map((d) => [d.packageId, d.version]).sort()).toEqual([
      [packageId, 1],
      [packageId, 2],
    ]);
    expect((await view()).upperLevel).toMatchObject({ status: 'DELIVERED', version: 2 });
  });

  it('records the decision package: the award in the history, certificates that verify, and a repeat changes nothing', async () => {
    const { db, fx } = { db: env().database.db, fx: env().fx };
    const [latest] = (await incoming(national.id, 'DOSSIER')).sort((a, b) => b.version - a.version);
    const signingTime = new Date();
    const meta = (reason: string) => ({ name: national.name, reason, location: 'Ha Noi', signingTime });
    const decisionPdf = await signPdf(await samplePdf('Quyet dinh 77/QD-TTg'), meta('Ban hanh'), identity);
    const certificate = await signPdf(await samplePdf('Bang khen Thu tuong'), meta('Bang khen'), identity);
    const component = (name: string, fileName: string, bytes: Buffer) => ({
      name,
      fileName,
      mediaType: 'application/pdf',
      sizeBytes: bytes.byteLength,
      sha256: sha256Hex(bytes),
    });
    const envelope = await reply(
      {
        ...head({ packageId: latest!.packageId, version: latest!.version }),
        kind: 'DECISION',
        decision: {
          number: '77/QĐ-TTg',
          signedOn: '2026-01-20',
          issuer: 'Thủ tướng Chính phủ',
          signerName: 'Nguyễn Văn Ký',
          signerTitle: 'Thủ tướng Chính phủ',
          items: [
            {
              itemId,
              approved: true,
              awardCode: 'BK_TTG',
              reason: null,
              certificateSha256: sha256Hex(certificate),
            },
          ],
        },
        components: [
          component('Quyết định', 'quyet-dinh-77.pdf', decisionPdf),
          component('Bằng khen', 'bang-khen.pdf', certificate),
        ],
      } as UnsealedManifest,
      [decisionPdf, certificate],
    );

    const shown = await view();
    expect(shown.state).toBe('DECIDED');
    expect(shown.decision).toEqual({
      number: '77/QĐ-TTg',
      signedOn: '2026-01-20',
      issuer: 'Thủ tướng Chính phủ',
    });
    expect(shown.upperLevel).toMatchObject({ status: 'DECIDED', version: 2 });
    expect(shown.items[0]).toMatchObject({ outcome: 'APPROVED' });
    const awards = await db
      .select()
      .from(award)
      .where(
        and(
          eq(award.tenantId, fx.tenantA),
          eq(award.subjectId, pv.nominees.eligible[0]!),
          eq(award.awardCode, 'BK_TTG'),
        ),
      );
    expect(awards.map((a) => [a.decisionNumber, a.decisionDate])).toEqual([['77/QĐ-TTg', '2026-01-20']]);
    // The person's history (timeline) shows it, recorded by nobody.
    const timeline = ok(await pv.appraiser.get(`/api/people/${pv.nominees.eligible[0]}/timeline`));
    expect(JSON.stringify(timeline)).toContain('77/QĐ-TTg');
    const audit = shown.history.at(-1);
    expect(audit).toMatchObject({
      command: 'recordExternalDecision',
      toState: 'DECIDED',
      actorName: 'Hệ thống (tự động)',
    });

    // The certificate's code verifies on the province's portal, signed by the national seal.
    const [v] = await db
      .select({ code: awardVerification.code })
      .from(awardVerification)
      .where(and(eq(awardVerification.tenantId, fx.tenantA), eq(awardVerification.awardId, awards[0]!.id)));
    const checked = await signaturesForCode(db, config.dataDir, v!.code);
    expect(checked.map((s) => [s.kind, s.status, s.signerName])).toEqual([
      ['DECISION', 'VALID', 'Bo Noi vu (thu nghiem)'],
      ['CERTIFICATE', 'VALID', 'Bo Noi vu (thu nghiem)'],
    ]);
    const page = await env().app.request(`/cong-khai/xac-minh/${v!.code}`);
    const text = await page.text();
    expect(text).toContain('data-testid="signature-CERTIFICATE" data-status="VALID"');
    expect(text).toContain('Chữ ký số hợp lệ — ký bởi Bo Noi vu (thu nghiem)');
    // The province serves the decision as the upper level signed it, byte for byte.
    const served = await pv.leader.get(`/api/decisions/${shown.decisionId}/documents/quyet-dinh.pdf`);
    expect(Buffer.from(served.body as ArrayBuffer).equals(decisionPdf)).toBe(true);
    expect(pdfsig(decisionPdf)).toContain('Signature Validation: Signature is Valid.');

    // The same package again (a retry after a lost answer): nothing changes.
    const repeat = await importPackage(db, config.dataDir, fx.tenantA, envelope as PackageEnvelope, {
      via: 'SAME_DEPLOYMENT',
    });
    expect(repeat.duplicate).toBe(true);
    const after = await view();
    expect(after.version).toBe(shown.version);
    const awardsAfter = await db
      .select({ id: award.id })
      .from(award)
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.awardCode, 'BK_TTG')));
    expect(awardsAfter).toHaveLength(1);
    expect(await incoming(fx.tenantA, 'DECISION')).toHaveLength(1);
  });
});
