import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { Database } from './db/client';
import { ApiClient } from './test/client';
import { createFixture, type Fixture } from './test/fixtures';
import { testConfig } from './test/test-config';
import { openTestDatabase } from './test/test-db';

// The size limit on what is sent to the API (app.ts). Reads skip it (they carry no body), so it
// is checked here that writes still meet it. It does not depend on the engine: PGlite only.

describe('limit on the size of a request body', () => {
  let database: Database;
  let fx: Fixture;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    fx = await createFixture(database.db);
    app = createApp({ db: database.db, config: testConfig() }, { error: () => {} });
  });
  afterAll(() => database.close());

  it('refuses a JSON body over 2 MB with 413 PAYLOAD_TOO_LARGE in Vietnamese and saves nothing; reads still answer', async () => {
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const before = await admin.get('/api/people?pageSize=1');
    expect(before.status).toBe(200);
    const huge = JSON.stringify({
      fullName: 'Nguyễn Văn Lớn',
      unitId: fx.own.id,
      note: 'x'.repeat(3 * 1024 * 1024),
    });
    const res = await admin.request('POST', '/api/people', undefined, huge);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn.' },
    });
    const after = await admin.get('/api/people?pageSize=1');
    expect(after.body.total).toBe(before.body.total);
  });
});
