import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import type { Db } from '../db/client';
import { appUser, tokenSigning } from '../db/schema/index';
import { newId } from '../lib/ids';
import { storageFor } from '../lib/storage';
import { cadesDetachedSignature } from '../modules/signing/cades';
import { fillPreparedSignature, preparePdfForSigning } from '../modules/signing/pades';
import { loadPkcs12 } from '../modules/signing/pkcs12';
import { seedDecision } from './document-fixtures';
import { addPerson, createFixtureUser, type Fixture } from './fixtures';
import type { Scope } from './route-samples';
import { testConfig } from './test-config';
import { personalP12, sharedTestCa } from './throwaway-ca';

// Signing on the signer's own token in tests: a leader linked to a person, that person's
// certificate from the throwaway CA, and the stand-in for the plug-in (fills /Contents).

/** Links an existing account to a new person of the unit with this name (the signer model). */
export async function linkPerson(db: Db, tenantId: string, unitId: string, username: string, name: string) {
  const personId = await addPerson(db, tenantId, unitId, name);
  await db
    .update(appUser)
    .set({ personId })
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.username, username)));
  return personId;
}

/** What the token does: signs the prepared file with the named person's throwaway certificate. */
export async function signAsToken(prepared: Buffer, p12File: string): Promise<Buffer> {
  const identity = await loadPkcs12(fs.readFileSync(p12File), sharedTestCa().password);
  return fillPreparedSignature(prepared, (content) => cadesDetachedSignature(content, identity));
}

export const signAsPerson = (prepared: Buffer, name: string) => signAsToken(prepared, personalP12(name));

let counter = 0;

function unitOf(fx: Fixture, scope: Scope) {
  if (scope === 'own') return { tenantId: fx.tenantA, unitId: fx.ownChild.id };
  if (scope === 'otherUnit') return { tenantId: fx.tenantA, unitId: fx.other.id };
  return { tenantId: fx.tenantB, unitId: fx.unitB.id };
}

/** A leader of the unit that decides `seedDecision(scope)`'s decisions, linked to a person. */
export async function tokenLeader(db: Db, fx: Fixture, scope: Scope, name = 'Người Ký Thử') {
  counter += 1;
  const t = unitOf(fx, scope);
  const username = `ky-token-${process.pid}-${counter}`;
  const id = await createFixtureUser(db, t.tenantId, {
    username,
    fullName: name,
    roles: ['LEADER'],
    unitId: t.unitId,
  });
  await linkPerson(db, t.tenantId, t.unitId, username, name);
  return { id, username, name };
}

/** A small PDF as pdfkit writes it (classic xref, which the placeholder needs). */
function smallPdf(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('Quyet dinh thu');
  doc.end();
  return done;
}

/**
 * A prepared session (the decision's file only) for the authorization matrix's samples of the
 * token routes: a decision of the scope, its leader linked to a person, a placeholder PDF and its
 * secret; `signedBy` given, the signed copy is already uploaded and the session is theirs.
 */
export async function seedTokenSession(db: Db, fx: Fixture, scope: Scope, preparedByUsername?: string) {
  const d = await seedDecision(db, fx, scope);
  const leader = await tokenLeader(db, fx, scope);
  const signingTime = new Date();
  const prepared = await preparePdfForSigning(await smallPdf(), {
    name: 'Nguoi Ky Thu',
    reason: 'Thu',
    location: 'Son Ha',
    signingTime,
  });
  const signed = await signAsPerson(prepared, leader.name);
  const storage = storageFor(testConfig().dataDir);
  const object = await storage.put(prepared);
  const signedObject = await storage.put(signed);
  const secret = `bi-mat-${newId()}`;
  const sessionId = newId();
  let preparedBy = leader.id;
  if (preparedByUsername) {
    const [u] = await db
      .select({ id: appUser.id })
      .from(appUser)
      .where(and(eq(appUser.tenantId, fx.tenantA), eq(appUser.username, preparedByUsername)));
    preparedBy = u?.id ?? leader.id;
  }
  await db.insert(tokenSigning).values({
    tenantId: d.tenantId,
    id: newId(),
    sessionId,
    decisionId: d.decisionId,
    kind: 'DECISION',
    name: 'quyet-dinh.pdf',
    preparedKey: object.key,
    preparedSha256: object.sha256,
    secretSha256: createHash('sha256').update(secret).digest('hex'),
    preparedBy,
    signerUserId: leader.id,
    signingTime,
    expiresAt: new Date(signingTime.getTime() + 30 * 60_000),
    ...(preparedByUsername
      ? {
          signedKey: signedObject.key,
          signedSha256: signedObject.sha256,
          signedSizeBytes: signedObject.sizeBytes,
          signerName: leader.name,
          signerCertificateSha256: 'thu',
        }
      : {}),
  });
  return {
    decisionId: d.decisionId,
    sessionId,
    pluginPath: `/api/token-signing/${d.tenantId}/${sessionId}/DECISION?key=${secret}`,
    prepared,
    signed,
  };
}
