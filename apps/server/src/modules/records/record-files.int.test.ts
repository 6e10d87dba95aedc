import { createHash } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvent, award, initiative, initiativeAuthor, storedFile } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines, type TestEnv } from '../../test/engines';
import { addPerson } from '../../test/fixtures';

const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Quyết định công nhận sáng kiến\n%%EOF\n',
);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const blob = (bytes: Uint8Array, type: string) => new Blob([bytes], { type });
/** Upload path: the file's name goes in the query, the bytes are the body. */
const filesPath = (base: string, id: string, name = 'Quyết định công nhận.pdf') =>
  `/api/${base}/${id}/files?name=${encodeURIComponent(name)}`;
const upload = (client: ApiClient, id: string, bytes: Uint8Array, type = 'application/pdf', name?: string) =>
  client.request('POST', filesPath('initiatives', id, name), blob(bytes, type));

/** A PDF of `size` bytes: a real header, then filler (the server checks magic bytes, not structure). */
function pdfOfSize(size: number) {
  const bytes = Buffer.alloc(size, 0x20);
  pdf.copy(bytes);
  for (let i = pdf.length; i < size; i += 4096) bytes[i] = i % 251;
  return bytes;
}

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

    const added = await upload(officer, id, pdf);
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
    expect((await upload(officer, id, pdf)).status).toBe(403);
    expect((await officer.get(`/api/initiatives/${id}/files`)).status).toBe(403);
    const own = await addInitiative(env(), fx.ownChild.id);
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    expect((await upload(viewer, own, pdf)).status).toBe(403);
    expect(await storedCount(env())).toBe(before);
  });

  it('stores a 3 MB scanned PDF on an award and gives back the same bytes', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const personId = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Lê Văn Khen');
    const id = newId();
    await database.db.insert(award).values({
      tenantId: fx.tenantA,
      id,
      subjectType: 'PERSON',
      subjectId: personId,
      awardCode: 'LDTT',
      year: 2024,
    });
    const scan = pdfOfSize(3 * 1024 * 1024);

    const added = await officer.request(
      'POST',
      filesPath('awards', id, 'QĐ khen thưởng.pdf'),
      blob(scan, 'application/pdf'),
    );
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      name: 'QĐ khen thưởng.pdf',
      sizeBytes: scan.length,
      sha256: sha(scan),
    });
    const download = await officer.get(`/api/awards/${id}/files/${added.body.id}`);
    expect(download.status).toBe(200);
    expect(sha(new Uint8Array(download.body))).toBe(sha(scan));
  });

  it('refuses oversize, disallowed, mislabelled, empty and unnamed files in Vietnamese and stores nothing', async () => {
    const { app, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const id = await addInitiative(env(), fx.ownChild.id);
    const before = await storedCount(env());
    const exe = Buffer.from('MZ\x90\x00');
    const cases = [
      [
        () => upload(officer, id, exe, 'application/x-msdownload', 'virus.exe'),
        400,
        'Chỉ nhận tệp minh chứng',
      ],
      [() => upload(officer, id, Buffer.from('MZ\x90\x00 not a pdf')), 400, 'Chỉ nhận tệp minh chứng'],
      [
        () => officer.request('POST', filesPath('initiatives', id), { contentBase64: 'JVBERg==' }),
        400,
        'Chỉ nhận tệp minh chứng',
      ],
      [() => upload(officer, id, new Uint8Array(0)), 400, 'rỗng'],
      [
        () => officer.request('POST', `/api/initiatives/${id}/files`, blob(pdf, 'application/pdf')),
        400,
        'Thiếu tên tệp',
      ],
      [() => upload(officer, id, pdf, 'application/pdf', '   '), 400, 'Tên tệp không được để trống'],
      [() => upload(officer, id, pdfOfSize(11 * 1024 * 1024)), 413, 'vượt quá 10 MB'],
    ] as const;
    for (const [send, status, message] of cases) {
      const res = await send();
      expect(res.status, message).toBe(status);
      expect(JSON.stringify(res.body.error), message).toContain(message);
    }
    expect(await storedCount(env())).toBe(before);
    expect((await officer.get(`/api/initiatives/${id}/files`)).body.items).toEqual([]);
  });

  it('refuses an over-limit body by its declared length, before reading it', async () => {
    const { app, fx } = env();
    const id = await addInitiative(env(), fx.ownChild.id);
    // A stream that would fail if read: the 413 must come from Content-Length alone.
    const body = new ReadableStream({
      pull() {
        throw new Error('the body was read');
      },
    });
    const res = await app.request(filesPath('initiatives', id), {
      method: 'POST',
      headers: {
        'content-type': 'application/pdf',
        'content-length': String(11 * 1024 * 1024),
      },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    const json = (await res.json()) as { error: { message: string } };
    expect(json.error.message).toContain('10 MB');
  });
});
