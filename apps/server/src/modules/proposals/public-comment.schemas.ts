import { z } from '@hono/zod-openapi';
import { expectedVersion } from './proposals.schemas';

export const publicCommentInput = z
  .object({
    itemId: z.uuid({ error: 'Mã đối tượng không hợp lệ' }),
    name: z.string().trim().min(2, 'Vui lòng nhập họ tên').max(120),
    contact: z.string().trim().min(5, 'Vui lòng nhập số điện thoại hoặc thư điện tử để liên hệ').max(200),
    text: z.string().trim().min(10, 'Nội dung ý kiến cần ít nhất 10 ký tự').max(5000),
  })
  .strict()
  .openapi('PublicCommentInput');

export const triageInput = z
  .object({
    expectedVersion,
    commentId: z.uuid({ error: 'Mã ý kiến không hợp lệ' }),
    upheld: z.boolean({ error: 'Chọn chấp nhận hoặc không chấp nhận ý kiến' }),
    note: z.string().trim().min(3, 'Ghi rõ kết quả xử lý ý kiến').max(2000),
  })
  .strict()
  .openapi('TriageCommentInput');
