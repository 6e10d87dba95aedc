import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { tenant } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';
import { nationalExportDocument, nationalExportJsonSchema } from './national-export.format';
import { citizenIdHmac, exportNational, NationalExportError } from './national-export.service';

const KEY = 'khoa-bi-mat-cua-tinh-dung-cho-thu-nghiem-0123456789';

describeEngines('national export', (env) => {
  async function run(since: string | null, key = KEY, pageSize = 2) {
    const { database, fx } = env();
    const [t] = await database.db.select().from(tenant).where(eq(tenant.tenantId, fx.tenantA));
    let text = '';
    const result = await exportNational(database.db, {
      tenantCode: t!.code,
      since,
      key,
      pageSize,
      write: (chunk) => {
        text += chunk;
      },
    });
    const document = nationalExportDocument.parse(JSON.parse(text));
    return { result, document };
  }

  it('exports every award once with its decision and subject, the citizen ID replaced by a keyed hash', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const citizenId = '001085012345';
    const id = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Lò Thị Mai', {
      citizenId,
      birthDate: '1985-04-12',
      ethnicity: 'Thái',
    });
    const ids: string[] = [];
    for (const year of [2022, 2023, 2024]) {
      const res = await officer.post('/api/awards', {
        subjectId: id,
        awardCode: 'LDTT',
        year,
        decisionNumber: `${year}/QĐ-UBND`,
        decisionDate: `${year + 1}-01-15`,
      });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    const { document, result } = await run(null);
    expect(result.records).toBe(document.records.length);
    // Pages of 2 and the cursor's tie-break on id: each award appears exactly once.
    const mine = document.records.filter((r) => r.subject.id === id);
    expect(mine.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(new Set(document.records.map((r) => r.id)).size).toBe(document.records.length);
    const first = mine.find((r) => r.year === 2022)!;
    expect(first.decision).toMatchObject({ number: '2022/QĐ-UBND', date: '2023-01-15' });
    expect(first.subject).toMatchObject({
      type: 'PERSON',
      fullName: 'Lò Thị Mai',
      birthYear: 1985,
      citizenIdHmac: citizenIdHmac(KEY, citizenId),
    });
    // Nothing that identifies the person beyond the name leaves the province.
    const text = JSON.stringify(document);
    expect(text).not.toContain(citizenId);
    expect(text).not.toContain('1985-04-12');
    expect(text).not.toContain('Thái');
    // Another key gives another hash: the hash cannot be matched without the province's key.
    const other = await run(null, `${KEY}-khac`);
    const otherMine = other.document.records.find((r) => r.id === first.id)!;
    expect(otherMine.subject).not.toMatchObject({ citizenIdHmac: citizenIdHmac(KEY, citizenId) });
  });

  it('runs incrementally: a run from the last cursor holds only what changed since, revocations included', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const id = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Hà Văn Sơn');
    const created = await officer.post('/api/awards', {
      subjectId: id,
      awardCode: 'CSTDCS',
      year: 2024,
      decisionDate: '2025-01-15',
    });
    expect(created.status).toBe(201);
    const full = await run(null);
    expect(full.document.records.some((r) => r.id === created.body.id)).toBe(true);

    const quiet = await run(full.result.until);
    expect(quiet.document.records).toEqual([]);
    expect(quiet.document.since).toBe(full.result.until);

    const revoked = await officer.post(`/api/awards/${created.body.id}/revoke`, {
      version: 1,
      ground: 'B',
      revokedOn: '2025-06-01',
    });
    expect(revoked.status).toBe(200);
    const next = await run(quiet.result.until);
    expect(next.document.records).toHaveLength(1);
    expect(next.document.records[0]).toMatchObject({
      id: created.body.id,
      version: 2,
      revoked: true,
      revokedOn: '2025-06-01',
      revocationGround: 'B',
    });
  });

  it('refuses to run without a long enough key, and names the problem in Vietnamese', async () => {
    await expect(run(null, 'ngan')).rejects.toThrow(NationalExportError);
    await expect(run(null, 'ngan')).rejects.toThrow(/VINHDANH_EXPORT_KEY/);
    await expect(run('hôm qua')).rejects.toThrow(/--since/);
  });
});

it('the published JSON Schema is the one the code validates with', () => {
  const file = path.resolve(
    import.meta.dirname,
    '../../../../../docs/schemas/national-export-v1.schema.json',
  );
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(nationalExportJsonSchema());
});
