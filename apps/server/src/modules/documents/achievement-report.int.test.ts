import { formatLongDate } from '@vinhdanh/domain/text/vietnamese-date';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  annualRating,
  auditEvent,
  award,
  decision,
  discipline,
  documentSettings,
  initiative,
  initiativeAuthor,
} from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { todayVn } from '../../platform/clock';
import { ApiClient } from '../../test/client';
import { docxText, readDocxPart } from '../../test/docx-read';
import { describeEngines } from '../../test/engines';
import { addPerson, addUnit } from '../../test/fixtures';

const report = (kind: 'people' | 'org-units', id: string, query = '?from=2021&to=2025') =>
  `/api/${kind}/${id}/documents/bao-cao-thanh-tich.docx${query}`;

async function readReport(res: { status: number; body: unknown }) {
  expect(res.status).toBe(200);
  const file = Buffer.from(res.body as ArrayBuffer);
  const xml = await readDocxPart(file, 'word/document.xml');
  return { file, xml, body: docxText(xml) };
}

describeEngines('báo cáo thành tích (.docx)', (env) => {
  it('fills a person’s report from the record: background, yearly ratings, initiative, awards; revoked left out', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const tenantId = fx.tenantA;
    await db
      .insert(documentSettings)
      .values({ tenantId, placeName: 'Sơn Hà', parentBody: null, signerTitle: 'Chủ tịch' })
      .onConflictDoNothing();
    const id = await addPerson(db, tenantId, fx.ownChild.id, 'Nguyễn Thị Hường', {
      birthDate: '1984-03-07',
      position: 'Tổ trưởng chuyên môn',
    });
    const subject = { tenantId, subjectType: 'PERSON' as const, subjectId: id };
    const ratings = {
      2021: 'HTTNV',
      2022: 'HTXSNV',
      2023: 'HTXSNV',
      2024: 'HTXSNV',
      2025: 'HTXSNV',
    } as const;
    for (const [year, rating] of Object.entries(ratings)) {
      await db.insert(annualRating).values({ ...subject, id: newId(), year: Number(year), rating });
    }
    const initiativeId = newId();
    await db.insert(initiative).values({
      tenantId,
      id: initiativeId,
      title: 'Ứng dụng sơ đồ tư duy trong dạy học Ngữ văn',
      scope: 'CO_SO',
      year: 2024,
      decisionNumber: '45/QĐ-SGD',
    });
    await db.insert(initiativeAuthor).values({ tenantId, initiativeId, personId: id, sharePct: 100 });
    const decisionId = newId();
    await db.insert(decision).values({
      tenantId,
      id: decisionId,
      number: '7/QĐ-SGD',
      signedOn: '2025-01-15',
      issuer: 'Sở Giáo dục và Đào tạo',
    });
    await db.insert(award).values([
      {
        ...subject,
        id: newId(),
        awardCode: 'CSTDCS',
        year: 2024,
        decisionId,
        decisionNumber: '7/QĐ-SGD',
        decisionDate: '2025-01-15',
      },
      { ...subject, id: newId(), awardCode: 'CSTDCS', year: 2025, decisionNumber: '11/QĐ-SGD' },
      {
        ...subject,
        id: newId(),
        awardCode: 'BK_BO_TINH',
        year: 2023,
        decisionNumber: '99/QĐ-UBND',
        decisionDate: '2024-02-01',
        isRevoked: true,
        revokedOn: '2024-09-01',
        revocationGround: 'A',
      },
    ]);

    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.get(report('people', id));
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('bao-cao-thanh-tich-Nguyễn-Thị-Hường.docx')}`,
    );
    const { file, xml, body } = await readReport(res);
    expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(body).toContain('SỞ GIÁO DỤC\nTRƯỜNG THPT SỐ 1');
    expect(body).toContain(`Sơn Hà, ${formatLongDate(todayVn())}`);
    expect(body).toContain('BÁO CÁO THÀNH TÍCH');
    expect(body).toContain('Đề nghị tặng (công nhận) …');
    expect(body).toContain('(Thành tích từ năm 2021 đến năm 2025)');
    expect(body).toContain('I. SƠ LƯỢC LÝ LỊCH');
    expect(body).toContain('- Họ và tên: Nguyễn Thị Hường');
    expect(body).toContain('- Sinh ngày 07 tháng 03 năm 1984');
    expect(body).toContain('- Giới tính: Nữ');
    expect(body).toContain('- Đơn vị công tác: Trường THPT Số 1');
    expect(body).toContain('- Chức vụ (đảng, chính quyền, đoàn thể): Tổ trưởng chuyên môn');
    // What the record does not know is a line with a dot leader to the margin, for the writer.
    expect(xml).toContain('<w:tab w:val="right" w:pos="9355" w:leader="dot"/>');
    expect(body).toContain('- Quê quán: ');
    // One row per year: the rating in the words the record page uses, and the initiative.
    expect(body).toContain('2021\nHoàn thành tốt nhiệm vụ\n');
    for (const year of [2022, 2023, 2025])
      expect(body).toContain(`${year}\nHoàn thành xuất sắc nhiệm vụ\n\n`);
    expect(body).toContain(
      '2024\nHoàn thành xuất sắc nhiệm vụ\nSáng kiến "Ứng dụng sơ đồ tư duy trong dạy học Ngữ văn", quyết định công nhận số 45/QĐ-SGD, phạm vi ảnh hưởng cấp cơ sở',
    );
    expect(body).toContain('Danh hiệu thi đua đạt liên tục: 2 năm liên tục CSTĐ cơ sở 2024–2025.');
    // III: the titles with decision number, date and issuer; the revoked Bằng khen is not there.
    expect(body).toContain(
      '2024\nChiến sĩ thi đua cơ sở\nSố 07/QĐ-SGD ngày 15 tháng 01 năm 2025\nSở Giáo dục và Đào tạo',
    );
    expect(body).toContain('2025\nChiến sĩ thi đua cơ sở\nSố 11/QĐ-SGD\n');
    expect(body).not.toContain('99/QĐ-UBND');
    expect(body).not.toContain('Bằng khen');
    expect(body).toContain('2. Hình thức khen thưởng:\nKhông.');
    expect(body).toContain('IV. HÌNH THỨC KỶ LUẬT (nếu có)\nKhông.');
    expect(body).toContain('NGƯỜI BÁO CÁO THÀNH TÍCH');
    expect(body).toContain('THỦ TRƯỞNG ĐƠN VỊ\nXÁC NHẬN');
    expect(body).toContain('(Ký, đóng dấu)');
    // ND 30/2020 page: A4 portrait, margins 20/20/30/15 mm, Times New Roman, no number on page 1.
    expect(xml).toContain('w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>');
    const styles = await readDocxPart(file, 'word/styles.xml');
    expect(styles).toContain('w:ascii="Times New Roman"');
    // The full birth date went out: audited as a reveal, like on the person page.
    const audits = await db
      .select({ after: auditEvent.after })
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.tenantId, tenantId),
          eq(auditEvent.action, 'person.readSensitive'),
          eq(auditEvent.entityId, id),
        ),
      );
    expect(audits).toEqual([{ after: { document: 'bao-cao-thanh-tich' } }]);
  });

  it('shows only the birth year to a leader, who may print but not see sensitive data; lists discipline', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const id = await addPerson(db, fx.tenantA, fx.ownChild.id, 'Phạm Văn Minh', {
      gender: 'NAM',
      birthDate: '1979-11-23',
    });
    await db.insert(discipline).values({
      tenantId: fx.tenantA,
      id: newId(),
      subjectId: id,
      form: 'KHIEN_TRACH',
      fromDate: '2022-05-10',
      toDate: '2023-05-10',
      decisionNumber: '12/QĐ-THPT',
    });
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const { body } = await readReport(await leader.get(report('people', id, '?years=3')));
    expect(body).toContain('- Sinh ngày …… tháng …… năm 1979');
    expect(body).not.toContain('23 tháng 11');
    expect(body).toContain('- Giới tính: Nam');
    expect(body).toContain('- Chức vụ (đảng, chính quyền, đoàn thể): ');
    expect(body).toContain(
      '- Khiển trách, quyết định số 12/QĐ-THPT, từ ngày 10 tháng 05 năm 2022 đến ngày 10 tháng 05 năm 2023.',
    );
    // The last three complete years, whatever this year is.
    const last = Number(todayVn().slice(0, 4)) - 1;
    expect(body).toContain(`(Thành tích từ năm ${last - 2} đến năm ${last})`);
  });

  it('fills a unit’s report, with its predecessors’ years labelled after a merger', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const tenantId = fx.tenantA;
    const absorbed = await addUnit(db, tenantId, fx.own, 'Trường THCS Cũ');
    const successor = await addUnit(db, tenantId, fx.own, 'Trường liên cấp');
    const rating = (subjectId: string, year: number) => ({
      tenantId,
      id: newId(),
      subjectType: 'COLLECTIVE' as const,
      subjectId,
      year,
      rating: 'HTXSNV' as const,
    });
    await db.insert(annualRating).values([rating(absorbed.id, 2021), rating(successor.id, 2025)]);
    await db.insert(award).values([
      {
        tenantId,
        id: newId(),
        subjectType: 'COLLECTIVE',
        subjectId: absorbed.id,
        awardCode: 'TTLDXS',
        year: 2021,
        decisionNumber: '5/QĐ-SGD',
        decisionDate: '2022-01-20',
      },
      {
        tenantId,
        id: newId(),
        subjectType: 'COLLECTIVE',
        subjectId: successor.id,
        awardCode: 'GIAY_KHEN',
        year: 2025,
        decisionNumber: '30/QĐ-SGD',
        isRevoked: true,
      },
    ]);
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const merged = await admin.post('/api/org-units/merge', {
      absorbedIds: [absorbed.id],
      successor: { mode: 'EXISTING', id: successor.id },
      effectiveDate: '2025-07-01',
    });
    expect(merged.status).toBeLessThan(300);
    await addUnit(db, tenantId, successor, 'Tổ Toán');
    await addPerson(db, tenantId, successor.id, 'Đỗ Thị Lan');

    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const { xml, body } = await readReport(await officer.get(report('org-units', successor.id)));
    const absorbedName = body.match(/Trường THCS Cũ \d+/)?.[0];
    expect(absorbedName).toBeDefined();
    expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(body).toContain('SỞ GIÁO DỤC\nTRƯỜNG LIÊN CẤP');
    expect(body).toContain('BÁO CÁO THÀNH TÍCH');
    expect(body).toContain('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH');
    expect(body).toMatch(/- Tên tập thể: Trường liên cấp \d+/);
    expect(body).toContain('- Cơ quan cấp trên trực tiếp: Sở Giáo dục');
    expect(body).toContain(`được tổ chức lại trên cơ sở ${absorbedName}`);
    expect(body).toMatch(/- Cơ cấu tổ chức: gồm 1 đơn vị trực thuộc: Tổ Toán \d+\./);
    expect(body).toContain('- Tổng số cán bộ, công chức, viên chức, người lao động: 1 người.');
    expect(body).toContain(`2021\nHoàn thành xuất sắc nhiệm vụ (đơn vị tiền thân: ${absorbedName})\n`);
    expect(body).toContain('2025\nHoàn thành xuất sắc nhiệm vụ\n');
    expect(body).toContain(
      `2021\nTập thể lao động xuất sắc (đơn vị tiền thân: ${absorbedName})\nSố 05/QĐ-SGD ngày 20 tháng 01 năm 2022\n`,
    );
    expect(body).not.toContain('30/QĐ-SGD');
    expect(body).toContain('2. Hình thức khen thưởng:\nKhông.');
    expect(body).toContain('THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN');
    expect(xml).toContain('w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('refuses subjects outside the scope or without the permission, and rejects a bad period', async () => {
    const { app, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    expect((await officer.get(report('people', fx.people.other))).status).toBe(403);
    expect((await officer.get(report('org-units', fx.other.id))).status).toBe(403);
    expect((await officer.get(report('people', fx.people.tenantB))).status).toBe(404);
    expect((await officer.get(report('org-units', fx.unitB.id))).status).toBe(404);
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    expect((await viewer.get(report('people', fx.people.own))).status).toBe(403);
    for (const query of [
      '?years=0',
      '?years=31',
      '?years=ba',
      '?from=2025&to=2020',
      '?from=2020',
      '?years=5&from=2020&to=2024',
      '?from=1990&to=2025',
    ]) {
      const res = await officer.get(report('people', fx.people.own, query));
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(res.body.error.details[0].message).toMatch(/năm/i);
    }
  });
});
