import { expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { award, awardMovement, movement, registration } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { docxText, readDocxPart } from '../../test/docx-read';
import { describeEngines } from '../../test/engines';
import { addPerson, addUnit } from '../../test/fixtures';

const report = (kind: 'people' | 'org-units', id: string, query: string) =>
  `/api/${kind}/${id}/documents/bao-cao-chuyen-de.docx${query}`;

async function readReport(res: { status: number; body: unknown }) {
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return docxText(await readDocxPart(Buffer.from(res.body as ArrayBuffer), 'word/document.xml'));
}

/** A thematic movement launched by `ownerUnitId`. */
async function addMovement(db: Db, tenantId: string, ownerUnitId: string) {
  const id = newId();
  await db.insert(movement).values({
    tenantId,
    id,
    form: 'CHUYEN_DE',
    title: 'Chuyển đổi số trong trường học',
    theme: 'Dạy học trên nền tảng số',
    year: 2025,
    ownerUnitId,
    launchingAuthority: 'Giám đốc Sở Giáo dục',
    level: 'DON_VI',
    scope: 'Các trường trực thuộc Sở',
    participation: 'SUBTREE',
    criteria: '100% giáo viên dùng học liệu số',
    startDate: '2025-02-01',
    endDate: '2025-11-30',
    state: 'LAUNCHED',
  });
  return id;
}

describeEngines('báo cáo thành tích thi đua theo chuyên đề (.docx)', (env) => {
  it('prints the movement, the person’s registration and the awards given under it', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const tenantId = fx.tenantA;
    const movementId = await addMovement(db, tenantId, fx.own.id);
    const id = await addPerson(db, tenantId, fx.ownChild.id, 'Đinh Thị Thu', {
      position: 'Giáo viên Tin học',
    });
    await db.insert(registration).values({
      tenantId,
      id: newId(),
      movementId,
      year: 2025,
      subjectType: 'PERSON',
      unitId: fx.ownChild.id,
      personId: id,
      targetAwards: ['GIAY_KHEN'],
      note: 'số hóa 40 bài giảng',
    });
    const awardId = newId();
    await db.insert(award).values({
      tenantId,
      id: awardId,
      subjectType: 'PERSON',
      subjectId: id,
      awardCode: 'GIAY_KHEN',
      kind: 'CHUYEN_DE',
      year: 2025,
      decisionNumber: '88/QĐ-SGD',
      decisionDate: '2025-12-05',
    });
    await db.insert(awardMovement).values({ tenantId, awardId, movementId });
    // An award of the same person outside the movement is not part of this report's section II.
    await db.insert(award).values({
      tenantId,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: id,
      awardCode: 'LDTT',
      year: 2024,
      decisionNumber: '3/QĐ-THPT',
    });

    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.get(report('people', id, `?movementId=${movementId}&from=2021&to=2025`));
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('bao-cao-chuyen-de-Đinh-Thị-Thu.docx')}`,
    );
    const body = await readReport(res);
    expect(body).toContain('SỞ GIÁO DỤC\nTRƯỜNG THPT SỐ 1');
    expect(body).toContain('BÁO CÁO THÀNH TÍCH\nĐề nghị khen thưởng thi đua theo chuyên đề');
    expect(body).toContain(
      '(Phong trào thi đua "Chuyển đổi số trong trường học", từ ngày 01 tháng 02 năm 2025 đến ngày 30 tháng 11 năm 2025)',
    );
    expect(body).toContain('- Họ và tên: Đinh Thị Thu');
    expect(body).toContain('II. THÀNH TÍCH ĐẠT ĐƯỢC TRONG PHONG TRÀO THI ĐUA');
    expect(body).toContain(
      '1. Phong trào thi đua:\n"Chuyển đổi số trong trường học" (Dạy học trên nền tảng số), do Giám đốc Sở Giáo dục phát động, từ ngày 01 tháng 02 năm 2025 đến ngày 30 tháng 11 năm 2025.',
    );
    expect(body).toContain('2. Đăng ký thi đua:\n- Năm 2025: đăng ký Giấy khen (số hóa 40 bài giảng).');
    expect(body).toContain('Tiêu chí: 100% giáo viên dùng học liệu số');
    expect(body).toContain(
      '4. Khen thưởng đã nhận trong phong trào:\n- Giấy khen (theo chuyên đề) năm 2025, quyết định số 88/QĐ-SGD ngày 05 tháng 12 năm 2025.\n5.',
    );
    expect(body).not.toContain('Kết quả đánh giá, xếp loại');
    // Part III still lists every award of the period, the movement's and the others.
    expect(body).toContain('2024\nLao động tiên tiến\nSố 03/QĐ-THPT');
  });

  it('a unit without a registration says so; the movement must exist and be readable', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const movementId = await addMovement(db, fx.tenantA, fx.own.id);
    const team = await addUnit(db, fx.tenantA, fx.ownChild, 'Tổ Tin học');
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const body = await readReport(
      await officer.get(report('org-units', team.id, `?movementId=${movementId}`)),
    );
    expect(body).toContain('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH');
    expect(body).toContain('2. Đăng ký thi đua:\nKhông có đăng ký thi đua trong hồ sơ.');
    expect(body).toContain('4. Khen thưởng đã nhận trong phong trào:\nChưa có.');

    const missing = await officer.get(report('org-units', team.id, `?movementId=${newId()}`));
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('MOVEMENT_NOT_FOUND');
    // A movement of a sibling department does not apply to this officer's units.
    const elsewhere = await addMovement(db, fx.tenantA, fx.other.id);
    expect((await officer.get(report('org-units', team.id, `?movementId=${elsewhere}`))).status).toBe(403);
    expect((await officer.get(report('people', fx.people.other, `?movementId=${movementId}`))).status).toBe(
      403,
    );
    const none = await officer.get(report('org-units', team.id, ''));
    expect(none.status).toBe(400);
    expect(none.body.error.details[0].message).toBe('Chọn phong trào thi đua');
  });
});
