import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { award, movement, orgUnit, person } from '../db/schema/index';
import type { RequestContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { adoptModel, approveModel, createModel, submitModel } from '../modules/models/index';
import { findSubject } from '../modules/records/index';

const STORIES = [
  {
    title: 'Người thầy mang lớp học số về bản',
    story:
      'Bảy năm bám trường vùng cao, thầy tự dựng phòng học trực tuyến từ máy tính cũ được quyên góp, mở lớp tin học buổi tối cho học sinh và phụ huynh.\nTỉ lệ học sinh khá, giỏi của điểm trường tăng từ 18% lên 41%; cách làm được ngành giáo dục huyện nhân rộng cho các điểm trường lẻ.',
  },
  {
    title: 'Nữ cán bộ y tế xã một lòng vì sức khỏe cộng đồng',
    story:
      'Chị đi từng thôn lập sổ theo dõi người cao tuổi, người bệnh mạn tính, hướng dẫn bà con khám sàng lọc định kỳ.\nSau ba năm, 96% trẻ em trong xã được tiêm chủng đầy đủ, không để xảy ra dịch bệnh.',
  },
];

const PRACTICE = {
  title: 'Cách làm hay: "Tổ tự quản đường làng sáng – xanh – sạch"',
  story:
    'Mỗi tổ dân cư nhận một đoạn đường, tự góp công lắp đèn năng lượng mặt trời, trồng cây và dọn vệ sinh mỗi sáng Chủ nhật.\nSau hai năm, 100% tuyến đường liên thôn có đèn chiếu sáng, chi phí do nhân dân tự nguyện đóng góp.',
};

/**
 * A few exemplary models of the demo province, proposed by units and approved by the office
 * through the models' own services (so the portal's "Điển hình tiên tiến" is not empty), with
 * adoptions by other units. No photos: the seed has no file store.
 */
export async function seedDemoModels(db: Db, tenantId: string) {
  const [root] = await db
    .select({ id: orgUnit.id, path: orgUnit.path })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), isNull(orgUnit.parentId)));
  if (!root) throw new Error('demo models: the province root is missing');
  const ctx: RequestContext = {
    actor: {
      userId: '00000000-0000-7000-8000-000000000000',
      tenantId,
      roles: ['TENANT_ADMIN'],
      scopePath: root.path,
    },
    requestId: 'demo-seed',
  };
  const [running] = await db
    .select({ id: movement.id })
    .from(movement)
    .where(and(eq(movement.tenantId, tenantId), eq(movement.state, 'LAUNCHED')))
    .orderBy(asc(movement.title))
    .limit(1);
  // People with a standing individual award: each story is one of them, with that award behind it.
  const awarded = await db
    .select({ awardId: award.id, personId: person.id })
    .from(award)
    .innerJoin(person, and(eq(person.tenantId, award.tenantId), eq(person.id, award.subjectId)))
    .where(and(eq(award.tenantId, tenantId), eq(award.isRevoked, false), eq(award.awardCode, 'CSTDCS')))
    .orderBy(asc(award.year), asc(person.id))
    .limit(STORIES.length);
  const approved: string[] = [];
  const unitOf = (path: string) => path.split('/').filter(Boolean).at(-1) ?? root.id;
  for (const [i, a] of awarded.entries()) {
    const subject = await findSubject(db, tenantId, a.personId);
    if (!subject) continue;
    const story = STORIES[i]!;
    const m = await createModel(db, ctx, {
      unitId: unitOf(subject.path),
      kind: 'PERSON',
      subjectId: a.personId,
      ...story,
      movementId: running?.id,
      awardIds: [a.awardId],
    }).catch((e: unknown) => {
      // A person whose unit was merged away in the demo's 2025 restructuring is left out.
      if (e instanceof AppError && e.code === 'UNIT_NOT_ACTIVE') return null;
      throw e;
    });
    if (m) approved.push(m.id);
  }
  const units = await db
    .select({ id: orgUnit.id })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.status, 'ACTIVE'), eq(orgUnit.parentId, root.id)))
    .orderBy(asc(orgUnit.code))
    .limit(4);
  const practiceUnit = units[0]?.id ?? root.id;
  approved.push(
    (await createModel(db, ctx, { unitId: practiceUnit, kind: 'PRACTICE', ...PRACTICE, awardIds: [] })).id,
  );
  for (const id of approved) {
    await submitModel(db, ctx, id);
    await approveModel(db, ctx, id);
  }
  // The practice spread to the other departments.
  const practice = approved.at(-1)!;
  for (const u of units.slice(1)) {
    await adoptModel(db, ctx, practice, {
      unitId: u.id,
      note: 'Đơn vị phát động tổ tự quản tại khu dân cư, cơ quan; đã lắp đèn và trồng cây trên tuyến đường phụ trách.',
    });
  }
  return approved.length;
}
