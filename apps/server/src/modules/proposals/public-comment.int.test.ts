import { beforeAll, expect, it } from 'vitest';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { seedProposal } from '../../test/proposal-seeds';

// Public comment (law.md §6.2): the office publishes the list; anyone reads it and comments
// without an account; an upheld comment sends the item back to appraisal.

describeEngines('public comment', (env) => {
  let appraiser: ApiClient;
  let anonymous: ApiClient;
  let proposalId: string;
  let itemId: string;
  let version: number;

  beforeAll(async () => {
    const { app, database, fx } = env();
    const p = await seedProposal(database.db, fx, 'own', {
      state: 'APPRAISAL',
      appraised: true,
      requirements: { publicComment: true },
    });
    proposalId = p.id;
    itemId = p.itemId;
    appraiser = await ApiClient.login(app, fx.users.APPRAISER);
    anonymous = new ApiClient(app);
    const opened = await appraiser.post(`/api/proposals/${p.id}/public-comment/open`, {
      expectedVersion: 1,
      days: 5,
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    expect(opened.body.state).toBe('PUBLIC_COMMENT');
    version = opened.body.version;
  });

  it('the list is visible without login, with names and awards only', async () => {
    const res = await anonymous.get('/api/public/comment-lists');
    expect(res.status).toBe(200);
    const list = res.body.items.find((l: { proposalId: string }) => l.proposalId === proposalId);
    expect(list.items).toEqual([
      expect.objectContaining({ itemId, subjectName: 'Người được đề nghị', awardCode: 'LDTT' }),
    ]);
    expect(list.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(res.body)).not.toMatch(/citizenId|birthDate|verdict/);
  });

  it('a citizen comments without an account; the office sees it', async () => {
    const posted = await anonymous.post('/api/public/comments', {
      itemId,
      name: 'Trần Văn Dân',
      contact: 'dan@example.vn',
      text: 'Người này đang bị xem xét kỷ luật tại đơn vị.',
    });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    const comments = await appraiser.get(`/api/proposals/${proposalId}/comments`);
    expect(comments.body.items).toEqual([
      expect.objectContaining({ id: posted.body.id, itemId, status: 'NEW', name: 'Trần Văn Dân' }),
    ]);
    // The public may not read the comments.
    expect((await anonymous.get(`/api/proposals/${proposalId}/comments`)).status).toBe(401);
  });

  it('an upheld comment sends the item back to appraisal and takes the list down', async () => {
    const [comment] = (await appraiser.get(`/api/proposals/${proposalId}/comments`)).body.items;
    const triaged = await appraiser.post(`/api/proposals/${proposalId}/comments/triage`, {
      expectedVersion: version,
      commentId: comment.id,
      upheld: true,
      note: 'Đã xác minh: đang có quyết định xem xét kỷ luật',
    });
    expect(triaged.status, JSON.stringify(triaged.body)).toBe(200);
    expect(triaged.body).toMatchObject({ state: 'APPRAISAL', publicCommentDone: false });
    expect(triaged.body.items[0]).toMatchObject({
      id: itemId,
      appraisal: 'PENDING',
      appraisedEligible: null,
    });
    expect(triaged.body.history.at(-1)).toMatchObject({ command: 'upholdComment', toState: 'APPRAISAL' });
    const after = await appraiser.get(`/api/proposals/${proposalId}/comments`);
    expect(after.body.items[0]).toMatchObject({ status: 'UPHELD' });
    const published = await anonymous.get('/api/public/comment-lists');
    expect(published.body.items.some((l: { proposalId: string }) => l.proposalId === proposalId)).toBe(false);
    const late = await anonymous.post('/api/public/comments', {
      itemId,
      name: 'Lê Thị Hoa',
      contact: '0912345678',
      text: 'Góp ý sau khi danh sách đã đóng.',
    });
    expect(late.status).toBeGreaterThanOrEqual(400);
  });
});
