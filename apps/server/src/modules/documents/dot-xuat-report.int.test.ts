import { expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { proposal, proposalItem } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { docxText, readDocxPart } from '../../test/docx-read';
import { describeEngines } from '../../test/engines';
import { addPerson, addUnit, type Fixture } from '../../test/fixtures';

const report = (kind: 'people' | 'org-units', id: string, query = '') =>
  `/api/${kind}/${id}/documents/bao-cao-dot-xuat.docx${query}`;

async function readReport(res: { status: number; body: unknown }) {
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return docxText(await readDocxPart(Buffer.from(res.body as ArrayBuffer), 'word/document.xml'));
}

const RESCUE =
  'Ngày 12/8/2025, khi lũ quét tràn qua bản Nà Hin, đồng chí đã lao xuống dòng nước cứu 03 học sinh bị cuốn trôi.\nHành động được Ủy ban nhân dân xã biểu dương.';

/** A đột xuất dossier of the school with one item for `subjectId`, carrying the achievement text. */
async function seedDotXuatItem(
  db: Db,
  fx: Fixture,
  subject: { type: 'PERSON' | 'COLLECTIVE'; id: string; name: string },
) {
  const tenantId = fx.tenantA;
  const proposalId = newId();
  await db.insert(proposal).values({
    tenantId,
    id: proposalId,
    kind: 'DOT_XUAT',
    title: 'Đề nghị khen thưởng đột xuất cứu người trong lũ',
    year: 2025,
    submittingUnitId: fx.ownChild.id,
    levels: [fx.own.id, fx.root.id],
    deciderRole: 'CHU_TICH_UBND_TINH',
    ruleSetId: 'LTDKT-2022+ND-152-2025',
    state: 'SUBMITTED',
    requirements: { publicComment: false, councilVote: false, simplified: true, proposeUp: false },
    components: [],
    stepEnteredOn: '2025-08-20',
    createdBy: newId(),
  });
  const itemId = newId();
  await db.insert(proposalItem).values({
    tenantId,
    id: itemId,
    proposalId,
    subjectType: subject.type,
    subjectId: subject.id,
    subjectName: subject.name,
    unitId: subject.type === 'PERSON' ? fx.ownChild.id : subject.id,
    awardCode: 'BK_BO_TINH',
    achievement: RESCUE,
  });
  return itemId;
}

describeEngines('báo cáo thành tích đột xuất (.docx)', (env) => {
  it('prints the dossier item’s achievement and the form proposed in a single-event section', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const id = await addPerson(db, fx.tenantA, fx.ownChild.id, 'Lường Văn Khiêm', {
      gender: 'NAM',
      position: 'Giáo viên thể dục',
    });
    const itemId = await seedDotXuatItem(db, fx, { type: 'PERSON', id, name: 'Lường Văn Khiêm' });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.get(report('people', id, `?itemId=${itemId}`));
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('bao-cao-dot-xuat-Lường-Văn-Khiêm.docx')}`,
    );
    const body = await readReport(res);
    expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).toContain('SỞ GIÁO DỤC\nTRƯỜNG THPT SỐ 1');
    expect(body).toContain('BÁO CÁO THÀNH TÍCH\nĐề nghị khen thưởng đột xuất');
    expect(body).toContain(
      '(Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh; hồ sơ: Đề nghị khen thưởng đột xuất cứu người trong lũ)',
    );
    expect(body).toContain('- Họ và tên: Lường Văn Khiêm');
    expect(body).toContain('- Chức vụ (đảng, chính quyền, đoàn thể): Giáo viên thể dục');
    expect(body).toContain('II. NỘI DUNG THÀNH TÍCH ĐỘT XUẤT');
    expect(body).toContain(
      '1. Thành tích đột xuất đã đạt được:\nNgày 12/8/2025, khi lũ quét tràn qua bản Nà Hin, đồng chí đã lao xuống dòng nước cứu 03 học sinh bị cuốn trôi.\nHành động được Ủy ban nhân dân xã biểu dương.\n2. Thời gian, địa điểm lập thành tích:',
    );
    expect(body).toContain('3. Tác dụng, ảnh hưởng của thành tích (phạm vi ảnh hưởng):');
    // The yearly table is not part of this form.
    expect(body).not.toContain('Kết quả đánh giá, xếp loại');
    expect(body).toContain('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG');
    expect(body).toContain('NGƯỜI BÁO CÁO THÀNH TÍCH');
  });

  it('leaves the event to the writer without an item; a unit’s report has its profile', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const team = await addUnit(db, fx.tenantA, fx.ownChild, 'Tổ Thể dục');
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const body = await readReport(await officer.get(report('org-units', team.id)));
    expect(body).toContain('BÁO CÁO THÀNH TÍCH\nĐề nghị khen thưởng đột xuất');
    expect(body).not.toContain('Đề nghị tặng');
    expect(body).toContain('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH');
    expect(body).toContain(
      '1. Thành tích đột xuất đã đạt được:\n\n\n\n2. Thời gian, địa điểm lập thành tích:',
    );
    expect(body).toContain('THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN');
    const itemId = await seedDotXuatItem(db, fx, { type: 'COLLECTIVE', id: team.id, name: 'Tổ Thể dục' });
    const withItem = await readReport(await officer.get(report('org-units', team.id, `?itemId=${itemId}`)));
    expect(withItem).toContain('cứu 03 học sinh bị cuốn trôi');
  });

  it('refuses another subject’s item, subjects outside the scope, and a malformed item id', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const id = await addPerson(db, fx.tenantA, fx.ownChild.id, 'Lò Thị Hoa');
    const someoneElse = await addPerson(db, fx.tenantA, fx.ownChild.id, 'Vì Văn Lả');
    const itemId = await seedDotXuatItem(db, fx, { type: 'PERSON', id: someoneElse, name: 'Vì Văn Lả' });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const wrong = await officer.get(report('people', id, `?itemId=${itemId}`));
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.code).toBe('PROPOSAL_ITEM_NOT_FOUND');
    expect((await officer.get(report('people', fx.people.other, `?itemId=${itemId}`))).status).toBe(403);
    expect((await officer.get(report('org-units', fx.other.id))).status).toBe(403);
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    expect((await viewer.get(report('people', someoneElse, `?itemId=${itemId}`))).status).toBe(403);
    const bad = await officer.get(report('people', id, '?itemId=abc'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].message).toBe('Mã đối tượng trong hồ sơ không hợp lệ');
  });
});
