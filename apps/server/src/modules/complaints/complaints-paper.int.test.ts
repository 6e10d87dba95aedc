import { stepDeadline } from '@vinhdanh/domain/complaints/time-limits';
import { ruleSetAt } from '@vinhdanh/domain/rules/registry';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../../app';
import { loadConfig } from '../../config/config';
import { todayVn } from '../../platform/clock';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';

// An officer records a complaint received on paper, about a person of a unit flagged as a remote
// area: the deadlines come from the rule set's parameters (Luật Khiếu nại 2011, Điều 27–28), the
// resolution extended to 45 days for the remote area.

type App = ReturnType<typeof createApp>;

describeEngines('complaints received on paper, remote-area limits', (env) => {
  let app: App;
  let handler: ApiClient;

  beforeAll(async () => {
    const { database } = env();
    app = createApp({ db: database.db, config: { ...loadConfig({}), webDist: '/x' } }, { error: () => {} });
    handler = await ApiClient.login(app, env().fx.users.COMPLAINT_HANDLER);
  });

  it('an administrator flags a unit as a remote area (vùng sâu, vùng xa)', async () => {
    const { fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const { unit } = (await admin.get(`/api/org-units/${fx.ownChild.id}`)).body;
    expect(unit.isRemoteArea).toBe(false);
    const flagged = await admin.patch(`/api/org-units/${fx.ownChild.id}`, {
      version: unit.version,
      isRemoteArea: true,
    });
    expect(flagged.status, JSON.stringify(flagged.body)).toBe(200);
    expect(flagged.body.isRemoteArea).toBe(true);
  });

  it('a paper complaint keeps its received date; acceptance gives 45 days in the remote area (Điều 28)', async () => {
    const { fx } = env();
    const filed = await handler.post('/api/complaints', {
      filedAs: 'KHIEU_NAI',
      subjectId: fx.people.own,
      subjectName: 'Nguyễn Văn Đức',
      content: 'Đơn khiếu nại nhận qua bưu điện về việc không được xét danh hiệu Lao động tiên tiến.',
      fullName: 'Người Gửi Đơn Giấy',
      contact: '0912345678',
      receivedOn: '2026-03-02',
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    // A received date to come would give the case more time: refused.
    const future = await handler.post('/api/complaints', {
      filedAs: 'KHIEU_NAI',
      subjectName: 'Nguyễn Văn Đức',
      content: 'Đơn khiếu nại ghi ngày nhận trong tương lai, không được chấp nhận.',
      fullName: 'Người Gửi Đơn Giấy',
      contact: '0912345678',
      receivedOn: '2099-01-01',
    });
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.body.error.details)).toContain('receivedOn');
    // Điều 27: 10 calendar days from receipt, on 2026-03-12 (Thursday).
    expect(filed.body).toMatchObject({ receivedOn: '2026-03-02', classificationDueOn: '2026-03-12' });
    const id = filed.body.id as string;
    const detail = await handler.get(`/api/complaints/${id}`);
    expect(detail.body).toMatchObject({ channel: 'PAPER', isRemoteArea: true, subjectId: fx.people.own });
    expect(JSON.stringify(detail.body)).not.toContain('Người Gửi Đơn Giấy');

    const classified = await handler.post(`/api/complaints/${id}/classify`, {
      expectedVersion: 1,
      kind: 'KHIEU_NAI',
      isCompetent: true,
    });
    expect(classified.status, JSON.stringify(classified.body)).toBe(200);
    const accepted = await handler.post(`/api/complaints/${id}/accept`, { expectedVersion: 2 });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const today = todayVn();
    const expected = stepDeadline(
      'KHIEU_NAI',
      'RESOLUTION',
      today,
      { isRemoteArea: true, isComplex: false },
      ruleSetAt(today).params.complaintTimeLimits,
    );
    expect(expected.days).toBe(45);
    expect(accepted.body).toMatchObject({ acceptedOn: today, resolutionDueOn: expected.dueOn });
  });

  it('a province overriding the limit in its rule parameters changes the next deadline', async () => {
    const { fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const rs = ruleSetAt(todayVn());
    const limits = rs.params.complaintTimeLimits;
    const saved = await admin.put(`/api/rule-params/${rs.id}`, {
      params: {
        complaintTimeLimits: {
          KHIEU_NAI: { ...limits.KHIEU_NAI, ACCEPTANCE: { ...limits.KHIEU_NAI.ACCEPTANCE, days: 5 } },
        },
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const filed = await handler.post('/api/complaints', {
      filedAs: 'KHIEU_NAI',
      subjectId: fx.people.own,
      subjectName: 'Nguyễn Văn Đức',
      content: 'Đơn khiếu nại thứ hai nhận qua bưu điện, cùng nội dung về việc xét danh hiệu.',
      fullName: 'Người Gửi Đơn Giấy',
      contact: '0912345678',
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const expected = stepDeadline(
      'KHIEU_NAI',
      'ACCEPTANCE',
      filed.body.receivedOn,
      { isRemoteArea: true, isComplex: false },
      {
        ...limits,
        KHIEU_NAI: { ...limits.KHIEU_NAI, ACCEPTANCE: { ...limits.KHIEU_NAI.ACCEPTANCE, days: 5 } },
      },
    );
    expect(filed.body.classificationDueOn).toBe(expected.dueOn);
  });
});
