import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from '@redocly/ajv/dist/2020.js';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { appUser, award } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson, createFixtureUser } from '../../test/fixtures';
import {
  hashSnapshotContent,
  type ReportSnapshotDocument,
  reportSnapshotJsonSchema,
  verifySnapshotDocument,
} from './report-snapshot.format';

// Item 6 of issue 13: a frozen form keeps its figures whatever happens to the records, exports as
// JSON that passes the published schema, and a ministry adds up the provinces' files idempotently.

const SCHEMA_FILE = path.resolve(
  import.meta.dirname,
  '../../../../../docs/schemas/report-snapshot.schema.json',
);

/** Another province's report, as its own deployment would export it (same form, its own figures). */
function otherProvince(doc: ReportSnapshotDocument, code: string, name: string, add: number) {
  const { contentHash: _, ...content } = doc;
  const cells = Object.fromEntries(
    Object.entries(content.report.cells).map(([r, cols]) => [
      r,
      Object.fromEntries(Object.entries(cols).map(([c, n]) => [c, n + add])),
    ]),
  );
  const next = {
    ...content,
    sender: { code, name, kind: 'PROVINCE' as const },
    report: { ...content.report, cells },
  };
  return { ...next, contentHash: hashSnapshotContent(next) };
}

const file = (name: string, doc: unknown) => ({ name, content: JSON.stringify(doc, null, 2) });

describeEngines('frozen reports and the roll-up', (env) => {
  let seq = 0;
  async function setup() {
    const { database, fx, app } = env();
    const db = database.db;
    seq += 1;
    const username = `lanhdao.tinh.${seq}.${fx.tenantAdmin}`;
    await createFixtureUser(db, fx.tenantA, {
      username,
      fullName: 'Hoàng Văn Tỉnh',
      roles: ['LEADER'],
      unitId: fx.root.id,
    });
    await db.update(appUser).set({ positionTitle: 'Chủ tịch' }).where(eq(appUser.username, username));
    const [leader] = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username));
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const ministry = await ApiClient.login(app, fx.tenantAdmin.replace('quantri.', 'quantri.b.'));
    const giveAward = async () => {
      const personId = await addPerson(db, fx.tenantA, fx.own.id, 'Phạm Thị Mai');
      await db.insert(award).values({
        tenantId: fx.tenantA,
        id: newId(),
        subjectType: 'PERSON',
        subjectId: personId,
        awardCode: 'BK_BO_TINH',
        kind: 'CONG_TRANG',
        year: 2025,
        decisionDate: '2025-04-10',
      });
    };
    const freeze = async () => {
      const res = await admin.post('/api/reports/snapshots', {
        form: '0603',
        year: 2025,
        signerUserId: leader!.id,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body as { id: string; revision: number; contentHash: string };
    };
    const exportJson = async (id: string) => {
      const res = await admin.get(`/api/reports/snapshots/${id}/export.json`);
      expect(res.status).toBe(200);
      return res.body as ReportSnapshotDocument;
    };
    const rollupRows = async () =>
      (
        await queryRows<{ n: number }>(
          db,
          sql`SELECT count(*)::int AS n FROM report_rollup_entry WHERE tenant_id = ${fx.tenantB}`,
        )
      )[0]!.n;
    return { db, fx, admin, ministry, leaderId: leader!.id, giveAward, freeze, exportJson, rollupRows };
  }

  it('keeps a frozen report unchanged when records change later; its hash still verifies and the export passes the published schema', async () => {
    const { admin, giveAward, freeze, exportJson } = await setup();
    await giveAward();
    const frozen = await freeze();
    const before = await exportJson(frozen.id);
    const total = before.report.cells['1']!['1']!;
    expect(total).toBeGreaterThan(0);
    expect(before).toMatchObject({
      format: 'vinhdanh-report-snapshot/1',
      sender: { name: 'Tỉnh A', kind: 'PROVINCE' },
      report: { formCode: '0603', version: 'TT 2/2023/TT-BNV', year: 2025, scope: { isWholeTenant: true } },
      signer: { fullName: 'Hoàng Văn Tỉnh', positionTitle: 'Chủ tịch' },
      frozenBy: { fullName: 'Quản trị tỉnh A' },
      contentHash: frozen.contentHash,
    });
    expect(before.frozenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Two more awards after the freeze: the live form counts them, the frozen one does not.
    await giveAward();
    await giveAward();
    const live = await admin.get('/api/reports/forms?form=0603&year=2025');
    expect(live.body.cells['1']['1']).toBe(total + 2);
    const after = await exportJson(frozen.id);
    expect(after).toEqual(before);
    expect(verifySnapshotDocument(after)).toBe(true);

    // The published schema is the zod schema, and an export validates against it with Ajv.
    const published = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(published).toEqual(reportSnapshotJsonSchema());
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(published);
    expect(validate(after), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...after, signer: undefined })).toBe(false);

    // The .xlsx of the frozen report prints the frozen figure and the signer.
    const xlsx = await admin.get(`/api/reports/snapshots/${frozen.id}/export.xlsx`);
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    const texts: string[] = [];
    book.worksheets[0]!.eachRow((row) => {
      row.eachCell((cell) => {
        texts.push(String(cell.value));
      });
    });
    expect(texts).toContain('Hoàng Văn Tỉnh');
    expect(texts).toContain('CHỦ TỊCH');
    const totalRow = book.worksheets[0]!.getRows(1, 200)!.find((r) => r.getCell(2).value === '1');
    expect(totalRow?.getCell(4).value).toBe(total);

    // Freezing again makes revision 2 with the new figures; both stay listed.
    const second = await freeze();
    expect(second.revision).toBe(frozen.revision + 1);
    expect((await exportJson(second.id)).report.cells['1']!['1']).toBe(total + 2);
    const list = await admin.get('/api/reports/snapshots?form=0603&year=2025');
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining([frozen.id, second.id]),
    );
  });

  it('refuses a signer who is not a leader over the unit, and a province that tries to roll up', async () => {
    const { admin, fx, db } = await setup();
    const [officer] = await db
      .select({ id: appUser.id })
      .from(appUser)
      .where(eq(appUser.username, fx.users.UNIT_OFFICER));
    const res = await admin.post('/api/reports/snapshots', {
      form: '0603',
      year: 2025,
      signerUserId: officer!.id,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('REPORT_SIGNER_NOT_LEADER');
    const rollup = await admin.get('/api/reports/rollup?form=0603&year=2025');
    expect(rollup.body.error.code).toBe('REPORT_ROLLUP_NOT_RECEIVER');
  });

  it('prints the signing date the officer chose, and refuses one before the period or after today', async () => {
    const { admin, leaderId } = await setup();
    const freezeOn = (signedOn: string) =>
      admin.post('/api/reports/snapshots', { form: '0602', year: 2025, signerUserId: leaderId, signedOn });
    const signed = await freezeOn('2025-12-10');
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    expect(signed.body.frozenOn).toBe('2025-12-10');
    const doc = (await admin.get(`/api/reports/snapshots/${signed.body.id}/export.json`)).body;
    expect(doc.frozenOn).toBe('2025-12-10');
    expect(verifySnapshotDocument(doc)).toBe(true);
    const xlsx = await admin.get(`/api/reports/snapshots/${signed.body.id}/export.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    const texts: string[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value))));
    expect(texts.some((t) => t.includes('ngày 10 tháng 12 năm 2025'))).toBe(true);

    for (const bad of ['2024-12-31', '2999-01-01']) {
      const res = await freezeOn(bad);
      expect(res.status, bad).toBe(422);
      expect(res.body.error.code).toBe('REPORT_SIGNED_ON_INVALID');
      expect(res.body.error.details[0].path).toBe('signedOn');
    }
    const notADate = await freezeOn('2025-02-30');
    expect(notADate.status).toBe(400);
  });

  it('rolls up the provinces: the same file twice gives the same roll-up, a newer freeze replaces the older, an older one is refused', async () => {
    const { ministry, giveAward, freeze, exportJson, rollupRows } = await setup();
    await giveAward();
    const first = await exportJson((await freeze()).id);
    const x = otherProvince(first, `X${newId().slice(0, 6)}`, 'Tỉnh X', 5);

    const imported = await ministry.post('/api/reports/rollup/imports', {
      files: [file('tinh-a.json', first), file('tinh-x.json', x)],
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['CREATED', 'CREATED']);
    const once = (await ministry.get('/api/reports/rollup?form=0603&year=2025')).body;
    const group = once.groups[0];
    const a = first.report.cells['1']!['1']!;
    expect(group.total['1']['1']).toBe(a + (a + 5));
    const byName = Object.fromEntries(
      group.senders.map((s: { name: string; cells: Record<string, Record<string, number>> }) => [
        s.name,
        s.cells['1']!['1'],
      ]),
    );
    expect(byName).toEqual({ 'Tỉnh A': a, 'Tỉnh X': a + 5 });
    // Every figure of the sum is the sum of the provinces' figures beside it.
    for (const [row, cols] of Object.entries(group.total as Record<string, Record<string, number>>))
      for (const [col, n] of Object.entries(cols))
        expect(n).toBe(
          group.senders.reduce(
            (s: number, p: { cells: Record<string, Record<string, number>> }) =>
              s + (p.cells[row]?.[col] ?? 0),
            0,
          ),
        );

    const again = await ministry.post('/api/reports/rollup/imports', { files: [file('tinh-a.json', first)] });
    expect(again.body.results[0].outcome).toBe('UNCHANGED');
    const twice = (await ministry.get('/api/reports/rollup?form=0603&year=2025')).body;
    expect(twice.groups[0].total).toEqual(once.groups[0].total);
    expect(await rollupRows()).toBe(2);

    // The province corrects its records and freezes again: revision 2 replaces revision 1.
    await giveAward();
    const newer = await exportJson((await freeze()).id);
    const replaced = await ministry.post('/api/reports/rollup/imports', {
      files: [file('tinh-a-2.json', newer)],
    });
    expect(replaced.body.results[0]).toMatchObject({ outcome: 'REPLACED', revision: newer.revision });
    const updated = (await ministry.get('/api/reports/rollup?form=0603&year=2025')).body.groups[0];
    expect(updated.total['1']['1']).toBe(a + 1 + (a + 5));
    expect(await rollupRows()).toBe(2);

    // Revision 1 again, after revision 2: refused, and the roll-up keeps revision 2.
    const older = await ministry.post('/api/reports/rollup/imports', { files: [file('tinh-a.json', first)] });
    expect(older.status).toBe(409);
    expect(older.body.error.code).toBe('REPORT_IMPORT_OLDER');
    const kept = (await ministry.get('/api/reports/rollup?form=0603&year=2025')).body.groups[0];
    expect(kept.total).toEqual(updated.total);
  });

  it('refuses a malformed, a schema-invalid or an altered file with its code, and writes nothing from the batch', async () => {
    const { ministry, freeze, exportJson, rollupRows } = await setup();
    const doc = await exportJson((await freeze()).id);
    const fresh = otherProvince(doc, `Y${newId().slice(0, 6)}`, 'Tỉnh Y', 1);
    const before = await rollupRows();
    const { signer: _, ...unsigned } = doc;
    const altered = { ...doc, report: { ...doc.report, cells: { ...doc.report.cells, '1': { '1': 999 } } } };
    const cases: [unknown, string, number][] = [
      [
        { name: 'hong.json', content: '{"format": "vinhdanh-report-snapshot/1",' },
        'REPORT_IMPORT_MALFORMED',
        400,
      ],
      [file('thieu-nguoi-ky.json', unsigned), 'REPORT_IMPORT_INVALID', 400],
      [file('them-truong.json', { ...doc, extra: 1 }), 'REPORT_IMPORT_INVALID', 400],
      [file('sua-so.json', altered), 'REPORT_IMPORT_HASH_MISMATCH', 422],
    ];
    for (const [bad, code, status] of cases) {
      // A good file in the same batch is not written either.
      const res = await ministry.post('/api/reports/rollup/imports', {
        files: [file('tot.json', fresh), bad],
      });
      expect(res.status, code).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(/[ăâđêôơư]/u);
      expect(res.body.error.details[0].path).not.toBe('tot.json');
      expect(await rollupRows()).toBe(before);
    }
  });
});
