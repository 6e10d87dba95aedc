import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvent, award } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { currentYearVn, todayVn } from '../../platform/clock';
import { ApiClient } from '../../test/client';
import { docxText, readDocxPart } from '../../test/docx-read';
import { describeEngines } from '../../test/engines';
import { heldFor } from './achievement-report-cong-hien';

const report = (id: string) => `/api/people/${id}/documents/bao-cao-cong-hien.docx`;

async function readReport(res: { status: number; body: unknown }) {
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return docxText(await readDocxPart(Buffer.from(res.body as ArrayBuffer), 'word/document.xml'));
}

describeEngines('báo cáo thành tích quá trình cống hiến (.docx)', (env) => {
  it('lists the posts held with their dates and length, and the awards of the whole career', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const created = await officer.post('/api/people', {
      fullName: 'Hoàng Thị Mai',
      gender: 'NU',
      unitId: fx.ownChild.id,
      position: 'Hiệu trưởng',
      recruitedOn: '2019-08-15',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    // An earlier post in another department of the province: entered on the person page.
    const post = await officer.post(`/api/people/${id}/employment`, {
      unitId: fx.other.id,
      position: 'Phó Trưởng phòng Tổ chức cán bộ',
      fromDate: '2010-03-01',
      toDate: '2019-08-14',
    });
    expect(post.status, JSON.stringify(post.body)).toBe(201);
    expect(post.body).toMatchObject({ unitName: 'Sở Y tế', position: 'Phó Trưởng phòng Tổ chức cán bộ' });
    const audits = await db
      .select({ action: auditEvent.action })
      .from(auditEvent)
      .where(and(eq(auditEvent.tenantId, fx.tenantA), eq(auditEvent.entityId, id)));
    expect(audits.map((a) => a.action)).toContain('person.addEarlierPost');
    // The person page shows it in the work history.
    const page = await officer.get(`/api/people/${id}`);
    expect(page.body.employment.map((e: { position: string }) => e.position)).toEqual([
      'Hiệu trưởng',
      'Phó Trưởng phòng Tổ chức cán bộ',
    ]);
    await db.insert(award).values({
      tenantId: fx.tenantA,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: id,
      awardCode: 'BK_BO_TINH',
      year: 2012,
      decisionNumber: '500/QĐ-UBND',
    });

    const res = await officer.get(report(id));
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('bao-cao-cong-hien-Hoàng-Thị-Mai.docx')}`,
    );
    const body = await readReport(res);
    expect(body).toContain('SỞ GIÁO DỤC\nTRƯỜNG THPT SỐ 1');
    expect(body).toContain('BÁO CÁO THÀNH TÍCH\nĐề nghị khen thưởng quá trình cống hiến');
    expect(body).toContain('(Quá trình công tác từ năm 2010 đến nay)');
    expect(body).toContain('- Họ và tên: Hoàng Thị Mai');
    expect(body).toContain('II. QUÁ TRÌNH CÔNG TÁC VÀ CHỨC VỤ ĐÃ ĐẢM NHIỆM');
    expect(body).toContain('03/2010 - 08/2019\nPhó Trưởng phòng Tổ chức cán bộ\nSở Y tế\n9 năm 5 tháng');
    expect(body).toContain(
      `08/2019 - nay\nHiệu trưởng\nTrường THPT Số 1\n${heldFor('2019-08-15', todayVn())}`,
    );
    expect(body).toContain('Các chức vụ khác (nếu có):');
    // Part III covers the career: the 2012 Bằng khen is there, though older than five years.
    expect(body).toContain('2012\nBằng khen bộ, ban, ngành, tỉnh\nSố 500/QĐ-UBND');
    expect(body).not.toContain('Kết quả đánh giá, xếp loại');
    expect(currentYearVn()).toBeGreaterThan(2012);
  });

  it('checks the earlier post: dates in order, a known unit, the person in scope, the permission', async () => {
    const { app, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const post = (id: string, body: Record<string, unknown>) =>
      officer.post(`/api/people/${id}/employment`, body);
    const valid = { unitId: fx.own.id, position: 'Tổ trưởng', fromDate: '2015-01-01', toDate: '2016-01-01' };
    const backwards = await post(fx.people.own, { ...valid, fromDate: '2017-01-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].message).toBe('Ngày bắt đầu phải không sau ngày kết thúc');
    const unknownUnit = await post(fx.people.own, { ...valid, unitId: newId() });
    expect(unknownUnit.status).toBe(404);
    expect(unknownUnit.body.error.code).toBe('ORG_UNIT_NOT_FOUND');
    expect((await post(fx.people.other, valid)).status).toBe(403);
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    expect((await viewer.post(`/api/people/${fx.people.own}/employment`, valid)).status).toBe(403);
    expect((await viewer.get(report(fx.people.own))).status).toBe(403);
    expect((await officer.get(report(fx.people.other))).status).toBe(403);
    // A person with the fixture's open post and no title: the row is there, the title left blank.
    const body = await readReport(await officer.get(report(fx.people.own)));
    expect(body).toContain('01/2020 - nay\n\nTrường THPT Số 1\n');
  });
});
