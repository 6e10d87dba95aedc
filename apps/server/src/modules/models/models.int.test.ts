import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../config/config';
import { auditEvent, award, movement } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { docxText, readDocxPart } from '../../test/docx-read';
import { describeEngines } from '../../test/engines';
import { createFixtureUser } from '../../test/fixtures';

// Exemplary models end to end: a unit proposes, the emulation office returns and then approves,
// the model is published on the portal, its photo is kept resized and without EXIF location, and
// units record that they adopted it.

const BASE = 'https://thiduakhenthuong.tinh-a.gov.vn';
type App = ReturnType<typeof createApp>;

const meta = (html: string, property: string) =>
  html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];

/** A 3000 × 2000 phone-like JPEG carrying a GPS position in its EXIF. */
function photoWithGps() {
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#3a7' } })
    .withExif({
      IFD0: { Make: 'Điện thoại', Model: 'Máy ảnh thử' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '21/1 1/1 30/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '105/1 51/1 0/1',
      },
    })
    .jpeg()
    .toBuffer();
}

describeEngines('exemplary models (điển hình tiên tiến)', (env) => {
  let app: App;
  const users = { office: '', otherOfficer: '' };
  let awardId = '';
  let movementId = '';

  beforeAll(async () => {
    const { database, fx } = env();
    app = createApp(
      { db: database.db, config: { ...loadConfig({}), webDist: '/x', publicBaseUrl: BASE } },
      { error: () => {} },
    );
    const suffix = newId().slice(-8);
    users.office = `vanphong.${suffix}`;
    users.otherOfficer = `yte.${suffix}`;
    // The emulation office's specialist works at the tenant's root; the other officer at a sibling unit.
    await createFixtureUser(database.db, fx.tenantA, {
      username: users.office,
      fullName: 'Chuyên viên Ban Thi đua',
      roles: ['APPRAISER'],
      unitId: fx.root.id,
    });
    await createFixtureUser(database.db, fx.tenantA, {
      username: users.otherOfficer,
      fullName: 'Cán bộ Sở Y tế',
      roles: ['UNIT_OFFICER'],
      unitId: fx.other.id,
    });
    awardId = newId();
    await database.db.insert(award).values({
      tenantId: fx.tenantA,
      id: awardId,
      subjectType: 'PERSON',
      subjectId: fx.people.own,
      awardCode: 'CSTDCS',
      year: 2025,
    });
    movementId = newId();
    await database.db.insert(movement).values({
      tenantId: fx.tenantA,
      id: movementId,
      form: 'CHUYEN_DE',
      title: 'Phong trào Dạy tốt, học tốt',
      year: 2025,
      ownerUnitId: fx.root.id,
      launchingAuthority: 'Chủ tịch UBND tỉnh',
      level: 'BO_TINH',
      scope: 'CO_QUAN_DON_VI',
      participation: 'TENANT',
      state: 'LAUNCHED',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    });
  });

  const story =
    'Thầy Đức đưa phòng học thông minh vào trường miền núi, tỉ lệ học sinh khá giỏi tăng gấp đôi sau hai năm.';
  let modelId = '';

  it('a unit proposes, the office returns with a reason, the unit resubmits, the office approves', async () => {
    const { fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const office = await ApiClient.login(app, users.office);
    const created = await officer.post('/api/models', {
      unitId: fx.ownChild.id,
      kind: 'PERSON',
      subjectId: fx.people.own,
      title: 'Thầy giáo vùng cao đổi mới phương pháp dạy học',
      story: 'Bản nháp câu chuyện điển hình đầu tiên của trường.',
      movementId,
      awardIds: [awardId],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      status: 'DRAFT',
      subjectName: 'Nguyễn Văn Đức',
      movementTitle: 'Phong trào Dạy tốt, học tốt',
    });
    expect(created.body.awards).toEqual([expect.objectContaining({ id: awardId, awardCode: 'CSTDCS' })]);
    modelId = created.body.id;

    // A draft is not yet for the office to judge.
    expect((await office.post(`/api/models/${modelId}/approve`)).body.error.code).toBe('MODEL_NOT_SUBMITTED');
    expect((await officer.post(`/api/models/${modelId}/submit`)).body.status).toBe('SUBMITTED');
    const queue = await office.get('/api/models/review-queue');
    expect(queue.body.items.map((m: { id: string }) => m.id)).toContain(modelId);
    // The unit's officer is not the office: reviewing is tenant-wide.
    expect((await officer.post(`/api/models/${modelId}/approve`)).status).toBe(403);

    const returned = await office.post(`/api/models/${modelId}/return`, {
      reason: 'Cần nêu kết quả cụ thể, có số liệu.',
    });
    expect(returned.body).toMatchObject({
      status: 'RETURNED',
      returnReason: 'Cần nêu kết quả cụ thể, có số liệu.',
    });
    // Not published while returned.
    expect((await app.request(`/cong-khai/dien-hinh/${modelId}`)).status).toBe(404);

    const edited = await officer.put(`/api/models/${modelId}`, {
      kind: 'PERSON',
      subjectId: fx.people.own,
      title: 'Thầy giáo vùng cao đổi mới phương pháp dạy học',
      story,
      movementId,
      awardIds: [awardId],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect((await officer.post(`/api/models/${modelId}/submit`)).body.status).toBe('SUBMITTED');
    const approved = await office.post(`/api/models/${modelId}/approve`);
    expect(approved.body).toMatchObject({ status: 'APPROVED', returnReason: null });
    expect(approved.body.publishedAt).toBeTruthy();
    // Approved models are no longer edited.
    const late = await officer.put(`/api/models/${modelId}`, {
      kind: 'PRACTICE',
      title: 'Đổi tên sau duyệt',
      story,
    });
    expect(late.body.error.code).toBe('MODEL_NOT_EDITABLE');

    const actions = await database.db
      .select({ action: auditEvent.action })
      .from(auditEvent)
      .where(and(eq(auditEvent.tenantId, fx.tenantA), eq(auditEvent.entityId, modelId)));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'model.create',
        'model.submit',
        'model.return',
        'model.update',
        'model.approve',
      ]),
    );
  });

  it('refuses an officer outside the unit’s subtree (403) and keeps links to the subject’s own', async () => {
    const { fx } = env();
    const outsider = await ApiClient.login(app, users.otherOfficer);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const draft = await officer.post('/api/models', {
      unitId: fx.ownChild.id,
      kind: 'PRACTICE',
      title: 'Cách làm hay: thư viện xanh',
      story: 'Trường tổ chức thư viện ngoài trời, học sinh tự quản lý sách.',
    });
    expect(draft.status).toBe(201);
    expect((await outsider.get(`/api/models/${draft.body.id}`)).status).toBe(403);
    expect((await outsider.post(`/api/models/${draft.body.id}/submit`)).status).toBe(403);
    const proposeForOther = await outsider.post('/api/models', {
      unitId: fx.ownChild.id,
      kind: 'PRACTICE',
      title: 'Đề xuất hộ đơn vị khác',
      story: 'Một đơn vị không được đề xuất điển hình của đơn vị ngoài phạm vi.',
    });
    expect(proposeForOther.status).toBe(403);
    // A person of another unit cannot be this unit's model, and a practice names nobody.
    const wrongSubject = await officer.post('/api/models', {
      unitId: fx.ownChild.id,
      kind: 'PERSON',
      subjectId: fx.people.other,
      title: 'Người của đơn vị khác',
      story: 'Điển hình không thuộc đơn vị đề xuất thì không được đề xuất.',
    });
    expect(wrongSubject.body.error.code).toBe('MODEL_SUBJECT_MISMATCH');
    const personless = await officer.post('/api/models', {
      unitId: fx.ownChild.id,
      kind: 'PERSON',
      title: 'Điển hình thiếu cá nhân',
      story: 'Điển hình cá nhân phải gắn với một cá nhân cụ thể.',
    });
    expect(personless.body.error.code).toBe('MODEL_SUBJECT_REQUIRED');
  });

  it('keeps a photo resized to 1600 px and without EXIF location', async () => {
    const { fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const original = await photoWithGps();
    const before = await sharp(original).metadata();
    expect(before.exif, 'the test photo carries EXIF').toBeDefined();
    const draft = await officer.post('/api/models', {
      unitId: fx.ownChild.id,
      kind: 'PRACTICE',
      title: 'Cách làm hay: vườn trường',
      story: 'Học sinh chăm vườn rau, rau được đưa vào bữa trưa bán trú của trường.',
    });
    const res = await officer.request(
      'POST',
      `/api/models/${draft.body.id}/photos?name=IMG_2041.jpg&caption=${encodeURIComponent('Vườn trường')}`,
      new Blob([new Uint8Array(original)], { type: 'image/jpeg' }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ width: 1600, height: 1067, caption: 'Vườn trường' });
    const back = await officer.request('GET', `/api/models/${draft.body.id}/photos/${res.body.id}`);
    expect(back.status).toBe(200);
    const bytes = Buffer.from(back.body as ArrayBuffer);
    const after = await sharp(bytes).metadata();
    expect(after.format).toBe('jpeg');
    expect(Math.max(after.width ?? 0, after.height ?? 0)).toBe(1600);
    expect(after.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('GPS'))).toBe(false);
    expect(bytes.includes(Buffer.from('Exif\0\0'))).toBe(false);

    // The shared upload path: a file that says JPEG but is not one is refused by its bytes, a PDF
    // (a real kind, not a photo's) too, and a body over the limit while it is read.
    const fake = await officer.request(
      'POST',
      `/api/models/${draft.body.id}/photos?name=anh.jpg`,
      new Blob([Buffer.from('MZ not a picture at all')], { type: 'image/jpeg' }),
    );
    expect(fake.status).toBe(400);
    expect(fake.body.error.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    const pdf = await officer.request(
      'POST',
      `/api/models/${draft.body.id}/photos?name=anh.jpg`,
      new Blob([Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF')], {
        type: 'image/jpeg',
      }),
    );
    expect(pdf.body.error.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    const huge = await officer.request(
      'POST',
      `/api/models/${draft.body.id}/photos?name=anh.jpg`,
      new Blob([new Uint8Array(15 * 1024 * 1024 + 1)], { type: 'image/jpeg' }),
    );
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('UPLOAD_TOO_LARGE');
    const nameless = await officer.request(
      'POST',
      `/api/models/${draft.body.id}/photos`,
      new Blob([new Uint8Array(original)], { type: 'image/jpeg' }),
    );
    expect(nameless.status).toBe(400);
  });

  it('counts adoptions (nhân rộng), once per unit, and shows the model on the portal', async () => {
    const { fx } = env();
    const outsider = await ApiClient.login(app, users.otherOfficer);
    const adopted = await outsider.post(`/api/models/${modelId}/adoptions`, {
      unitId: fx.other.id,
      note: 'Sở Y tế áp dụng cách tổ chức lớp học thông minh cho đào tạo điều dưỡng.',
      adoptedOn: '2026-03-01',
    });
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(201);
    expect(adopted.body.adoptionCount).toBe(1);
    const again = await outsider.post(`/api/models/${modelId}/adoptions`, {
      unitId: fx.other.id,
      note: 'Lần thứ hai',
    });
    expect(again.body.error.code).toBe('MODEL_ALREADY_ADOPTED');
    // Only for a unit of the officer's own subtree.
    const forOthers = await outsider.post(`/api/models/${modelId}/adoptions`, {
      unitId: fx.own.id,
      note: 'Hộ đơn vị khác',
    });
    expect(forOthers.status).toBe(403);

    const list = await app.request('/cong-khai/dien-hinh');
    const listHtml = await list.text();
    expect(list.status).toBe(200);
    expect(listHtml).toContain('Thầy giáo vùng cao đổi mới phương pháp dạy học');
    expect(listHtml).toContain('1 đơn vị đã nhân rộng');
    expect(listHtml).not.toContain('Cách làm hay: thư viện xanh');

    const res = await app.request(`/cong-khai/dien-hinh/${modelId}`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html.match(/<title>([^<]*)<\/title>/)?.[1]).toContain(
      'Thầy giáo vùng cao đổi mới phương pháp dạy học',
    );
    expect(html).toContain(story);
    expect(html).toContain('Phong trào Dạy tốt, học tốt');
    expect(html).toContain('Chiến sĩ thi đua cơ sở');
    expect(html).toContain('Sở Y tế');
    expect(meta(html, 'og:title')).toBe('Thầy giáo vùng cao đổi mới phương pháp dạy học');
    expect(meta(html, 'og:description')).toContain('Nguyễn Văn Đức');
    expect(meta(html, 'og:url')).toBe(`${BASE}/cong-khai/dien-hinh/${modelId}`);
    expect(meta(html, 'og:image')).toMatch(/^https:\/\//);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('001203004005');

    const home = await (await app.request('/cong-khai')).text();
    expect(home).toContain(`/cong-khai/dien-hinh/${modelId}`);
    const sitemap = await (await app.request('/sitemap.xml')).text();
    expect(sitemap).toContain(`${BASE}/cong-khai/dien-hinh/${modelId}`);
  });

  it('holds a conference: honourees from approved models and awards, honour list and invitations as .docx', async () => {
    const { fx } = env();
    const office = await ApiClient.login(app, users.office);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    expect((await officer.get('/api/model-conferences')).status).toBe(403);
    const created = await office.post('/api/model-conferences', {
      title: 'Hội nghị điển hình tiên tiến tỉnh A năm 2026',
      heldOn: '2026-12-20',
      venue: 'Hội trường Ủy ban nhân dân tỉnh',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    expect((await office.post(`/api/model-conferences/${id}/honourees`, { modelId })).status).toBe(201);
    const withAward = await office.post(`/api/model-conferences/${id}/honourees`, { awardId });
    expect(withAward.status, JSON.stringify(withAward.body)).toBe(201);
    expect(withAward.body.honourees).toEqual([
      expect.objectContaining({
        name: 'Nguyễn Văn Đức',
        citation: 'Thầy giáo vùng cao đổi mới phương pháp dạy học',
      }),
      expect.objectContaining({
        name: 'Nguyễn Văn Đức',
        unitName: 'Trường THPT Số 1',
        citation: 'Chiến sĩ thi đua cơ sở năm 2025',
      }),
    ]);
    const twice = await office.post(`/api/model-conferences/${id}/honourees`, { modelId });
    expect(twice.body.error.code).toBe('CONFERENCE_HONOUREE_DUPLICATE');
    // A draft model is not honoured.
    const draft = await officer.post('/api/models', {
      unitId: fx.ownChild.id,
      kind: 'PRACTICE',
      title: 'Cách làm hay chưa duyệt',
      story: 'Một cách làm hay đang soạn, chưa được cơ quan thi đua công nhận.',
    });
    const early = await office.post(`/api/model-conferences/${id}/honourees`, { modelId: draft.body.id });
    expect(early.body.error.code).toBe('MODEL_NOT_APPROVED');

    const list = await office.request('GET', `/api/model-conferences/${id}/honour-list.docx`);
    expect(list.status).toBe(200);
    const listText = docxText(await readDocxPart(Buffer.from(list.body as ArrayBuffer), 'word/document.xml'));
    expect(listText).toContain('DANH SÁCH');
    expect(listText).toContain('Hội nghị điển hình tiên tiến tỉnh A năm 2026');
    expect(listText).toContain('Thầy giáo vùng cao đổi mới phương pháp dạy học');
    expect(listText).toContain('Chiến sĩ thi đua cơ sở năm 2025');
    expect(listText).toContain('UBND TỈNH A');
    expect(listText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');

    const inv = await office.request('GET', `/api/model-conferences/${id}/invitations.docx`);
    expect(inv.status).toBe(200);
    const invXml = await readDocxPart(Buffer.from(inv.body as ArrayBuffer), 'word/document.xml');
    const invText = docxText(invXml);
    expect(invText.match(/GIẤY MỜI/g)).toHaveLength(2);
    expect(invText).toContain('Kính gửi: Nguyễn Văn Đức (Trường THPT Số 1)');
    expect(invText).toContain('Địa điểm: Hội trường Ủy ban nhân dân tỉnh.');
    expect(invXml).toContain('w:pageBreakBefore');
  });
});
