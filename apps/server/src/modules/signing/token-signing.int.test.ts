import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvent } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { seedDecision } from '../../test/document-fixtures';
import { describeEngines } from '../../test/engines';
import { pdfsig, personalP12, sharedTestCa, tamper } from '../../test/throwaway-ca';
import { linkPerson, signAsPerson, signAsToken, tokenLeader } from '../../test/token-signing-fixtures';
import { cadesDetachedSignature } from './cades';
import { fillPreparedSignature } from './pades';
import { loadPkcs12 } from './pkcs12';

// Signing on the signer's own token: the server prepares the decision and its certificates with a
// placeholder, a stand-in for the national CA's plug-in fetches each file by its secret URL, signs
// it with the signer's throwaway certificate and uploads it back; the signer completes it.

const pdfOf = (res: { body: unknown }) => Buffer.from(res.body as ArrayBuffer);

type Session = {
  sessionId: string;
  signerName: string;
  documents: { kind: 'DECISION' | 'CERTIFICATES'; fileUrl: string; uploadUrl: string }[];
};

describeEngines('signing on the signer’s own token (VGCA plug-in stand-in)', (env) => {
  it('prepares, takes the signed files back from the plug-in, and keeps them signed by the leader; pdfsig agrees', async () => {
    const { app, fx, database } = env();
    const seeded = await seedDecision(database.db, fx, 'own', { names: ['Hoàng Thị Token'] });
    const leader = await tokenLeader(database.db, fx, 'own', 'Trần Văn Ký');
    const client = await ApiClient.login(app, leader.username);
    const res = await client.post(`/api/decisions/${seeded.decisionId}/token-signing`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const session = res.body as Session;
    expect(session.signerName).toBe('Trần Văn Ký');
    expect(session.documents.map((d) => d.kind)).toEqual(['DECISION', 'CERTIFICATES']);

    // The plug-in has no session cookie: the secret in the URL is what lets it in.
    const plugin = new ApiClient(app);
    const [decisionDoc, certificatesDoc] = session.documents;
    if (!decisionDoc || !certificatesDoc) throw new Error('two documents expected');
    const prepared = pdfOf(await plugin.get(decisionDoc.fileUrl));
    expect(prepared.subarray(0, 5).toString()).toBe('%PDF-');
    expect(prepared.toString('latin1')).toContain('/SubFilter /ETSI.CAdES.detached');
    const wrongKey = await plugin.get(decisionDoc.fileUrl.replace(/key=.*/, 'key=sai'));
    expect(wrongKey.status).toBe(404);
    expect(wrongKey.body.error.code).toBe('TOKEN_SIGNING_NOT_FOUND');

    const signed = await signAsPerson(prepared, 'Trần Văn Ký');
    const empty = await plugin.request('POST', decisionDoc.uploadUrl);
    expect(empty.status).toBe(400);
    // Someone else's token: a valid signature, but not the signer's certificate.
    const other = await upload(
      plugin,
      decisionDoc.uploadUrl,
      await signAsToken(prepared, sharedTestCa().otherP12File),
    );
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('TOKEN_CERTIFICATE_NOT_SIGNER');
    // A byte changed outside /Contents: not the prepared file.
    const changed = await upload(plugin, decisionDoc.uploadUrl, tamper(signed));
    expect(changed.status).toBe(422);
    expect(changed.body.error.code).toBe('TOKEN_FILE_MISMATCH');
    // The prepared file with a signature over other bytes: the signature does not hold.
    const identity = await loadPkcs12(
      await import('node:fs').then((fs) => fs.readFileSync(personalP12('Trần Văn Ký'))),
      sharedTestCa().password,
    );
    const forged = await fillPreparedSignature(prepared, () =>
      cadesDetachedSignature(Buffer.from('nội dung khác'), identity),
    );
    const invalid = await upload(plugin, decisionDoc.uploadUrl, forged);
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe('TOKEN_SIGNATURE_INVALID');

    const accepted = await upload(plugin, decisionDoc.uploadUrl, signed);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({ kind: 'DECISION', status: 'VALID', signerName: 'Trần Văn Ký' });

    // Not yet both files: nothing is kept.
    const early = await client.post(
      `/api/decisions/${seeded.decisionId}/token-signing/${session.sessionId}`,
      {},
    );
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('TOKEN_SIGNING_INCOMPLETE');

    // The plug-in posts a multipart form, as the VGCA FileUploadHandler receives it.
    const certificates = await signAsPerson(pdfOf(await plugin.get(certificatesDoc.fileUrl)), 'Trần Văn Ký');
    const form = new FormData();
    form.append(
      'file',
      new Blob([new Uint8Array(certificates)], { type: 'application/pdf' }),
      'giay-khen.pdf',
    );
    const multipart = await app.request(certificatesDoc.uploadUrl, { method: 'POST', body: form });
    expect(multipart.status, await multipart.clone().text()).toBe(200);

    const done = await client.post(
      `/api/decisions/${seeded.decisionId}/token-signing/${session.sessionId}`,
      {},
    );
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    expect(done.body).toMatchObject({ signed: true, signerName: 'Trần Văn Ký' });
    expect(done.body.documents.map((d: { method: string; status: string }) => [d.method, d.status])).toEqual([
      ['TOKEN', 'VALID'],
      ['TOKEN', 'VALID'],
    ]);
    const stored = pdfOf(await client.get(`/api/decisions/${seeded.decisionId}/documents/quyet-dinh.pdf`));
    expect(stored.equals(signed)).toBe(true);
    const report = pdfsig(stored);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Trần Văn Ký');
    expect(pdfsig(tamper(stored))).toContain('Signature Validation: Digest Mismatch.');

    const [audit] = await database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.tenantId, fx.tenantA), eq(auditEvent.action, 'decision.sign')));
    expect(audit?.entityId).toBe(seeded.decisionId);
    expect(audit?.after).toMatchObject({ method: 'TOKEN' });

    // Signed now: the session's files are gone and a second signing is refused.
    expect((await plugin.get(decisionDoc.fileUrl)).status).toBe(404);
    const again = await client.post(`/api/decisions/${seeded.decisionId}/token-signing`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('DECISION_ALREADY_SIGNED');
  });

  it('refuses a signer who is not the deciding unit’s leader, or who has no person to match the certificate', async () => {
    const { app, fx, database } = env();
    const seeded = await seedDecision(database.db, fx, 'own');
    // The tenant administrator may issue, but does not lead the deciding unit.
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const notLeader = await admin.post(`/api/decisions/${seeded.decisionId}/token-signing`, {});
    expect(notLeader.status).toBe(403);
    expect(notLeader.body.error.code).toBe('SIGNER_NOT_LEADER');
    // A leader of another unit (fx.users.LEADER leads `own`, the decision is `ownChild`'s).
    const otherLeader = await ApiClient.login(app, fx.users.LEADER);
    const wrongUnit = await otherLeader.post(`/api/decisions/${seeded.decisionId}/token-signing`, {});
    expect(wrongUnit.body.error.code).toBe('SIGNER_NOT_LEADER');
    // The deciding unit's leader without a linked person: nothing to match the token against.
    const leader = await tokenLeader(database.db, fx, 'own', 'Lê Văn Chưa Gắn');
    await linkPerson(database.db, fx.tenantA, fx.ownChild.id, leader.username, 'Lê Văn Chưa Gắn');
    const { appUser } = await import('../../db/schema/index');
    await database.db
      .update(appUser)
      .set({ personId: null })
      .where(and(eq(appUser.tenantId, fx.tenantA), eq(appUser.id, leader.id)));
    const unlinked = await (await ApiClient.login(app, leader.username)).post(
      `/api/decisions/${seeded.decisionId}/token-signing`,
      {},
    );
    expect(unlinked.status).toBe(409);
    expect(unlinked.body.error.code).toBe('TOKEN_SIGNER_NO_PERSON');
  });
});

function upload(client: ApiClient, url: string, pdf: Buffer) {
  return client.request('POST', url, new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }));
}
