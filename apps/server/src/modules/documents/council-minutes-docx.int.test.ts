import { beforeAll, expect, it } from 'vitest';
import { documentSettings } from '../../db/schema/index';
import { ApiClient, type Response } from '../../test/client';
import { docxText, readDocxPart } from '../../test/docx-read';
import { seedNamedProposal } from '../../test/dossier-document-fixtures';
import { describeEngines } from '../../test/engines';
import { seedSession } from '../../test/proposal-seeds';
import { addUser } from '../../test/workflow-fixtures';

// Five members vote secretly on two nominees, an absent member's written ballot counts on the
// first, a sixth member (of the nominees' school) is recused from both; then the secretary closes.
const HUONG = ['YES', 'YES', 'YES', 'NO', 'ABSTAIN'] as const;
const AN = ['YES', 'NO', 'NO', 'NO', 'ABSTAIN'] as const;

const ok = (res: Response, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

describeEngines('council Biên bản .docx (ND 30/2020)', (env) => {
  let sessionId: string;
  let secretary: ApiClient;

  beforeAll(async () => {
    const { app, fx, database } = env();
    const db = database.db;
    await db
      .insert(documentSettings)
      .values({ tenantId: fx.tenantA, placeName: 'Sơn Hà', parentBody: null, signerTitle: 'Chủ tịch' })
      .onConflictDoNothing();
    const p = await seedNamedProposal(db, fx, {
      nominees: [
        { name: 'Nguyễn Thị Hường', awardCode: 'LDTT' },
        { name: 'Lê Văn An', awardCode: 'LDTT' },
      ],
      state: 'COUNCIL_VOTE',
      appraised: true,
    });
    const [huongItem, anItem] = p.itemIds;
    const voters = [];
    for (let i = 0; i < 5; i += 1)
      voters.push(
        await addUser(db, fx, 'COUNCIL_MEMBER', { unit: fx.other, name: `Ủy viên Phạm Văn ${i + 1}` }),
      );
    const recused = await addUser(db, fx, 'COUNCIL_MEMBER', {
      unit: fx.ownChild,
      name: 'Ủy viên Đặng Thị Lan',
    });
    const absent = await addUser(db, fx, 'COUNCIL_MEMBER', {
      unit: fx.other,
      name: 'Ủy viên Hoàng Văn Vắng',
    });
    secretary = await ApiClient.login(app, fx.users.COUNCIL_SECRETARY);
    sessionId = ok(
      await secretary.post('/api/councils', {
        unitId: p.unitId,
        title: 'Phiên họp xét khen thưởng năm học 2024 - 2025',
        meetingOn: '2025-12-10',
        quorum: 4,
        members: [
          ...voters.map((v) => ({ userId: v.id, isPresent: true })),
          { userId: recused.id, isPresent: true },
          { userId: absent.id, isPresent: false },
        ],
        proposalIds: [p.id],
      }),
      201,
    ).id;
    for (const [i, v] of voters.entries()) {
      const client = await ApiClient.login(app, v.username);
      const choices = [
        { itemId: huongItem, choice: HUONG[i] },
        { itemId: anItem, choice: AN[i] },
      ];
      ok(await client.post(`/api/councils/${sessionId}/ballots`, { choices }), 201);
    }
    ok(
      await secretary.post(`/api/councils/${sessionId}/written-ballots`, {
        memberUserId: absent.id,
        itemId: huongItem,
        choice: 'YES',
      }),
      201,
    );
  });

  it('refuses an open session with COUNCIL_NOT_CLOSED', async () => {
    const res = await secretary.get(`/api/councils/${sessionId}/documents/bien-ban.docx`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('COUNCIL_NOT_CLOSED');
    expect(res.body.error.message).toContain('chưa kết thúc');
  });

  it('records attendance, the tallies exactly as cast, recusals, the conclusion and two signatures', async () => {
    const { app, fx } = env();
    ok(await secretary.post(`/api/councils/${sessionId}/close`, { expectedVersion: 1 }));
    // The leader (document:generate in the council's unit) downloads it too.
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const res = await leader.get(`/api/councils/${sessionId}/documents/bien-ban.docx`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const file = Buffer.from(res.body as ArrayBuffer);
    const xml = await readDocxPart(file, 'word/document.xml');
    const body = docxText(xml);
    expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(body).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(body).toMatch(/TRƯỜNG THPT SỐ 1\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG/);
    expect(body).toContain('Số:      /BB-HĐTĐKT');
    expect(body).toContain('Sơn Hà, ngày 10 tháng 12 năm 2025');
    expect(body).toContain('BIÊN BẢN');
    expect(body).toContain('Họp Hội đồng Thi đua - Khen thưởng Trường THPT Số 1');
    expect(body).toContain('Thời gian: ngày 10 tháng 12 năm 2025.');
    expect(body).toContain('Nội dung: Phiên họp xét khen thưởng năm học 2024 - 2025.');
    expect(body).toContain('Tổng số thành viên Hội đồng: 7; có mặt: 6; vắng mặt: 1.');
    expect(body).toContain('Số thành viên tối thiểu để phiên họp hợp lệ: 4');
    expect(body).toMatch(/2\. Thành viên vắng mặt:\n- Ủy viên Hoàng Văn Vắng\./);
    expect(body).toContain('3. Thư ký: Người dùng COUNCIL_SECRETARY.');
    // Per item: yes / no / abstain as cast (Hường: 3 in person + 1 written), share of the 6 members
    // who may vote (the recused one is outside), and the result under a simple majority.
    expect(body).toContain('\n1\nLê Văn An\nLao động tiên tiến\n1\n3\n1\n16,7\nKhông đạt\n');
    expect(body).toContain('\n2\nNguyễn Thị Hường\nLao động tiên tiến\n4\n1\n1\n66,7\nĐạt\n');
    expect(body).toContain('Thành viên không tham gia biểu quyết do xung đột lợi ích:');
    expect(body).toContain('- Ủy viên Đặng Thị Lan: đối với Nguyễn Thị Hường (Lao động tiên tiến).');
    expect(body).toContain('- Ủy viên Đặng Thị Lan: đối với Lê Văn An (Lao động tiên tiến).');
    expect(body).toMatch(
      /khen thưởng 1 trường hợp đạt tỷ lệ phiếu tán thành theo quy định:\n- Nguyễn Thị Hường/,
    );
    expect(body).toMatch(/Không đề nghị 1 trường hợp không đạt tỷ lệ phiếu tán thành:\n- Lê Văn An/);
    expect(body).toMatch(/THƯ KÝ\n.*\n(\n){4}Người dùng COUNCIL_SECRETARY\nCHỦ TỊCH HỘI ĐỒNG/);
    // Secret ballot: nothing in the document pairs a member with a choice.
    expect(body).not.toMatch(/Phạm Văn \d.*(Tán thành|Không tán thành|Không ý kiến)/);
    expect(xml).toContain('w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const styles = await readDocxPart(file, 'word/styles.xml');
    expect(styles).toContain('w:ascii="Times New Roman"');
  });

  it('refuses actors outside the council’s unit and roles without document:generate', async () => {
    const { app, fx, database } = env();
    const otherOfficer = await addUser(database.db, fx, 'UNIT_OFFICER', { unit: fx.other, scope: fx.other });
    const outsider = await ApiClient.login(app, otherOfficer.username);
    expect([403, 404]).toContain(
      (await outsider.get(`/api/councils/${sessionId}/documents/bien-ban.docx`)).status,
    );
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    for (const scope of ['otherUnit', 'otherTenant'] as const) {
      const s = await seedSession(database.db, fx, scope, fx.users.UNIT_OFFICER, { closed: true });
      expect([403, 404]).toContain(
        (await officer.get(`/api/councils/${s.id}/documents/bien-ban.docx`)).status,
      );
    }
    const member = await ApiClient.login(app, fx.users.COUNCIL_MEMBER);
    expect((await member.get(`/api/councils/${sessionId}/documents/bien-ban.docx`)).status).toBe(403);
  });
});
