import { createHash } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvent, initiative, initiativeAuthor, storedFile } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines, type TestEnv } from '../../test/engines';
import { addPerson } from '../../test/fixtures';

const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Quyết định công nhận sáng kiến\n%%EOF\n',
);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const upload = (bytes: Buffer, mimeType = 'application/pdf', fileName = 'Quyết định công nhận.pdf') => ({
  fileName,
  mimeType,
  contentBase64: bytes.toString('base64'),
});

async function addInitiative(env: TestEnv, unitId: string) {
  const { database, fx } = env;
  const personId = await addPerson(database.db, fx.tenantA, unitId, 'Trần Minh Chứng');
  const id = newId();
  await database.db
    .insert(initiative)
    .values({ tenantId: fx.tenantA, id, title: 'Số hóa sổ thi đua', scope: 'CO_SO', year: 2024 });
  await database.db
    .insert(initiativeAuthor)
    .values({ tenantId: fx.tenantA, initiativeId: id, personId, sharePct: 100 });
  return id;
}

async function storedCount(env: TestEnv) {
  const [row] = await env.database.db
    .select({ n: count() })
    .from(storedFile)
    .where(eq(storedFile.tenantId, env.fx.tenantA));
  return row!.n;
}

describeEngines('records: evidence files', (env) => {
  it('uploads, lists, downloads the same bytes and deletes an initiative file, with audit', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const id = await addInitiative(env(), fx.ownChild.id);

    const added = await officer.post(`/api/initiatives/${id}/files`, upload(pdf));
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      name: 'Quyết định công nhận.pdf',
      sha256: sha(pdf),
      sizeBytes: pdf.length,
    });

    const listed = await officer.get(`/api/initiatives/${id}/files`);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: added.body.id, mimeType: 'application/pdf', sha256: sha(pdf) }),
    ]);

    const download = await officer.get(`/api/initiatives/${id}/files/${added.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''Quy%E1%BA%BFt");
    expect(sha(new Uint8Array(download.body))).toBe(sha(pdf));

    const removed = await officer.request('DELETE', `/api/initiatives/${id}/files/${added.body.id}`);
    expect(removed.status).toBe(200);
    expect((await officer.get(`/api/initiatives/${id}/files`)).body.items).toEqual([]);
    expect((await officer.get(`/api/initiatives/${id}/files/${added.body.id}`)).status).toBe(404);

    const audit = await database.db
      .select({ action: auditEvent.action, before: auditEvent.before })
      .from(auditEvent)
      .where(and(eq(auditEvent.tenantId, fx.tenantA), eq(auditEvent.entityId, id)))
      .orderBy(auditEvent.seq);
    expect(audit.map((a) => a.action)).toEqual(['initiative.file.add', 'initiative.file.delete']);
    expect(audit[1]!.before).toMatchObject({ fileId: added.body.id, sha256: sha(pdf) });
  });

  it('refuses an officer of another unit and a viewer', async () => {
    const { app, fx } = env();
    const id = await addInitiative(env(), fx.other.id);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const before = await storedCount(env());
    expect((await officer.post(`/api/initiatives/${id}/files`, upload(pdf))).status).toBe(403);
    expect((await officer.get(`/api/initiatives/${id}/files`)).status).toBe(403);
    const own = await addInitiative(env(), fx.ownChild.id);
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    expect((await viewer.post(`/api/initiatives/${own}/files`, upload(pdf))).status).toBe(403);
    expect(await storedCount(env())).toBe(before);
  });

  it('refuses oversize, disallowed, mislabelled and empty files in Vietnamese and stores nothing', async () => {
    const { app, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const id = await addInitiative(env(), fx.ownChild.id);
    const before = await storedCount(env());
    const oversize = Buffer.concat([pdf, Buffer.alloc(1_510_000, 0x20)]);
    const cases = [
      [upload(oversize), 'Tệp quá lớn'],
      [upload(Buffer.from('MZ\x90\x00'), 'application/x-msdownload', 'virus.exe'), 'Chỉ nhận tệp minh chứng'],
      [upload(Buffer.from('MZ\x90\x00 not a pdf')), 'Chỉ nhận tệp minh chứng'],
      [{ fileName: 'rong.pdf', mimeType: 'application/pdf', contentBase64: '' }, 'Tệp rỗng'],
    ] as const;
    for (const [body, message] of cases) {
      const res = await officer.post(`/api/initiatives/${id}/files`, body);
      expect(res.status, message).toBe(400);
      expect(JSON.stringify(res.body.error)).toContain(message);
    }
    // Beyond the 2 MiB JSON body limit the transport refuses it before validation.
    const huge = await officer.post(`/api/initiatives/${id}/files`, upload(Buffer.alloc(1_700_000, 0x25)));
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toContain('quá lớn');
    expect(await storedCount(env())).toBe(before);
    expect((await officer.get(`/api/initiatives/${id}/files`)).body.items).toEqual([]);
  });
});
