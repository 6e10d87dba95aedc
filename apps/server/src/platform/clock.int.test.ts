import { afterEach, expect, it, vi } from 'vitest';
import { ApiClient } from '../test/client';
import { describeEngines } from '../test/engines';

// 06:30 in Hà Nội on 11/03/2026 is 23:30 UTC on 10/03: a server that took "today" from its UTC
// date refused a person recruited this morning as "in the future".
const AT_0630_ICT = new Date('2026-03-10T23:30:00Z');

describeEngines('the clock at 06:30 in Vietnam', (env) => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("accepts today's Vietnamese date as a recruitment date and refuses tomorrow's", async () => {
    const client = await ApiClient.login(env().app, env().fx.users.UNIT_OFFICER);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(AT_0630_ICT);
    const person = { fullName: 'Hoàng Thị Mai', gender: 'NU', unitId: env().fx.own.id };
    const today = await client.post('/api/people', { ...person, recruitedOn: '2026-03-11' });
    expect(today.status, JSON.stringify(today.body)).toBe(201);
    expect(today.body.recruitedOn).toBe('2026-03-11');
    const tomorrow = await client.post('/api/people', { ...person, recruitedOn: '2026-03-12' });
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.body.error.code).toBe('INVALID_INPUT');
  });
});
