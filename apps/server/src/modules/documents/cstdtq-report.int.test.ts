import { expect, it } from 'vitest';
import { annualRating, award, initiative, initiativeAuthor } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { docxText, readDocxPart } from '../../test/docx-read';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';

const report = (id: string) => `/api/people/${id}/documents/bao-cao-cstd-toan-quoc.docx`;

describeEngines('báo cáo thành tích đề nghị Chiến sĩ thi đua toàn quốc (.docx)', (env) => {
  it('shows the two CSTĐ tỉnh cycles and the ratings and initiatives of the years they span', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const tenantId = fx.tenantA;
    const id = await addPerson(db, tenantId, fx.ownChild.id, 'Trịnh Văn Hòa', { gender: 'NAM' });
    const subject = { tenantId, subjectType: 'PERSON' as const, subjectId: id };
    for (let year = 2019; year <= 2024; year += 1)
      await db.insert(annualRating).values({ ...subject, id: newId(), year, rating: 'HTXSNV' });
    await db.insert(award).values([
      {
        ...subject,
        id: newId(),
        awardCode: 'CSTD_BO_TINH',
        periodStartYear: 2019,
        year: 2021,
        decisionNumber: '301/QĐ-UBND',
        decisionDate: '2022-03-10',
      },
      {
        ...subject,
        id: newId(),
        awardCode: 'CSTD_BO_TINH',
        periodStartYear: 2022,
        year: 2024,
        decisionNumber: '415/QĐ-UBND',
        decisionDate: '2025-03-12',
      },
    ]);
    const initiativeId = newId();
    await db.insert(initiative).values({
      tenantId,
      id: initiativeId,
      title: 'Ngân hàng đề thi trực tuyến dùng chung',
      scope: 'TOAN_QUOC',
      year: 2023,
      decisionNumber: '12/QĐ-BGDĐT',
    });
    await db.insert(initiativeAuthor).values({ tenantId, initiativeId, personId: id, sharePct: 100 });

    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.get(report(id));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('bao-cao-cstd-toan-quoc-Trịnh-Văn-Hòa.docx')}`,
    );
    const body = docxText(await readDocxPart(Buffer.from(res.body as ArrayBuffer), 'word/document.xml'));
    expect(body).toContain('SỞ GIÁO DỤC\nTRƯỜNG THPT SỐ 1');
    expect(body).toContain('BÁO CÁO THÀNH TÍCH\nĐề nghị danh hiệu "Chiến sĩ thi đua toàn quốc"');
    expect(body).toContain('(Thành tích từ năm 2019 đến năm 2024)');
    expect(body).toContain('2. Danh hiệu "Chiến sĩ thi đua bộ, ban, ngành, tỉnh" đã đạt (hai lần liên tục):');
    expect(body).toContain('2019–2021\nSố 301/QĐ-UBND ngày 10 tháng 03 năm 2022');
    expect(body).toContain('2022–2024\nSố 415/QĐ-UBND ngày 12 tháng 03 năm 2025');
    expect(body).toContain(
      '2023\nHoàn thành xuất sắc nhiệm vụ\nSáng kiến "Ngân hàng đề thi trực tuyến dùng chung", quyết định công nhận số 12/QĐ-BGDĐT, phạm vi ảnh hưởng cấp toàn quốc',
    );
    expect(body).toContain('2019\nHoàn thành xuất sắc nhiệm vụ\n');
    // Part III covers the cycles' years: both CSTĐ tỉnh awards are listed there.
    expect(body).toContain('2019–2021\nChiến sĩ thi đua bộ, ban, ngành, tỉnh\nSố 301/QĐ-UBND');
    expect(body).toContain('NGƯỜI BÁO CÁO THÀNH TÍCH');
  });

  it('refuses people outside the scope or without the permission', async () => {
    const { app, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    expect((await officer.get(report(fx.people.other))).status).toBe(403);
    expect((await officer.get(report(fx.people.tenantB))).status).toBe(404);
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    expect((await viewer.get(report(fx.people.own))).status).toBe(403);
  });
});
