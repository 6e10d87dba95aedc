import { count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { storedFile } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { EMULATION_SAMPLES } from '../../test/emulation-samples';
import { describeEngines, type TestEnv } from '../../test/engines';
import { TEST_PASSWORD } from '../../test/fixtures';
import { seedProposal } from '../../test/proposal-seeds';
import {
  fileBody,
  plainZip,
  realDoc,
  realDocx,
  realPdf,
  realXlsx,
  windowsExe,
} from '../../test/upload-files';

// The one upload path (platform/upload), end to end: dossier components, a movement's launch
// document, a score's evidence and the registrations workbook all take a raw body, checked by
// content, within their route's limit; a component's file is served with the dossier's access rules.

const COMPONENTS = [
  'Tờ trình đề nghị',
  'Báo cáo thành tích',
  'Biên bản họp',
  'Bảng tổng hợp',
  'Quyết định cũ',
];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type View = {
  version: number;
  components: {
    name: string;
    fileId: string | null;
    file: { name: string; mimeType: string; sizeBytes: number; uploadedByName: string | null } | null;
  }[];
};

const componentPath = (id: string, version: number, component: string, name: string) =>
  `/api/proposals/${id}/components/file?${new URLSearchParams({ expectedVersion: String(version), component, name })}`;

async function storedCount(env: TestEnv) {
  const [row] = await env.database.db
    .select({ n: count() })
    .from(storedFile)
    .where(eq(storedFile.tenantId, env.fx.tenantA));
  return row!.n;
}

describeEngines('platform: the one upload path', (env) => {
  let officer: ApiClient;
  let proposalId: string;
  let view: View;
  const put = async (component: string, name: string, bytes: Uint8Array, type = 'application/pdf') =>
    officer.post(componentPath(proposalId, view.version, component, name), fileBody(bytes, type));

  beforeAll(async () => {
    const { app, database, fx } = env();
    officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    proposalId = (await seedProposal(database.db, fx, 'own', { state: 'DRAFT', components: COMPONENTS })).id;
    view = (await officer.get(`/api/proposals/${proposalId}`)).body;
  });

  it('refuses an executable renamed .pdf and a ZIP renamed .docx, and stores nothing', async () => {
    const before = await storedCount(env());
    const exe = await put(COMPONENTS[0]!, 'to-trinh.pdf', windowsExe());
    expect(exe.status).toBe(400);
    expect(exe.body.error.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    expect(exe.body.error.message).toContain('to-trinh.pdf');
    const zip = await put(COMPONENTS[1]!, 'bao-cao.docx', plainZip(), DOCX);
    expect(zip.status).toBe(400);
    expect(zip.body.error.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    const empty = await put(COMPONENTS[1]!, 'bao-cao.pdf', new Uint8Array());
    expect(empty.body.error.code).toBe('UPLOAD_EMPTY');
    expect(await storedCount(env())).toBe(before);
    expect((await officer.get(`/api/proposals/${proposalId}`)).body.version).toBe(view.version);
  });

  it('refuses a file over the route limit with its code, before the service reads it', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(realPdf().subarray(0, 8));
    const res = await put(COMPONENTS[0]!, 'qua-lon.pdf', big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('UPLOAD_TOO_LARGE');
    expect(res.body.error.message).toContain('20 MB');
  });

  it('accepts a real PDF, DOCX, DOC and XLSX, typed by content, with name, size and uploader', async () => {
    // The browser's Content-Type is ignored: the stored type comes from the bytes.
    const files: [string, string, Uint8Array, string][] = [
      [COMPONENTS[0]!, 'Tờ trình.pdf', realPdf(), 'application/pdf'],
      [COMPONENTS[1]!, 'Báo cáo.docx', realDocx(), DOCX],
      [COMPONENTS[2]!, 'Biên bản.doc', realDoc(), 'application/msword'],
      [COMPONENTS[3]!, 'Bảng tổng hợp.xlsx', await realXlsx(), XLSX],
    ];
    for (const [component, name, bytes, type] of files) {
      const res = await put(component, name, bytes, 'application/octet-stream');
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      view = res.body;
      const c = view.components.find((x) => x.name === component)!;
      expect(c.file).toEqual({
        name,
        sizeBytes: bytes.length,
        mimeType: type,
        uploadedByName: `Người dùng UNIT_OFFICER`,
        uploadedAt: expect.any(String),
      });
    }
  });

  it('serves PDFs inline with their type, Word as an attachment, both nosniff', async () => {
    const byName = (n: string) => view.components.find((c) => c.name === n)!.fileId!;
    const pdf = await officer.get(`/api/proposals/${proposalId}/files/${byName(COMPONENTS[0]!)}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(
      /^inline; filename="To-trinh\.pdf"; filename\*=UTF-8''T%E1%BB%9D/,
    );
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(pdf.body as ArrayBuffer).equals(realPdf())).toBe(true);
    const docx = await officer.get(`/api/proposals/${proposalId}/files/${byName(COMPONENTS[1]!)}`);
    expect(docx.headers.get('content-type')).toBe(DOCX);
    expect(docx.headers.get('content-disposition')).toMatch(/^attachment; /);
    // The appraiser of the office on the route reads it too.
    const appraiser = await ApiClient.login(env().app, env().fx.users.APPRAISER);
    expect((await appraiser.get(`/api/proposals/${proposalId}/files/${byName(COMPONENTS[0]!)}`)).status).toBe(
      200,
    );
  });

  it("answers 403 outside the dossier's scope, and 404 for a file of another dossier", async () => {
    const { database, fx } = env();
    const other = await seedProposal(database.db, fx, 'otherUnit', {
      state: 'DRAFT',
      components: COMPONENTS,
    });
    const fileId = view.components[0]!.fileId!;
    const out = await officer.get(`/api/proposals/${other.id}/files/${fileId}`);
    expect(out.status).toBe(403);
    const mine = await seedProposal(database.db, fx, 'own', { state: 'DRAFT', components: COMPONENTS });
    const foreign = await officer.get(`/api/proposals/${mine.id}/files/${fileId}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('COMPONENT_FILE_NOT_FOUND');
  });

  it('puts movement documents, score evidence and the registrations workbook through the same checks', async () => {
    const { app, database, fx } = env();
    const ctx = {
      db: database.db,
      fx,
      scope: 'own' as const,
      username: fx.users.UNIT_OFFICER,
      password: TEST_PASSWORD,
    };
    const admin = await ApiClient.login(app, fx.users.TENANT_ADMIN);
    const exe = fileBody(windowsExe());

    const doc = await EMULATION_SAMPLES['POST /api/movements/{id}/document']!.build(ctx);
    const refused = await admin.post(doc.path, exe);
    expect(refused.body.error.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    const accepted = await admin.post(doc.path, fileBody(realDocx()));
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);

    const score = await EMULATION_SAMPLES['POST /api/scores/{id}/evidence']!.build(ctx);
    expect((await officer.post(score.path, exe)).body.error.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    const evidence = await officer.post(score.path, fileBody(realPdf()));
    expect(evidence.status, JSON.stringify(evidence.body)).toBe(201);

    // The registrations import takes only an .xlsx: a real Word file is refused by content too.
    const reg = await EMULATION_SAMPLES['POST /api/registrations/import']!.build(ctx);
    const word = await officer.post(reg.path, fileBody(realDocx()));
    expect(word.status).toBe(400);
    expect(word.body.error.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    expect(word.body.error.message).toContain('Excel (.xlsx)');
    const over = await officer.post(reg.path, fileBody(new Uint8Array(5 * 1024 * 1024 + 1)));
    expect(over.status).toBe(413);
    expect(over.body.error.code).toBe('UPLOAD_TOO_LARGE');
    // Base64 inside JSON is gone: a JSON body is just bytes that are no accepted file.
    const json = await officer.post(reg.path, { contentBase64: (await realXlsx()).toString('base64') });
    expect(json.body.error.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
  });
});
