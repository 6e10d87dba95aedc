import { z } from '@hono/zod-openapi';
import { expectedVersion } from '../proposals/proposals.schemas';

export const createSessionInput = z
  .object({
    unitId: z.uuid({ error: 'Chọn đơn vị có Hội đồng' }),
    title: z.string().trim().min(3, 'Nhập tên phiên họp').max(300),
    meetingOn: z.iso.date({ error: 'Ngày họp không hợp lệ' }),
    quorum: z.number().int().min(1, 'Số thành viên tối thiểu phải từ 1').max(200),
    members: z
      .array(z.object({ userId: z.uuid(), personId: z.uuid().optional(), isPresent: z.boolean() }).strict())
      .min(1, 'Phiên họp cần có thành viên')
      .max(200),
    proposalIds: z.array(z.uuid()).min(1, 'Chọn hồ sơ đưa ra Hội đồng').max(100),
  })
  .strict()
  .openapi('CreateCouncilSessionInput');
export type CreateSessionInput = z.infer<typeof createSessionInput>;

const choice = z.enum(['YES', 'NO', 'ABSTAIN'], {
  error: 'Phiếu là đồng ý, không đồng ý hoặc không biểu quyết',
});

export const ballotInput = z
  .object({ itemId: z.uuid({ error: 'Mã đối tượng không hợp lệ' }), choice })
  .strict()
  .openapi('BallotInput');
export type BallotInput = z.infer<typeof ballotInput>;

export const writtenBallotInput = z
  .object({ memberUserId: z.uuid({ error: 'Mã thành viên không hợp lệ' }), itemId: z.uuid(), choice })
  .strict()
  .openapi('WrittenBallotInput');
export type WrittenBallotInput = z.infer<typeof writtenBallotInput>;

export const closeSessionInput = z.object({ expectedVersion }).strict().openapi('CloseCouncilSessionInput');

export const sessionIdParam = z.object({ id: z.uuid({ error: 'Mã phiên họp không hợp lệ' }) });
